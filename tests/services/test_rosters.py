"""The roster's "mastery falling" flag, computed in SQL, against the rule written in Python."""

from __future__ import annotations

from datetime import timedelta

import pytest

from companion.clock import utcnow
from companion.models import MasteryEvent
from companion.services.student_summary import summary_refresh
from companion.services.tutors import tutor_students
from tests.factories import make_admin, make_student


def falling_by_rule(history: list[int]) -> bool:
    """The rule: of the latest 10 updates (at least 4), the newer half averages more than
    5 points below the older half."""
    recent = list(reversed(history))[:10]
    if len(recent) < 4:
        return False
    half = len(recent) // 2
    return sum(recent[:half]) / half < sum(recent[half:]) / (len(recent) - half) - 5


HISTORIES = [
    [80, 70, 60],  # too few updates
    [80, 80, 40, 40],
    [40, 40, 80, 80],
    [70, 70, 70, 64],  # 70 vs 67: within 5 points
    [70, 70, 70, 60],
    [90, 90, 90, 90, 90, 20, 20],
    [50, 60, 70, 80, 90, 80, 70, 60, 50],
    [10] * 5 + [90] * 10 + [60] * 5,  # only the latest 10 count
    [90] * 6 + [40] * 6,
]


@pytest.mark.parametrize("history", HISTORIES)
def test_the_falling_flag_follows_the_rule(session, history):
    admin, student = make_admin(session), make_student(session)
    start = utcnow() - timedelta(days=30)
    for i, mastery in enumerate(history):
        session.add(
            MasteryEvent(
                student_id=student.id,
                concept_key="c",
                mastery=mastery,
                source="practice",
                at=start + timedelta(hours=i),
            )
        )
    summary_refresh(session, student_id=student.id)  # as the services do after writing
    (row,) = tutor_students(session, actor=admin).rows
    assert any(label == "falling" for label, _ in row.flags) == falling_by_rule(history)
