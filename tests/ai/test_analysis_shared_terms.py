"""A term that a grade-school concept owns too says nothing about the level: "the opposite
sides are congruent" in a rectangle's perimeter is a quadrilateral's property, not the
opposite side of right-triangle trigonometry, so the session stays grade-school math. The same
term beside the trigonometry it belongs to still counts.

Written before the rule: 4 cases, 1 failed before (the perimeter lesson came out as a
"Trigonometry session" with "Right triangle trigonometry" among its concepts).
"""

from __future__ import annotations

from companion.ai.offline.analysis import analyze

_PERIMETER = (
    "Tutor: Perimeter refers to the boundary of a closed plane figure.\n"
    "Tutor: Or the perimeter is the distance around the object.\n"
    "Tutor: What is the question asking us to do?\n"
    "Student: so it would be 7 + 5\n"
    "Tutor: That was a good try.\n"
    "Tutor: First, we start by finding all the sides of the garden.\n"
    "Tutor: Because it is a rectangle, the opposite sides are congruent.\n"
    "Tutor: That means same length.\n"
)
_TRIG = (
    "Tutor: In the right triangle ABC, the opposite side to angle A is 3 and the hypotenuse "
    "is 5.\n"
    "Tutor: What is sin A?\n"
    "Student: sin A = opposite side / hypotenuse = 3/5\n"
    "Tutor: Correct! And the adjacent side is 4, so cos A = 4/5.\n"
)


def test_a_shared_term_keeps_a_perimeter_lesson_grade_school() -> None:
    result = analyze(_PERIMETER, subject_hint="Math")
    assert result.subject != "Trigonometry"
    assert "Right triangle trigonometry" not in [c.name for c in result.concepts]


def test_the_perimeter_lesson_keeps_its_topic() -> None:
    result = analyze(_PERIMETER, subject_hint="Math")
    assert "Area and perimeter" in [c.name for c in result.concepts[:5]]


def test_trigonometry_still_counts_beside_its_own_terms() -> None:
    result = analyze(_TRIG, subject_hint="Math")
    assert result.subject == "Trigonometry"
    assert "Right triangle trigonometry" in [c.name for c in result.concepts]


def test_trigonometry_without_a_hint() -> None:
    assert analyze(_TRIG).subject == "Trigonometry"
