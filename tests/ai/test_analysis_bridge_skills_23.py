"""Short grade 3-8 tutoring exchanges, Bridge style, on everyday skills: rounding, elapsed
time, equivalent fractions, unit rates, integers on a number line, mean and median, volume
of prisms, expressions with variables, angle measure, the coordinate plane; the lesson's
concept is among the top five and no junk concept is named; small talk names none.

Every excerpt is written for this test, not taken from any data set.
24 cases, 0 failed before (they pin the skills the set in test_analysis_bridge_topics_23.py
changes the cues of).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from tests.ai.analysisprobes import dialogue, math_ids

E = "elementary_math."
P = "pre_algebra."

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


@pytest.mark.parametrize(("text", "concept"), SKILLS)
def test_a_grade_school_skill_is_named(text: str, concept: str) -> None:
    found = math_ids(text)
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
