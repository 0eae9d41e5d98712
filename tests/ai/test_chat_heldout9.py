"""A ninth held-out chat set, written for this test before it was run: what a K-12 or
early-college student types between sessions (lowercase, "can u", "whats", no question
mark, a typo now and then). Grade-school word problems (change from a payment, a unit
price, sharing with a remainder, fuel used per 100 km, a mixed number of hours in minutes,
ages, work done together), fractions, decimals and percents (a change as a percent, a
discount then a tax, decimals ordered), algebra (linear and two-step equations, a system
of two, factoring, expanding, a slope from two points, an expression at a value),
geometry with units and Pythagoras, the mean, median, mode and range of a list, science
and programming concepts the knowledge base holds, and "quiz me on X".

Every expected answer was computed by hand: $20 − $13.45 = $6.55; 8 L/100 km × 250 km =
20 L; 2¾ h = 165 min; 45 × 1.08 = 48.60; Tom 3s, sister s, s + 4 + 3s + 4 = 40 so s = 8
and Tom is 24; two pumps of 6 h and 3 h fill 1/6 + 1/3 = 1/2 tank an hour, 2 h together.

17 of the 77 cases written first failed on the code before the rules they name were
written (change from a payment, a pack's unit price, fuel per 100 km, a mixed number of
hours or minutes, hours in hours and minutes, two age problems, two work-rate problems,
a score "out of" asked as a percent, an average of a list typed with spaces, "a stack in
programming", sharing with a remainder twice); the others guard behaviour that already
held. Two expectations were corrected before that count, not the engine: 7/8 is written
"$87.5\\%$", and the quiz on mean, median and mode is the concept measures_of_center. 9
cases were added while the rules were written, to check they are general; 7 of those
failed on the old code. 6 more (money split evenly, groups of a size, two named doers,
what is left after spending) were added with a second round of rules; all 6 failed on the
old code: 30 of 92 in all.

Each case lists texts one of which the reply must hold (check_answer) or all of which it
must hold (check_all): one written "**v" must appear inside a bold span (the answer line)
with no digit running on either side; any other text must appear as is."""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import FALLBACK, check_all, check_answer, check_quiz, reply, says

