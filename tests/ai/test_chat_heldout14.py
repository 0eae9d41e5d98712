"""A fourteenth held-out chat set, written for this test before it was run: interest said
with "per year" (simple) or "compounded" (compound, yearly, quarterly or monthly), interest
solved for the time or the rate, a speed asked in a named unit, yes/no comparisons of
temperatures and negatives, and the area of an equilateral triangle from its side.

Every expected answer was computed by hand: 2500 × 0.035 × 2 = 175; 1200 × 0.04 × 3 = 144;
1000 × 1.04² = 1081.60; 1000 × 1.005²⁴ ≈ 1127.16; 2000 × 1.01²⁰ ≈ 2440.38; 5000 × 1.005¹² ≈
5308.39; 150 ÷ (1000 × 0.05) = 3 years; 90 ÷ (500 × 0.06) = 3 years; 60 ÷ (800 × 3) = 2.5%;
240 ÷ (2000 × 4) = 3%; 3 miles ÷ 20 min = 4828.032 m ÷ 1200 s = 4.02336 m/s; 400 m ÷ 50 s =
8 m/s = 28.8 km/h; 15 km ÷ 45 min = 15000 m ÷ 2700 s ≈ 5.56 m/s; 6²√3/4 = 9√3 ≈ 15.59;
10²√3/4 = 25√3 ≈ 43.30; 4²√3/4 = 4√3 ≈ 6.93.

Questions with nothing to compute from (an equilateral triangle with no side, "my savings",
"my bank's rate", "my room") get no bold number; answers that were right stay right.

45 cases were run on the old code: 30 failed. A first round of 30 (the gaps above and close
variants): 18 failed ("per year" interest worked as compound, quarterly and monthly
compounding worked yearly, time and rate not solved, a speed given in mph or m/s when m/s or
km/h was asked, no equilateral area, no yes/no on temperatures or "higher than"). A second
round of 11, written after the rules to check they are general (other wordings, a regular
hexagon, "what is 7 more than -2" which was answered as a comparison): 9 failed. A third
round of 4, on gaps the second showed (the total asked after simple interest, money doubling
or tripling): 3 failed. Also computed by hand: 1000 + 1000 × 0.03 × 2 = 1060; 1 ÷ 0.05 = 20
years; 2 ÷ 25 = 8%; 500 × 0.02 × 3 = 30; 3000 × 0.05 × 4 = 600; 48 ÷ (400 × 0.04) = 3; 180
÷ (1500 × 2) = 6%; 120 × 1.609344 ÷ 2 = 96.56064 km/h; 90000 ÷ 5400 ≈ 16.7 m/s; 3√3 × 2² ÷
2 = 6√3 ≈ 10.39 m²; -2 + 7 = 5; 10 − 3 = 7.
"""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import NO_NUMBER, check_answer, never_says, reply, says

# (question, one of these forms, what it must never say)
ANSWERS: list[tuple[str, tuple[str, ...], str]] = [
    # interest with no word for compounding is simple interest, "per year" or not
    ("how much interest on $2500 at 3.5% per year for 2 years", ("**175",), "**about 178.06"),
    ("interest earned on $1200 at 4% a year for 3 years?", ("**144",), "**about 1349.84"),
    ("simple interest on $500 at 4% per year for 3 years", ("**60",), "**560"),
    # compounded: yearly, quarterly, monthly
    ("$1000 at 4% compounded annually for 2 years", ("**1081.60",), "**80"),
    ("$1000 at 6% compounded monthly for 2 years, how much is there", ("**about 1127.16",), "**1123.60"),
    ("if i invest $2000 at 4% compounded quarterly for 5 years how much will i have", ("**about 2440.38",), "**about 2433.31"),
    ("5000 dollars at 6% interest compounded monthly for 1 year", ("**about 5308.39",), "**5300"),
    ("a town of 2000 grows by 3% each year for 2 years", ("**2121.8",), "**2120"),
    # interest solved for the time or the rate
    ("how long until $1000 earns $150 at 5% simple interest", ("**3 years",), "**7.5"),
    ("how many years will it take for $500 to earn $90 in simple interest at 6%", ("**3 years",), "**2.7"),
    ("what rate gives $60 interest on $800 in 3 years", ("**2.5%",), "**1440"),
    ("at what interest rate will $2000 earn $240 in 4 years", ("**3%",), "**19200"),
    # a speed asked in a named unit
    ("3 miles in 20 minutes, what is the speed in m/s", ("**4.02336 m/s", "**≈ 4.02 m/s"), "**9 "),
    ("a runner does 400 m in 50 seconds, what is her speed in km/h", ("**28.8 km/h",), "**8 m/s"),
    ("i cycled 15 km in 45 minutes, what was my speed in m/s", ("**≈ 5.56 m/s",), "**20 km/h"),
    ("it took me 20 minutes to run 3 miles, what was my speed in mph", ("**9 mph", "**9 miles per hour"), "**60"),
    # the area of an equilateral triangle from its side
    ("area of an equilateral triangle with side 6", ("**$9 \\sqrt{3}$ ≈ 15.59",), "**18"),
    ("find the area of an equilateral triangle with sides of 10 cm", ("**$25 \\sqrt{3}$ ≈ 43.3 cm²",), "**50"),
    ("an equilateral triangle has side length 4, what is its area", ("**$4 \\sqrt{3}$ ≈ 6.93",), "**8"),
    ("perimeter of an equilateral triangle with side 5 cm", ("**$15$ cm",), "**5 "),
]  # fmt: skip

