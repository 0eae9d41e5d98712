"""A student's knowledge per concept across sessions and practice, and its history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from companion.clock import utcnow


class KnowledgeState(SQLModel, table=True):
    __tablename__ = "knowledge_states"
    __table_args__ = (
        UniqueConstraint("student_id", "concept_key"),
        Index("ix_knowledge_student_due", "student_id", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    concept_key: str = Field(max_length=200)
    name: str = Field(max_length=200)
    subject: str = Field(default="", max_length=120)
    p_known: float = Field(default=0.3, ge=0.0, le=1.0)  # BKT probability the skill is known
    mastery: int = Field(default=30, ge=0, le=100)  # round(p_known * 100), shown everywhere
    card: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))  # FSRS card
    due_at: datetime | None = Field(default=None)
    attempts: int = Field(default=0)
    correct: int = Field(default=0)
    updated_at: datetime = Field(default_factory=utcnow)


class MasteryEvent(SQLModel, table=True):
    """One change of a knowledge state (kept for charts)."""

    __tablename__ = "mastery_events"
    __table_args__ = (Index("ix_mastery_events_student_at", "student_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    concept_key: str = Field(max_length=200)
    mastery: int = Field(ge=0, le=100)
    source: str = Field(max_length=16)  # session|practice
    at: datetime = Field(default_factory=utcnow)
