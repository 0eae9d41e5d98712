"""A fifth set of held-out answer forms (written for this test, not taken from any data set),
right and wrong forms side by side: money in cents or in dollars and cents, repeating
decimals, a rounded decimal for an exact fraction, systems answered in a sentence, points
with their coordinates swapped, percents typed as decimals, scientific notation, ratios,
inequalities and intervals, units spelled out or abbreviated, degree signs, a unicode minus,
working typed before or after the answer, values of the working that are not the answer,
and authored LaTeX beside implicit multiplication.

Decisions (issue 11):
- An amount of money in cents or in dollars and cents ("105 cents", "1 dollar 5 cents") is
  the same amount as $1.05 and right; a bare "105" is read in the unit of the expected
  value (dollars) and is wrong.
- "0.333" for an exact 1/3 is wrong unless the question asks for rounding ("0.33" to the
  nearest hundredth is right) or the expected value is itself a rounded decimal; a
  repeating decimal written as such ("0.(3)", "0.333...", "0.3 repeating") is exact and right.
- A percent question answered with the decimal ("0.25" for 25%) is wrong: the question asks
  for a percent. "0.25 = 25%" ends on the percent and is right. A percent where a decimal is
  asked ("Write 25% as a decimal" -> "25%") is wrong.
- When the question asks for scientific notation, the same value not in that notation
  ("32 x 10^4", "320000") is wrong; calculator notation "3.2e5" is accepted.
- A ratio "3:4" may be typed "3 to 4" or "3/4"; "4:3" and, where simplest form is asked,
  "12:16" are wrong.

When written, before the grader was changed for them, 34 of the 192 cases failed; the 27
in test_forms_found_while_fixing were added after the first fixes, and 16 of them failed on
the grader as it was before (50 of the 219 cases in all).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.grading import HEDGED, grade_values

SNACK = (
    "A juice box costs 60 cents and a granola bar costs 45 cents. How much do they cost together?"
)
SHARE = "Three friends share one pizza equally. What fraction of the pizza does each friend get?"
ROUND_THIRD = "Divide 1 by 3. Round your answer to the nearest hundredth."
SIXTH = "One cake is cut into 6 equal slices. What fraction of the cake is one slice?"
SYSTEM = "Solve the system of equations: x + y = 5 and 2x - y = 1."
WALK = "15 of the 60 students walk to school. What percent of the students walk to school?"
DECIMAL = "Write 25% as a decimal."
SCIENTIFIC = "Write 320,000 in scientific notation."
LIGHT = (
    "A signal travels 3.2 km each microsecond. How many km does it travel in 100,000 microseconds?"
)
TINY = "A grain of sand is 0.00045 m wide. Write its width in meters."
RATIO = "A class has 12 boys and 16 girls. What is the ratio of boys to girls in simplest form?"
ANY_RATIO = "A class has 12 boys and 16 girls. What is the ratio of boys to girls?"
RECIPE = "A recipe uses 10 cups of flour and 24 cups of milk. Write the ratio of flour to milk in lowest terms."
GREATER = "Solve 2x - 1 > 5."
FLIP = "Solve -3x + 1 <= 7."
BETWEEN = "Solve -1 < 2x + 1 <= 7."
AREA = "A rectangle is 3 cm wide and 4 cm long. What is its area?"
RICE = "A bag of rice weighs 2.5 kg. How much do 3 bags weigh, in kilograms?"
TRIP = "A car drives at 55 miles per hour for 3 hours. How far does it go?"
ANGLE = "Two angles of a triangle measure 50° and 60°. What is the measure of the third angle?"
THAW = "The temperature was -4°C in the morning and rose 10 degrees by noon. What was it at noon?"
FREEZE = "The temperature was 3°C and then fell 10 degrees. What is the temperature now?"
CHAIRS = "There are 3 rows of 4 chairs. How many chairs are there?"
MORE_CHAIRS = (
    "There are 3 rows of 4 chairs and 5 more chairs at the back. How many chairs are there?"
)
APPLES = "Tom had 20 apples. He gave away 8 and then bought 5 more. How many apples does he have?"
MONOMIAL = r"$$6x^2y$$"
TWO_THIRDS_X = r"$$\frac{2}{3}x$$"
LINE = r"$$y=-2x+5$$"
TO_RADIANS = "Convert 135° to radians."


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        # money in cents, in dollars and cents
        ("$1.05", "$1.05", SNACK),
        ("$1.05", "1.05", SNACK),
        ("$1.05", "105 cents", SNACK),
        ("$1.05", "105¢", SNACK),
        ("$1.05", "1 dollar 5 cents", SNACK),
        ("$1.05", "1 dollar and 5 cents", SNACK),
        ("$1.05", "60 + 45 = 105 cents", SNACK),
        # exact fractions as repeating decimals, rounded where rounding is asked
        ("1/3", "1/3", SHARE),
        ("1/3", "one third", SHARE),
        ("1/3", "0.(3)", SHARE),
        ("1/3", "0.333...", SHARE),
        ("1/3", "0.3333…", SHARE),
        ("1/3", "0.3 repeating", SHARE),
        ("1/3", "0.33", ROUND_THIRD),
        ("0.33", "0.33", ROUND_THIRD),
        ("1/6", "0.1(6)", SIXTH),
        ("1/6", "0.1666...", SIXTH),
        ("2/3", "0.(6)", ""),
        # systems answered in a sentence, in either order
        ("(2, 3)", "x = 2, so y = 3", SYSTEM),
        ("x=2, y=3", "x = 2, so y = 3", SYSTEM),
        ("(2, 3)", "y = 3 and x = 2", SYSTEM),
        ("x=2, y=3", "y = 3 and x = 2", SYSTEM),
        ("(2, 3)", "(2,3)", SYSTEM),
        ("x=2, y=3", "x is 2 and y is 3", SYSTEM),
        ("(2, 3)", "x = 2, then 2 + y = 5 so y = 3", SYSTEM),
        # percents
        ("25%", "25", WALK),
        ("25", "25 %", WALK),
        ("25", "0.25 = 25%", WALK),
        ("25", "15/60 = 1/4 = 25%", WALK),
        ("0.25", "0.25", DECIMAL),
        ("0.25", ".25", DECIMAL),
        # scientific notation
        ("3.2 × 10^5", "3.2 x 10^5", SCIENTIFIC),
        ("3.2 × 10^5", "3.2*10^5", SCIENTIFIC),
        ("3.2 × 10^5", "3.2×10⁵", SCIENTIFIC),
        ("3.2 × 10^5", "3.2e5", SCIENTIFIC),
        ("3.2 × 10^5", "3.2 · 10^5", SCIENTIFIC),
        ("320000", "3.2 x 10^5", LIGHT),
        ("320000", "3.2e5 km", LIGHT),
        ("320000", "3.2 * 10^5", LIGHT),
        ("0.00045", "4.5 x 10^-4", TINY),
        ("0.00045", "4.5e-4 m", TINY),
        # ratios
        ("3:4", "3:4", RATIO),
        ("3:4", "3 : 4", RATIO),
        ("3:4", "3 to 4", RATIO),
        ("3:4", "3/4", RATIO),
        ("3/4", "3:4", RATIO),
        ("3:4", "3 boys to 4 girls", RATIO),
        ("3:4", "6:8", ANY_RATIO),
        ("5:12", "5:12", RECIPE),
        ("5:12", "5 to 12", RECIPE),
        ("5:12", "5/12", RECIPE),
        # inequalities and intervals
        ("x > 3", "x > 3", GREATER),
        ("x > 3", "3 < x", GREATER),
        ("x > 3", "(3, ∞)", GREATER),
        ("x > 3", "x > 3 because 2x > 6", GREATER),
        ("x >= -2", "x ≥ -2", FLIP),
        ("x >= -2", "x >= −2", FLIP),
        ("x >= -2", "-2 <= x", FLIP),
        ("x >= -2", "[-2, ∞)", FLIP),
        ("-1 < x <= 3", "(-1, 3]", BETWEEN),
        ("-1 < x <= 3", "x > -1 and x <= 3", BETWEEN),
        ("(-1, 3]", "-1 < x ≤ 3", BETWEEN),
        # units spelled out, abbreviated, plural
        ("12", "12 cm²", AREA),
        ("12", "12 cm^2", AREA),
        ("12", "12 square centimeters", AREA),
        ("12", "12 sq cm", AREA),
        ("12 cm^2", "12 square cm", AREA),
        ("7.5", "7.5 kg", RICE),
        ("7.5", "7.5 kilograms", RICE),
        ("7.5", "7.5 kgs", RICE),
        ("165 miles", "165 mi", TRIP),
        ("165 miles", "165", TRIP),
        ("165", "165 miles", TRIP),
        # degree signs
        ("70", "70°", ANGLE),
        ("70", "70 degrees", ANGLE),
        ("70", "70 deg", ANGLE),
        ("70", "70º", ANGLE),
        ("70°", "70", ANGLE),
        ("6", "6°C", THAW),
        ("6", "6 degrees Celsius", THAW),
        # a unicode minus or dash
        ("-7", "−7", FREEZE),
        ("-7", "−7°C", FREEZE),
        ("-7", "–7", FREEZE),
        ("-3/4", "−3/4", ""),
        (r"$$-\frac{1}{2}$$", "−0.5", ""),
        # working typed after or before the answer
        ("12", "12 because 3*4=12", CHAIRS),
        ("12", "12, since 3 × 4 = 12", CHAIRS),
        ("12", "12 chairs because 4+4+4 = 12", CHAIRS),
        ("12", "3*4 = 12 so 12", CHAIRS),
        ("12", "3 x 4 = 12. Answer: 12", CHAIRS),
        ("12", "4+4+4=12 so there are 12 chairs", CHAIRS),
        ("17", "3*4 = 12, 12 + 5 = 17", MORE_CHAIRS),
        ("17", "3 x 4 = 12 so 17 chairs", MORE_CHAIRS),
        ("17", "17 because 3*4=12 and 12+5=17", MORE_CHAIRS),
        ("17", "20 - 8 = 12, 12 + 5 = 17", APPLES),
        # authored LaTeX and implicit multiplication
        (MONOMIAL, "6x^2y", ""),
        (MONOMIAL, "6yx^2", ""),
        (MONOMIAL, "6x^2 y", ""),
        (TWO_THIRDS_X, "2x/3", ""),
        (TWO_THIRDS_X, "(2/3)x", ""),
        (LINE, "y = 5 - 2x", ""),
        (LINE, "y = −2x + 5", ""),
        (r"$$3\left(x+4\right)$$", "3x+12", ""),
        (r"$$x\sqrt{2}$$", "sqrt(2)x", ""),
    ],
)
def test_a_right_answer_in_a_held_out_form_is_accepted(expected, answer, question):
    result = grade_values(expected, answer, question=question)
    assert result.correct, result.feedback


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        # money: a bare number is dollars, another amount, a hedge
        ("$1.05", "105", SNACK),
        ("$1.05", "$105", SNACK),
        ("$1.05", "105 dollars", SNACK),
        ("$1.05", "1 dollar 50 cents", SNACK),
        ("$1.05", "$1.50", SNACK),
        ("$1.05", "1.05 or 1.15", SNACK),
        # a rounded or cut decimal for an exact fraction
        ("1/3", "0.333", SHARE),
        ("1/3", "0.33", SHARE),
        ("1/3", "0.3", SHARE),
        ("1/3", "0.34", ROUND_THIRD),
        ("1/3", "0.3", ROUND_THIRD),
        ("1/6", "0.16", SIXTH),
        ("1/6", "0.17", SIXTH),
        ("1/6", "0.(16)", SIXTH),
        ("2/3", "0.667", ""),
        # systems: swapped, one value, a hedge
        ("(2, 3)", "(3,2)", SYSTEM),
        ("(2, 3)", "(3, 2)", SYSTEM),
        ("x=2, y=3", "x = 3, y = 2", SYSTEM),
        ("x=2, y=3", "x = 2", SYSTEM),
        ("(2, 3)", "x = 2, so y = 4", SYSTEM),
        ("(2, 3)", "x = 2, y = 3 or x = 3, y = 2", SYSTEM),
        # percents typed as decimals, a percent where a decimal is asked
        ("25", "0.25", WALK),
        ("25%", "0.25", WALK),
        ("25", "25% or 0.25%", WALK),
        ("0.25", "25%", DECIMAL),
        ("0.25", "2.5", DECIMAL),
        # scientific notation: another power, not in that notation, a power of the mantissa
        ("3.2 × 10^5", "3.2 x 10^4", SCIENTIFIC),
        ("3.2 × 10^5", "32 x 10^4", SCIENTIFIC),
        ("3.2 × 10^5", "320000", SCIENTIFIC),
        ("3.2 × 10^5", "3.2^5", SCIENTIFIC),
        ("320000", "3.2 x 10^6", LIGHT),
        ("320000", "3.2e4", LIGHT),
        ("0.00045", "4.5 x 10^4", TINY),
        # ratios reversed or not in simplest form
        ("3:4", "4:3", RATIO),
        ("3:4", "4/3", RATIO),
        ("3:4", "12:16", RATIO),
        ("3:4", "4 to 3", RATIO),
        ("3:4", "3:5", ANY_RATIO),
        ("5:12", "12:5", RECIPE),
        ("5:12", "10:24", RECIPE),
        ("5:12", "5 or 12", RECIPE),
        # inequalities: the end point included or not, the sign not flipped, an equation
        ("x > 3", "x ≥ 3", GREATER),
        ("x > 3", "x < 3", GREATER),
        ("x > 3", "[3, ∞)", GREATER),
        ("x > 3", "x = 3", GREATER),
        ("x > 3", "3", GREATER),
        ("x >= -2", "x > -2", FLIP),
        ("x >= -2", "x <= -2", FLIP),
        ("x >= -2", "(-2, ∞)", FLIP),
        ("-1 < x <= 3", "[-1, 3]", BETWEEN),
        ("-1 < x <= 3", "-1 <= x <= 3", BETWEEN),
        # units of another kind or size
        ("12", "12 m^2", AREA),
        ("12", "14 cm²", AREA),
        ("7.5", "7.5 g", RICE),
        ("7.5", "7.5 grams", RICE),
        ("165 miles", "165 km", TRIP),
        ("165 miles", "58 miles", TRIP),
        # degrees: the supplement, another scale
        ("70", "110°", ANGLE),
        ("70", "70 radians", ANGLE),
        ("6", "6°F", THAW),
        ("6", "-14°C", THAW),
        # the sign lost
        ("-7", "7", FREEZE),
        ("-7", "7°C", FREEZE),
        ("-3/4", "3/4", ""),
        # working: the final value is not the answer, or the answer is an intermediate one
        ("12", "7 because 3+4=7", CHAIRS),
        ("12", "3*4 = 12 so 12 + 5 = 17", CHAIRS),
        ("17", "3*4 = 12", MORE_CHAIRS),
        ("17", "12 because 3*4=12", MORE_CHAIRS),
        ("17", "3*4 = 12 so 12", MORE_CHAIRS),
        ("17", "20 - 8 = 12 apples", APPLES),
        ("17", "20 - 8 = 12, 12 - 5 = 7", APPLES),
        # authored LaTeX: another expression
        (MONOMIAL, "6xy^2", ""),
        (MONOMIAL, "6x^2 + y", ""),
        (TWO_THIRDS_X, "2/(3x)", ""),
        (LINE, "y = 2x + 5", ""),
        (r"$$3\left(x+4\right)$$", "3x+4", ""),
        (r"$$x\sqrt{2}$$", "sqrt(2x)", ""),
        (r"$$-\frac{1}{2}$$", "1/2", ""),
    ],
)
def test_a_hedge_a_slip_or_a_wrong_form_is_wrong(expected, answer, question):
    result = grade_values(expected, answer, question=question)
    assert not result.correct, result.feedback


@pytest.mark.parametrize(
    ("expected", "answer", "question", "right"),
    [
        # written after the first fixes, from forms seen while making them
        ("3pi/4", "3pi/4 radians", TO_RADIANS, True),
        ("3pi/4", "3π/4 rad", TO_RADIANS, True),
        ("3pi/4", "135°", TO_RADIANS, False),
        ("x > 3", "x is greater than 3", GREATER, True),
        ("x > 3", "x is at least 3", GREATER, False),
        ("x >= -2", "x is at least -2", FLIP, True),
        ("x >= -2", "x is greater than -2", FLIP, False),
        ("12", "12. 3x4=12", CHAIRS, True),
        ("12", "3x4=12", CHAIRS, True),
        ("12", "3 × 4 = 12 ✓", CHAIRS, True),
        ("12", "7. 3+4=7", CHAIRS, False),
        ("(2, 3)", "x = 2. y = 3", SYSTEM, True),
        ("(2, 3)", "x=2. 2+y=5. y=3.", SYSTEM, True),
        ("(2, 3)", "x = 2.5, y = 3", SYSTEM, False),
        ("-7", "‐7", FREEZE, True),
        ("3xy", "3yx", "", True),
        ("3xy", "3xz", "", False),
        ("3:4", "maybe 3:4", RATIO, False),
        ("3:4", "3:4 or 4:3", RATIO, False),
        ("3:4", "12 to 16, which is 3:4", RATIO, True),
        ("$1.05", "105 pennies", SNACK, True),
        ("2 m", "200 cm", "", True),
        ("12", "12 square meters", AREA, False),
        ("68", "68 °C", "Convert 20°C to degrees Fahrenheit.", False),
        ("68", "68°F", "Convert 20°C to degrees Fahrenheit.", True),
        (
            "33.3%",
            "0.333",
            "What percent of 3 is 1? Round to the nearest tenth of a percent.",
            False,
        ),
        (
            "33.3%",
            "33.33",
            "What percent of 3 is 1? Round to the nearest tenth of a percent.",
            False,  # more places than asked: not rounded (see test_grading_heldout13.py)
        ),
    ],
)
def test_forms_found_while_fixing(expected, answer, question, right):
    result = grade_values(expected, answer, question=question)
    assert result.correct is right, result.feedback


@pytest.mark.parametrize(
    ("expected", "answer", "question", "read"),
    [
        ("$1.05", "105 cents", SNACK, "Read as 105 cents, which is $1.05"),
        ("3:4", "3 to 4", RATIO, "Read as 3:4."),
        ("1/3", "0.(3)", SHARE, "Read as 1/3"),
        ("1/3", "0.333", SHARE, "Read as 0.333"),
        ("(2, 3)", "(3,2)", SYSTEM, "Read as (3, 2)"),
        ("320000", "3.2e5 km", LIGHT, "Read as 320000"),
        ("-7", "−7°C", FREEZE, "Read as -7"),
        ("17", "12 because 3*4=12", MORE_CHAIRS, "Read as 12"),
        ("$1.05", "1.05 or 1.15", SNACK, f"Read as 1.05 or 1.15: {HEDGED}"),
    ],
)
def test_the_feedback_says_how_the_answer_was_read(expected, answer, question, read):
    assert read in grade_values(expected, answer, question=question).feedback


def test_a_math_answer_is_not_graded_by_its_words():
    """Words about the problem without the value are not an answer to a math question."""
    result = grade_values("12", "the number of rows times the chairs in a row", question=CHAIRS)
    assert not result.correct
    assert not grade_values("3:4", "boys to girls", question=RATIO).correct
