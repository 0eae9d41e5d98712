"""Nudges: chosen by situation, naming what to study, never guilt-tripping."""

from __future__ import annotations

import pytest

from companion.ai.offline.nudges import nudge, situation_of
from companion.ai.schemas import StudentActivity

GUILT = ("haven't", "missed", "falling behind", "disappoint", "lazy", "should have", "forgot")


def activity(**overrides: object) -> StudentActivity:
    base = {"student_name": "Maya Lee", "session_count": 8, "days_inactive": 0}
    return StudentActivity(**(base | overrides))


SITUATIONS = {
    "new": activity(session_count=1, last_subject="Algebra I"),
    "away": activity(days_inactive=9, weakest_concepts=["Linear equations"]),
    "reviews": activity(days_inactive=1, reviews_due=4, last_subject="Biology"),
    "weak": activity(days_inactive=1, weakest_concepts=["Photosynthesis"], last_subject="Biology"),
    "goal": activity(active_goal_subjects=["US History"]),
    "steady": activity(last_subject="Chemistry"),
}


@pytest.mark.parametrize(("expected", "student"), SITUATIONS.items())
def test_situation_is_recognised(expected: str, student: StudentActivity) -> None:
    assert situation_of(student) == expected


def test_each_situation_gets_a_different_message() -> None:
    messages = {nudge(student).message for student in SITUATIONS.values()}
    assert len(messages) == len(SITUATIONS)


@pytest.mark.parametrize(
    ("student", "named"),
    [
        (SITUATIONS["new"], "Algebra I"),
        (SITUATIONS["away"], "Linear equations"),
        (SITUATIONS["reviews"], "Biology"),
        (SITUATIONS["weak"], "Photosynthesis"),
        (SITUATIONS["goal"], "US History"),
    ],
)
def test_message_names_the_subject_or_concept(student: StudentActivity, named: str) -> None:
    result = nudge(student)
    assert named in result.message
    assert "Maya" in result.message


def test_weak_concept_gets_a_short_practice_call_to_action() -> None:
    result = nudge(SITUATIONS["weak"])
    assert result.call_to_action == "Practice photosynthesis for 5 minutes"
    assert result.subject == "Biology"


def test_reviews_due_call_to_action_counts_them() -> None:
    assert nudge(SITUATIONS["reviews"]).call_to_action == "Review 4 cards now"


@pytest.mark.parametrize(
    ("days", "goal", "reviews", "urgency"),
    [
        (0, False, 0, "low"),
        (4, False, 0, "medium"),
        (4, True, 0, "high"),
        (12, False, 0, "high"),
        (1, False, 8, "medium"),
    ],
)
def test_urgency_rises_with_days_away_goals_and_reviews(
    days: int, goal: bool, reviews: int, urgency: str
) -> None:
    student = activity(
        days_inactive=days,
        reviews_due=reviews,
        active_goal_subjects=["Geometry"] if goal else [],
        last_subject="Geometry",
    )
    assert nudge(student).urgency == urgency


def test_wording_is_deterministic_but_varies_across_students() -> None:
    names = ["Maya Lee", "Sam Ortiz", "Ana Ruiz", "Leo Chen", "Ife Bello", "Tom Park"]
    wordings = {nudge(activity(student_name=n, days_inactive=5)).message for n in names}
    assert nudge(SITUATIONS["away"]) == nudge(SITUATIONS["away"])
    assert len(wordings) > 1


def test_no_wording_ever_guilt_trips() -> None:
    for name in ["Maya", "Sam", "Ana", "Leo", "Ife", "Tom", "Kai", "Zoe"]:
        for days in range(0, 30, 3):
            for student in SITUATIONS.values():
                text = nudge(
                    student.model_copy(update={"student_name": name, "days_inactive": days})
                ).message
                assert not any(word in text.lower() for word in GUILT), text
