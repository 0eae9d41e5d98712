"""The conducted-sessions list pages newest first (ties: newest id), per tutor or all for an
admin, with names and analysis status joined to the page's rows only."""

from __future__ import annotations

from datetime import date, timedelta

from companion.models import Transcript
from companion.services.listings import sessions_page
from tests.factories import make_admin, make_session, make_student, make_tutor


def test_pages_newest_first_for_the_tutor_and_all_for_an_admin(session):
    mine, other = make_tutor(session, name="Tia"), make_tutor(session, name="Olu")
    student = make_student(session, name="Sam")
    made = []
    for i, tutor in enumerate([mine] * 5 + [other] * 2):
        row = make_session(
            session, student=student, tutor=tutor, subject=f"S{i}",
            on=date(2026, 11, 1) + timedelta(days=i // 2),
        )  # fmt: skip
        session.add(Transcript(session_id=row.id, content="x", status=("done", "pending")[i % 2]))
        made.append(row)
    session.flush()
    first = sessions_page(session, actor=mine, page=1, limit=2)
    second = sessions_page(session, actor=mine, page=2, limit=2)
    last = sessions_page(session, actor=mine, page=3, limit=2)
    assert [r.subject for r in first.rows + second.rows + last.rows] == [
        "S4", "S3", "S2", "S1", "S0"
    ]  # fmt: skip
    assert first.total == 5 and first.rows[0].student_name == "Sam"
    assert first.rows[0].tutor_name == "Tia" and first.rows[0].status == "done"
    everything = sessions_page(session, actor=make_admin(session), page=1, limit=10)
    assert [r.subject for r in everything.rows][:2] == ["S6", "S5"] and everything.total == 7
