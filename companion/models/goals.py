"""Goals and the subject suggestions made when one is completed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from companion.clock import utcnow


class Goal(SQLModel, table=True):
    __tablename__ = "goals"
    __table_args__ = (Index("ix_goals_student_status", "student_id", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    subject: str = Field(max_length=120)
    title: str = Field(max_length=200)
    target_date: date | None = None
    progress: int = Field(default=0, ge=0, le=100)
    status: str = Field(default="active", max_length=12)  # active|completed|abandoned
    created_at: datetime = Field(default_factory=utcnow)
    completed_at: datetime | None = None


class SubjectSuggestion(SQLModel, table=True):
    __tablename__ = "subject_suggestions"
    __table_args__ = (Index("ix_suggestions_student_status", "student_id", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    goal_id: int | None = Field(
        default=None, foreign_key="goals.id", index=True, ondelete="CASCADE"
    )
    subject: str = Field(max_length=120)
    description: str = Field(default="", sa_column=Column(Text, nullable=False))
    relevance: float = Field(default=0.0, ge=0.0, le=1.0)
    value_proposition: str = Field(default="", sa_column=Column(Text, nullable=False))
    related_concepts: list[str] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    status: str = Field(default="pending", max_length=12)  # pending|accepted|dismissed
    created_at: datetime = Field(default_factory=utcnow)
