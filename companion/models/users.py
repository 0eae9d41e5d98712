"""Accounts, tutor-student links and the audit log."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel, UniqueConstraint

from companion.clock import utcnow


class Role(StrEnum):
    student = "student"
    tutor = "tutor"
    admin = "admin"


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    name: str = Field(max_length=120)
    role: str = Field(default=Role.student, max_length=16, index=True)
    grade: str | None = Field(default=None, max_length=32)
    password_hash: str = Field(max_length=100)
    is_active: bool = Field(default=True)
    token_version: int = Field(default=0)  # bumped to revoke every token issued so far
    last_active_at: datetime | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)


class TutorStudent(SQLModel, table=True):
    """A tutor works with a student (set when a session is recorded, or by an admin)."""

    __tablename__ = "tutor_students"
    __table_args__ = (UniqueConstraint("tutor_id", "student_id"),)

    id: int | None = Field(default=None, primary_key=True)
    tutor_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    student_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow)


class AuditLog(SQLModel, table=True):
    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    actor_id: int | None = Field(
        default=None, foreign_key="users.id", index=True, ondelete="SET NULL"
    )
    action: str = Field(max_length=64, index=True)
    target: str = Field(default="", max_length=300)
    at: datetime = Field(default_factory=utcnow, index=True)


class UsedExchangeCode(SQLModel, table=True):
    """An exchange code already traded for a cookie: its primary key makes each code work
    once, even when several processes redeem the same one at the same moment."""

    __tablename__ = "used_exchange_codes"

    jti: str = Field(primary_key=True, max_length=64)
    expires_at: datetime = Field(index=True)  # rows past this are useless and get pruned
