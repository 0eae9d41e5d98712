"""A lesson named in the subject field: "3.4B Rounding Whole Numbers" is what was worked on.

The uploader's subject field may hold a subject ("Geometry") or a lesson ("Place value
(review)"). A named lesson's concept is reported, its subject and area are the hint, and
its mastery still comes only from the student's attempts.
"""

from __future__ import annotations

import pytest

from companion.ai.kb import load_kb
from companion.ai.offline.analysis import analyze
from companion.ai.offline.matching import hinted_concepts, lesson_hint

ROUNDING = "elementary_math.rounding_and_estimation"
VOLUME = "elementary_math.volume_of_rectangular_prisms"

ONLY_CHECKING_IN = (
    "Tutor: Hi Maya, are you ready for the next one?\n"
    "Student: yes\n"
    "Tutor: Take your time and tell me when you are done.\n"
    "Student: done\n"
)

ROUNDING_WORK = (
    "Tutor: What is 347 rounded to the nearest ten?\n"
    "Student: 340\n"
    "Tutor: Not quite, look at the ones digit again.\n"
    "Student: 350\n"
    "Tutor: Yes! 7 is 5 or more, so we round up.\n"
)


def test_a_named_lesson_with_no_worked_problem_is_reported_without_a_measured_mastery() -> None:
    result = analyze(ONLY_CHECKING_IN, subject_hint="3.4B Rounding Whole Numbers")
    assert [c.kb_id for c in result.concepts] == [ROUNDING]
    assert result.subject == "Elementary Math"
    assert result.concepts[0].measured is False  # shown as "not enough evidence yet"


def test_without_a_lesson_name_the_same_session_says_no_clear_topic() -> None:
    assert analyze(ONLY_CHECKING_IN, subject_hint="Math").concepts == []


def test_a_named_lesson_leads_over_the_arithmetic_it_is_worked_with() -> None:
    text = (
        "Tutor: The box is 12 cm long, 6 cm wide and 2 cm tall.\n"
        "Tutor: What is the product of 12 and 6?\n"
        "Student: 72\n"
        "Tutor: Good. Now multiply 72 by 2.\n"
        "Student: 144\n"
    )
    result = analyze(text, subject_hint="Volume of Rectangular Prisms")
    assert result.concepts[0].kb_id == VOLUME
    assert result.concepts[0].evidence  # the answers count for the lesson's concept


def test_a_named_lesson_keeps_its_own_attempts_as_mastery_evidence() -> None:
    result = analyze(ROUNDING_WORK, subject_hint="Rounding")
    rounding = next(c for c in result.concepts if c.kb_id == ROUNDING)
    assert rounding.measured and rounding.evidence == 2
    assert any("340" in m for m in rounding.misconceptions)


def test_a_lesson_name_limits_the_concepts_to_its_area() -> None:
    text = (
        "Tutor: A shop sells 3 items for $4 each. How many dollars is that?\n"
        "Student: 12\n"
        "Tutor: Right. Now the loop: for each item we add 4 to the total.\n"
    )
    result = analyze(text, subject_hint="Multiplication word problems")
    assert result.concepts
    assert all(c.kb_id and c.kb_id.split(".")[0] != "intro_programming" for c in result.concepts)


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        ("3.4B.Rounding Whole Numbers", {ROUNDING}),
        ("Volume of Rectangular Prisms (Review) - 1", {VOLUME}),
        ("Perimeter", {"elementary_math.area_and_perimeter"}),
        (
            "Adding Multi-Digit Numbers",
            {"elementary_math.addition_and_subtraction_with_regrouping"},
        ),
        ("Classifying 2D Figures", {"elementary_math.two_and_three_dimensional_shapes"}),
        ("Photosynthesis", {"biology.photosynthesis"}),
    ],
)
def test_a_lesson_name_names_the_concepts_that_teach_it(hint: str, expected: set[str]) -> None:
    assert hinted_concepts(load_kb(), hint) == expected


@pytest.mark.parametrize(
    "hint", ["Math", "Maths", "Geometry", "Statistics and Probability", "Biology", "", "Unknown"]
)
def test_a_subject_name_or_nothing_names_no_lesson(hint: str) -> None:
    assert hinted_concepts(load_kb(), hint) == set()


def test_a_word_inside_a_compound_names_nothing() -> None:
    # "Multi-Digit" holds "digit" (place value) and "Multiples of Ten" holds "ten"
    named = hinted_concepts(load_kb(), "Multiplying Multi-Digit Numbers by Multiples of Ten")
    assert "elementary_math.place_value" not in named


def test_a_subject_and_a_lesson_together_keep_the_lesson_within_the_subject() -> None:
    subjects, lesson = lesson_hint(load_kb(), "Algebra 1: factoring")
    assert subjects == {"algebra_1"}
    assert lesson == {"algebra_1.factoring_quadratics"}
    subjects, lesson = lesson_hint(load_kb(), "Rounding whole numbers")
    assert subjects == {"elementary_math"} and lesson == {ROUNDING}
