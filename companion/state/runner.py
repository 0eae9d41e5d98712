"""The one way a UI handler reaches the service layer.

A handler never runs SQL, bcrypt, parsing or AI on the event loop: it awaits `run_service`,
which resolves the signed-in user from the cookie and runs the work in a bounded pool of
worker threads (sized like the database pool, so threads never wait for a connection),
inside one transaction. Domain errors come back as `Outcome` feedback in one place.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlmodel import Session

from companion.db import session_scope
from companion.models import User
from companion.services import messages
from companion.services.errors import DomainError, Forbidden, Unauthorized
from companion.services.signin import user_from_token

T = TypeVar("T")
log = logging.getLogger("companion.ui")

# The engine's pool holds 10 connections (+20 overflow): ten threads keep every one busy.
POOL_THREADS = 10
_pool: ThreadPoolExecutor | None = None


def pool() -> ThreadPoolExecutor:
    """The process-wide worker threads for UI service calls."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=POOL_THREADS, thread_name_prefix="ui-service")
    return _pool


async def in_thread(fn: Callable[..., T], *args: Any) -> T:
    """Run a blocking call (no user needed: parsing, a public read) in the UI pool."""
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(pool(), ctx.run, fn, *args)


@dataclass(frozen=True)
class Who:
    id: int
    name: str
    role: str


class WrongRole(Forbidden):
    """A signed-in user on a page of another role (carries the user, to send them home)."""

    def __init__(self, user: User) -> None:
        super().__init__(messages.NOT_ALLOWED)
        # A plain copy: the rollback that follows the error expires the ORM row.
        self.user = Who(user.id, user.name, user.role)


def _resolve(db: Session, token: str | None, roles: tuple[str, ...]) -> User:
    try:
        user = user_from_token(db, token) if token else None
    except Unauthorized:
        user = None
    if user is None:
        raise Unauthorized(messages.SESSION_EXPIRED)
    if roles and user.role not in roles:
        raise WrongRole(user)
    return user


def _where(work: Callable) -> str:
    """The handler a piece of work came from ('TutorState.load_home'), for one log line."""
    name = getattr(work, "__qualname__", type(work).__name__)
    return name.split(".<locals>")[0]


def _run(token: str | None, roles: tuple[str, ...], work: Callable[[Session, User], T]):
    user_id = None
    try:
        with session_scope() as db:
            user = _resolve(db, token, roles)
            user_id = user.id
            return user, work(db, user)
    except DomainError as exc:
        # One line per refused or failed call, never a traceback: junk events from a crafted
        # client cost a line each. No message text (it may quote what the client sent).
        who = user_id or getattr(getattr(exc, "user", None), "id", None)
        log.info("ui %s: %s for user %s", _where(work), type(exc).__name__, who)
        raise


async def run_service(
    token: str | None, roles: Iterable[str], work: Callable[[Session, User], T]
) -> tuple[User, T]:
    """`work(db, user)` for the verified user, in a worker thread, in one transaction.

    Raises Unauthorized / Forbidden / any DomainError of the work; the caller maps them.
    """
    return await in_thread(_run, token, tuple(roles), work)


@dataclass
class Outcome(Generic[T]):
    """What a service call gave a handler: the value, or the feedback to return instead."""

    ok: bool
    value: T | None = None
    feedback: Any = None