# a second round, written after the rules to check they are general: interest "per year" in
# other words, the time and rate solved in other wordings, a speed in other units, the area of
# a regular hexagon, "A more (or less) than B" asked as a number
SECOND: list[tuple[str, tuple[str, ...], str]] = [
    ("$3000 at 5% interest per year for 4 years, how much interest", ("**600",), "**about 646.52"),
    ("compound interest on $1000 at 10% for 2 years", ("**1210",), "**200"),
    ("how long will it take $400 to earn $48 at 4% simple interest", ("**3 years",), "**0.12"),
    ("find the rate if $1500 earns $180 interest in 2 years", ("**6%",), "**540"),
    ("a train covers 120 miles in 2 hours, what is its speed in km/h", ("**96.56064 km/h",), "**60 mph"),
    ("a car goes 90 km in 1 hour 30 minutes, what is its speed in m/s", ("**≈ 16.7 m/s",), "**60 km/h"),
    ("area of a regular hexagon with side 2 m", ("**$6 \\sqrt{3}$ ≈ 10.39 m²",), "**12"),
    ("what is 7 more than -2", ("**5",), "**-9"),
    ("what's 3 less than 10", ("**7",), "**13"),
]  # fmt: skip

# a third round, from gaps the second showed: the total asked after simple interest, and the
# time or the rate for money to double or triple at simple interest
THIRD: list[tuple[str, tuple[str, ...], str]] = [
    ("a savings account pays 3% annual interest, how much will i have after 2 years on $1000", ("**1060",), "**1060.90"),
    ("how long will it take for $1000 to double at 5% simple interest", ("**20 years",), "**50"),
    ("at what simple interest rate does money triple in 25 years", ("**8%",), "**4%"),
    ("how much interest will i earn on $500 at 2% for 3 years", ("**30",), "**530"),
]  # fmt: skip

# yes/no comparisons: the reply opens with the verdict
YES_NO: list[tuple[str, str]] = [
    ("is -5 colder than -2?", "Yes, -5° is colder than -2°"),
    ("is -1 degrees warmer than -10 degrees", "Yes, -1° is warmer than -10°"),
    ("is 3 colder than -4", "No, 3° is not colder than -4°"),
    ("is -3 greater than -7?", "Yes, -3 is bigger than -7"),
    ("is -3 higher than -7", "Yes, -3 is bigger than -7"),
    ("is -9 more than -4", "No, -9 is not bigger than -4"),
    ("is -10 degrees colder than -15 degrees", "No, -10° is not colder than -15°"),
]

# nothing to compute from: no bold number
UNPLACED: list[str] = [
    "what is the area of an equilateral triangle",
    "how long until my savings earn interest",
    "what interest rate does my bank give",
    "is my room colder than outside",
    "what is the area of a regular hexagon",
]


@pytest.mark.parametrize(("question", "expected", "never"), ANSWERS + SECOND + THIRD)
def test_the_value_asked_is_computed(question: str, expected: tuple[str, ...], never: str) -> None:
    check_answer(question, expected, never)


@pytest.mark.parametrize(("question", "expected"), YES_NO)
def test_yes_no_comparisons_are_answered(question: str, expected: str) -> None:
    text = reply(question)
    assert says(text, expected), text


@pytest.mark.parametrize("question", UNPLACED)
def test_nothing_to_compute_gets_no_number(question: str) -> None:
    text = reply(question)
    assert never_says(text, NO_NUMBER), text
