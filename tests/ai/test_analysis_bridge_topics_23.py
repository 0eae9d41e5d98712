"""Short grade 3-8 tutoring exchanges, Bridge style: the lesson's concept is among the top
five and no unrelated or junk concept is named. Function tables (values of x beside values
of y, an input beside its output), a map or drawing scale ("1 inch to 5 miles", "2 cm
represents 15 km"), a bill with a tip, a coupon and a split, numbers averaged, a solid's
three dimensions, an amount for each unit of measure (the everyday skills around them are in
test_analysis_bridge_skills_23.py).

Every excerpt is written for this test, not taken from any data set.
24 cases, 10 failed before (an input and output without a table's name and x-values listed
beside y-values named no function; "2 inches represents 8 feet" and a model's "scale of 1 to
24" read as measuring length; "how much does each person pay" of a split bill as a unit
rate; "find the average distance" of listed numbers named no measure of center; a tank's
length, width and height read as measuring length, no volume; "how many miles for each
gallon" named no unit rate).
"""

from __future__ import annotations

import pytest

from tests.ai.analysisprobes import dialogue, math_ids

E = "elementary_math."
P = "pre_algebra."
FUNCTIONS = {"algebra_1.functions", "algebra_1.linear_and_nonlinear_functions"}
SCALE = {P + "proportions", P + "ratios"}
PERCENT = {P + "percents", P + "percent_increase_and_decrease", E + "multi_step_word_problems"}
LENGTH = E + "measuring_length"


FUNCTION_TABLES = [
    dialogue(
        "In the table, x = 1 gives y = 3, x = 2 gives y = 5 and x = 3 gives y = 7. What is y when x = 4?",
        "9",
        "Yes, each time x goes up by 1, y goes up by 2.",
    ),
    dialogue(
        "When x is 2, 4, 6, y is 5, 9, 13. What is y when x is 8?",
        "17",
        "Right. y is two times x plus 1.",
    ),
    dialogue(
        "The machine takes an input of 3 and gives an output of 10. An input of 5 gives 16. What does an input of 6 give?",
        "19",
        "Good, the rule is multiply by 3 and add 1.",
    ),
    dialogue(
        "Look at the in and out table: in 1, out 6; in 2, out 12; in 3, out 18. What is the rule?",
        "times 6",
        "Yes! Out is 6 times in.",
    ),
    dialogue(
        "For x = 0, 1, 2 the y values are 4, 7, 10. Write the rule for y.",
        "y = 3x + 4",
        "Correct, the y values go up by 3 each time.",
    ),
    dialogue(
        "If the input is 8 what is the output when the rule is subtract 3?",
        "5",
        "Yes. And an input of 12 gives an output of?",
        "9",
        "Great work with the input output table.",
    ),
]


@pytest.mark.parametrize("text", FUNCTION_TABLES)
def test_a_function_table_is_functions(text: str) -> None:
    found = math_ids(text)
    assert FUNCTIONS & set(found[:5]), found


SCALES = [
    dialogue(
        "A map has a scale of 1 inch to 5 miles. Two towns are 3 inches apart on the map. How far apart are they really?",
        "15 miles",
        "Correct, 3 times 5 is 15.",
    ),
    dialogue(
        "On the floor plan, 2 inches represents 8 feet. The kitchen is 5 inches long on the plan. How long is the real kitchen?",
        "20 feet",
        "Yes, every inch is 4 feet.",
    ),
    dialogue(
        "The scale on the map is 1 cm = 25 km. The road is 4 cm long on the map. How long is the road?",
        "100 km",
        "Great.",
    ),
    dialogue(
        "In a scale drawing of a garden, 1 inch stands for 3 feet. The garden is 6 inches wide in the drawing. How wide is it?",
        "18 feet",
        "Right!",
    ),
    dialogue(
        "A model car is built at a scale of 1 to 24. The real car is 192 inches long. How long is the model?",
        "8 inches",
        "Yes, 192 divided by 24 is 8.",
    ),
]


@pytest.mark.parametrize("text", SCALES)
def test_a_map_or_drawing_scale_is_proportions_not_measuring(text: str) -> None:
    found = math_ids(text)
    assert SCALE & set(found[:5]), found
    assert LENGTH not in found, found


BILLS = [
    dialogue(
        "A $60 dinner gets a 20% tip, then they use a $10 coupon and split the bill between 2 people. How much does each person pay?",
        "31",
        "Let's check: the tip is 12, so 72, minus 10 is 62, and half is 31. Yes!",
    ),
    dialogue(
        "The pizza costs $40. They add a 15% tip and share the total equally among 4 friends. What does each friend pay?",
        "11.50",
        "Correct! The tip is $6, so $46 split 4 ways.",
    ),
    dialogue(
        "Your lunch is $25 and you leave an 18% tip. What is the total?",
        "29.50",
        "Right, the tip is $4.50.",
    ),
    dialogue(
        "A $80 meal has a coupon for 25% off, and then you add a $12 tip. How much do you pay?",
        "72",
        "Yes, $60 after the coupon and $72 with the tip.",
    ),
]


@pytest.mark.parametrize("text", BILLS)
def test_a_bill_with_a_tip_is_percent_money(text: str) -> None:
    found = math_ids(text)
    assert PERCENT & set(found[:5]), found
    assert P + "unit_rates" not in found, found


AMOUNTS = [
    (
        dialogue(
            "The test scores were 80, 90 and 70. What is the average?",
            "80",
            "Right, add them and divide by 3.",
        ),
        "statistics.measures_of_center",
    ),
    (
        dialogue(
            "Jen ran 3, 5, 4 and 8 miles this week. Find the average distance.",
            "5 miles",
            "Yes.",
        ),
        "statistics.measures_of_center",
    ),
    (
        dialogue(
            "A fish tank is 20 inches long, 10 inches wide and 12 inches high. How much water fits in it?",
            "2,400 cubic inches",
            "Correct.",
        ),
        E + "volume_of_rectangular_prisms",
    ),
    (
        dialogue(
            "A shoebox is 12 inches long, 6 inches wide and 5 inches tall. How much space is inside?",
            "360",
            "Great.",
        ),
        E + "volume_of_rectangular_prisms",
    ),
    (
        dialogue(
            "A car goes 180 miles on 6 gallons of gas. How many miles is that for each gallon?",
            "30",
            "Yes, 30 miles for every gallon.",
        ),
        P + "unit_rates",
    ),
    (
        dialogue(
            "A printer prints 240 pages in 4 minutes. How many pages does it print in each minute?",
            "60",
            "Correct.",
        ),
        P + "unit_rates",
    ),
]


@pytest.mark.parametrize(("text", "concept"), AMOUNTS)
def test_numbers_averaged_a_solids_sides_or_an_amount_per_unit_name_the_skill(
    text: str, concept: str
) -> None:
    found = math_ids(text)
    assert concept in found[:5], found
    assert LENGTH not in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            dialogue("A rectangle is 8 cm long and 5 cm wide. What is its area?", "40", "Yes."),
            E + "volume_of_rectangular_prisms",
        ),
        (
            dialogue("How many minutes are in 3 hours?", "180", "Right, 60 minutes in each hour."),
            P + "unit_rates",
        ),
        (
            dialogue(
                "Look at the blueprint of the garden. What shape is it?", "a rectangle", "Yes."
            ),
            P + "proportions",
        ),
    ],
)
def test_a_flat_figure_a_conversion_or_a_plan_keeps_out(text: str, wrong: str) -> None:
    assert wrong not in math_ids(text)
