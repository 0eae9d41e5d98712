"""Which pages may call the app, and the security headers every response carries.

A browser page may use the app's cookies and answers only when it comes from the app's own
URL (COMPANION_URL, Reflex's deploy_url, or the host the request itself was sent to) or from
an origin listed in COMPANION_ALLOWED_ORIGINS. The same rule answers CORS requests on /,
/api and /_upload and the websocket handshake on /_event.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from reflex_base.config import get_config

from companion.settings import get_settings

_LOOPBACK = {"localhost", "127.0.0.1", "::1"}
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SOCKET_SCHEMES = {"ws": "http", "wss": "https"}


def normalize_origin(url: str) -> str | None:
    """`scheme://host:port` in lower case (loopback names are one host), or None if not http(s)."""
    try:
        parts = urlsplit(url.strip().lower())
        port = parts.port
    except ValueError:
        return None
    scheme = _SOCKET_SCHEMES.get(parts.scheme, parts.scheme)
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = "localhost" if parts.hostname in _LOOPBACK else parts.hostname
    return f"{scheme}://{host}:{port or _DEFAULT_PORTS[scheme]}"


def trusted_origins() -> set[str]:
    """The app's own URLs and the configured extra origins, normalized."""
    settings = get_settings()
    urls = (*settings.allowed_origins, settings.app_url, get_config().deploy_url or "")
    return {origin for origin in map(normalize_origin, urls) if origin}


def request_origin(scheme: str, host: str, forwarded_proto: str = "") -> str | None:
    """The origin the request was sent to (behind a proxy: its X-Forwarded-Proto)."""
    proto = forwarded_proto.split(",")[0].strip() or scheme
    return normalize_origin(f"{proto}://{host}") if host else None


def origin_allowed(origin: str, *, scheme: str, host: str, forwarded_proto: str = "") -> bool:
    """Whether a page from `origin` may call this app with the user's cookie."""
    wanted = normalize_origin(origin) if origin and origin != "null" else None
    if wanted is None:
        return False
    return wanted == request_origin(scheme, host, forwarded_proto) or wanted in trusted_origins()


def socket_origin_allowed(origin: str | None, environ: dict) -> bool:
    """The websocket handshake's Origin check (python-engineio calls it with the WSGI environ)."""
    return origin_allowed(
        origin or "",
        scheme=environ.get("wsgi.url_scheme", "http"),
        host=environ.get("HTTP_HOST", ""),
        forwarded_proto=environ.get("HTTP_X_FORWARDED_PROTO", ""),
    )


def _backend() -> tuple[str, str]:
    # In development the UI (:3000) talks to a backend on another port; in production both
    # share one origin and this adds nothing new. Returns (http origin, websocket origin).
    parts = urlsplit(get_config().api_url or "")
    if parts.scheme not in _DEFAULT_PORTS or not parts.netloc:
        return "", ""
    socket = "wss" if parts.scheme == "https" else "ws"
    return f" {parts.scheme}://{parts.netloc}", f" {socket}://{parts.netloc}"


def content_security_policy() -> str:
    """The CSP of every page and /api response: own scripts only, no frames, no plugins."""
    http, socket = _backend()
    return "; ".join(
        (
            "default-src 'self'",
            # The built pages boot from small inline module scripts (React Router), and
            # Reflex runs rx.call_script (the sign-in hand-off) through eval().
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",  # Radix and emotion set inline styles
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            f"connect-src 'self'{http}{socket}",
            f"form-action 'self'{http}",
            "frame-src 'none'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
        )
    )


def security_headers() -> list[tuple[bytes, bytes]]:
    """Headers added to every HTTP response (pages, /api, uploads)."""
    return [
        (b"content-security-policy", content_security_policy().encode()),
        (b"x-frame-options", b"DENY"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
    ]
