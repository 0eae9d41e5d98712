"""Password hashing and JWT tokens (HS256, 7 days), the only place that touches either."""

from __future__ import annotations

import secrets
import threading
import time
from datetime import datetime, timedelta
from functools import cache

import bcrypt
import jwt

from companion.clock import utcnow
from companion.services import messages
from companion.services.errors import Unauthorized
from companion.settings import get_settings

ALGORITHM = "HS256"
_MAX_PASSWORD_BYTES = 72  # bcrypt ignores (5.x: rejects) anything longer


def hash_password(password: str) -> str:
    """A bcrypt hash at the configured cost."""
    salt = bcrypt.gensalt(rounds=get_settings().bcrypt_rounds)
    return bcrypt.hashpw(password.encode()[:_MAX_PASSWORD_BYTES], salt).decode()


@cache
def _dummy_hash() -> bytes:
    return hash_password("not-a-real-password-0000").encode()


def verify_password(password: str, password_hash: str | None) -> bool:
    """Check a password; with no hash, spend the same time on a dummy one."""
    candidate = password.encode()[:_MAX_PASSWORD_BYTES]
    if not password_hash:
        bcrypt.checkpw(candidate, _dummy_hash())
        return False
    return bcrypt.checkpw(candidate, password_hash.encode())


def issue_token(
    *, user_id: int, email: str, role: str, version: int, now: datetime | None = None
) -> str:
    """A signed token carrying userId, email, role, iat and exp."""
    settings = get_settings()
    issued = now or utcnow()
    claims = {
        "userId": user_id,
        "sub": str(user_id),
        "email": email,
        "role": role,
        "ver": version,
        "iat": int(issued.timestamp()),
        "exp": int((issued + timedelta(seconds=settings.jwt_ttl_seconds)).timestamp()),
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm=ALGORITHM)


# Tokens already verified, by (secret, token): every UI event and API call presents the same
# cookie again, and PyJWT's parsing and HMAC were a fifth of a UI event's service-thread
# CPU. A hit is re-checked for expiry; revocation (token_version, is_active) is checked
# against the database on every use all the same (signin.user_from_token).
_VERIFIED_MAX = 4096
_verified: dict[tuple[str, str], dict] = {}
_verified_lock = threading.Lock()


def _remember_verified(key: tuple[str, str], claims: dict) -> None:
    with _verified_lock:
        if len(_verified) >= _VERIFIED_MAX:  # the oldest first: dicts keep insertion order
            del _verified[next(iter(_verified))]
        _verified[key] = claims


def decode_token(token: str) -> dict:
    """Verified claims, or Unauthorized for anything expired, forged or malformed."""
    if not token or len(token) > 4096:
        raise Unauthorized(messages.SESSION_EXPIRED)
    secret = get_settings().jwt_secret
    known = _verified.get((secret, token))
    if known is not None and known["exp"] > time.time():  # PyJWT's rule: expired at exp
        return dict(known)
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            options={"require": ["exp", "iat", "userId"]},
        )
    except jwt.PyJWTError as exc:
        raise Unauthorized(messages.SESSION_EXPIRED) from exc
    if not isinstance(claims.get("userId"), int):
        raise Unauthorized(messages.SESSION_EXPIRED)
    if type(claims["exp"]) is int:  # the tokens this module issues (anything else: no reuse)
        _remember_verified((secret, token), dict(claims))
    return claims


EXCHANGE_AUDIENCE = "companion:session-exchange"
EXCHANGE_TTL = timedelta(minutes=1)


def issue_exchange_code(*, user_id: int, version: int) -> str:
    """A one-minute, single-use code the cookie endpoint trades for the session cookie (its
    audience makes decode_token refuse it as a session token; its jti is spent on use)."""
    now = utcnow()
    claims = {
        "jti": secrets.token_urlsafe(18),
        "sub": str(user_id),
        "uid": user_id,
        "ver": version,
        "aud": EXCHANGE_AUDIENCE,
        "iat": int(now.timestamp()),
        "exp": int((now + EXCHANGE_TTL).timestamp()),
    }
    return jwt.encode(claims, get_settings().jwt_secret, algorithm=ALGORITHM)


def decode_exchange_code(code: object) -> dict:
    """Verified claims of an exchange code, or Unauthorized."""
    if not isinstance(code, str) or not code or len(code) > 2048:
        raise Unauthorized(messages.SESSION_EXPIRED)
    try:
        return jwt.decode(
            code,
            get_settings().jwt_secret,
            algorithms=[ALGORITHM],
            audience=EXCHANGE_AUDIENCE,
            options={"require": ["exp", "iat", "aud", "uid", "jti"]},
        )
    except jwt.PyJWTError as exc:
        raise Unauthorized(messages.SESSION_EXPIRED) from exc
