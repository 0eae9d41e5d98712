"""Sign in, sign up and token refresh."""

from __future__ import annotations

from fastapi import APIRouter

from companion.api.deps import ClientIP, SessionDep, TokenDep
from companion.api.routes.docs import AUTH_ERRORS, LIMITED_ERRORS
from companion.api.schemas import AuthOut, LoginIn, Ok, RegisterIn, UserOut
from companion.services import ratelimit, users

router = APIRouter(prefix="/api/auth", tags=["auth"])


def _signed_in(signed: users.SignedIn, message: str) -> Ok[AuthOut]:
    return Ok(
        data=AuthOut(token=signed.token, user=UserOut.model_validate(signed.user)), message=message
    )


@router.post("/login", responses=LIMITED_ERRORS)
def login(body: LoginIn, session: SessionDep, ip: ClientIP) -> Ok[AuthOut]:
    """Exchange email and password for a Bearer token."""
    ratelimit.attempt_check("login", ip=ip, account=body.email)
    signed = users.user_authenticate(session, email=body.email, password=body.password)
    return _signed_in(signed, "Signed in.")


@router.post("/register", status_code=201, responses=LIMITED_ERRORS)
def register(body: RegisterIn, session: SessionDep, ip: ClientIP) -> Ok[AuthOut]:
    """Create a student account and sign it in."""
    ratelimit.attempt_check("register", ip=ip, account=body.email)
    signed = users.user_register(
        session, email=body.email, name=body.name, password=body.password, grade=body.grade
    )
    return _signed_in(signed, "Account created.")


@router.post("/refresh", responses=AUTH_ERRORS)
def refresh(session: SessionDep, token: TokenDep) -> Ok[AuthOut]:
    """A new token with a fresh expiry for a valid one."""
    return _signed_in(users.token_refresh(session, token=token), "Token refreshed.")
