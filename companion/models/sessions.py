"""Tutoring sessions, their transcripts and the concepts found in them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from companion.clock import utcnow


class TutoringSession(SQLModel, table=True):
    __tablename__ = "tutoring_sessions"
    __table_args__ = (
        Index("ix_sessions_student_date", "student_id", "date"),
        Index("ix_sessions_tutor_date", "tutor_id", "date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    tutor_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    subject: str = Field(max_length=120)
    date: date
    duration_min: int = Field(default=60, ge=0, le=600)
    created_at: datetime = Field(default_factory=utcnow)


class Transcript(SQLModel, table=True):
    __tablename__ = "transcripts"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="tutoring_sessions.id", unique=True, ondelete="CASCADE")
    content: str = Field(sa_column=Column(Text, nullable=False))
    source: str = Field(default="paste", max_length=8)  # txt|vtt|srt|json|paste
    status: str = Field(default="pending", max_length=12, index=True)
    stage: str = Field(default="", max_length=32)  # parsing|finding concepts|estimating mastery
    error: str | None = Field(default=None, max_length=500)
    summary: str | None = Field(default=None, sa_column=Column(Text))
    topics: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    engine: str | None = Field(default=None, max_length=120)
    updated_at: datetime = Field(default_factory=utcnow)


class Concept(SQLModel, table=True):
    __tablename__ = "concepts"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="tutoring_sessions.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=200)
    concept_key: str = Field(max_length=200, index=True)  # KB id or normalised name
    description: str = Field(default="", sa_column=Column(Text, nullable=False))
    mastery: int = Field(default=50, ge=0, le=100)
    difficulty: str = Field(default="medium", max_length=8)
    key_points: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # judged student attempts behind `mastery`; measured=False: too few, the number is a prior
    evidence: int | None = Field(default=None)
    measured: bool = Field(default=True)


class TranscriptDraft(SQLModel, table=True):
    """A dropped or pasted transcript between its preview and its save (swept after a day)."""

    __tablename__ = "transcript_drafts"

    id: str = Field(primary_key=True, max_length=64)  # random: the id is the capability
    owner_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    content: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, index=True)
