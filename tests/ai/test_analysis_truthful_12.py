"""Held-out sessions in the two styles of the real data, on what a tutor reading the analysis
would call false: a key point or a fix that opens with the correction ("Not quite, ...",
"Close, but ...") instead of what it teaches, the student's right answer to the tutor's next
question taken for the fix or for the old mistake given again, and two equations in two
unknowns not read as a system. The guards beside them keep a wrong value given again to the
same question wrong and one equation in one unknown no system.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.attempts import find_attempts
from companion.ai.offline.keypoints import CONFIRMED
from companion.ai.offline.transcripts import parse_transcript
from companion.ai.schemas import TranscriptAnalysis
from tests.ai.analysisprobes import ids, outcome_of, points

SYSTEMS = "algebra_1.systems_of_equations"
CORRECTION_WORDS = ("not quite", "almost", "close", "nice try", "good try", "no,", "but ")


def misconceptions(result: TranscriptAnalysis) -> list[str]:
    return [m for c in result.concepts for m in c.misconceptions]


# -- a correction's key point is what it teaches ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "taught"),
    [
        (
            "Tutor: Can you simplify 3(x + 4) for me?\n"
            "Student: 3x + 4\n"
            "Tutor: Not quite, the 3 multiplies both terms of the expression: 3(x + 4) = 3x + 12.\n"
            "Student: oh ok 3x + 12\n"
            "Tutor: That's right!\n",
            "The 3 multiplies both terms of the expression: 3(x + 4) = 3x + 12.",
        ),
        (
            "Tutor: What is 1/5 + 2/5?\n"
            "Student: 3/10\n"
            "Tutor: Not quite, when the denominators are the same we add the numerators and keep "
            "the denominator, so 1/5 + 2/5 = 3/5.\n"
            "Student: 3/5\n"
            "Tutor: Yes, well done!\n",
            "When the denominators are the same we add the numerators and keep the denominator, "
            "so 1/5 + 2/5 = 3/5.",
        ),
        (
            "Teacher: What is the area of a rectangle that is 4 m long and 3 m wide?\n"
            "Student: 7 square meters\n"
            "Teacher: Close, but the area of a rectangle is the length times the width, so "
            "4 x 3 = 12 square meters.\n"
            "Student: 12 square meters\n"
            "Teacher: Correct!\n",
            "The area of a rectangle is the length times the width, so 4 x 3 = 12 square meters.",
        ),
        (
            "Tutor: What is 7 x 8?\n"
            "Student: 7 x 8 is 48\n"
            "Tutor: Nice try, but the product of 7 and 8 is 56 because 7 x 8 = 56.\n"
            "Student: 56\n"
            "Tutor: Great!\n",
            "The product of 7 and 8 is 56 because 7 x 8 = 56.",
        ),
    ],
)
def test_a_correction_is_a_key_point_only_without_its_correction_words(
    text: str, taught: str
) -> None:
    result = analyze(text, subject_hint="Math")
    kept = points(result)
    assert taught in kept, kept
    assert not any(p.lower().startswith(CORRECTION_WORDS) for p in kept), kept


def test_the_fix_of_a_misconception_is_the_taught_statement() -> None:
    text = (
        "Tutor: Let's expand 2(x + 3).\n"
        "Student: 2x + 3\n"
        "Tutor: Not quite, the 2 multiplies both terms: 2(x + 3) = 2x + 6.\n"
        "Student: oh, 2x + 6\n"
        "Tutor: Yes, that's right!\n"
    )
    lines = misconceptions(analyze(text))
    assert lines and "the fix was \u201cThe 2 multiplies both terms" in lines[0], lines


def test_a_key_point_that_opens_with_so_keeps_its_words() -> None:
    text = (
        "Tutor: What is 25 + 17?\n"
        "Student: 42\n"
        "Tutor: Great job! So 25 + 17 = 42 because 20 + 10 = 30 and 5 + 7 = 12.\n"
    )
    kept = points(analyze(text, subject_hint="Math"))
    assert "So 25 + 17 = 42 because 20 + 10 = 30 and 5 + 7 = 12." in kept, kept


# -- the fix is about the corrected question, not the next one --------------------------------

NEXT_QUESTION = (
    "Tutor: What is 7 x 8?\n"
    "Student: 7 x 8 is 48\n"
    "Tutor: Good try! But 7 x 8 is 56. What is 6 x 8?\n"
    "Student: 48\n"
)


def test_the_fix_is_what_the_tutor_said_about_the_corrected_question() -> None:
    lines = misconceptions(analyze(NEXT_QUESTION + "Tutor: Great job!\n"))
    assert len(lines) == 1, lines
    assert "the fix was \u201c7 x 8 is 56" in lines[0], lines
    assert "\u201c48\u201d" not in lines[0], lines


def test_the_answer_to_a_scaffolding_question_is_no_fix() -> None:
    text = (
        "Tutor: What is 7 x 8?\n"
        "Student: 7 x 8 is 48\n"
        "Tutor: Hmm, not quite. What is 6 x 8?\n"
        "Student: 48\n"
        "Tutor: Yes! So what is 7 x 8?\n"
        "Student: 56\n"
        "Tutor: Great job!\n"
    )
    lines = misconceptions(analyze(text))
    assert len(lines) == 1 and "the fix was \u201c56" in lines[0], lines


def test_the_old_wrong_value_is_a_right_answer_to_the_next_question() -> None:
    assert outcome_of(NEXT_QUESTION + "Tutor: Great job!\n", "48") in CONFIRMED
    assert outcome_of(NEXT_QUESTION, "48") != "wrong"


def test_the_wrong_value_given_again_to_the_same_question_stays_wrong() -> None:
    text = (
        "Tutor: What is 7 x 8?\n"
        "Student: 48\n"
        "Tutor: No, 7 x 8 is 56. So what is 7 x 8?\n"
        "Student: 48\n"
    )
    turns = parse_transcript(text).turns
    outcomes = [a.outcome for a in find_attempts(turns) if turns[a.turn].role == "student"]
    assert outcomes == ["wrong", "wrong"], outcomes


# -- two equations in two unknowns -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Teacher: We have two equations: x + y = 10 and x - y = 2. What are x and y?\n"
            "Student: I added them and got 2x = 12, so x = 6 and y = 4.\n"
            "Teacher: Excellent, that is correct!\n"
        ),
        (
            "Tutor: Hi Maya! Let's solve 2x + y = 7, x - y = 2.\n"
            "Student: x = 3, y = 1\n"
            "Tutor: Great, that is right. Adding the equations gives 3x = 9.\n"
        ),
        (
            "Tutor: The sum of two numbers a + b = 15 and their difference a - b = 3.\n"
            "Student: a = 9 and b = 6\n"
            "Tutor: Awesome!\n"
        ),
    ],
)
def test_two_equations_in_two_unknowns_are_a_system(text: str) -> None:
    assert SYSTEMS in ids(analyze(text)), ids(analyze(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tutor: Solve x + 3 = 10 and then x - 2 = 5.\nStudent: x = 7\nTutor: Correct!\n",
        (
            "Tutor: Is 2 x 3 + 4 = 10 and 5 x 2 - 1 = 9?\n"
            "Student: yes, both are true\n"
            "Tutor: Great job!\n"
        ),
    ],
)
def test_one_unknown_or_a_product_is_no_system(text: str) -> None:
    assert SYSTEMS not in ids(analyze(text, subject_hint="Math"))
