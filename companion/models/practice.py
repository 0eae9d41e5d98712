"""Practice sets, the concepts they target, and the student's answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from companion.clock import utcnow


class Practice(SQLModel, table=True):
    __tablename__ = "practices"
    __table_args__ = (Index("ix_practices_student_created", "student_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int | None = Field(
        default=None, foreign_key="tutoring_sessions.id", index=True, ondelete="SET NULL"
    )
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    status: str = Field(default="pending", max_length=12)  # pending|ready|submitted|failed
    difficulty: str = Field(default="medium", max_length=8)
    problems: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    answers: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    score: float | None = Field(default=None, ge=0.0, le=100.0)
    rationale: str = Field(default="", max_length=300)  # why this mix and difficulty
    engine: str | None = Field(default=None, max_length=120)
    error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow)
    submitted_at: datetime | None = None


class PracticeConcept(SQLModel, table=True):
    __tablename__ = "practice_concepts"

    practice_id: int = Field(foreign_key="practices.id", primary_key=True, ondelete="CASCADE")
    concept_key: str = Field(max_length=200, primary_key=True)
    name: str = Field(max_length=200)
