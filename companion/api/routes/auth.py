"""Sign in, sign up and token refresh."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlmodel import Session

from companion.api.deps import ClientIP, TokenDep, dump, in_session, ok
from companion.api.inputs import LoginIn, RegisterIn
from companion.api.routes.docs import AUTH_ERRORS, LIMITED_ERRORS
from companion.api.schemas import AuthOut, Ok, UserOut
from companion.services import signin, users

router = APIRouter(prefix="/api/auth", tags=["auth"])


def _signed_in(signed: signin.SignedIn, message: str, status: int = 200) -> JSONResponse:
    data = {"token": signed.token, "token_type": "bearer", "user": dump(UserOut, signed.user)}
    return ok(data, message, status=status)


@router.post("/login", response_model=Ok[AuthOut], responses=LIMITED_ERRORS)
async def login(body: LoginIn, ip: ClientIP) -> JSONResponse:
    """Exchange email and password for a Bearer token."""

    def work(session: Session) -> JSONResponse:
        signed = signin.user_authenticate(
            session, email=body.email, password=body.password, address=ip
        )
        return _signed_in(signed, "Signed in.")

    return await in_session(work)


@router.post("/register", status_code=201, response_model=Ok[AuthOut], responses=LIMITED_ERRORS)
async def register(body: RegisterIn, ip: ClientIP) -> JSONResponse:
    """Create a student account and sign it in."""

    def work(session: Session) -> JSONResponse:
        signed = users.user_register(
            session,
            email=body.email,
            name=body.name,
            password=body.password,
            grade=body.grade,
            address=ip,
        )
        return _signed_in(signed, "Account created.", status=201)

    return await in_session(work)


@router.post("/refresh", response_model=Ok[AuthOut], responses=AUTH_ERRORS)
async def refresh(token: TokenDep) -> JSONResponse:
    """A new token with a fresh expiry for a valid one."""

    def work(session: Session) -> JSONResponse:
        return _signed_in(signin.token_refresh(session, token=token), "Token refreshed.")

    return await in_session(work)
