"""The browser session: a one-minute exchange code in, an HttpOnly cookie with the JWT out.

Reflex handlers run over a websocket and cannot set an HttpOnly cookie, so a page that
signed someone in hands the browser a short-lived code; the browser POSTs it here (a
plain form, so the response's Set-Cookie and redirect apply to the top-level page) and
this endpoint sets `companion_token`. Every websocket opened afterwards carries it.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from companion import routes
from companion.db import session_scope
from companion.services import messages
from companion.services.errors import Unauthorized
from companion.services.users import exchange_code_redeem, token_for
from companion.settings import get_settings

COOKIE_NAME = "companion_token"

router = APIRouter(prefix="/api/auth", tags=["auth"])


def token_from_cookie_header(header: str | None) -> str:
    """The JWT from a raw Cookie header, or "" (never raises)."""
    for part in (header or "").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name == COOKIE_NAME:
            return value.strip().strip('"')
    return ""


def _same_host(url: str, request: Request) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.hostname == request.url.hostname


def _target(request: Request, origin: str, path: str) -> str:
    # The page tells us its own origin so dev (UI on :3000, API on :8000) lands back on
    # the UI; anything but our own host is ignored, so this is no open redirect.
    if origin and _same_host(origin, request):
        parts = urlsplit(origin)
        return f"{parts.scheme}://{parts.netloc}{path}"
    return path


def _cross_site(request: Request) -> bool:
    # Browsers send Origin on form POSTs; a foreign one means another site is trying to
    # sign this browser in or out (login CSRF).
    origin = request.headers.get("origin")
    return bool(origin) and origin != "null" and not _same_host(origin, request)


def cookie_secure(request: Request) -> bool:
    """Mark the cookie Secure whenever the browser reached the app over https (or via a proxy)."""
    proto = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return (proto or request.url.scheme) == "https"


def _set_cookie(response: Response, token: str, *, secure: bool) -> None:
    settings = get_settings()
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=settings.jwt_ttl_seconds,
        path="/",
        httponly=True,
        samesite="lax",
        secure=secure,
    )


@router.post("/session", status_code=303, include_in_schema=False)
def session_create(
    request: Request,
    code: Annotated[str, Form(max_length=2048)] = "",
    origin: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    """Trade an exchange code for the session cookie, then go to the role's home."""
    if _cross_site(request):
        return JSONResponse({"error": messages.NOT_ALLOWED}, status_code=403)
    try:
        with session_scope() as s:
            user = exchange_code_redeem(s, code)
            token, home = token_for(user), routes.home_for(user.role)
    except Unauthorized:
        return RedirectResponse(_target(request, origin, routes.LOGIN), status_code=303)
    response = RedirectResponse(_target(request, origin, home), status_code=303)
    _set_cookie(response, token, secure=cookie_secure(request))
    return response


@router.post("/logout", status_code=303, include_in_schema=False)
def session_delete(request: Request, origin: Annotated[str, Form(max_length=300)] = "") -> Response:
    """Clear the session cookie and go to the sign-in page."""
    if _cross_site(request):
        return JSONResponse({"error": messages.NOT_ALLOWED}, status_code=403)
    response = RedirectResponse(_target(request, origin, routes.LOGIN), status_code=303)
    response.delete_cookie(
        COOKIE_NAME, path="/", httponly=True, samesite="lax", secure=cookie_secure(request)
    )
    return response
