"""Admin actions on one account: a reset link, its data export, its deletion."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from sqlmodel import Session

from companion.api.deps import IdPath, TokenDep, as_user, ok
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.routes.me import ZIP_RESPONSE, zip_response
from companion.api.schemas import Ok
from companion.models import User
from companion.services import account_data, password_reset

router = APIRouter(prefix="/api/admin/users", tags=["admin"])


@router.post("/{user_id}/reset-link", response_model=Ok[None], responses=WRITE_ERRORS)
async def reset_link(user_id: IdPath, token: TokenDep) -> JSONResponse:
    """Email the account a password reset link (admins only)."""

    def work(db: Session, user: User) -> JSONResponse:
        password_reset.password_reset_link_send(db, actor=user, user_id=user_id)
        return ok(None, "Reset link sent.")

    return await as_user(token, work)


@router.get("/{user_id}/export", response_class=Response, responses={**READ_ERRORS, **ZIP_RESPONSE})
async def export(user_id: IdPath, token: TokenDep) -> Response:
    """Everything the app holds about an account, as a ZIP (admins only, audited)."""

    def work(db: Session, user: User) -> Response:
        return zip_response(account_data.account_export(db, actor=user, user_id=user_id), user_id)

    return await as_user(token, work)


@router.delete("/{user_id}", response_model=Ok[None], responses=WRITE_ERRORS)
async def delete(user_id: IdPath, token: TokenDep) -> JSONResponse:
    """Delete an account and everything it holds (admins only, audited)."""

    def work(db: Session, user: User) -> JSONResponse:
        account_data.account_delete_user(db, actor=user, user_id=user_id)
        return ok(None, "The account and its data were deleted.")

    return await as_user(token, work)
