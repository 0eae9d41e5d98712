"""What every router shares: the caller's token, ids, pages, and the one threadpool hop.

Dependencies here do no I/O and are async, so FastAPI runs them on the event loop. Each
route then makes exactly one hop to the threadpool (`as_user` / `in_session`): open the
transaction, resolve the caller, call the service, build the response (JSON encoding
included), commit. On this VM every extra hop costs ~2 ms of queueing under load.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar, cast

from fastapi import Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from companion.api.schemas import MAX_ID
from companion.db import session_scope
from companion.models import User
from companion.services import messages
from companion.services.errors import Unauthorized
from companion.services.signin import user_from_token

T = TypeVar("T")
R = TypeVar("R")
C = TypeVar("C")

_bearer = HTTPBearer(auto_error=False, description="The token from /api/auth/login.")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


async def bearer_token(credentials: Credentials) -> str:
    """The raw Bearer token, or Unauthorized (its signature is checked with the user lookup)."""
    if credentials is None or not credentials.credentials:
        raise Unauthorized(messages.SESSION_EXPIRED)
    return credentials.credentials


TokenDep = Annotated[str, Depends(bearer_token)]


async def client_ip(request: Request) -> str:
    """The peer address (a proxy in front must pass the real one via uvicorn's --proxy-headers)."""
    return request.client.host if request.client else "unknown"


ClientIP = Annotated[str, Depends(client_ip)]

IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
PageQ = Annotated[int, Query(ge=1, le=100_000)]
LimitQ = Annotated[int, Query(ge=1, le=100)]


def _in_session(work: Callable[[Session], T]) -> T:
    with session_scope() as session:
        return work(session)


def _as_user(token: str, work: Callable[[Session, User], T]) -> T:
    with session_scope() as session:
        return work(session, user_from_token(session, token))


async def in_session(work: Callable[[Session], T]) -> T:
    """`work(session)` in one threadpool hop and one transaction (committed before we answer)."""
    return await run_in_threadpool(_in_session, work)


async def as_user(token: str, work: Callable[[Session, User], T]) -> T:
    """`work(session, caller)` in one threadpool hop and one transaction, the caller resolved
    from the token inside it (expired, forged or revoked tokens are Unauthorized)."""
    return await run_in_threadpool(_as_user, token, work)


async def as_user_around(
    token: str,
    read: Callable[[Session, User], R],
    compute: Callable[[R], C],
    write: Callable[[Session, User, R, C], T],
) -> T:
    """One threadpool hop and two short transactions: `read(session, caller)`, then
    `compute(read's result)` with no connection held (it may call an AI provider), then
    `write(session, caller, read's result, computed)`; the token is checked in both."""

    def steps() -> T:
        first = _as_user(token, read)
        computed = compute(first)
        return _as_user(token, lambda db, user: write(db, user, first, computed))

    return await run_in_threadpool(steps)


async def row_as_user(
    token: str,
    call: Callable[[Session, User], Any],
    schema: type[BaseModel],
    message: str | None = None,
    *,
    status: int = 200,
) -> JSONResponse:
    """`as_user` for a route that answers with one row: `call`'s result in `schema`."""
    return await as_user(
        token, lambda db, user: ok(dump(schema, call(db, user)), message, status=status)
    )


def dump(model: type[BaseModel], row: Any) -> dict[str, Any]:
    """A row (ORM object or dict) as the JSON-ready dict of its documented schema."""
    return model.model_validate(row).model_dump(mode="json")


def ok(data: Any, message: str | None = None, *, status: int = 200) -> JSONResponse:
    """The success body `{data, message?}`; `data` must be JSON-ready already."""
    body = {"data": data} if message is None else {"data": data, "message": message}
    return JSONResponse(body, status_code=status)


def paged(data: list[Any], *, page: int, limit: int, total: int, **extra: int) -> JSONResponse:
    """A page of a list: `{data, metadata: {page, limit, total, ...}}`."""
    return JSONResponse(
        {"data": data, "metadata": {"page": page, "limit": limit, "total": total, **extra}}
    )


def page_slice(rows: Sequence[T], page: int, limit: int) -> list[T]:
    """One page of a short list that its service returns whole."""
    return list(rows[(page - 1) * limit : page * limit])


def student_or_self(student_id: int | None, user: User) -> int:
    """The student a body names, else the caller."""
    return cast(int, user.id) if student_id is None else student_id
