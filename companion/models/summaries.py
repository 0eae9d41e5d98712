"""Per-student figures kept beside the rows they summarise (read by the tutor home)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class StudentSummary(SQLModel, table=True):
    """What the tutor home shows per student, recomputed from the student's rows by the
    services that write them, in the same transaction (services/student_summary.py). A
    student without a row has none of these yet (no session, concept, request)."""

    __tablename__ = "student_summaries"

    student_id: int = Field(foreign_key="users.id", primary_key=True, ondelete="CASCADE")
    sessions: int = Field(default=0)  # tutoring sessions
    concepts: int = Field(default=0)  # knowledge states
    mastery_sum: int = Field(default=0)  # of their mastery: the average is sum / concepts
    falling: bool = Field(default=False)  # the latest mastery updates dropped (see service)
    open_requests: int = Field(default=0)  # hand-off requests still open
