"""Account self-service: password reset links, notification preferences."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from companion.clock import utcnow


class PasswordReset(SQLModel, table=True):
    """A reset link sent by email: only the token's sha256 is stored; it works once."""

    __tablename__ = "password_resets"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    nonce: str = Field(max_length=64)
    expires_at: datetime = Field(index=True)
    used_at: datetime | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)


class NotificationPreference(SQLModel, table=True):
    """How one student wants each kind of notification; absent means the defaults."""

    __tablename__ = "notification_preferences"

    student_id: int = Field(foreign_key="users.id", primary_key=True, ondelete="CASCADE")
    # kind -> "in_app" | "email" | "both" | "off" (kinds missing here take the default)
    channels: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    timezone: str = Field(default="UTC", max_length=64)
    quiet_start: str | None = Field(default=None, max_length=5)  # "22:00", local time
    quiet_end: str | None = Field(default=None, max_length=5)
    daily_cap: int = Field(default=3)  # emails a day, at most
    email_day: date | None = Field(default=None)  # the local day emails_sent counts
    emails_sent: int = Field(default=0)
    updated_at: datetime = Field(default_factory=utcnow)
