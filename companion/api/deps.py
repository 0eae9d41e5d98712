"""Dependencies every router shares: the DB session, the caller, ids, pages."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Annotated, TypeVar

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from companion.api.schemas import MAX_ID, PageMeta
from companion.db import session_scope
from companion.models import User
from companion.services import messages
from companion.services.errors import Unauthorized
from companion.services.users import user_from_token

T = TypeVar("T")

_bearer = HTTPBearer(auto_error=False, description="The token from /api/auth/login.")


def get_session() -> Iterator[Session]:
    """One transaction per request: committed when the route returns, rolled back on errors."""
    with session_scope() as session:
        yield session


# scope="function": the commit happens before the response goes out, so a failed commit
# is an error response, never a success that didn't happen.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


async def bearer_token(credentials: Credentials) -> str:
    """The raw Bearer token, or Unauthorized."""
    if credentials is None or not credentials.credentials:
        raise Unauthorized(messages.SESSION_EXPIRED)
    return credentials.credentials


TokenDep = Annotated[str, Depends(bearer_token)]


def current_user(session: SessionDep, token: TokenDep) -> User:
    """The signed-in caller (expired, forged or revoked tokens are Unauthorized)."""
    return user_from_token(session, token)


CurrentUser = Annotated[User, Depends(current_user)]


def client_ip(request: Request) -> str:
    """The peer address (a proxy in front must pass the real one via uvicorn's --proxy-headers)."""
    return request.client.host if request.client else "unknown"


ClientIP = Annotated[str, Depends(client_ip)]

IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
PageQ = Annotated[int, Query(ge=1, le=100_000)]
LimitQ = Annotated[int, Query(ge=1, le=100)]


def page_meta(page: int, limit: int, total: int) -> PageMeta:
    """The `metadata` of a list response."""
    return PageMeta(page=page, limit=limit, total=total)


def page_slice(rows: Sequence[T], page: int, limit: int) -> list[T]:
    """One page of a short list that its service returns whole."""
    return list(rows[(page - 1) * limit : page * limit])


def student_or_self(student_id: int | None, user: User) -> int:
    """The student a body names, else the caller."""
    return user.id if student_id is None else student_id
