"""The browser session: a one-minute exchange code in, an HttpOnly cookie with the JWT out.

Reflex handlers run over a websocket and cannot set an HttpOnly cookie, so a page that
signed someone in hands the browser a short-lived code; the browser POSTs it here (a
plain form, so the response's Set-Cookie and redirect apply to the top-level page) and
this endpoint sets `companion_token`. Every websocket opened afterwards carries it.

Against login CSRF: a code works once (companion.services.users), and both cookie routes
refuse requests from another site, from an opaque `Origin: null` frame, or marked
`Sec-Fetch-Site: cross-site`. Logout revokes the token itself (token_version), so a copy of
the cookie stops working too.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

import reflex as rx
from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from companion import routes
from companion.db import session_scope
from companion.services import messages
from companion.services.errors import Forbidden, Unauthorized
from companion.services.signin import exchange_code_redeem, token_for, user_sign_out
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


def _origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


def app_origins() -> set[str]:
    """The app's own origins: COMPANION_CORS_ORIGINS when set, else Reflex's deploy and API URLs."""
    configured = get_settings().cors_origins
    if not configured:
        config = rx.config.get_config()
        configured = (config.deploy_url or "", config.api_url or "")
    return {o for o in map(_origin_of, configured) if o}


def _ui_ports() -> set[int | None]:
    return {urlsplit(o).port for o in app_origins()}


def _own_origin(origin: str, request: Request) -> bool:
    # Our own page: a configured origin, or the host this request came to on one of the
    # app's ports (the page reaches a localhost backend on its own hostname, and so does
    # a LAN visitor). Another site, or another app on another port, is not us.
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if _origin_of(origin) in app_origins():
        return True
    same_host = parts.hostname == request.url.hostname
    return same_host and (parts.port == request.url.port or parts.port in _ui_ports())


def _target(request: Request, origin: str, path: str) -> str:
    # The page tells us its own origin so dev (UI on :3000, API on :8000) lands back on
    # the UI; anything but our own origin is ignored, so this is no open redirect.
    if origin and _own_origin(origin, request):
        return f"{_origin_of(origin)}{path}"
    return path


def cross_site(request: Request) -> bool:
    """True when another site (or an opaque `Origin: null` frame) sent this request: a
    cookie-setting route must refuse it (login CSRF). No Origin at all is a non-browser
    client; browsers send one on every POST."""
    if request.headers.get("sec-fetch-site", "") == "cross-site":
        return True
    origin = request.headers.get("origin")
    return origin is not None and not _own_origin(origin, request)


def cookie_secure(request: Request) -> bool:
    """Mark the cookie Secure whenever the browser reached the app over https (or via a proxy)."""
    proto = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return (proto or request.url.scheme) == "https"


def _cookie_flags(request: Request) -> dict:
    return {"path": "/", "httponly": True, "samesite": "lax", "secure": cookie_secure(request)}


def _set_cookie(response: Response, request: Request, token: str) -> None:
    max_age = get_settings().jwt_ttl_seconds
    response.set_cookie(COOKIE_NAME, token, max_age=max_age, **_cookie_flags(request))


@router.post("/session", status_code=303, include_in_schema=False)
def session_create(
    request: Request,
    code: Annotated[str, Form(max_length=2048)] = "",
    origin: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    """Trade an exchange code (once) for the session cookie, then go to the role's home."""
    if cross_site(request):
        raise Forbidden(messages.NOT_ALLOWED)
    try:
        with session_scope() as s:
            user = exchange_code_redeem(s, code)
            token, home = token_for(user), routes.home_for(user.role)
    except Unauthorized:
        return RedirectResponse(_target(request, origin, routes.LOGIN), status_code=303)
    response = RedirectResponse(_target(request, origin, home), status_code=303)
    _set_cookie(response, request, token)
    return response


def _bearer(request: Request) -> str:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


@router.post("/logout", status_code=303, include_in_schema=False)
def session_delete(request: Request, origin: Annotated[str, Form(max_length=300)] = "") -> Response:
    """Revoke the caller's tokens, clear the session cookie and go to the sign-in page.

    A Bearer caller (the REST API) gets `{data: null, message}` instead of the redirect.
    """
    if cross_site(request):
        raise Forbidden(messages.NOT_ALLOWED)
    bearer = _bearer(request)
    token = bearer or token_from_cookie_header(request.headers.get("cookie"))
    if token:
        with session_scope() as s:
            user_sign_out(s, token)
    if bearer:
        return JSONResponse({"data": None, "message": "Signed out."})
    response = RedirectResponse(_target(request, origin, routes.LOGIN), status_code=303)
    response.delete_cookie(COOKIE_NAME, **_cookie_flags(request))
    return response
