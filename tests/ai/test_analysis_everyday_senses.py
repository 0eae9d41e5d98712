"""A word of the knowledge base used in its everyday sense names no concept: "per square foot"
and "10 square blocks" measure an area (no quadrilateral is drawn), "which pieces of
information" picks facts (no piecewise function), "100 MB of data" is a download (no study
design), "the initial amount" is the money at the start (no exponential model) and "2 sides
feed 6 people" are dishes (no polygon: a count of sides needs a figure named). The same
words in their topic's sense still count: "all the sides of the playground" and "enter your
data into your calculator" stay geometry and statistics.

Written before the rules: 13 cases, 5 failed before (each everyday word made its concept).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze


def _names(text: str) -> list[str]:
    return [c.name for c in analyze(text).concepts]


def _dialogue(problem: str, work: str) -> str:
    return (
        f"Teacher: Hi, can you walk me through your solution? {problem}\n"
        f"Student: Sure. {work}\n"
        "Teacher: Let's check the multiplication again. What is 12 x 15?\n"
        "Student: 12 x 15 = 180.\n"
        "Teacher: Good, well done.\n"
    )


@pytest.mark.parametrize(
    ("problem", "work", "not_named"),
    [
        (
            "A painter charges $0.50 per square foot for a wall 12 feet by 15 feet.",
            "The wall is 12 x 15 = 180 square feet, so 180 x 0.50 = $90.",
            "Quadrilaterals",
        ),
        (
            "Tommy can ride his bike in an area of 10 square blocks; his friend in 4 times that.",
            "His friend can ride in 10 x 4 = 40 square blocks.",
            "Quadrilaterals",
        ),
        (
            "Julia downloads a 1800 MB file at 20 MB per second on each of 5 computers.",
            "Julia can download 20 x 5 = 100 MB of data per second, so 1800 / 100 = 18 seconds.",
            "Sampling and study design",
        ),
        (
            "Sam has $10 and buys a drink for $3 and a snack for $1.50.",
            "I subtracted the total from the initial amount, $10 - $4.50 = $5.50.",
            "Exponential growth and decay",
        ),
        (
            "An 8 piece bucket of chicken feeds 6 people. How many buckets for 36 people?",
            "The bucket and 2 sides feed 6 people, so 36 / 6 = 6 buckets.",
            "Two- and three-dimensional shapes",
        ),
        (
            "Maria reads 12 pages a day for 15 days. How many pages does she read?",
            "I was confused about which pieces of information were relevant, but 12 x 15 = 180.",
            "Piecewise functions",
        ),
    ],
)
def test_an_everyday_sense_names_no_concept(problem: str, work: str, not_named: str) -> None:
    assert not_named not in _names(_dialogue(problem, work))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Teacher: What do we call a shape with four equal sides and four right angles?\n"
            "Student: A square has four equal sides, and a rectangle has opposite sides equal.\n"
            "Teacher: Yes! Both are quadrilaterals.\n",
            "Quadrilaterals",
        ),
        (
            "Teacher: How many sides does a pentagon have, and how many does a hexagon have?\n"
            "Student: A pentagon has 5 sides and a hexagon has 6 sides.\n"
            "Teacher: Correct, so a shape with 8 sides is an octagon.\n",
            "Two- and three-dimensional shapes",
        ),
        (
            "Teacher: f(x) is a piecewise function: x + 1 when x < 2 and 3x when x >= 2. Which "
            "piece do you use for f(5)?\n"
            "Student: The second piece, so f(5) = 15.\n"
            "Teacher: Right, the piecewise function uses 3x there.\n",
            "Piecewise functions",
        ),
        (
            "Teacher: The school surveyed a random sample of 50 students and collected data on "
            "their sleep. Is this an observational study?\n"
            "Student: Yes, they only collected data, there is no experiment.\n"
            "Teacher: Correct, it is an observational study with a random sample.\n",
            "Sampling and study design",
        ),
        (
            "Tutor: Are all the sides of the playground straight?\n"
            "Student: no\n"
            "Tutor: The sides are straight and not curved. Are all the sides connected?\n",
            "Two- and three-dimensional shapes",
        ),
        (
            "Tutor: This table contains real data on flu cases. Enter your data into your "
            "calculator. Should the early data be included or not?\n"
            "Student: I think it is no\n"
            "Tutor: We don't know if the early data was collected in a single year.\n",
            "Sampling and study design",
        ),
        (
            "Teacher: A room is 12 feet by 15 feet. What is its area in square feet?\n"
            "Student: 12 x 15 = 180 square feet.\n"
            "Teacher: Correct, the area is 180 square feet.\n",
            "Area and perimeter",
        ),
    ],
)
def test_the_topic_sense_still_counts(text: str, named: str) -> None:
    assert named in _names(text)
