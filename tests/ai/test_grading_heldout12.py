r"""A twelfth set of held-out answer forms (written for this test, not taken from any data
set): the answer given with the step of solving that led to it ("3x = 12 so x = 4", "x = 4
bc 3x = 12"), a result typed before its working ("48 = 6 x 8"), areas and volumes in
square or cubic units written out or abbreviated ("12 sq ft", "12 ft²", "24 cu ft"), a rate
("30 mpg"), money said with words ("5 bucks", "$5.00 even"), percents, scientific notation
typed with x, * or **, points and intervals spaced any way, mixed numbers in words, signs in
words ("minus 3", "neg 6"), typed degrees, ratios with "to", and the hedged and wrong forms
beside them.

Decisions:
- A step of solving typed with its result ("3x = 12 so x = 4", "3x=12, x=4", "x = 4 as 3x
  = 12") is working, not a second answer, where the value the student names for the
  variable makes every such step true; "3x = 12 so x = 3" is 3 and wrong, and a hedge word
  ("x = 4 or 3x = 12") still keeps both. "bc", "b/c", "cuz" and "coz" are "because".
- A result typed before its working ("48 = 6 x 8", "48 eggs = 6 x 8") is that result, as
  "6 x 8 = 48" is; a false link ("48 = 6 x 9") is still wrong.
- An area is in square units and a volume in cubic ones: where the question asks for an
  area, "12 ft" (a length) or "12 ft³" (a volume) is the wrong kind of amount and wrong; so
  is "25 cm" or "25 cm³" for a square's area given in cm. A rate asked as "miles per
  gallon" is not answered by "30 mph" (a rate per another kind of unit).
- "neg 6" is -6, as "negative 6" is.

When written, before the grader was changed for them, 19 of the 74 cases failed (measured on
the start commit).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.grading import grade_values

SOLVE = "Solve 3x - 5 = 7 for x."
EGGS = "A carton has 6 rows of 8 eggs. How many eggs are in the carton?"
RUG = "A rug is 3 feet wide and 4 feet long. What is its area in square feet?"
TILE = "A square tile has sides of 5 cm. What is the area of the tile?"
CRATE = "A crate is 2 ft by 3 ft by 4 ft. What is its volume in cubic feet?"
MILEAGE = "A van goes 150 miles on 5 gallons of gas. How many miles per gallon does it get?"
PENS = "Pens cost $1.25 each. How much do 4 pens cost?"
SCORE = "Lee got 17 of 20 questions right. What percent did he get right?"
MOLE = "Write 602 sextillion in scientific notation."
SMALL = "Write 0.00045 in scientific notation."
MEET = "Where do the lines y = x + 1 and y = 2x - 1 meet?"
RANGE = "Solve 2 < x + 1 <= 5. Give the answer in interval notation."
PIZZA = "Two friends share 5 pizzas equally. How many pizzas does each friend get?"
COLD = "It was 5 degrees and the temperature fell 8 degrees. What is the temperature now?"
DROP = "What is 4 - 10?"
ANGLE = "Two angles of a triangle are 50° and 60°. What is the third angle?"
CLASS = "A club has 12 boys and 16 girls. Write the ratio of boys to girls in simplest form."
AVOGADRO = r"6.02 \times 10^{23}"
SMALL_SCI = r"4.5 \times 10^{-4}"


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        ("4", "3x = 12 so x = 4", SOLVE),
        ("4", "3x=12, x=4", SOLVE),
        ("4", "3x = 12 then x = 4", SOLVE),
        ("4", "3x = 12, so x is 4", SOLVE),
        ("4", "x = 4 bc 3x = 12", SOLVE),
        ("4", "x = 4 b/c 3x = 12", SOLVE),
        ("4", "x = 4 cuz 3x = 12", SOLVE),
        ("4", "x = 4 as 3x = 12", SOLVE),
        ("4", "x = 4. I added 5 to both sides to get 3x = 12 and divided by 3", SOLVE),
        ("4", "x = 4 because 3 * 4 = 12 and 12 - 5 = 7", SOLVE),
        ("48", "48 = 6*8", EGGS),
        ("48", "48 eggs = 6 x 8", EGGS),
        ("48", "6 rows x 8 eggs = 48 eggs", EGGS),
        ("12", "12 sq ft", RUG),
        ("12", "12 ft²", RUG),
        ("12", "12 square feet", RUG),
        ("12", "12 feet squared", RUG),
        ("25", "25 cm²", TILE),
        ("25", "25 sq cm", TILE),
        ("24", "24 cu ft", CRATE),
        ("24", "24 ft^3", CRATE),
        ("30", "30 mpg", MILEAGE),
        ("30", "30 miles/gallon", MILEAGE),
        ("5", "5 bucks", PENS),
        ("5", "$5.00 even", PENS),
        ("5", "4 x 1.25 = 5 dollars", PENS),
        ("85%", "17/20 = 85%", SCORE),
        ("85%", "eighty-five percent", SCORE),
        (AVOGADRO, "6.02x10^23", MOLE),
        (AVOGADRO, "6.02*10**23", MOLE),
        (AVOGADRO, "6.02 X 10 ^ 23", MOLE),
        (SMALL_SCI, "4.5*10**(-4)", SMALL),
        (SMALL_SCI, "4.5 × 10⁻⁴", SMALL),
        ("(2, 3)", "( 2 , 3 )", MEET),
        ("(2, 3)", "at (2,3)", MEET),
        ("(1, 4]", "( 1 , 4 ]", RANGE),
        ("2.5", "two and a half pizzas", PIZZA),
        ("2.5", "two and one half", PIZZA),
        ("-3", "minus 3 degrees", COLD),
        ("-3", "negative three", COLD),
        ("-6", "neg 6", DROP),
        ("70", "70 deg", ANGLE),
        ("70", "180 - 50 - 60 = 70°", ANGLE),
        ("3:4", "3 to 4", CLASS),
        ("3:4", "3 boys to 4 girls", CLASS),
    ],
)
def test_a_right_answer_with_its_working_or_unit_is_accepted(expected, answer, question):
    assert grade_values(expected, answer, question=question).correct, answer


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        ("4", "3x = 12 so x = 3", SOLVE),
        ("4", "x = 12 because 3x = 12", SOLVE),
        ("4", "x = 4 or 3x = 12", SOLVE),
        ("4", "3x = 12", SOLVE),
        ("4", "x = 4 but maybe 5", SOLVE),
        ("48", "48 = 6*9", EGGS),
        ("48", "6 x 8", EGGS),
        ("48", "6 x 8 = 48 or 6 + 8 = 14", EGGS),
        ("12", "12 ft", RUG),
        ("12", "12 ft³", RUG),
        ("12", "12 cubic feet", RUG),
        ("12", "12 square inches", RUG),
        ("25", "25 cm", TILE),
        ("25", "25 cm^3", TILE),
        ("24", "24 sq ft", CRATE),
        ("30", "30 mph", MILEAGE),
        ("5", "5 bucks or 6 bucks", PENS),
        ("5", "5 cents", PENS),
        ("85%", "0.85", SCORE),
        ("85%", "85% or 15%", SCORE),
        (AVOGADRO, "6.02x10^-23", MOLE),
        (AVOGADRO, "6.02*10*23", MOLE),
        ("(2, 3)", "(3,2)", MEET),
        ("(1, 4]", "(1,4)", RANGE),
        ("2.5", "two and a quarter", PIZZA),
        ("-3", "3 degrees", COLD),
        ("-6", "6", DROP),
        ("70", "70 radians", ANGLE),
        ("3:4", "4 to 3", CLASS),
    ],
)
def test_a_wrong_or_hedged_answer_stays_wrong(expected, answer, question):
    assert not grade_values(expected, answer, question=question).correct, answer
