"""One advisory lock per student: the writers of a student's knowledge and summary queue."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

STUDENT_LOCK_SPACE = 4_711  # first key of the advisory lock; the second is the student id


def student_lock(session: Session, *, student_id: int) -> None:
    """Hold the student's lock until the transaction ends (PostgreSQL).

    Analyses and submissions lock several knowledge rows each; taken row by row in
    different orders, two of them deadlock. One lock per student taken before the first
    row makes them queue instead. The student's summary row is recomputed under it too
    (services/student_summary.py). Taking it again in the same transaction is free;
    SQLite serialises writers anyway.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:space, :student)"),
            {"space": STUDENT_LOCK_SPACE, "student": student_id},
        )
