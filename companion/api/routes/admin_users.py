"""Admin actions on one account: reset links (and, with the account's data, export/delete)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlmodel import Session

from companion.api.deps import IdPath, TokenDep, as_user, ok
from companion.api.routes.docs import WRITE_ERRORS
from companion.api.schemas import Ok
from companion.models import User
from companion.services import password_reset

router = APIRouter(prefix="/api/admin/users", tags=["admin"])


@router.post("/{user_id}/reset-link", response_model=Ok[None], responses=WRITE_ERRORS)
async def reset_link(user_id: IdPath, token: TokenDep) -> JSONResponse:
    """Email the account a password reset link (admins only)."""

    def work(db: Session, user: User) -> JSONResponse:
        password_reset.password_reset_link_send(db, actor=user, user_id=user_id)
        return ok(None, "Reset link sent.")

    return await as_user(token, work)
