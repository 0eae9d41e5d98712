"""One place that turns every failure into the error body `{error, details?, code?}`."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from companion.api.schemas import ErrorBody
from companion.api.session_cookie import token_from_cookie_header
from companion.services import errors as domain
from companion.services.security import decode_token

log = logging.getLogger("companion.api")

INVALID_INPUT = "Some fields are missing or invalid."
MALFORMED_BODY = "The request body is not valid JSON."
SERVER_ERROR = "Something went wrong on our side. Please try again."

STATUS: dict[type[domain.DomainError], int] = {
    domain.Invalid: 422,
    domain.Unauthorized: 401,
    domain.Forbidden: 403,
    domain.NotFound: 404,
    domain.Conflict: 409,
    domain.TooLarge: 413,
    domain.RateLimited: 429,
}
HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "too_large",
    415: "unsupported_media_type",
}


def error_response(
    status: int,
    message: str,
    *,
    details: dict | None = None,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A response with the error body."""
    body = ErrorBody(error=message, details=details or None, code=code)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers)


def status_of(exc: domain.DomainError) -> int:
    """The HTTP status a domain error answers with."""
    for kind in type(exc).__mro__:
        if kind in STATUS:
            return STATUS[kind]
    return 400


def _who(request: Request) -> str:
    # The caller's user id when a validly signed token names one (no database hit), and
    # always the peer address; never the token itself.
    scheme, _, bearer = request.headers.get("authorization", "").partition(" ")
    token = bearer.strip() if scheme.lower() == "bearer" else ""
    token = token or token_from_cookie_header(request.headers.get("cookie"))
    address = request.client.host if request.client else "unknown"
    try:
        return f"user={decode_token(token)['userId']} address={address}"
    except domain.Unauthorized:
        return f"user=- address={address}"


def log_refusal(request: Request, status: int) -> None:
    """One line per refused request (401/403/429): who, which route, when (the record's time)."""
    log.warning("refused %s %s %s %s", status, request.method, request.url.path, _who(request))


async def domain_error(request: Request, exc: Exception) -> JSONResponse:
    """A service said no: its message is safe to show."""
    assert isinstance(exc, domain.DomainError)
    status = status_of(exc)
    if status in (401, 403, 429):
        log_refusal(request, status)
    headers = {}
    if isinstance(exc, domain.RateLimited):
        headers["Retry-After"] = str(exc.retry_after)
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return error_response(
        status, exc.message, details=exc.details, code=exc.code, headers=headers or None
    )


def _field(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


async def validation_error(_request: Request, exc: Exception) -> JSONResponse:
    """Request validation: 400 for a body that isn't JSON, else 422 with one message per field."""
    assert isinstance(exc, RequestValidationError)
    problems = exc.errors()
    if any(p.get("type") == "json_invalid" for p in problems):
        return error_response(400, MALFORMED_BODY, code="bad_request")
    details: dict[str, str] = {}
    for problem in problems:
        details.setdefault(_field(tuple(problem.get("loc", ()))), str(problem.get("msg", "")))
    return error_response(422, INVALID_INPUT, details=details, code="invalid")


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    """Framework errors (unknown route, wrong method, bad form) in our shape."""
    assert isinstance(exc, HTTPException)
    if exc.status_code in (401, 403, 429):
        log_refusal(request, exc.status_code)
    message = exc.detail if isinstance(exc.detail, str) else "Request failed."
    return error_response(
        exc.status_code,
        message,
        code=HTTP_CODES.get(exc.status_code, "error"),
        headers=dict(exc.headers) if exc.headers else None,
    )


async def server_error(request: Request, exc: Exception) -> JSONResponse:
    """Anything unexpected: logged here, a generic body out (never a stack trace)."""
    log.exception("Unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, SERVER_ERROR, code="server_error")


def install_error_handlers(api: FastAPI) -> None:
    """Register the handlers on the /api app."""
    api.add_exception_handler(domain.DomainError, domain_error)
    api.add_exception_handler(RequestValidationError, validation_error)
    api.add_exception_handler(HTTPException, http_error)
    api.add_exception_handler(Exception, server_error)
