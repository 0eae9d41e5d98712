"""Changing one's email: confirmed by a link sent to the new address.

The link carries a signed token naming the account, the new address, the account's token
version and an expiry: confirming bumps the version, so each link works once, and a
password change or sign-out everywhere in between voids it too.

The queued mail job carries the link's claims, not the link: the job signs the token when
it sends (like a reset link), so the job table never holds a usable link.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from datetime import datetime, timedelta

from sqlmodel import Session, select

from companion.clock import utcnow
from companion.models import User
from companion.routes import CONFIRM_EMAIL
from companion.services import messages
from companion.services.audit import audit_record
from companion.services.errors import Conflict, Invalid
from companion.services.mail import MAIL_KIND, mail_queue
from companion.services.security import verify_password
from companion.services.users import normalize_email
from companion.settings import get_settings
from jobs.queue import enqueue

EMAIL_CHANGE_TEMPLATE = "email_change"
EMAIL_CHANGE_TTL = timedelta(hours=24)
CHANGE_LINK_INVALID = "This confirmation link is invalid, already used or expired."
SAME_EMAIL = "That is already your email address."
WRONG_PASSWORD = "Your password is not right."


def _sign(body: str) -> str:
    key = get_settings().jwt_secret.encode()
    mac = hmac.new(key, f"email-change:{body}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def _token(claims: dict) -> str:
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return f"{body}.{_sign(body)}"


def _claims(token: object) -> dict:
    body, _, sig = (
        token.partition(".") if isinstance(token, str) and len(token) < 1000 else ("", "", "")
    )
    if not body or not hmac.compare_digest(sig, _sign(body)):
        raise Invalid(CHANGE_LINK_INVALID, details={"token": CHANGE_LINK_INVALID})
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def _taken(db: Session, address: str) -> bool:
    return db.exec(select(User.id).where(User.email == address)).first() is not None


def email_change_request(
    db: Session, *, actor: User, new_email: object, password: object, now: datetime | None = None
) -> str:
    """Send a confirmation link to the new address (your password confirms it is you)."""
    if not isinstance(password, str) or not verify_password(password, actor.password_hash):
        raise Invalid(WRONG_PASSWORD, details={"password": WRONG_PASSWORD})
    address = normalize_email(new_email)
    if address == actor.email:
        raise Invalid(SAME_EMAIL, details={"email": SAME_EMAIL})
    if _taken(db, address):
        raise Conflict(messages.EMAIL_TAKEN, details={"email": messages.EMAIL_TAKEN})
    expires = int(((now or utcnow()) + EMAIL_CHANGE_TTL).timestamp())
    claims = {"u": actor.id, "e": address, "v": actor.token_version, "x": expires}
    enqueue(
        db,
        kind=MAIL_KIND,
        payload={"template": EMAIL_CHANGE_TEMPLATE, "claims": claims, "account": actor.id},
        idempotency_key=f"mail:email-change:{secrets.token_hex(16)}",
    )
    audit_record(db, actor_id=actor.id, action="email.change_request", target=f"user:{actor.id}")
    return f"We sent a confirmation link to {address}. Your email changes once you open it."


def email_change_mail(db: Session, *, claims: dict, now: datetime | None = None) -> dict | None:
    """The confirmation email for queued link claims (a mail payload, its link signed now),
    or None when the link could no longer work (account gone, version moved, expired)."""
    user = db.get(User, claims.get("u")) if isinstance(claims.get("u"), int) else None
    expires = claims.get("x")
    if (
        user is None
        or not user.is_active
        or user.token_version != claims.get("v")
        or not isinstance(expires, int)
        or expires < (now or utcnow()).timestamp()
    ):
        return None
    address = str(claims.get("e", ""))
    link = f"{get_settings().app_url}{CONFIRM_EMAIL}?token={_token(claims)}"
    return {
        "to": address,
        "subject": "Confirm your new email for Study Companion",
        "text": (
            f"Hello {user.name},\n\nTo use this address for your Study Companion account, "
            f"open this link within 24 hours:\n\n{link}\n\nIf you did not ask for this, ignore "
            "this email.\n"
        ),
        "account": user.id,
    }


def email_change_confirm(db: Session, *, token: object, now: datetime | None = None) -> User:
    """Switch to the confirmed address; every token of the account is revoked."""
    claims = _claims(token)
    user = db.get(User, claims.get("u")) if isinstance(claims.get("u"), int) else None
    expired = not isinstance(claims.get("x"), int) or claims["x"] < (now or utcnow()).timestamp()
    if user is None or not user.is_active or expired or user.token_version != claims.get("v"):
        raise Invalid(CHANGE_LINK_INVALID, details={"token": CHANGE_LINK_INVALID})
    address = str(claims.get("e", ""))
    if _taken(db, address):
        raise Conflict(messages.EMAIL_TAKEN, details={"email": messages.EMAIL_TAKEN})
    old, user.email, user.token_version = user.email, address, user.token_version + 1
    mail_queue(
        db,
        to=old,
        subject="Your Study Companion email was changed",
        text=(
            f"Hello {user.name},\n\nYour account now uses {address}. If you did not do this, "
            "reset your password and tell your administrator.\n"
        ),
        key=f"mail:email-changed:{user.id}:{user.token_version}",
        account=user.id,
    )
    audit_record(db, actor_id=user.id, action="email.change", target=f"user:{user.id}")
    db.flush()
    return user
