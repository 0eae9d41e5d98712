"""A thirteenth held-out chat set, written for this test before it was run: unit
conversions, averages, GCF and LCM, rounding, the order of operations typed loosely, simple
interest, speed, distance and time, percent change, fractions as percents, comparing
negatives, areas and perimeters of shapes named in words, concept questions and quizzes,
typed in lowercase with typos and no punctuation.

Every expected answer was computed by hand: 3 × 4 = 12 cups; 5 ÷ 1.609344 ≈ 3.1069 miles;
1.5 × 5280 = 7920 feet; 1.25 × 16 = 20 ounces; 1.5 × 60 = 90 minutes; 1.5 × 100 = 150
cm; 1.5 × 24 = 36 hours; (2.5 + 3.5 + 4) / 3 ≈ 3.3333; (4 − 2) / 2 = 1; gcf(42, 56) = 14;
lcm(9, 12, 15) = 180; 2/3 ≈ 0.67; 5/6 ≈ 0.8; 1/3 ≈ 0.33; 8 + 2 × 5 = 18; 3 + 4 × 2² = 19;
800 × 0.06 × 1.5 = 72; 45 × 2.5 = 112.5 miles; 3 ÷ (20/60) = 9 mph; 150 ÷ 2.5 = 60; 300 ÷
60 = 5 hours; (30 − 25) / 25 = 20%; 3/4 = 75%; 8 × 3 = 24 m²; 2.5² = 6.25 m²; 3 × 5 = 15
cm.

A question with nothing to compute from (the area of "my kitchen", "how far to the moon in
my car", cups in "a bag of flour") gets no bold number.

49 cases were written first; 21 failed on the old code: "a mile and a half" read as one mile
(7), a fraction rounded (3), negatives said in words (5, with the mean of "4 and negative
2"), a rectangle "8 m long and 3 m wide" and a square "2.5 m on each side" read as their area
(2), an equilateral triangle's perimeter, a speed from minutes then miles, a speed over "2 and
a half hours", and a time from a distance and a speed. A second round of 12, written after the
rules to check they are general (other units "and a half", a root rounded, "an hour and a
half", "find the time", a square "on a side", sums and differences of a negative said in
words): 11 failed on the old code. A third round of 5, on gaps the first two showed (the
GCF and the LCM asked together, two percents in one sum answered with the first alone, which
temperature is colder): 4 failed on the old code (it gave the LCM alone). 66 cases, 36
failed before.
"""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import NO_NUMBER, check_answer, check_quiz, never_says, reply, says

# (question, one of these forms, what it must never say)
ANSWERS: list[tuple[str, tuple[str, ...], str]] = [
    # unit conversions, an amount said "a mile and a half"
    ("how many cups in 3 quarts", ("**12 cups",), "**3 "),
    ("convert 5 km to miles", ("**about 3.1069 miles", "**3.11 miles"), "**5 "),
    ("how many feet is a mile and a half", ("**7920 feet", "**7,920 feet"), "**5280"),
    ("how many ounces in a pound and a quarter", ("**20 ounces",), "**16 "),
    ("how many minutes is an hour and a half", ("**90 minutes",), "**60 "),
    ("how many cm in a meter and a half", ("**150 centimeters",), "**100 "),
    ("how many inches in a foot and a half", ("**18 inches",), "**12 "),
    ("how many hours is a day and a half", ("**36 hours",), "**24 "),
    ("how many seconds is a minute and a half", ("**90 seconds",), "**60 "),
    ("how many tablespoons in a quarter cup", ("**4 tablespoons",), "**16 "),
    # averages
    ("what's the mean of 2.5, 3.5 and 4", ("**$\\frac{10}{3}$ ≈ 3.3333",), "**3.5"),
    ("average of -3, 5, and 10", ("**4",), "**6"),
    ("what's the mean of 4 and negative 2", ("**1",), "**3"),
    ("whats the avrage of 4 6 and 11", ("**7",), "**21"),
    # GCF and LCM
    ("what is the greatest common factor of 42 and 56", ("**14",), "**7"),
    ("least common multiple of 9, 12 and 15", ("**180",), "**540"),
    # rounding, a fraction rounded too
    ("round 2.675 to the nearest hundredth", ("**2.68",), "**2.67"),
    ("round 2/3 to the nearest hundredth", ("**0.67",), "**0.66"),
    ("round 5/6 to the nearest tenth", ("**0.8",), "**0.83"),
    ("round 1/3 to 2 decimal places", ("**0.33",), "**0.3 "),
    # the order of operations typed loosely
    ("what is 8 + 2 x 5", ("**18",), "**50"),
    ("whats 3 + 4 * 2 squared", ("**19",), "**196"),
    ("10 - 2 times 3", ("**4",), "**24"),
    # simple interest
    ("simple interest on $800 at 6% for 18 months", ("**72",), "**864"),
    # speed, distance, time
    ("a bus goes 45 mph for 2.5 hours how far does it go", ("**112.5 miles",), "**18"),
    (
        "it took me 20 minutes to run 3 miles, what was my speed in mph",
        ("**9 mph", "**9 miles per hour"),
        "**60",
    ),
    ("i drove 150 km in 2 and a half hours, what was my average speed", ("**60 km",), "**75"),
    ("the distance is 300 km and the speed is 60 km/h whats the time", ("**5 hours",), "**18000"),
    # percent change, fractions as percents
    ("what is the percent increase from 25 to 30", ("**20% increase",), "**16"),
    ("what's 3/4 as a percent", ("**$75\\%$",), "**0.75"),
    ("write 2/5 as a percent", ("**$40\\%$",), "**0.4"),
    # areas and perimeters of shapes named in words
    ("area of a rectangle that is 8 m long and 3 m wide", ("**$24$ m²",), "**8 "),
    ("area of a square that is 2.5 m on each side", ("**$6.25$ m²", "**$\\frac{25}{4}$"), "**1.58"),
    ("perimeter of an equilateral triangle with side 5 cm", ("**$15$ cm",), "**5 "),
    ("area of a right triangle with base six and height eight", ("**$24$",), "**48"),
    ("perimeter of a rectangle with length 12 and width 7", ("**$38$",), "**84"),
]

