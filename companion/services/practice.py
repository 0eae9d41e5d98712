"""Practice sets as the student sees them: one set (answers hidden until submitted) and the
list. Asking for a set is in practice_requests.py, writing it in practice_generation.py,
submitting it in practice_submit.py."""

from __future__ import annotations

from typing import cast

from sqlmodel import Session, col, func, select

from companion.models import Practice, User
from companion.services import events
from companion.services.access import load_student_row, require_view_student
from companion.services.validation import page_args

NOT_OPEN = "This practice set is not open for answers."


def _owned(session: Session, actor: User, practice_id: object) -> Practice:
    return load_student_row(session, actor, Practice, practice_id, field="practice_id")


def practice_get(session: Session, *, actor: User, practice_id: object) -> Practice:
    """A practice set; answers and explanations stay hidden until it is submitted."""
    practice = _owned(session, actor, practice_id)
    events.record_seen(
        session,
        actor=actor,
        student_id=practice.student_id,
        kind=events.PRACTICE_STARTED,
        ref_id=cast(int, practice.id),
        when=practice.status == "ready",
    )
    if practice.status != "submitted":
        hidden = [{**p, "correctAnswer": "", "explanation": ""} for p in practice.problems]
        session.expunge(practice)
        practice.problems = hidden
    return practice


def practice_list(
    session: Session, *, actor: User, student_id: int, page: object = 1, limit: object = 20
) -> tuple[list[Practice], int]:
    """The student's practice sets, newest first."""
    require_view_student(session, actor, student_id)
    p, n = page_args(page, limit)
    where = Practice.student_id == student_id
    total = session.exec(select(func.count()).select_from(Practice).where(where)).one()
    rows = session.exec(
        select(Practice).where(where).order_by(col(Practice.id).desc()).offset((p - 1) * n).limit(n)
    ).all()
    return list(rows), total
