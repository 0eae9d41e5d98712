"""The durable job queue and AI token usage."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from companion.clock import utcnow


class Job(SQLModel, table=True):
    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_status_run_after", "status", "run_after"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=64)
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="queued", max_length=8)  # queued|running|done|dead
    attempts: int = Field(default=0)
    run_after: datetime = Field(default_factory=utcnow)
    locked_by: str | None = Field(default=None, max_length=120)
    locked_until: datetime | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    idempotency_key: str = Field(max_length=200, unique=True)
    created_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


class AIUsage(SQLModel, table=True):
    __tablename__ = "ai_usage"

    id: int | None = Field(default=None, primary_key=True)
    student_id: int | None = Field(
        default=None, foreign_key="users.id", index=True, ondelete="SET NULL"
    )
    kind: str = Field(max_length=32)
    engine: str = Field(max_length=120)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    at: datetime = Field(default_factory=utcnow)
