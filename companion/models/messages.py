"""Notifications, chat messages and tutor routing decisions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from companion.clock import utcnow


class Notification(SQLModel, table=True):
    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_student_read", "student_id", "read"),
        # One nudge per student per day, whatever the number of workers.
        UniqueConstraint("student_id", "type", "day", name="uq_notifications_daily"),
    )

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    type: str = Field(max_length=24)  # nudge|practice_ready|suggestions|routing|analysis
    title: str = Field(max_length=200)
    message: str = Field(sa_column=Column(Text, nullable=False))
    cta: str | None = Field(default=None, max_length=300)  # a link inside the app
    cta_label: str | None = Field(default=None, max_length=120)
    urgency: str = Field(default="low", max_length=8)
    read: bool = Field(default=False)
    day: date | None = Field(default=None)  # set only for once-a-day types
    created_at: datetime = Field(default_factory=utcnow)


class ChatMessage(SQLModel, table=True):
    __tablename__ = "chat_messages"
    __table_args__ = (Index("ix_chat_student_created", "student_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    role: str = Field(max_length=12)  # user|assistant
    content: str = Field(sa_column=Column(Text, nullable=False))
    citations: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    engine: str | None = Field(default=None, max_length=120)
    created_at: datetime = Field(default_factory=utcnow)


class RoutingDecision(SQLModel, table=True):
    __tablename__ = "routing_decisions"
    __table_args__ = (Index("ix_routing_status_student", "status", "student_id"),)

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    should_route: bool = Field(default=False)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    urgency: str = Field(default="low", max_length=8)
    topic: str = Field(default="", max_length=200)
    est_minutes: int = Field(default=0, ge=0, le=240)
    status: str = Field(default="open", max_length=8)  # open|booked|closed
    tutor_id: int | None = Field(
        default=None, foreign_key="users.id", index=True, ondelete="SET NULL"
    )
    preferred_time: str | None = Field(default=None, max_length=120)
    scheduled_for: datetime | None = None
    note: str | None = Field(default=None, max_length=1000)
    created_at: datetime = Field(default_factory=utcnow)
