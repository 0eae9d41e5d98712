"""The product event log: what students did, for the outcome figures and the nudge bandit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from companion.clock import utcnow


class ProductEvent(SQLModel, table=True):
    __tablename__ = "product_events"
    __table_args__ = (
        # Period figures scan by kind and time (student and ref carried along so the joins of
        # assigned -> completed read the index only); per-student lookups go by student.
        Index("ix_product_events_kind_at", "kind", "at", "student_id", "ref_id"),
        Index("ix_product_events_student_kind_at", "student_id", "kind", "at"),
        # Covers "who was active when" (weekly actives, the reference bar) in an index-only scan.
        Index("ix_product_events_at_student_kind", "at", "student_id", "kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    kind: str = Field(max_length=32)
    # The row the event is about (practice, goal, notification ...), for once-only events.
    ref_id: int | None = Field(default=None)
    at: datetime = Field(default_factory=utcnow)
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
