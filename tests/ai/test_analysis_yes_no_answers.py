"""A yes or a no is an answer when the tutor asked a yes/no question about the content ("Is
the playground a square?", "Are all squares rectangles?", "Is 21 a prime number?"), and the
tutor's verdict on it is evidence; after a question about the student ("Do you need help?",
"Is that picture visible to you?", "Is this your final answer?") it stays an acknowledgement.

Written before the rule: 3 of 5 failed before (each content yes/no answer came out as no
evidence: "No answer was checked by the tutor"); the two guards held.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze


def _judged(text: str) -> int:
    return max((c.evidence or 0) for c in analyze(text, subject_hint="Math").concepts)


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        ("Is the playground a square?", "yes", "Your answer is incorrect."),
        ("Are all squares rectangles?", "yes", "That's right, well done."),
        ("Is 21 a prime number?", "no", "Correct! 21 = 3 x 7."),
    ],
)
def test_a_yes_or_no_to_a_content_question_is_judged(
    question: str, answer: str, verdict: str
) -> None:
    text = (
        "Tutor: A square has 4 equal sides and 4 right angles; a prime number has exactly two "
        "factors.\n"
        f"Tutor: {question}\n"
        f"Student: {answer}\n"
        f"Tutor: {verdict}\n"
    )
    assert _judged(text) >= 1


@pytest.mark.parametrize(
    "question",
    ["Do you need any help with the square?", "Is that picture of the square visible to you?"],
)
def test_a_yes_to_a_question_about_the_student_is_no_answer(question: str) -> None:
    text = (
        "Tutor: A square has 4 equal sides and 4 right angles.\n"
        f"Tutor: {question}\n"
        "Student: yes\n"
        "Tutor: Great.\n"
    )
    assert _judged(text) == 0
