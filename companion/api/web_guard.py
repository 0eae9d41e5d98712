"""The outermost ASGI layer of the app: origins, security headers, upload limits, /api 404s.

Reflex's own CORS layer reflects any origin with credentials unless configured, and its
/_upload endpoint parses the whole multipart body before any handler can look at the user.
This layer sits in front of both: a cross-origin page gets CORS headers only when its origin
is trusted (companion.api.origins), an anonymous or oversized /_upload is refused before a
byte of its body is read, and every response carries the security headers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from companion.ai.offline.transcriptlimits import MAX_UPLOAD_BODY_BYTES
from companion.api.origins import origin_allowed, security_headers
from companion.api.session_cookie import token_from_cookie_header
from companion.services import messages
from companion.services.errors import Unauthorized
from companion.services.security import decode_token

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Message, Receive, Send], Awaitable[None]]
CookieLookup = Callable[[str], Awaitable[str]]  # client token -> its websocket's Cookie header

UPLOAD_PATH = "/_upload"
API_PREFIX = "/api"
ORIGIN_REFUSED = "This page may not call the app from another site."
UPLOAD_TOO_LARGE = f"Uploads can be at most {MAX_UPLOAD_BODY_BYTES // (1024 * 1024)} MB."
API_NOT_FOUND = "There is no such API endpoint."
_CLIENT_TOKEN = re.compile(r"[0-9a-fA-F-]{32,40}")  # Reflex's client token is a UUID
# Reflex's own CORS answers are replaced by ours (Vary is kept: it also names Accept-Encoding).
_CORS_HEADERS = {b"access-control-allow-origin", b"access-control-allow-credentials"}


def _headers(scope: Message) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


def _cors(origin: str) -> list[tuple[bytes, bytes]]:
    return [
        (b"access-control-allow-origin", origin.encode("latin-1")),
        (b"access-control-allow-credentials", b"true"),
        (b"vary", b"Origin"),
    ]


async def send_json(send: Send, status: int, body: dict, extra: list | None = None) -> None:
    """A complete JSON response with the security headers."""
    raw = json.dumps(body).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(raw)).encode()),
        *security_headers(),
        *(extra or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": raw})


async def signed_in(headers: dict[str, str], client_cookie: CookieLookup | None = None) -> bool:
    """Whether the request carries a valid session token (its cookie, or its page's socket)."""
    token = token_from_cookie_header(headers.get("cookie"))
    client = headers.get("reflex-client-token", "")
    if not token and client_cookie is not None and _CLIENT_TOKEN.fullmatch(client):
        # The upload's XHR carries no cookie when the UI and the backend are on different
        # ports; the page's websocket did, and Reflex keeps its headers in the client's state.
        try:
            token = token_from_cookie_header(await client_cookie(client))
        except Exception:  # an unknown or broken client state is an anonymous one
            token = ""
    try:
        decode_token(token)
    except Unauthorized:
        return False
    return True


def declared_length(headers: dict[str, str]) -> int | None:
    """Content-Length as a number (ASCII digits only), or None when absent or malformed."""
    raw = headers.get("content-length", "").strip()
    return int(raw) if raw.isascii() and raw.isdigit() else None


class _Exchange:
    """One HTTP request through the guard: the wrapped receive and send."""

    def __init__(self, scope: Message, receive: Receive, send: Send, origin: str | None) -> None:
        self.scope, self._receive, self._send, self.origin = scope, receive, send, origin
        self.limit: int | None = None
        self.read = 0
        self.too_large = False
        self.started = False
        self.swallow = False

    async def receive(self) -> Message:
        message = await self._receive()
        if self.limit is not None and message["type"] == "http.request":
            self.read += len(message.get("body", b""))
            if self.read > self.limit:
                # Tell the app the client went away; the guard answers 413 itself.
                self.too_large = True
                return {"type": "http.disconnect"}
        return message

    async def send(self, message: Message) -> None:
        if self.too_large or self.swallow:
            return
        if message["type"] == "http.response.start":
            self.started = True
            if self._api_page_not_found(message):
                self.swallow = True
                await send_json(self._send, 404, {"error": API_NOT_FOUND}, self._cors())
                return
            kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _CORS_HEADERS]
            message = {**message, "headers": [*kept, *security_headers(), *self._cors()]}
        await self._send(message)

    def _cors(self) -> list[tuple[bytes, bytes]]:
        return _cors(self.origin) if self.origin else []

    def _api_page_not_found(self, message: Message) -> bool:
        path = self.scope.get("path", "")
        if message["status"] != 404 or not (path == API_PREFIX or path.startswith("/api/")):
            return False
        kinds = [v for k, v in message.get("headers", []) if k.lower() == b"content-type"]
        return not any(b"json" in v for v in kinds)

    async def finish(self) -> None:
        if self.too_large and not self.started:
            await send_json(self._send, 413, {"error": UPLOAD_TOO_LARGE}, self._cors())


class WebGuard:
    """ASGI middleware in front of the whole Reflex app (see the module docstring)."""

    def __init__(self, app: ASGIApp, client_cookie: CookieLookup | None = None) -> None:
        self.app, self.client_cookie = app, client_cookie

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        origin = headers.get("origin", "")
        trusted = bool(origin) and origin_allowed(
            origin,
            scheme=scope.get("scheme", "http"),
            host=headers.get("host", ""),
            forwarded_proto=headers.get("x-forwarded-proto", ""),
        )
        if scope["method"] == "OPTIONS" and origin and "access-control-request-method" in headers:
            await self._preflight(send, origin if trusted else None, headers)
            return
        exchange = _Exchange(scope, receive, send, origin if trusted else None)
        if scope["path"] == UPLOAD_PATH and scope["method"] == "POST":
            refusal = await self._upload_refusal(headers, self.client_cookie)
            if refusal:
                await send_json(send, refusal[0], {"error": refusal[1]}, exchange._cors())
                return
            exchange.limit = MAX_UPLOAD_BODY_BYTES
        await self.app(scope, exchange.receive, exchange.send)
        await exchange.finish()

    @staticmethod
    async def _preflight(send: Send, origin: str | None, headers: dict[str, str]) -> None:
        if origin is None:
            await send_json(send, 403, {"error": ORIGIN_REFUSED})
            return
        allow = [
            (b"access-control-allow-methods", b"GET, POST, PUT, PATCH, DELETE, OPTIONS"),
            (b"access-control-max-age", b"600"),
        ]
        wanted = headers.get("access-control-request-headers", "")
        if wanted:
            allow.append((b"access-control-allow-headers", wanted.encode("latin-1")))
        start = [*_cors(origin), *allow, *security_headers(), (b"content-length", b"0")]
        await send({"type": "http.response.start", "status": 204, "headers": start})
        await send({"type": "http.response.body", "body": b""})

    @staticmethod
    async def _upload_refusal(
        headers: dict[str, str], client_cookie: CookieLookup | None
    ) -> tuple[int, str] | None:
        # Checked before the body is read: an anonymous client cannot make the server
        # buffer anything, and a declared size over the cap is refused outright.
        if not await signed_in(headers, client_cookie):
            return 401, messages.SESSION_EXPIRED
        size = declared_length(headers)
        if size is not None and size > MAX_UPLOAD_BODY_BYTES:
            return 413, UPLOAD_TOO_LARGE
        return None
