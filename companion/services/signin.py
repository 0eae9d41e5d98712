"""Signing in and out: the password check, session tokens and single-use exchange codes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import bindparam, delete, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select as core_select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import instance_dict
from sqlmodel import Session, col, select

from companion.clock import utcnow
from companion.models import User
from companion.models.users import UsedExchangeCode
from companion.services import events, messages, ratelimit
from companion.services.audit import audit_record
from companion.services.errors import Unauthorized
from companion.services.security import (
    decode_exchange_code,
    decode_token,
    issue_exchange_code,
    issue_token,
    verify_password,
)


@dataclass(frozen=True)
class SignedIn:
    user: User
    token: str


def token_for(user: User) -> str:
    """A fresh token for a user."""
    return issue_token(
        user_id=cast(int, user.id), email=user.email, role=user.role, version=user.token_version
    )


def user_authenticate(
    db: Session, *, email: object, password: object, address: str | None = None
) -> SignedIn:
    """Sign in; one message for every failure so it reveals nothing.

    `address` is the client's: the attempt is throttled per address and account (see
    companion.services.ratelimit); None only for in-process callers.
    """
    # no stored address holds a NUL (PostgreSQL cannot even compare one): no such account
    email_key = email.strip().lower() if isinstance(email, str) and "\x00" not in email else ""
    attempt = ratelimit.sign_in_begin(address, email_key) if address is not None else None
    user = db.exec(select(User).where(User.email == email_key)).first() if email_key else None
    ok = verify_password(
        password if isinstance(password, str) else "", user.password_hash if user else None
    )
    if not ok or user is None or not user.is_active:
        audit_record(
            db,
            actor_id=user.id if user else None,
            action="login.failed",
            target=f"email:{email_key[:200]}",
        )
        raise Unauthorized(messages.LOGIN_FAILED, keep_changes=True)
    if attempt is not None:
        ratelimit.sign_in_succeeded(attempt)
    user.last_active_at = utcnow()
    events.record_event(db, student_id=cast(int, user.id), kind=events.SIGN_IN)
    return SignedIn(user=user, token=token_for(user))


_USER_BY_ID = core_select(cast(Any, User).__table__).where(
    cast(Any, User).__table__.c.id == bindparam("uid")
)


_USER_CLASS = sa_inspect(User).class_manager


def _user_by_id(session: Session, user_id: int) -> User | None:
    """`session.get(User, id)` for the hottest read of the app (every UI event and API call
    resolves its user): one Core select, its row attached to the session as a loaded User
    (changes to it are saved like any ORM row's), without the ORM query machinery."""
    user = session.identity_map.get(Session.identity_key(User, user_id))
    if user is not None:
        return cast(User, user)
    row = session.connection().execute(_USER_BY_ID, {"uid": user_id}).one_or_none()
    if row is None:
        return None
    # Built the way the ORM loads a row (a bare instance, its columns filled in), not through
    # User(**row): the model's validation of values the database already holds was a third
    # of this call's CPU.
    user = _USER_CLASS.new_instance()
    instance_dict(user).update(row._mapping)
    make_transient_to_detached(user)
    session.add(user)
    return user


def user_from_token(session: Session, token: object) -> User:
    """The active user a token belongs to, or Unauthorized."""
    claims = decode_token(token if isinstance(token, str) else "")
    user = _user_by_id(session, claims["userId"])
    if user is None or not user.is_active or claims.get("ver") != user.token_version:
        raise Unauthorized(messages.SESSION_EXPIRED)
    return user


def exchange_code_issue(user: User) -> str:
    """A one-minute code for the browser to trade for its HttpOnly cookie."""
    return issue_exchange_code(user_id=cast(int, user.id), version=user.token_version)


def _spend_code(db: Session, claims: dict) -> None:
    # The jti's primary key lets exactly one redemption through, across processes; a
    # replay (even a parallel one, which waits for the first to commit) fails the insert.
    now = utcnow()
    db.exec(delete(UsedExchangeCode).where(col(UsedExchangeCode.expires_at) < now))
    row = UsedExchangeCode(
        jti=str(claims["jti"])[:64], expires_at=datetime.fromtimestamp(claims["exp"], UTC)
    )
    try:
        with db.begin_nested():
            db.add(row)
    except IntegrityError as exc:
        raise Unauthorized(messages.SESSION_EXPIRED) from exc


def exchange_code_redeem(db: Session, code: object) -> User:
    """The active user an exchange code was issued to, or Unauthorized; each code works once."""
    claims = decode_exchange_code(code)
    uid = claims.get("uid")
    user = db.get(User, uid) if isinstance(uid, int) else None
    if user is None or not user.is_active or user.token_version != claims.get("ver"):
        raise Unauthorized(messages.SESSION_EXPIRED)
    _spend_code(db, claims)
    return user


def user_sign_out(db: Session, token: object) -> int | None:
    """Revoke every token of the token's user (token_version + 1); the user's id, or None
    when the token was no longer valid (nothing to revoke)."""
    try:
        user = user_from_token(db, token)
    except Unauthorized:
        return None
    db.exec(
        update(User).where(col(User.id) == user.id).values(token_version=User.token_version + 1)
    )
    return user.id


def token_refresh(session: Session, *, token: object) -> SignedIn:
    """Exchange a valid token for a new one with a fresh expiry."""
    user = user_from_token(session, token)
    return SignedIn(user=user, token=token_for(user))
