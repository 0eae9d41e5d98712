"""Passwords: change (current password required), reset by an emailed link, admin-sent links.

A reset link's token is an HMAC of the row's random nonce under the app secret: the
database holds only its sha256 and the nonce, so neither a copy of the database nor the
job queue (which carries only the row's id) is enough to use a link. The mail job
renders the link when it runs.

A reset request does the same work whether or not the address has an account (so its
timing can't tell): it queues one job with the normalized address, and that job looks the
account up, creates the link and sends it, or does nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from companion.clock import utcnow
from companion.models import PasswordReset, User
from companion.routes import RESET_PASSWORD
from companion.services import ratelimit
from companion.services.access import require_admin
from companion.services.audit import audit_record
from companion.services.errors import Invalid
from companion.services.mail import MAIL_KIND
from companion.services.security import hash_password, verify_password
from companion.services.signin import SignedIn, token_for
from companion.services.users import password_check, user_get
from companion.settings import get_settings
from jobs.queue import enqueue

RESET_TEMPLATE = "password_reset"
RESET_REQUEST_TEMPLATE = "password_reset_request"
RESET_TTL = timedelta(minutes=30)
RESET_SENT = (
    "If an account uses that address, we've emailed it a link to choose a new password. "
    "The link works for 30 minutes."
)
RESET_LINK_INVALID = "This reset link is invalid, already used or expired. Ask for a new one."
CURRENT_PASSWORD_WRONG = "Your current password is not right."
PASSWORD_CHANGED = "Password changed. You were signed out everywhere else."


def _token(user_id: int, nonce: str) -> str:
    key = get_settings().jwt_secret.encode()
    mac = hmac.new(key, f"password-reset:{user_id}:{nonce}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()).decode().rstrip("=")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _reset_create(db: Session, user: User, now: datetime) -> PasswordReset:
    # One live link per account: a new request retires the older links (marked used, not
    # deleted, so a queued mail of an old link can never pick up a reused row id).
    user_id = cast(int, user.id)  # a stored account
    db.exec(
        update(PasswordReset)
        .where(col(PasswordReset.user_id) == user_id, col(PasswordReset.used_at).is_(None))
        .values(used_at=now)
    )
    db.exec(delete(PasswordReset).where(col(PasswordReset.expires_at) < now - timedelta(days=1)))
    nonce = secrets.token_hex(16)
    row = PasswordReset(
        user_id=user_id,
        nonce=nonce,
        token_hash=_digest(_token(user_id, nonce)),
        expires_at=now + RESET_TTL,
    )
    db.add(row)
    db.flush()
    return row


def _reset_begin(db: Session, user: User, now: datetime) -> PasswordReset:
    row = _reset_create(db, user, now)
    enqueue(
        db,
        kind=MAIL_KIND,
        payload={"template": RESET_TEMPLATE, "reset_id": row.id, "account": row.user_id},
        idempotency_key=f"mail:reset:{row.nonce}",
    )
    return row


def reset_mail(db: Session, *, reset_id: int, now: datetime | None = None) -> dict | None:
    """The reset email for a pending link (a mail payload), or None if it is no longer live."""
    row = db.get(PasswordReset, reset_id)
    if row is None or row.used_at is not None or row.expires_at <= (now or utcnow()):
        return None
    user = db.get(User, row.user_id)
    if user is None or not user.is_active:
        return None
    link = f"{get_settings().app_url}{RESET_PASSWORD}?token={_token(row.user_id, row.nonce)}"
    text = (
        f"Hello {user.name},\n\n"
        "Someone (we hope you) asked to reset the password of your Study Companion account.\n"
        f"Choose a new password here within 30 minutes:\n\n{link}\n\n"
        "If you did not ask for this, ignore this email: your password stays the same.\n"
    )
    return {
        "to": user.email,
        "subject": "Reset your Study Companion password",
        "text": text,
        "account": user.id,
    }


def password_reset_request(
    db: Session, *, email: object, address: str | None = None, now: datetime | None = None
) -> str:
    """Email a reset link if the address has an active account; the same answer either way.

    Throttled like a sign-in (per client address and per account), so it can't be used
    to flood a mailbox or to probe for accounts faster than sign-in allows. The account is
    not looked up here: one job with the normalized address does that (reset_request_mail),
    so the request's work and time are the same whether or not the account exists.
    """
    key = email.strip().lower()[:254] if isinstance(email, str) else ""
    if address is not None:
        ratelimit.sign_in_begin(address, key)
    if key:
        enqueue(
            db,
            kind=MAIL_KIND,
            payload={"template": RESET_REQUEST_TEMPLATE, "email": key},
            idempotency_key=f"mail:reset-request:{secrets.token_hex(16)}",
        )
    return RESET_SENT


def reset_request_mail(db: Session, *, email: str, now: datetime | None = None) -> dict | None:
    """For a queued reset request: a new link for the address's active account and its email
    (a mail payload), or None when no active account uses the address."""
    user = db.exec(select(User).where(User.email == email)).first() if email else None
    if user is None or not user.is_active:
        return None
    row = _reset_create(db, user, now or utcnow())
    audit_record(db, actor_id=None, action="password.reset_request", target=f"user:{user.id}")
    return reset_mail(db, reset_id=cast(int, row.id), now=now)


def _claim(db: Session, token: object, now: datetime) -> PasswordReset:
    if not isinstance(token, str) or not 10 <= len(token) <= 200:
        raise Invalid(RESET_LINK_INVALID, details={"token": RESET_LINK_INVALID})
    row = db.exec(select(PasswordReset).where(PasswordReset.token_hash == _digest(token))).first()
    # Conditional, so two uses of one link at the same moment let exactly one through.
    claimed = (
        row is not None
        and db.exec(
            update(PasswordReset)
            .where(
                col(PasswordReset.id) == row.id,
                col(PasswordReset.used_at).is_(None),
                col(PasswordReset.expires_at) > now,
            )
            .values(used_at=now)
        ).rowcount
        == 1
    )
    if row is None or not claimed:
        raise Invalid(RESET_LINK_INVALID, details={"token": RESET_LINK_INVALID})
    return row


def password_reset(
    db: Session, *, token: object, new_password: object, now: datetime | None = None
) -> None:
    """Set a new password with a live reset link (once); every existing token is revoked."""
    password_check(new_password, "new_password")
    row = _claim(db, token, now or utcnow())
    user = db.get(User, row.user_id)
    if user is None or not user.is_active:
        raise Invalid(RESET_LINK_INVALID, details={"token": RESET_LINK_INVALID})
    user.password_hash = hash_password(str(new_password))
    user.token_version += 1
    audit_record(db, actor_id=user.id, action="password.reset", target=f"user:{user.id}")


def password_change(
    db: Session, *, actor: User, current_password: object, new_password: object
) -> SignedIn:
    """Change one's own password; every other token is revoked and a fresh one returned."""
    if not verify_password(
        current_password if isinstance(current_password, str) else "", actor.password_hash
    ):
        raise Invalid(CURRENT_PASSWORD_WRONG, details={"current_password": CURRENT_PASSWORD_WRONG})
    password_check(new_password, "new_password")
    actor.password_hash = hash_password(str(new_password))
    actor.token_version += 1
    audit_record(db, actor_id=actor.id, action="password.change", target=f"user:{actor.id}")
    db.flush()
    return SignedIn(user=actor, token=token_for(actor))


def password_reset_link_send(
    db: Session, *, actor: User, user_id: int, now: datetime | None = None
) -> User:
    """Email any active account a reset link (admins only, audited); the account."""
    require_admin(actor)
    user = user_get(db, actor=actor, user_id=user_id)
    if not user.is_active:
        raise Invalid("This account is deactivated; reactivate it before sending a reset link.")
    _reset_begin(db, user, now or utcnow())
    audit_record(db, actor_id=actor.id, action="password.reset_link", target=f"user:{user.id}")
    return user