# (question, one of these forms, what it must never say)
ANSWERS: list[tuple[str, tuple[str, ...], str]] = [
    # money, change and unit prices
    ("i had $20 and bought a book for $13.45 how much change do i get", ("**6.55",), FALLBACK),
    ("if 5 pencils cost $2.35 how much is one pencil", ("**0.47",), FALLBACK),
    ("a 12 pack of soda costs $4.80 whats the price per can", ("**0.40", "**0.4"), FALLBACK),
    ("i paid with a $50 bill for 3 books at $11.99 each how much change", ("**14.03",), FALLBACK),
    ("apples are $1.20 a pound how much for 3.5 pounds", ("**4.20", "**4.2"), FALLBACK),
    # fuel used per 100 km
    (
        "my car uses 8 litres per 100 km how much fuel for 250 km",
        ("**20 litres", "**20 L", "**20"),
        FALLBACK,
    ),
    ("a car uses 6.5 L per 100 km. how many litres for 340 km", ("**22.1",), FALLBACK),
    # a mixed or decimal number of hours in minutes
    ("2 and three quarter hours in minutes", ("**165",), FALLBACK),
    ("how many minutes is 1 3/4 hours", ("**105",), FALLBACK),
    ("whats 3.2 hours in hours and minutes", ("**3 hours 12 minutes",), FALLBACK),
    ("how many seconds in 2 and a half minutes", ("**150",), FALLBACK),
    # ages
    (
        "sara is 5 years older than ben. the sum of their ages is 29. how old is ben",
        ("**12",),
        "**17",
    ),
    (
        "tom is 3 times as old as his sister. in 4 years their ages will add up to 40. how old is tom now",
        ("**24",),
        FALLBACK,
    ),
    # rates of work
    (
        "one pump fills a tank in 6 hours and another in 3 hours how long if they work together",
        ("**2 hours", "**2"),
        "**9",
    ),
    ("if 4 workers paint a fence in 6 hours how long would 3 workers take", ("**8",), "**4.5"),
    ("a printer prints 45 pages in 3 minutes how many pages in 10 minutes", ("**150",), FALLBACK),
    # percents
    ("a shirt went from $40 to $50 whats the percent increase", ("**25%",), "**20%"),
    ("the price dropped from 80 to 60 whats the percent decrease", ("**25%",), "**33"),
    (
        "a $60 jacket is 25% off and then 8% tax is added whats the final price",
        ("**48.60", "**48.6"),
        "**45",
    ),
    ("whats 15% of 80", ("**12",), FALLBACK),
    ("a town of 2000 people grows by 15% whats the new population", ("**2300",), FALLBACK),
    ("i got 42 out of 50 on my test whats my percent", ("**84%",), FALLBACK),
    ("40 is 20% of what number", ("**200",), FALLBACK),
    ("convert 7/8 to a percent", ("**87.5%", "87.5\\%"), FALLBACK),
    # fractions and decimals
    ("which is bigger 0.45 or 0.405", ("0.45 is bigger than 0.405",), "0.405 is bigger"),
    ("whats 2/3 + 3/4", ("**17/12", "\\frac{17}{12}", "1 5/12"), FALLBACK),
    ("what is 5/6 - 1/4", ("**7/12", "\\frac{7}{12}"), FALLBACK),
    ("what is 3 1/2 times 2/5", ("**7/5", "\\frac{7}{5}", "**1.4", "1 2/5"), FALLBACK),
    # linear and two-step equations
    ("solve 3x + 7 = 22", ("x = 5",), FALLBACK),
    ("solve for x: 5x - 4 = 2x + 11", ("x = 5",), FALLBACK),
    ("2(x - 3) = 10 solve", ("x = 8",), FALLBACK),
    ("can u solve x/4 + 3 = 7", ("x = 16",), FALLBACK),
    ("solve x^2 - 5x + 6 = 0", ("x = 2 or x = 3",), FALLBACK),
    # expressions
    ("factor x^2 - 9", ("(x - 3)(x + 3)", "(x + 3)(x - 3)"), FALLBACK),
    ("factor x^2 + 8x + 15", ("(x + 3)(x + 5)", "(x + 5)(x + 3)"), FALLBACK),
    ("expand (x+3)(x-5)", ("x^{2} - 2 x - 15", "x^2 - 2x - 15"), FALLBACK),
    ("expand 3(2x - 4)", ("6 x - 12", "6x - 12"), FALLBACK),
    ("simplify 4x + 3 - 2x + 5", ("2 x + 8", "2x + 8"), FALLBACK),
    ("evaluate 3x^2 - 2x when x = 4", ("**40",), FALLBACK),
    ("what is 2a + 5b if a = 3 and b = -2", ("**-4", "**−4"), FALLBACK),
    # slope from two points
    ("whats the slope between (1, 2) and (5, 14)", ("**3",), FALLBACK),
    ("find the slope through (-2, 7) and (2, -1)", ("**-2", "**−2"), FALLBACK),
    # geometry with units
    ("area of a rectangle 8 cm by 5 cm", ("**40",), FALLBACK),
    ("whats the perimeter of a rectangle 12 m long and 7 m wide", ("**38",), "**84"),
    ("volume of a box 4 cm by 3 cm by 10 cm", ("**120",), FALLBACK),
    ("area of a circle with radius 5 cm", ("**78.54", "**78.5", "**25\\pi", "**25π"), FALLBACK),
    (
        "circumference of a circle with diameter 10",
        ("**31.42", "**31.4", "**10\\pi", "**10π"),
        "**314",
    ),
    ("area of a triangle base 10 in height 7 in", ("**35",), "**70"),
    ("perimeter of a square with side 9 cm", ("**36",), "**81"),
    ("a right triangle has legs 6 and 8 whats the hypotenuse", ("**10",), FALLBACK),
    (
        "a 13 ft ladder leans on a wall with its foot 5 ft from the wall how high does it reach",
        ("**12",),
        FALLBACK,
    ),
    # statistics of a list
    ("find the mean of 4, 8, 15, 16, 23, 42", ("**18",), FALLBACK),
    ("median of 7 3 9 1 5 8", ("**6",), "**5"),
    ("whats the mode of 2, 4, 4, 5, 7, 4, 2", ("**4",), FALLBACK),
    ("range of 12, 5, 19, 8, 3", ("**16",), FALLBACK),
    ("my test scores are 85 90 78 and 92 whats my average", ("**86.25",), FALLBACK),
    # added while the rules were written, to check they are general
    (
        "she gave the cashier $10 for a sandwich for $4.25 and a drink for $1.50 whats her change",
        ("**4.25",),
        "**5.75",
    ),
    (
        "mia is twice as old as her brother. their ages add up to 18. how old is mia",
        ("**12",),
        "**6",
    ),
    (
        "amy can mow the lawn in 4 hours and ben can mow it in 3 hours. how long will it take them together",
        ("**1 5/7",),
        "**7 hours",
    ),
    ("6 people build a wall in 10 days how many days for 4 people", ("**15",), "**6.67"),
    ("convert 75 inches to feet and inches", ("**6 feet 3 inches",), FALLBACK),
    ("3 teachers for every 40 students how many teachers for 200 students", ("**15",), FALLBACK),
    ("if i walk 4 km in 1 hour how long to walk 10 km", ("**2.5 hours",), "**0.4"),
    # added after a second round of rules (money split evenly, groups of a size, two named
    # doers, what is left after spending)
    ("split a $45 bill between 4 friends how much each", ("**11.25",), FALLBACK),
    ("how much does each person pay if 5 people share $62", ("**12.40",), FALLBACK),
    ("pipe a fills a pool in 4 hours and pipe b in 6 hours how long together", ("**2.4",), "**10"),
    ("you have $5 and spend $3.20 how much do you have left", ("**1.80",), FALLBACK),
    ("i bought 2 pizzas at $8.50 each and paid with $20 how much change", ("**3",), "**17"),
]

