"""Submitting practice: explanations are shown against the model answer and not counted."""

from sqlmodel import select

from companion.models import KnowledgeState, Practice, PracticeConcept
from tests.factories import make_student, submit_practice

MATH = {
    "question": "Simplify x^2 + 3x.",
    "type": "short_answer",
    "correctAnswer": "x(x+3)",
    "explanation": "Factor out x.",
    "conceptId": "factoring",
}
EXPLAIN = {
    "question": "In a few sentences, explain factoring. Use the key terms.",
    "type": "short_answer",
    "correctAnswer": "common factor, product",
    "explanation": "Factoring writes a sum as a product. Take out the greatest common factor.",
    "conceptId": "explaining",
}


def make_practice(session, student, problems) -> Practice:
    practice = Practice(student_id=student.id, status="ready", problems=problems)
    session.add(practice)
    session.flush()
    for key in ("factoring", "explaining"):
        session.add(PracticeConcept(practice_id=practice.id, concept_key=key, name=key.title()))
    session.flush()
    return practice


def test_an_explanation_is_not_counted_in_the_score_or_the_mastery(session):
    student = make_student(session)
    practice = make_practice(session, student, [MATH, EXPLAIN])
    answers = ["The answer is x^2 + 3x", "Factoring uses the common factor and a product."]
    result = submit_practice(session, actor=student, practice_id=practice.id, answers=answers)
    math, explanation = result.results
    assert math.correct and math.scored
    assert not explanation.scored and "model answer" in explanation.feedback
    assert result.practice.score == 100.0  # the one scored item, not 1 of 2
    assert result.practice.answers[1]["scored"] is False
    observed = session.exec(select(KnowledgeState.concept_key)).all()
    assert observed == ["factoring"]


def test_a_set_of_only_explanations_has_no_score(session):
    student = make_student(session)
    practice = make_practice(session, student, [EXPLAIN])
    result = submit_practice(
        session, actor=student, practice_id=practice.id, answers=["It is about products."]
    )
    assert result.practice.score is None and result.practice.status == "submitted"