# a second round, written after the rules to check they are general: other units "and a
# half", a root and an improper fraction rounded, a speed over "an hour and a half" or with the
# time first, a time "found", a square "on a side", "that's ... long", and arithmetic on a
# negative said in words
SECOND: list[tuple[str, tuple[str, ...], str]] = [
    ("how many inches is a yard and a half", ("**54 inches",), "**36 "),
    ("how many pints in 2 gallons and a half", ("**20 pints",), "**16 "),
    ("round 7/9 to the nearest tenth", ("**0.8",), "**0.7"),
    ("round the square root of 50 to the nearest whole number", ("**7",), "**50"),
    ("it took her 45 minutes to cycle 12 km, what was her speed", ("**16 km/h",), "**12"),
    ("we drove 90 miles in an hour and a half what was our average speed", ("**60 mph",), "**90"),
    ("the distance was 240 miles and our speed was 60 mph, find the time", ("**4 hours",), "**240"),
    ("what's the area of a square that is 9 cm on a side", ("**$81$ cm²",), "**3"),
    ("area of a rectangle that's 12 ft long and 5 ft wide", ("**$60$ ft²",), "**12 "),
    ("add negative 7 and 3", ("**-4",), "**10"),
    ("subtract negative 4 from 10", ("**14",), "**6"),
]

# a third round, from gaps the first two showed: the GCF and the LCM asked together, two
# percents in one sum, and which of two temperatures is colder or warmer
THIRD: list[tuple[str, tuple[str, ...], str]] = [
    ("gcf and lcm of 8 and 12", ("**4",), "**96"),
    ("gcf and lcm of 8 and 12", ("**24",), "**96"),
    ("whats 15% of 200 plus 20% of 50", ("**40",), "**30"),
    ("which is colder, -12 degrees or -8 degrees", ("**-12",), "**-8"),
    ("which temperature is warmer, -2 or -9", ("**-2",), "**-9"),
]

# comparing negatives, said with signs or in words: the reply names the answer first
COMPARE: list[tuple[str, str]] = [
    ("which is bigger -7 or -3", "-3 is bigger than -7"),
    ("what's bigger, negative 4 or negative 9", "-4 is bigger than -9"),
    ("is negative 8 bigger than negative 3", "No, -8 is not bigger than -3"),
    ("is negative 12 less than negative 20", "No, -12 is not smaller than -20"),
    ("which is less, negative 6 or negative 2", "-6 is smaller than -2"),
    ("what's bigger, negative 2 or 1", "1 is bigger than -2"),
]

# concept questions answered from the knowledge base
CONCEPTS: list[tuple[str, str]] = [
    ("explain what a ratio is", "Ratios** ("),
    ("whats the difference between mean and median", "Measures of center** ("),
    ("whats the diffrence between a prime and a composite number", "prime number"),
]

# a quiz asked for by overlapping words
QUIZZES: list[tuple[str, str]] = [
    ("quiz me on rounding", "round"),
    ("can u test me on fractions", "fraction"),
]

# nothing to compute from: no bold number
UNPLACED: list[str] = [
    "what is the area of my kitchen",
    "how far is it to the moon in my car",
    "how many cups in a bag of flour",
]


@pytest.mark.parametrize(("question", "expected", "never"), ANSWERS + SECOND + THIRD)
def test_the_value_asked_is_computed(question: str, expected: tuple[str, ...], never: str) -> None:
    check_answer(question, expected, never)


@pytest.mark.parametrize(("question", "expected"), COMPARE)
def test_negatives_are_compared(question: str, expected: str) -> None:
    text = reply(question)
    assert says(text, expected), text


@pytest.mark.parametrize(("question", "expected"), CONCEPTS)
def test_concepts_come_from_the_knowledge_base(question: str, expected: str) -> None:
    text = reply(question)
    assert says(text, expected), text


@pytest.mark.parametrize(("request_text", "topic"), QUIZZES)
def test_a_quiz_is_on_the_words_asked(request_text: str, topic: str) -> None:
    check_quiz(request_text, topic)


@pytest.mark.parametrize("question", UNPLACED)
def test_nothing_to_compute_gets_no_number(question: str) -> None:
    text = reply(question)
    assert never_says(text, NO_NUMBER), text
