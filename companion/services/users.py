"""Accounts: register, sign in, tokens, roles, deactivation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import delete, update
from sqlalchemy import select as core_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from companion.clock import utcnow
from companion.models import Role, User
from companion.models.users import UsedExchangeCode
from companion.services import events, messages, ratelimit
from companion.services.access import require_admin
from companion.services.audit import audit_record
from companion.services.errors import Conflict, Invalid, NotFound, Unauthorized
from companion.services.listings import page_of
from companion.services.security import (
    decode_exchange_code,
    decode_token,
    hash_password,
    issue_exchange_code,
    issue_token,
    verify_password,
)

MIN_PASSWORD = 10


@dataclass(frozen=True)
class SignedIn:
    user: User
    token: str


def normalize_email(email: object) -> str:
    """A lower-cased, validated email address, or Invalid."""
    if not isinstance(email, str) or len(email) > 254:
        raise Invalid(messages.EMAIL_INVALID, details={"email": messages.EMAIL_INVALID})
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise Invalid(messages.EMAIL_INVALID, details={"email": messages.EMAIL_INVALID}) from exc


def password_check(password: object, field: str = "password") -> None:
    """Invalid unless the password is long enough for us and short enough for bcrypt."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise Invalid(messages.PASSWORD_WEAK, details={field: messages.PASSWORD_WEAK})
    if len(password.encode()) > 72:
        raise Invalid(messages.PASSWORD_TOO_LONG, details={field: messages.PASSWORD_TOO_LONG})


def _check_new_account(name: object, password: object, role: object) -> None:
    if not isinstance(name, str) or not 1 <= len(name.strip()) <= 120:
        raise Invalid(messages.NAME_REQUIRED, details={"name": messages.NAME_REQUIRED})
    password_check(password)
    if role not in {r.value for r in Role}:
        raise Invalid(messages.ROLE_INVALID, details={"role": messages.ROLE_INVALID})


def _insert_user(
    db: Session,
    *,
    email: object,
    name: object,
    password: object,
    role: object,
    grade: str | None,
) -> User:
    address = normalize_email(email)
    _check_new_account(name, password, role)
    if db.exec(select(User.id).where(User.email == address)).first() is not None:
        raise Conflict(messages.EMAIL_TAKEN, details={"email": messages.EMAIL_TAKEN})
    user = User(
        email=address,
        name=str(name).strip(),
        role=str(role),
        grade=grade,
        password_hash=hash_password(str(password)),
    )
    try:
        # The check above misses a parallel sign-up of the same address; the unique index
        # doesn't, and the savepoint keeps the transaction usable after it says no.
        with db.begin_nested():
            db.add(user)
    except IntegrityError as exc:
        raise Conflict(messages.EMAIL_TAKEN, details={"email": messages.EMAIL_TAKEN}) from exc
    return user


def token_for(user: User) -> str:
    """A fresh token for a user."""
    return issue_token(
        user_id=cast(int, user.id), email=user.email, role=user.role, version=user.token_version
    )


def user_register(
    db: Session,
    *,
    email: object,
    name: object,
    password: object,
    grade: str | None = None,
    address: str | None = None,
) -> SignedIn:
    """Self-service sign-up: always a student account, signed in at once.

    `address` is the client's (REST and UI pass it; it is throttled); None only for
    in-process callers such as seeding.
    """
    if address is not None:
        ratelimit.register_begin(address)
    user = _insert_user(
        db, email=email, name=name, password=password, role=Role.student.value, grade=grade
    )
    return SignedIn(user=user, token=token_for(user))


def user_create(
    session: Session,
    *,
    actor: User | None,
    email: object,
    name: object,
    password: object,
    role: object,
    grade: str | None = None,
) -> User:
    """Create any role: by an admin, or by the operator's CLI (actor None)."""
    if actor is not None:
        require_admin(actor)
    user = _insert_user(session, email=email, name=name, password=password, role=role, grade=grade)
    audit_record(
        session,
        actor_id=actor.id if actor else None,
        action="user.create",
        target=f"user:{user.id} role={user.role}",
    )
    return user


def user_authenticate(
    db: Session, *, email: object, password: object, address: str | None = None
) -> SignedIn:
    """Sign in; one message for every failure so it reveals nothing.

    `address` is the client's: the attempt is throttled per address and account (see
    companion.services.ratelimit); None only for in-process callers.
    """
    email_key = email.strip().lower() if isinstance(email, str) else ""
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


def user_from_token(session: Session, token: object) -> User:
    """The active user a token belongs to, or Unauthorized."""
    claims = decode_token(token if isinstance(token, str) else "")
    user = session.get(User, claims["userId"])
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


def user_get(session: Session, *, actor: User, user_id: int) -> User:
    """One account: yourself, or anyone for an admin."""
    if actor.id != user_id:
        require_admin(actor)
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(messages.NOT_FOUND)
    return user


USER_SORTS = ("name", "email", "role", "created")


def user_list(
    session: Session,
    *,
    actor: User,
    page: object = 1,
    limit: object = 50,
    role: str | None = None,
    sort: str = "created",
    descending: bool = True,
) -> tuple[list[Any], int]:
    """Accounts, newest first unless sorted otherwise (admins only; one statement).

    Rows carry id, name, email, role, is_active, created_at and last_active_at only.
    """
    require_admin(actor)
    # Core columns and select: SQLModel's stubs lack `__table__` and its select takes <= 4.
    u = User.metadata.tables[User.__tablename__].c
    keys = {"name": func.lower(u.name), "email": u.email, "role": u.role, "created": u.id}
    key = keys.get(sort, u.id)
    query = core_select(
        u.id, u.name, u.email, u.role, u.is_active, u.created_at, u.last_active_at
    ).order_by(key.desc() if descending is True else key.asc(), u.id.desc())
    if role:
        query = query.where(u.role == role)
    result = page_of(session, query, page, limit)
    return result.rows, result.total


def user_set_role(session: Session, *, actor: User, user_id: int, role: object) -> User:
    """Change an account's role (admins only, audited, old tokens revoked)."""
    require_admin(actor)
    if role not in {r.value for r in Role}:
        raise Invalid(messages.ROLE_INVALID, details={"role": messages.ROLE_INVALID})
    user = user_get(session, actor=actor, user_id=user_id)
    if user.id == actor.id and role != Role.admin:
        raise Conflict("You can't remove your own admin role; ask another admin.")
    audit_record(
        session, actor_id=actor.id, action="user.role", target=f"user:{user.id} {user.role}->{role}"
    )
    user.role, user.token_version = str(role), user.token_version + 1
    return user


def user_set_active(session: Session, *, actor: User, user_id: int, active: bool) -> User:
    """Deactivate (sign out everywhere, no sign-in) or reactivate an account."""
    require_admin(actor)
    user = user_get(session, actor=actor, user_id=user_id)
    if user.id == actor.id:
        raise Conflict("You can't deactivate your own account.")
    user.is_active = bool(active)
    user.token_version += 1
    audit_record(
        session,
        actor_id=actor.id,
        action="user.activate" if active else "user.deactivate",
        target=f"user:{user.id}",
    )
    return user
