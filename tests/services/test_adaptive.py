"""Adaptive practice: difficulty from mastery, the review/weak mix, rationale, goal progress."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from companion.models import Concept, Goal, PracticeConcept
from companion.services.adaptive import (
    TARGET_SUCCESS,
    Target,
    choose_difficulty,
    plan_difficulty,
    practice_mix,
    predicted_success,
)
from companion.services.goals import goal_complete, goal_create
from companion.services.practice_requests import practice_request
from tests.factories import make_session, make_student, submit_practice
from tests.services.test_reviews import DAY, NOW, ready_practice, seed


@pytest.mark.parametrize(
    ("p_known", "difficulty"),
    [
        (0.10, "easy"),
        (0.30, "easy"),
        (0.62, "easy"),
        (0.78, "easy"),  # low: even easy is < 0.775
        (0.80, "medium"),
        (0.85, "medium"),  # mid
        (0.87, "hard"),
        (0.95, "hard"),  # high
    ],
)
def test_difficulty_is_the_one_closest_to_the_target_success(p_known, difficulty):
    assert choose_difficulty(p_known) == difficulty


def test_the_switch_points_are_where_the_predictions_are_equally_far_from_the_target():
    # easy 0.25 + 0.70p and medium 0.20 + 0.70p are equally far from 0.775 at p = 1.1 / 1.4
    # medium 0.20 + 0.70p and hard 0.10 + 0.75p at p = 1.25 / 1.45
    for low, high, p in (("easy", "medium", 1.1 / 1.4), ("medium", "hard", 1.25 / 1.45)):
        assert predicted_success(p, low) - TARGET_SUCCESS == pytest.approx(
            TARGET_SUCCESS - predicted_success(p, high)
        )
        assert (choose_difficulty(p - 0.01), choose_difficulty(p + 0.01)) == (low, high)


def test_the_rationale_explains_the_choice_in_one_line():
    one = [Target(key="k", name="Linear equations", p_known=0.82)]
    assert plan_difficulty(one, "auto") == (
        "medium",
        "Medium problems: you're at 82 on Linear "
        "equations, so these should feel challenging but doable.",
    )
    low = [
        Target(key="a", name="Slope", p_known=0.2, due=True),
        Target(key="b", name="Fractions", p_known=0.4),
        Target(key="c", name="Ratios", p_known=0.3),
    ]
    difficulty, line = plan_difficulty(low, "auto")
    assert difficulty == "easy"
    assert line == (
        "Easy problems: you're at 30 on average across Slope, Fractions and 1 more, "
        "so these build your footing before harder ones. "
        "1 of 3 concepts are due for review."
    )
    assert plan_difficulty(one, "hard")[1].startswith("Hard problems, as you asked: you're at 82")
    assert "\n" not in line


def test_a_set_mixes_due_reviews_with_the_weakest_concepts(session):
    student = make_student(session)
    seed(session, student, key="due1", name="Due 1", mastery=60, now=NOW - 3 * DAY)
    seed(session, student, key="due2", name="Due 2", mastery=65, now=NOW - 3 * DAY)
    seed(session, student, key="due3", name="Due 3", mastery=68, now=NOW - 3 * DAY)
    for i, mastery in enumerate((20, 30, 40, 45)):
        seed(session, student, key=f"weak{i}", name=f"Weak {i}", mastery=mastery, now=NOW)
    seed(session, student, key="strong", name="Strong", mastery=95, now=NOW)
    mix = practice_mix(session, student_id=student.id, now=NOW)
    assert [t.key for t in mix] == ["due1", "due2", "weak0", "weak1", "weak2"]
    assert [t.due for t in mix] == [True, True, False, False, False]


def test_auto_difficulty_is_chosen_and_explained_on_request(session):
    student = make_student(session)
    seed(session, student, mastery=90, now=NOW)
    practice = practice_request(
        session, actor=student, student_id=student.id, difficulty="auto", now=NOW
    )
    assert practice.difficulty == "hard"
    assert practice.rationale.startswith("Hard problems: you're at 90 on Linear equations")
    links = session.exec(
        select(PracticeConcept).where(PracticeConcept.practice_id == practice.id)
    ).all()
    assert [link.concept_key for link in links] == ["algebra_1.linear_equations"]


def test_an_explicit_difficulty_is_kept_and_a_session_set_uses_its_concepts(session):
    student = make_student(session)
    row = make_session(session, student=student)
    seed(session, student, mastery=40, now=NOW)
    session.add(
        Concept(
            session_id=row.id,
            name="Linear equations",
            concept_key="algebra_1.linear_equations",
            mastery=40,
        )
    )
    session.flush()
    practice = practice_request(
        session,
        actor=student,
        student_id=student.id,
        session_id=row.id,
        difficulty="medium",
        now=NOW,
    )
    assert practice.difficulty == "medium"
    # 0.4 * 0.9 + 0.6 * 0.2 = 0.48
    assert practice.rationale == (
        "Medium problems, as you asked: you're at 40 on Linear "
        "equations, so expect about 48% right."
    )


def test_practising_updates_goal_progress_and_a_goal_can_still_be_completed_by_hand(session):
    student = make_student(session)
    seed(session, student, mastery=50, now=NOW)
    goal = goal_create(
        session,
        actor=student,
        student_id=student.id,
        subject="algebra i",
        title="Finish algebra",
        today=date(2026, 11, 2),
    )
    assert goal.progress == 50
    practice = ready_practice(session, student, count=3)
    submit_practice(
        session,
        actor=student,
        practice_id=practice.id,
        answers=["4"] * 3,
        now=NOW + timedelta(hours=1),
    )
    assert session.get(Goal, goal.id).progress > 90
    done = goal_complete(session, actor=student, goal_id=goal.id)
    assert (done.status, done.progress) == ("completed", 100)
