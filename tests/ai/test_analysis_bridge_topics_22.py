"""Small talk in a math tutoring chat whose words are a skill's only in another sense: the
volume of a headset, what interests a student, what they will likely see, how two shapes
differ, a rating on a scale of 1 to 5 or how they rate their work, "back to square one" —
and the same words where a problem uses them in the skill's sense; and a missing addend
written with a blank ("45 + ___ = 72"), which is addition and subtraction.

Every excerpt is written for this test, not taken from any data set.
17 cases, 10 failed before (the volume of a headset read as volume, "what interests you" as
interest, "you will likely see" as probability, "the difference between a square and a
rectangle" as subtraction, "a scale of 1 to 5" as proportions, "rate your understanding" as a
unit rate, "back to square one" as quadrilaterals; a missing addend named no skill).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze

E = "elementary_math."


def _found(text: str) -> list[str]:
    return [c.kb_id or "" for c in analyze(text, subject_hint="Math").concepts]


@pytest.mark.parametrize(
    "text",
    [
        "Tutor: Can you turn up the volume on your headset?\nStudent: ok\nTutor: Thanks, I can hear you now.",
        "Tutor: What interests you most about school?\nStudent: art\nTutor: That's cool!",
        "Tutor: You will likely see this kind of question on your test.\nStudent: ok\nTutor: Let's get ready for it.",
        "Tutor: On a scale of 1 to 5, how confident do you feel?\nStudent: 4\nTutor: Good to hear.",
        "Tutor: How would you rate your understanding today?\nStudent: good\nTutor: Glad to hear that!",
        "Tutor: The board crashed, so we are back to square one.\nStudent: ok\nTutor: Let's restart.",
    ],
)
def test_small_talk_names_no_skill(text: str) -> None:
    assert analyze(text, subject_hint="Math").concepts == []


def test_how_two_shapes_differ_is_no_subtraction() -> None:
    text = "Tutor: What is the difference between a square and a rectangle?\nStudent: a square has 4 equal sides\nTutor: Yes, and both have four right angles."
    found = _found(text)
    assert E + "addition_and_subtraction_with_regrouping" not in found, found
    assert E + "quadrilaterals" in found[:5], found


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Tutor: What is the difference between 45 and 18?\nStudent: 27\nTutor: Correct!",
            E + "addition_and_subtraction_with_regrouping",
        ),
        (
            "Tutor: If you roll a die, which is more likely, a 2 or an even number?\nStudent: even\nTutor: Yes, 3 of the 6 sides are even.",
            "statistics.basic_probability",
        ),
        (
            "Tutor: A car travels at a rate of 50 miles per hour. How far does it go in 3 hours?\nStudent: 150\nTutor: Great job!",
            "pre_algebra.unit_rates",
        ),
        (
            "Tutor: What is the volume of a box that is 2 by 3 by 4?\nStudent: 24\nTutor: Yes, 24 cubic units.",
            E + "volume_of_rectangular_prisms",
        ),
        (
            "Tutor: You earn 5% interest on $200. How much interest do you earn in a year?\nStudent: $10\nTutor: Correct!",
            "pre_algebra.simple_interest",
        ),
        (
            "Tutor: Draw a square with sides of 3 cm. What is its perimeter?\nStudent: 12 cm\nTutor: Correct!",
            E + "area_and_perimeter",
        ),
        (
            "Tutor: The difference between the two numbers is 12. One number is 30. What is the other?\nStudent: 18\nTutor: Yes, 30 - 12 = 18.",
            E + "addition_and_subtraction_with_regrouping",
        ),
    ],
)
def test_the_same_words_in_a_problem_keep_their_skill(text: str, concept: str) -> None:
    assert concept in _found(text)[:5]


# a missing addend or subtrahend written with a blank is addition and subtraction
@pytest.mark.parametrize(
    "text",
    [
        "Tutor: Find the missing number: 45 + ___ = 72\nStudent: 27\nTutor: Great job!",
        "Tutor: What number goes in the box? ? - 18 = 27\nStudent: 45\nTutor: Correct!",
        "Tutor: 72 - □ = 45. What is the missing number?\nStudent: 37\nTutor: Please recheck. Count up from 45 to 72.",
    ],
)
def test_a_missing_addend_is_addition_and_subtraction(text: str) -> None:
    assert E + "addition_and_subtraction_with_regrouping" in _found(text)[:5]
