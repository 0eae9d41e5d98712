"""Accounts: register, create, read and list them, roles, deactivation (signing in and
out: companion/services/signin.py)."""

from __future__ import annotations

from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select as core_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, func, select

from companion.models import Role, User
from companion.services import messages, ratelimit
from companion.services.access import require_admin
from companion.services.audit import audit_record
from companion.services.errors import Conflict, Invalid, NotFound
from companion.services.listings import page_of
from companion.services.security import (
    hash_password,
)
from companion.services.signin import SignedIn, token_for

MIN_PASSWORD = 10


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
