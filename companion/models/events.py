"""The product event log: what students did, for the outcome figures and the nudge bandit."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, Index, text
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
        # The nudge funnel reads each sent nudge's wording (data.template) from the index
        # alone on PostgreSQL (INCLUDE), not from scattered heap pages.
        Index(
            "ix_product_events_nudges",
            "at",
            "student_id",
            "ref_id",
            postgresql_include=["data"],
            postgresql_where=text("kind = 'nudge_sent'"),
            sqlite_where=text("kind = 'nudge_sent'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    kind: str = Field(max_length=32)
    # The row the event is about (practice, goal, notification ...), for once-only events.
    ref_id: int | None = Field(default=None)
    at: datetime = Field(default_factory=utcnow)
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class ActivityDay(SQLModel, table=True):
    """A rollup of the event log: one row per student per UTC day they did something (any
    event but a sent nudge), kept in the event's own transaction (services/events.py). The
    outcome figures read whole days here and only the part-days at a period's edges from
    the log (services/outcome_days.py)."""

    __tablename__ = "activity_days"
    __table_args__ = (
        # Who was active in a period (weekly actives, the reference bar): index-only.
        Index("ix_activity_days_day", "day", "student_id", "reference", "last_at"),
        # A student's latest activity before a time (retention, cohorts): one probe.
        Index("ix_activity_days_student_last", "student_id", "last_at"),
    )

    student_id: int = Field(foreign_key="users.id", primary_key=True, ondelete="CASCADE")
    day: date = Field(primary_key=True)
    last_at: datetime  # the day's latest activity
    reference: int = Field(default=0)  # 1 when the student saw their own past learning
