"""Passwords: change (signed in), reset request and reset by emailed link (signed out);
and the confirmation of an email change (a link, signed out too)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import Field
from sqlmodel import Session

from companion.api.body import Body
from companion.api.deps import ClientIP, TokenDep, as_user, dump, in_session, ok
from companion.api.routes.docs import LIMITED_ERRORS, WRITE_ERRORS
from companion.api.schemas import AuthOut, Ok, UserOut
from companion.models import User
from companion.services import email_change, password_reset

router = APIRouter(prefix="/api/auth", tags=["auth"])


class PasswordChangeIn(Body):
    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


class ResetRequestIn(Body):
    email: str = Field(max_length=254)


class ResetIn(Body):
    token: str = Field(max_length=200)
    new_password: str = Field(max_length=1024)


@router.post("/password/change", response_model=Ok[AuthOut], responses=WRITE_ERRORS)
async def change(body: PasswordChangeIn, token: TokenDep) -> JSONResponse:
    """Change your password; every other token is revoked and a fresh one returned."""

    def work(db: Session, user: User) -> JSONResponse:
        signed = password_reset.password_change(
            db, actor=user, current_password=body.current_password, new_password=body.new_password
        )
        data = {"token": signed.token, "token_type": "bearer", "user": dump(UserOut, signed.user)}
        return ok(data, password_reset.PASSWORD_CHANGED)

    return await as_user(token, work)


@router.post("/password/reset-request", response_model=Ok[None], responses=LIMITED_ERRORS)
async def reset_request(body: ResetRequestIn, ip: ClientIP) -> JSONResponse:
    """Email a reset link; the same answer whether or not the address has an account."""

    def work(db: Session) -> JSONResponse:
        return ok(None, password_reset.password_reset_request(db, email=body.email, address=ip))

    return await in_session(work)


@router.post("/password/reset", response_model=Ok[None], responses=LIMITED_ERRORS)
async def reset(body: ResetIn) -> JSONResponse:
    """Choose a new password with a reset link's token (once, within 30 minutes)."""

    def work(db: Session) -> JSONResponse:
        password_reset.password_reset(db, token=body.token, new_password=body.new_password)
        return ok(None, "Password changed. Sign in with your new password.")

    return await in_session(work)


class EmailConfirmIn(Body):
    token: str = Field(max_length=1000)


@router.post("/email/confirm", response_model=Ok[None], responses=LIMITED_ERRORS)
async def confirm_email(body: EmailConfirmIn) -> JSONResponse:
    """Switch to the new address with the link's token; sign in again afterwards."""

    def work(db: Session) -> JSONResponse:
        user = email_change.email_change_confirm(db, token=body.token)
        return ok(None, f"Your email is now {user.email}. Sign in again with it.")

    return await in_session(work)
