"""Short grade 3-8 tutoring exchanges, Bridge style: the lesson's concept is among the top
five and no unrelated or junk concept is named. Function tables (values of x beside values
of y, an input beside its output), a map or drawing scale ("1 inch to 5 miles", "2 cm
represents 15 km"), a bill with a tip, a coupon and a split, and a spread of everyday
skills: rounding, elapsed time, equivalent fractions, unit rates, integers on a number line,
mean and median (an average of listed numbers), volume of prisms (a solid's three
dimensions), expressions with variables, angle measure, the coordinate plane.

Every excerpt is written for this test, not taken from any data set.
48 cases, 10 failed before (an input and output without a table's name and x-values listed
beside y-values named no function; "2 inches represents 8 feet" and a model's "scale of 1 to
24" read as measuring length; "how much does each person pay" of a split bill as a unit
rate; "find the average distance" of listed numbers named no measure of center; a tank's length,
width and height read as measuring length, no volume; "how many miles for each gallon" named
no unit rate).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.evals.analysis import junk_concepts
from tests.ai.analysisprobes import dialogue, ids

E = "elementary_math."
P = "pre_algebra."
FUNCTIONS = {"algebra_1.functions", "algebra_1.linear_and_nonlinear_functions"}
SCALE = {P + "proportions", P + "ratios"}
PERCENT = {P + "percents", P + "percent_increase_and_decrease", E + "multi_step_word_problems"}
LENGTH = E + "measuring_length"


def _top(text: str) -> list[str]:
    result = analyze(text, subject_hint="Math")
    assert not junk_concepts(result, {"tutor", "student", "teacher"}), result.concepts
    return ids(result)


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
    found = _top(text)
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
    found = _top(text)
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
    found = _top(text)
    assert PERCENT & set(found[:5]), found
    assert P + "unit_rates" not in found, found


SKILLS = [
    (
        dialogue(
            "Round 3,482 to the nearest hundred.",
            "3,500",
            "Yes, because the tens digit is 8.",
        ),
        E + "rounding_and_estimation",
    ),
    (
        dialogue(
            "What is 768 rounded to the nearest ten?",
            "770",
            "Correct! The ones digit is 8, so we round up.",
        ),
        E + "rounding_and_estimation",
    ),
    (
        dialogue(
            "The movie starts at 2:15 pm and ends at 4:05 pm. How long is the movie?",
            "1 hour 50 minutes",
            "Right, that is the elapsed time.",
        ),
        E + "telling_time",
    ),
    (
        dialogue(
            "Soccer practice begins at 9:40 and lasts 45 minutes. What time does it end?",
            "10:25",
            "Perfect.",
        ),
        E + "telling_time",
    ),
    (
        dialogue(
            "Is 2/3 the same as 4/6?",
            "yes",
            "Good, multiply the top and bottom by 2 and you get an equivalent fraction.",
        ),
        E + "fraction_basics",
    ),
    (
        dialogue(
            "Fill in the missing number: 3/4 = ?/12",
            "9",
            "Correct, 3 times 3 is 9 and 4 times 3 is 12.",
        ),
        E + "fraction_basics",
    ),
    (
        dialogue(
            "A pack of 6 juice boxes costs $4.50. How much is one juice box?",
            "0.75",
            "Yes, 75 cents each.",
        ),
        P + "unit_rates",
    ),
    (
        dialogue(
            "Maria reads 120 pages in 4 hours. How many pages does she read per hour?",
            "30",
            "Nice, that's her unit rate.",
        ),
        P + "unit_rates",
    ),
    (
        dialogue(
            "On the number line, which is farther left, -6 or -2?",
            "-6",
            "Right, -6 is less than -2.",
        ),
        P + "integer_operations",
    ),
    (
        dialogue(
            "The temperature was -3 degrees and then it rose 8 degrees. What is it now?",
            "5",
            "Yes, start at -3 on the number line and move 8 to the right.",
        ),
        P + "integer_operations",
    ),
    (
        dialogue(
            "Find the mean of 4, 7, 9 and 12.",
            "8",
            "Correct, the sum is 32 and 32 divided by 4 is 8.",
        ),
        "statistics.measures_of_center",
    ),
    (
        dialogue(
            "What is the median of 3, 8, 5, 10, 6?",
            "6",
            "Yes, put them in order first: 3, 5, 6, 8, 10.",
        ),
        "statistics.measures_of_center",
    ),
    (
        dialogue(
            "A box is 5 cm long, 3 cm wide and 4 cm tall. What is its volume?",
            "60 cubic cm",
            "Correct, length times width times height.",
        ),
        E + "volume_of_rectangular_prisms",
    ),
    (
        dialogue(
            "How many unit cubes fill a prism that is 2 by 6 by 3?",
            "36",
            "Great job.",
        ),
        E + "volume_of_rectangular_prisms",
    ),
    (
        dialogue(
            "Evaluate 4n + 7 when n = 3.",
            "19",
            "Yes, 4 times 3 is 12 and 12 plus 7 is 19.",
        ),
        P + "algebraic_expressions",
    ),
    (
        dialogue(
            "Write an expression for 5 less than a number k.",
            "k - 5",
            "Correct.",
        ),
        P + "algebraic_expressions",
    ),
    (
        dialogue(
            "Use the protractor. What is the measure of angle ABC?",
            "65 degrees",
            "Yes, and since it is less than 90 it is acute.",
        ),
        E + "measuring_angles",
    ),
    (
        dialogue(
            "Two angles together make a right angle. One is 35 degrees. What is the other?",
            "55 degrees",
            "Right, 90 minus 35.",
        ),
        E + "measuring_angles",
    ),
    (
        dialogue(
            "Plot the point (3, 5). Which way do you move first?",
            "right 3",
            "Yes, across the x-axis first, then up 5.",
        ),
        E + "coordinate_grid",
    ),
    (
        dialogue(
            "What are the coordinates of the point 4 units right and 2 units up from the origin?",
            "(4, 2)",
            "Perfect.",
        ),
        E + "coordinate_grid",
    ),
]


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
    found = _top(text)
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
    assert wrong not in _top(text)


@pytest.mark.parametrize(("text", "concept"), SKILLS)
def test_a_grade_school_skill_is_named(text: str, concept: str) -> None:
    found = _top(text)
    assert concept in found[:5], found


SMALL_TALK = [
    dialogue("Hi Jordan, how was your weekend?", "good, I went to the park", "That sounds fun!"),
    dialogue("Can you see my screen?", "yes", "Great, thanks for letting me know."),
    dialogue("Thank you for your hard work today, Priya.", "thanks", "See you next week!"),
    dialogue("On average, how many hours do you sleep?", "8", "That's good for you!"),
]


@pytest.mark.parametrize("text", SMALL_TALK)
def test_small_talk_names_no_concept(text: str) -> None:
    assert analyze(text, subject_hint="Math").concepts == []
