"""Bridge-style excerpts whose words have another skill's sense: a missing side found from a
perimeter (no trigonometry without an angle, a sine or a right triangle), whole numbers on a
number line (no fractions without a fraction, no integers without a negative), the terms of
an expression (no sequence without one), a conversion factor read as "minutes per hour" (no
unit rate), the exponent of a power of ten (no exponent rules without a rule), the length
of a drawn line (no geometric lines), the length of a rectangle beside its area (no length
measured) — and the same words where they do mean the skill.

Every excerpt is written for this test, not taken from any data set.
48 cases, 25 failed before (a missing side beside a perimeter read as solving right
triangles, whole numbers on a number line read as fractions and integers, "each term" of an
expression as a sequence, "minutes per hour" as a unit rate, a bare "exponent" as exponent
rules, the length of a drawn line as geometric lines, a figure's length beside its area or
width as measuring length).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.evals.analysis import junk_concepts

E = "elementary_math."
TRIG = "trigonometry."
AREA = E + "area_and_perimeter"
FRACTION = E + "fraction_basics"
INTEGERS = "pre_algebra.integer_operations"
SEQUENCES = "algebra_2.sequences_and_series"
UNIT_RATES = "pre_algebra.unit_rates"
RULES = "algebra_1.exponent_rules"
POWERS = "pre_algebra.exponents_and_square_roots"
LINES = E + "lines_and_angles"
WHOLE_NUMBER_LINE = {
    E + "place_value",
    E + "rounding_and_estimation",
    E + "comparing_and_ordering_numbers",
    E + "number_patterns",
    E + "addition_and_subtraction_with_regrouping",
}


def _found(text: str) -> list[str]:
    result = analyze(text, subject_hint="Math")
    assert not junk_concepts(result, {"tutor", "student"})
    return [c.kb_id or "" for c in result.concepts]


# a side found from the perimeter: perimeter, never trigonometry
PERIMETER_SIDES = [
    "Tutor: The perimeter of the rectangle is 20 cm. One side is 6 cm. Find the missing side.\nStudent: 14\nTutor: Good try. Two sides of 6 make 12, and 20 - 12 = 8, so each other side is 4 cm.",
    "Tutor: A square garden has a perimeter of 36 feet. Find the missing side length.\nStudent: 9\nTutor: Great job! All four sides are the same.",
    "Tutor: The perimeter is 20. One side is 6. What is the missing side?\nStudent: 8\nTutor: Let's check. 6 + 6 + 4 + 4 = 20, so the missing side is 4.",
    "Tutor: Find the missing side of the pentagon. Its perimeter is 40 inches and the other sides are 8, 7, 9 and 6 inches.\nStudent: 10\nTutor: Correct! 8 + 7 + 9 + 6 = 30 and 40 - 30 = 10.",
    "Tutor: The triangle has a perimeter of 24 m. Two sides are 7 m and 9 m. Find the missing side.\nStudent: 8 m\nTutor: Awesome!",
    "Tutor: A rectangle has a perimeter of 30 inches. Its length is 10 inches. What is the missing side?\nStudent: 5\nTutor: Yes. 10 + 10 = 20 and 30 - 20 = 10, so each width is 5.",
    "Tutor: The perimeter of the hexagon is 42 cm and all six sides are equal. Find the missing side.\nStudent: 7\nTutor: Excellent!",
    "Tutor: Let's find the missing side of the polygon.\nTutor: Add the sides we know and subtract from the perimeter.\nStudent: 12\nTutor: That was a good try.",
]


@pytest.mark.parametrize("text", PERIMETER_SIDES)
def test_a_missing_side_from_a_perimeter_is_perimeter_not_trigonometry(text: str) -> None:
    found = _found(text)
    assert AREA in found[:5], found
    assert not [c for c in found if c.startswith(TRIG)], found


# the same words beside an angle, a sine or a right triangle are trigonometry
RIGHT_TRIANGLES = [
    "Tutor: In the right triangle the angle is 30 degrees and the hypotenuse is 10. Find the missing side.\nStudent: 5\nTutor: Yes, sin 30 is opposite over hypotenuse.",
    "Tutor: Use tan to find the missing side. The angle is 40 degrees and the adjacent side is 12.\nStudent: 10.07\nTutor: Good work.",
    "Tutor: Find the missing side of the right triangle using cosine.\nStudent: adjacent over hypotenuse\nTutor: Correct!",
]


@pytest.mark.parametrize("text", RIGHT_TRIANGLES)
def test_a_missing_side_beside_an_angle_is_trigonometry(text: str) -> None:
    found = _found(text)
    assert [c for c in found[:5] if c.startswith(TRIG)], found


# whole numbers on a number line: no fractions, no integers
WHOLE_NUMBER_LINES = [
    "Tutor: Put 35 on the number line between 30 and 40.\nStudent: in the middle\nTutor: Great job! 35 is right in the middle of 30 and 40.",
    "Tutor: Let's count by tens on the number line. 10, 20, 30, what comes next?\nStudent: 40\nTutor: Yes!",
    "Tutor: Look at the number line from 100 to 200. Where does 150 go?\nStudent: in the middle\nTutor: Right, it goes in the middle.",
    "Tutor: Is 47 closer to 40 or 50 on the number line?\nStudent: 50\nTutor: Great, so 47 rounds to 50.",
    "Tutor: Which number is between 60 and 70 on the number line: 58, 64 or 72?\nStudent: 64\nTutor: Correct!",
    "Tutor: Use the number line to add 25 + 10.\nStudent: 35\nTutor: Good, we jumped 10 to the right.",
    "Tutor: Mark 240 on the number line. Is it closer to 200 or 300?\nStudent: 200\nTutor: Yes, 240 rounds to 200.",
]


@pytest.mark.parametrize("text", WHOLE_NUMBER_LINES)
def test_whole_numbers_on_a_number_line_are_no_fractions_nor_integers(text: str) -> None:
    found = _found(text)
    assert FRACTION not in found, found
    assert INTEGERS not in found, found
    assert set(found[:5]) & WHOLE_NUMBER_LINE, found


# a fraction or a negative number on the number line keeps its skill
NUMBER_LINE_SKILLS = [
    (
        "Tutor: Where would you put 3/4 on the number line?\nStudent: after the third mark\nTutor: Great job!",
        FRACTION,
    ),
    (
        "Tutor: The number line from 0 to 1 is split into 8 equal parts. Where is 5/8?\nStudent: the fifth mark\nTutor: Yes!",
        FRACTION,
    ),
    (
        "Tutor: On the number line, where is -4?\nStudent: 4 steps to the left of zero\nTutor: Yes, negative numbers are left of 0.",
        INTEGERS,
    ),
    (
        "Tutor: Start at -3 on the number line and move 5 to the right.\nStudent: 2\nTutor: Correct!",
        INTEGERS,
    ),
    (
        "Tutor: Which is farther from zero on the number line, -6 or 4?\nStudent: -6\nTutor: Yes, its absolute value is 6.",
        INTEGERS,
    ),
    (
        "Tutor: Show one half on the number line.\nStudent: in the middle of 0 and 1\nTutor: Correct, that is 1/2.",
        FRACTION,
    ),
]


@pytest.mark.parametrize(("text", "concept"), NUMBER_LINE_SKILLS)
def test_a_fraction_or_a_negative_on_a_number_line_keeps_its_skill(text: str, concept: str) -> None:
    assert concept in _found(text)[:5]


# the terms of an expression are no sequence; a sequence's terms are
@pytest.mark.parametrize(
    "text",
    [
        "Tutor: What is the constant term in x^2 + 5x - 8?\nStudent: -8\nTutor: Yes. Each term has a coefficient too.",
        "Tutor: Look at the expression 4x + 6. Each term can be divided by 2.\nStudent: 2(2x + 3)\nTutor: Great job factoring!",
        "Tutor: The first term of 3x + 9 is 3x. What is the GCF of the terms?\nStudent: 3\nTutor: Correct!",
    ],
)
def test_the_terms_of_an_expression_are_no_sequence(text: str) -> None:
    assert SEQUENCES not in _found(text)


def test_the_terms_of_a_sequence_are_a_sequence() -> None:
    text = "Tutor: In the sequence 3, 7, 11, 15, what is the next term?\nStudent: 19\nTutor: Yes, each term is 4 more than the one before."
    found = _found(text)
    assert {SEQUENCES, E + "number_patterns"} & set(found[:5]), found


# a conversion factor is no unit rate; a price or a speed per unit is
@pytest.mark.parametrize(
    "text",
    [
        "Tutor: How many minutes per hour?\nStudent: 60\nTutor: Great, so 3 hours is 180 minutes.",
        "Tutor: There are 12 inches per foot. How many inches are in 4 feet?\nStudent: 48\nTutor: Correct!",
        "Tutor: A day has 24 hours. How many hours per day do we use here?\nStudent: 24\nTutor: Yes. So 2 days is 48 hours.",
    ],
)
def test_a_conversion_factor_is_no_unit_rate(text: str) -> None:
    found = _found(text)
    assert UNIT_RATES not in found, found
    assert E + "measurement_and_unit_conversion" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Tutor: A car goes 120 miles in 2 hours. How many miles per hour is that?\nStudent: 60\nTutor: Yes, the unit rate is 60 miles per hour.",
        "Tutor: Apples cost $6 for 3 pounds. What is the price per pound?\nStudent: $2\nTutor: Great job!",
    ],
)
def test_a_price_or_a_speed_per_unit_is_a_unit_rate(text: str) -> None:
    assert UNIT_RATES in _found(text)[:5]


# the exponent of a power is no rule of exponents unless a rule is worked
@pytest.mark.parametrize(
    "text",
    [
        "Tutor: What is 10 to the exponent 3?\nStudent: 1,000\nTutor: Good. The exponent tells how many tens we multiply.",
        "Tutor: What is the value of 3^3?\nStudent: 9\nTutor: 3 is the base and 3 is the exponent, so we multiply 3 x 3 x 3 = 27.",
        "Tutor: In 10^4 the exponent is 4, so there are 4 zeros.\nStudent: 10,000\nTutor: Great job!",
    ],
)
def test_the_exponent_of_a_power_is_no_exponent_rule(text: str) -> None:
    found = _found(text)
    assert RULES not in found, found
    assert {POWERS, E + "place_value"} & set(found[:5]), found


def test_a_rule_of_exponents_worked_is_exponent_rules() -> None:
    text = "Tutor: Simplify x^3 times x^4.\nStudent: x^7\nTutor: Right, when we multiply powers with the same base we add the exponents."
    assert RULES in _found(text)[:5]


# the length of a drawn line is measuring, not geometric lines
@pytest.mark.parametrize(
    "text",
    [
        "Tutor: Subtract to find the length of the red line.\nTutor: The line starts at 25 and ends at 31 on the ruler.\nStudent: 6\nTutor: Yes, the line is 6 cm long.",
        "Tutor: Use your ruler to measure the line. How long is it?\nStudent: 9 inches\nTutor: Correct, the line is 9 inches long.",
    ],
)
def test_the_length_of_a_drawn_line_is_measuring(text: str) -> None:
    found = _found(text)
    assert LINES not in found, found
    assert E + "measuring_length" in found[:5], found


def test_lines_that_meet_or_never_meet_are_geometric_lines() -> None:
    text = "Tutor: Are these two lines parallel or perpendicular?\nStudent: parallel\nTutor: Yes, they never meet."
    assert LINES in _found(text)[:5]


# chatter with a skill's words names none
@pytest.mark.parametrize(
    "text",
    [
        "Tutor: I am missing a side of the story here, can you tell me more?\nStudent: I was sick\nTutor: Okay, feel better soon.",
        "Tutor: Please stay on the line while I fix the board.\nStudent: ok\nTutor: Thanks for waiting.",
    ],
)
def test_chatter_names_no_skill(text: str) -> None:
    assert analyze(text, subject_hint="Math").concepts == []


# a figure's length beside its area, width or sides is its dimension, no length measured
MEASURING = E + "measuring_length"


@pytest.mark.parametrize(
    "text",
    [
        "Tutor: A = l x w, and l stands for length. What is the length of this rectangle?\nStudent: 8\nTutor: Yes, and the width is 3, so the area is 24.",
        "Tutor: The length of the prism is 7 units, the width is 2 and the height is 5. What is the volume?\nStudent: 70\nTutor: Correct!",
        "Tutor: A square has all four sides the same length. Is this shape a square?\nStudent: yes\nTutor: Great job!",
    ],
)
def test_the_length_of_a_figure_is_its_dimension(text: str) -> None:
    assert MEASURING not in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tutor: Use the ruler to find the length of the pencil.\nStudent: 6 inches\nTutor: Correct, the pencil is 6 inches long.",
        "Tutor: What is the length of the crayon?\nStudent: 4\nTutor: Good, the crayon is 4 centimeters.",
        "Tutor: Measure the length of the rectangle with your ruler.\nStudent: 5 cm\nTutor: Good job!",
    ],
)
def test_a_length_measured_is_measuring_length(text: str) -> None:
    assert MEASURING in _found(text)[:5]