# (question, what the reply must all say, what it must never say)
ALL_PARTS: list[tuple[str, tuple[str, ...], str]] = [
    ("solve the system x + y = 10 and x - y = 2", ("x = 6", "y = 4"), FALLBACK),
    ("solve 2x + 3y = 12 and x - y = 1", ("x = 3", "y = 2"), FALLBACK),
    ("mean median and mode of 3, 5, 5, 6, 9", ("5.6", "mode"), FALLBACK),
    # concepts the knowledge base holds, named or asked about as students do
    ("whats newtons second law", ("Newton's second law", "acceleration"), FALLBACK),
    ("explain ohms law", ("Ohm's law", "resistance"), FALLBACK),
    ("what is a stack in programming", ("Stacks", "last"), FALLBACK),
    ("can u explain recursion", ("Recursion", "base case"), FALLBACK),
    ("what is a dictionary in python", ("Dictionaries", "key"), FALLBACK),
    ("what is cellular respiration", ("Cellular respiration", "ATP"), FALLBACK),
    ("how does a for loop work", ("For loops",), FALLBACK),
    ("what is big o notation", ("Big O notation",), FALLBACK),
    ("explain the water cycle", ("Water cycle", "evaporat"), FALLBACK),
    ("whats momentum", ("Momentum", "mass"), FALLBACK),
    ("what is a queue in coding", ("Queues", "first"), FALLBACK),
    ("what are ionic bonds", ("Ionic bonding", "electron"), FALLBACK),
]

# sharing with a remainder: the remainder must be named too
REMAINDERS: list[tuple[str, str, str]] = [
    (
        "24 cookies shared equally among 5 kids how many does each get and how many are left",
        "4",
        "4",
    ),
    ("share 17 stickers between 3 friends, how many are left over", "5", "2"),
    ("26 students into groups of 4 how many groups and how many left over", "6", "2"),
    (
        "if 50 students go on buses that hold 12 each how many full buses and how many left over",
        "4",
        "2",
    ),
]

QUIZZES = [
    ("quiz me on percent increase", "percent"),
    ("can u quiz me on the pythagorean theorem", "pythagorean"),
    ("quiz me on systems of equations", "systems"),
    ("test me on newtons laws", "newton"),
    ("give me a quiz on mean median and mode", "measures_of_center"),
]


@pytest.mark.parametrize(("question", "forms", "never"), ANSWERS)
def test_a_heldout_question_gets_its_computed_answer(
    question: str, forms: tuple[str, ...], never: str
) -> None:
    check_answer(question, forms, never)


@pytest.mark.parametrize(("question", "expected", "never"), ALL_PARTS)
def test_a_heldout_question_gets_every_part_of_its_answer(
    question: str, expected: tuple[str, ...], never: str
) -> None:
    check_all(question, expected, never)


@pytest.mark.parametrize(("question", "share", "left"), REMAINDERS)
def test_sharing_equally_names_the_share_and_the_remainder(
    question: str, share: str, left: str
) -> None:
    text = reply(question)
    low = text.lower()
    assert says(text, f"**{share}"), text
    assert f"{left} left" in low or f"remainder {left}" in low or f"remainder of {left}" in low, (
        text
    )


@pytest.mark.parametrize(("request_", "topic"), QUIZZES)
def test_a_quiz_is_on_the_asked_subject_and_graded(request_: str, topic: str) -> None:
    check_quiz(request_, topic)
