"""Spaced review with FSRS: ratings, due dates, the due list and the daily review set."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating
from sqlmodel import select

from companion.models import KnowledgeState, Practice, PracticeConcept
from companion.services.errors import Conflict, Forbidden, Invalid, NotFound
from companion.services.knowledge import knowledge_seed
from companion.services.practice_requests import practice_request_review
from companion.services.reviews import (
    card_review,
    rating_for_answer,
    rating_for_session,
    reviews_due,
)
from tests.factories import generate_practice, make_student, make_tutor, submit_practice

NOW = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
DAY = timedelta(days=1)
KEY, NAME, SUBJECT = "algebra_1.linear_equations", "Linear equations", "Algebra I"
PROBLEM = {
    "question": "Solve 2x = 8",
    "type": "short_answer",
    "options": [],
    "correctAnswer": "4",
    "explanation": "Divide by 2.",
    "difficulty": "medium",
    "conceptId": KEY,
}


def seed(session, student, *, key=KEY, name=NAME, mastery=60, now=NOW) -> KnowledgeState:
    return knowledge_seed(
        session,
        student_id=student.id,
        key=key,
        name=name,
        subject=SUBJECT,
        mastery=mastery,
        now=now,
    )


def ready_practice(session, student, *, count=1, difficulty="medium") -> Practice:
    """A generated set of `count` copies of 2x = 8 on Linear equations."""
    practice = Practice(
        student_id=student.id,
        status="ready",
        problems=[{**PROBLEM, "difficulty": difficulty}] * count,
    )
    session.add(practice)
    session.flush()
    session.add(PracticeConcept(practice_id=practice.id, concept_key=KEY, name=NAME))
    session.flush()
    return practice


@pytest.mark.parametrize(
    ("correct", "difficulty", "seconds", "rating"),
    [
        (False, "easy", 5.0, Rating.Again),
        (True, "medium", None, Rating.Good),
        (True, "medium", 60.0, Rating.Good),
        (True, "medium", 400.0, Rating.Hard),
        (True, "easy", 10.0, Rating.Easy),
        (True, "medium", 10.0, Rating.Good),  # fast, but only easy problems earn Easy
    ],
)
def test_an_answer_is_rated_from_correctness_and_time(correct, difficulty, seconds, rating):
    assert rating_for_answer(correct=correct, difficulty=difficulty, seconds=seconds) == rating


def test_a_session_estimate_is_rated_by_mastery_band():
    assert [rating_for_session(m) for m in (20, 55, 80, 95)] == [
        Rating.Again,
        Rating.Hard,
        Rating.Good,
        Rating.Easy,
    ]


def test_seeding_from_a_session_creates_the_card_and_mirrors_its_due_date(session):
    student = make_student(session)
    row = seed(session, student, mastery=60)  # Hard: due the next day
    assert row.card["state"] and row.due_at == NOW + DAY
    assert datetime.fromisoformat(row.card["due"]) == row.due_at


def test_the_next_review_is_later_after_good_than_after_again(session):
    student = make_student(session)
    good, again = (
        seed(session, student, key="a", name="A"),
        seed(session, student, key="b", name="B"),
    )
    later = NOW + DAY
    assert card_review(good, Rating.Good, later) > card_review(again, Rating.Again, later)


def test_the_interval_grows_after_consecutive_goods(session):
    row = seed(session, make_student(session))
    at, intervals = row.due_at, []
    for _ in range(4):
        due = card_review(row, Rating.Good, at)
        intervals.append(due - at)
        at = due
    assert intervals == sorted(intervals) and intervals[-1] > intervals[0], intervals


def test_practice_answers_move_the_due_date_the_right_way(session):
    right, wrong = make_student(session), make_student(session)
    for student, answer in ((right, "4"), (wrong, "7")):
        seed(session, student)
        practice = ready_practice(session, student, count=2)
        submit_practice(
            session,
            actor=student,
            practice_id=practice.id,
            answers=[answer] * 2,
            seconds=[40, 50],
            now=NOW + DAY,
        )
    due = dict(session.exec(select(KnowledgeState.student_id, KnowledgeState.due_at)).all())
    assert due[right.id] > due[wrong.id] > NOW + DAY
    stored = session.exec(select(Practice).where(Practice.student_id == right.id)).one()
    assert [a["seconds"] for a in stored.answers] == [40.0, 50.0]


def test_one_wrong_answer_makes_the_sitting_an_again(session):
    mixed, right = make_student(session), make_student(session)
    for student, answers in ((mixed, ["4", "7"]), (right, ["4", "4"])):
        seed(session, student)
        practice = ready_practice(session, student, count=2)
        submit_practice(
            session, actor=student, practice_id=practice.id, answers=answers, now=NOW + DAY
        )
    due = dict(session.exec(select(KnowledgeState.student_id, KnowledgeState.due_at)).all())
    assert due[mixed.id] == NOW + 2 * DAY < due[right.id]


@pytest.mark.parametrize("seconds", [[1.0], [1.0, -2.0], [1.0, float("nan")], "12", [True, 1.0]])
def test_submit_refuses_malformed_times(session, seconds):
    student = make_student(session)
    seed(session, student)
    practice = ready_practice(session, student, count=2)
    with pytest.raises(Invalid):
        submit_practice(
            session, actor=student, practice_id=practice.id, answers=["4", "4"], seconds=seconds
        )


def test_reviews_due_lists_only_concepts_due_today_most_overdue_first(session):
    student = make_student(session)
    seed(session, student, key="weak", name="Weak", mastery=20, now=NOW - 3 * DAY)  # due NOW-2d
    seed(session, student, key="hard", name="Hard", mastery=60, now=NOW - DAY)  # due at NOW
    seed(session, student, key="good", name="Good", mastery=95, now=NOW)  # due in 8 days
    due = reviews_due(session, actor=student, student_id=student.id, now=NOW - timedelta(hours=2))
    assert [r.concept_key for r in due] == ["weak", "hard"]
    tutor = make_tutor(session, students=(student,))
    assert len(reviews_due(session, actor=tutor, student_id=student.id, now=NOW)) == 2
    with pytest.raises(NotFound):
        reviews_due(session, actor=make_student(session), student_id=student.id, now=NOW)


def test_the_daily_review_set_holds_only_due_concepts_and_is_made_once_a_day(session):
    student = make_student(session)
    seed(session, student, key="algebra_1.linear_equations", name=NAME, mastery=20)
    seed(session, student, key="algebra_1.slope", name="Slope", mastery=30)
    seed(session, student, key="algebra_1.quadratics", name="Quadratics", mastery=95)
    practice = practice_request_review(session, actor=student, student_id=student.id, now=NOW + DAY)
    keys = set(
        session.exec(
            select(PracticeConcept.concept_key).where(PracticeConcept.practice_id == practice.id)
        ).all()
    )
    assert keys == {"algebra_1.linear_equations", "algebra_1.slope"}
    assert practice.rationale.startswith("Daily review. Easy problems: you're at 25 on average")
    again = practice_request_review(
        session, actor=student, student_id=student.id, now=NOW + DAY + timedelta(hours=5)
    )
    assert again.id == practice.id
    generated = generate_practice(session, practice.id)
    assert generated.problems and {p["conceptId"] for p in generated.problems} <= keys
    tomorrow = practice_request_review(
        session, actor=student, student_id=student.id, now=NOW + 2 * DAY
    )
    assert tomorrow.id != practice.id


def test_no_review_set_when_nothing_is_due(session):
    student = make_student(session)
    seed(session, student, mastery=95)
    with pytest.raises(Conflict):
        practice_request_review(session, actor=student, student_id=student.id, now=NOW + DAY)


def test_only_the_student_requests_their_review_set(session):
    student = make_student(session)
    tutor = make_tutor(session, students=(student,))
    seed(session, student, mastery=20)
    with pytest.raises(Forbidden):
        practice_request_review(session, actor=tutor, student_id=student.id, now=NOW + DAY)
    with pytest.raises(NotFound):
        practice_request_review(
            session, actor=make_student(session), student_id=student.id, now=NOW + DAY
        )
