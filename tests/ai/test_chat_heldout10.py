"""A tenth held-out chat set, written for this test before it was run: what a grade 3-10
student types into a study chat (lowercase, no question mark, a typo now and then, numbers
as words sometimes). Multi-step grade-school word problems (saving per week toward a goal,
pages per day, a sale price, a tip, a unit price scaled up, a percent change, a fraction of
a quantity and what is left, an average and the score still needed, groups and a
remainder, pay per hour over weeks), pre-algebra and algebra (linear equations, a system of
two, simplify, expand, factor, an expression at a value), geometry (area, perimeter,
volume, Pythagoras, angles), conversions, concepts the knowledge base holds, and questions
with a number missing, which must ask for it or explain the method rather than state a
number.

Every expected answer was computed by hand: $180 ÷ $15 = 12 weeks; ($100 − $20) ÷ $8 = 10
weeks; 3 × 12 + 2 × 25 = 86; 12 × 25 × 4 = 1200; 100 − 25 − 30 = 45; 12 + 17 = 29;
45 × 2 + 60 × 1 = 150 miles; 5 × 87 − 4 × 85 = 95; 3x + 2y = 16 and x + y = 6 give x = 4,
y = 2; 2(−2)² + 3(−2) − 5 = −3; (6 + 10) ÷ 2 × 4 = 32; π × 3² × 10 ≈ 282.74 cm³;
(68 − 32) × 5/9 = 20 °C.

70 cases were written first; 18 of them failed on the old code (saving toward a goal twice,
pages per day, pay per hour over hours a week (the old reply said 8064 dollars), two items
bought at their own prices, "pens 4 for $3", "twelve friends each pay five dollars", a
quarter or 3/4 of an amount taken away (the old replies said 65 and 113), a percent
decrease said "was ... now", the rest of a group after a fraction or percent of it, the
fraction of a pizza left, "5 more than", the score needed for a target average, dozens,
"when x is 5", the third angle of a triangle). Two expectations were corrected before that
count, not the engine: a price is written "20.00" and a factor "2x·(x + 3)". 17 cases were
added while the rules were written, to check they are general (16 failed on the old code),
and 3 that a missing number is asked for with the method (all 3 failed). A second round of
13 questions, probed after that and answered by new rules (groups of a size asked without
a remainder, how many a budget buys, miles "on" gallons, a side from a perimeter or area and
the other side, a ratio of two counts, a price list and an order, amounts said one after
another "in all"), all 13 failed on the old code. A third round of 10 (a half or a fraction
given away without "of", which the old code skipped to answer 21 for 9; a part of a group
said with a verb, "1/3 of them take the bus", or asked "are not cows"; "marks up a $40 item
by 25%"; "a bus ride costs $2.75"; two numbers from their sum and difference or ratio) all
failed on the old code, and a tank "40% full" must not be read as inches (it held before).
A fourth round of 8 (a price list with a monthly fee or a daily rate, which must all be
used; a perimeter given and the area asked; "20% of his $250 paycheck"; an age said outright
and the other moved "in 5 years" or "2 years ago"), 6 of which failed on the old code, and
a guard that a monthly fee is not multiplied by a count of texts. Last, 6 stories with a part
or a number the rules do not read, which must get no number (every rule above reads every
number of its story or answers nothing); 2 of them got a wrong number from the old code
("half as much as", "2 times a day"). Then 2 stories of change after items bought and 2 more
unread ones (a printer that jams, a stop on a trip), where the old code gave a wrong number
for all 4. Last, 2 more unread stories ("got into a fight with 3 friends" is no gain; a pack
of 50 cards in a money story is no price), both given a wrong number by the old code: 135
cases, 74 failed before. Then 3 where an equation is given and another expression asked
("if 2x + 3 = 11 what is 4x"), which the old code answered with x alone, and 2 rates asked
"in a week" or "in a day" (both failed): 140 cases, 79 failed before."""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import (
    FALLBACK,
    NO_NUMBER,
    check_all,
    check_answer,
    never_says,
    reply,
    says,
)

# (question, one of these forms, what it must never say)
ANSWERS: list[tuple[str, tuple[str, ...], str]] = [
    # saving, reading and working toward a goal
    (
        "i want a bike that costs $180 and i save $15 a week how many weeks until i can buy it",
        ("**12",),
        FALLBACK,
    ),
    (
        "lisa has $20 and saves $8 every week. how many weeks until she has $100",
        ("**10",),
        "**12.5",
    ),
    ("a book has 240 pages if i read 30 pages a day how many days to finish", ("**8",), FALLBACK),
    ("a runner runs 5 km every day how many km in 3 weeks", ("**105",), "**15"),
    (
        "maria earns $12 an hour and works 25 hours a week how much does she make in 4 weeks",
        ("**1200", "**1,200"),
        "**300",
    ),
    # buying things, discounts and tips
    (
        "john buys 3 shirts at $12 each and 2 pants at $25 each how much does he spend",
        ("**86",),
        FALLBACK,
    ),
    ("a jacket costs $80 and is 20% off how much do i pay", ("**64",), "**16"),
    ("our bill was $45 and we want to leave a 20% tip how much is the tip", ("**9",), FALLBACK),
    ("dinner cost $60 plus a 15% tip whats the total", ("**69",), "**9"),
    ("if 3 notebooks cost $7.50 how much do 8 notebooks cost", ("**20", "**20.00"), FALLBACK),
    ("a store sells pens 4 for $3 how much for 20 pens", ("**15",), FALLBACK),
    ("twelve friends each pay five dollars for a gift how much money is that", ("**60",), FALLBACK),
    (
        "i have $100. i spend a quarter of it on a game and $30 on clothes how much is left",
        ("**45",),
        FALLBACK,
    ),
    ("a phone costs $240 and the price goes up by 15% whats the new price", ("**276",), "**36"),
    # percent change and percents of a quantity
    (
        "the number of students went from 250 to 300 whats the percentage increase",
        ("**20%",),
        "**50",
    ),
    ("a tv was $500 and now its $400 by what percent did the price go down", ("**20%",), "**25%"),
    ("whats 35% of 260", ("**91",), FALLBACK),
    ("in a class of 30 students 40% are boys how many are girls", ("**18",), "**12"),
    # fractions of a quantity
    (
        "there are 36 students in a class and 2/3 of them are girls how many boys are there",
        ("**12",),
        "**24",
    ),
    ("a farmer has 120 apples and sells 3/4 of them how many are left", ("**30",), "**90"),
    (
        "a pizza is cut into 8 slices and i eat 3 what fraction is left",
        ("**5/8", "\\frac{5}{8}"),
        FALLBACK,
    ),
    # comparisons, totals and averages
    (
        "sam has 5 more marbles than tim. tim has 12 marbles. how many do they have together",
        ("**29",),
        "**17",
    ),
    ("what is the average of 12, 15, 18 and 21", ("**16.5",), FALLBACK),
    (
        "my average on 4 tests is 85 what do i need on the 5th test to get an average of 87",
        ("**95",),
        FALLBACK,
    ),
    ("how many dozen is 48 eggs", ("**4",), FALLBACK),
    # distance, speed and time
    ("a train travels 180 miles in 3 hours whats its speed", ("**60",), FALLBACK),
    ("how long does it take to drive 210 km at 70 km/h", ("**3 hours", "**3"), FALLBACK),
    (
        "a car goes 45 mph for 2 hours and then 60 mph for 1 hour how far did it go in total",
        ("**150",),
        FALLBACK,
    ),
    (
        "a recipe needs 3 cups of flour for 12 cookies how much flour for 36 cookies",
        ("**9",),
        FALLBACK,
    ),
    # equations and expressions
    ("solve 4x - 9 = 3x + 2", ("x = 11",), FALLBACK),
    ("solve 7 - 2x = 15", ("x = -4", "x = −4"), FALLBACK),
    ("solve for y 3y/2 = 12", ("y = 8",), FALLBACK),
    ("solve x^2 = 49", ("x = -7 or x = 7", "x = ±7", "x = −7 or x = 7"), FALLBACK),
    ("simplify 3(x + 4) - 2x", ("x + 12",), FALLBACK),
    ("expand (2x + 1)^2", ("4 x^{2} + 4 x + 1", "4x^2 + 4x + 1"), FALLBACK),
    ("factor x^2 - 7x + 12", ("(x - 4)(x - 3)", "(x - 3)(x - 4)"), FALLBACK),
    ("factor 2x^2 + 6x", ("2 x (x + 3)", "2x(x + 3)", "2x·(x + 3)"), FALLBACK),
    ("evaluate 2x^2 + 3x - 5 when x = -2", ("**-3", "**−3"), FALLBACK),
    ("if y = 3x - 4 what is y when x is 5", ("**11",), FALLBACK),
    ("what is 5 squared plus 3 cubed", ("**52",), FALLBACK),
    # geometry
    ("area of a trapezoid with bases 6 and 10 and height 4", ("**32",), "**240"),
    (
        "volume of a cylinder with radius 3 cm and height 10 cm",
        ("**282.74", "**282.7", "**90\\pi", "**90π"),
        FALLBACK,
    ),
    ("what is the hypotenuse if the legs are 5 and 12", ("**13",), FALLBACK),
    (
        "a right triangle has a hypotenuse of 10 and one leg is 6 find the other leg",
        ("**8",),
        "**11.66",
    ),
    ("two angles of a triangle are 50 and 60 degrees whats the third angle", ("**70",), FALLBACK),
    ("what is the supplement of a 35 degree angle", ("**145",), "**55"),
    ("perimeter of a triangle with sides 7, 8 and 10", ("**25",), FALLBACK),
    ("volume of a cube with side 4 cm", ("**64",), "**16"),
    ("area of a square garden with side length 12 feet", ("**144",), "**48"),
    (
        "whats the area of a circle with a diameter of 10 m",
        ("**78.54", "**78.5", "**25\\pi", "**25π"),
        "**314",
    ),
    # conversions
    ("how many centimeters in 3.5 meters", ("**350",), FALLBACK),
    ("convert 5 km to meters", ("**5000", "**5,000"), FALLBACK),
    ("how many ounces in 3 pounds", ("**48",), FALLBACK),
    ("convert 2.5 liters to milliliters", ("**2500", "**2,500"), FALLBACK),
    ("how many hours is 150 minutes", ("**2.5", "**2 hours 30 minutes"), FALLBACK),
    ("convert 68 fahrenheit to celsius", ("**20",), FALLBACK),
    ("how many feet are in 4 yards", ("**12",), FALLBACK),
]

# added while the rules were written, to check they are general
GENERAL: list[tuple[str, tuple[str, ...], str]] = [
    ("a game costs $50 and i save $8 a week how many weeks do i need", ("**7 weeks",), "**6.25"),
    ("a worker earns $15 an hour. how many hours to earn $120", ("**8 hours",), FALLBACK),
    (
        "i have read 60 pages of a 300 page book. if i read 40 pages a day how many more days",
        ("**6 days",),
        "**7.5",
    ),
    (
        "a machine makes 40 toys an hour and runs 8 hours a day how many toys in 5 days",
        ("**1600",),
        "**4800",
    ),
    ("apples are 3 for $2 how much for 12 apples", ("**8",), FALLBACK),
    ("5 kids each gave $3 for a present how much did they collect", ("**15",), FALLBACK),
    ("she had 40 cards and gave away 25% of them how many does she have now", ("**30",), "**15"),
    (
        "a cake was cut into 12 pieces. we ate 5 and gave away 3. how many pieces are left",
        ("**4",),
        FALLBACK,
    ),
    ("25 people and 3/5 are adults how many kids", ("**10",), "**15"),
    ("a bag has 40 marbles and 1/4 of them are red how many are red", ("**10",), "**30"),
    (
        "ana has twice as many stickers as leo, who has 9. how many stickers do they have altogether",
        ("**27",),
        "**18",
    ),
    ("mia has $4 less than her brother. he has $15. how much does mia have", ("**11",), "**19"),
    (
        "after 3 quizzes my mean score is 80. what score do i need on the next quiz to have an average of 82",
        ("**88",),
        FALLBACK,
    ),
    ("how many eggs in 3 dozen", ("**36",), FALLBACK),
    ("a triangle has angles 40 and 75 find the third angle", ("**65",), FALLBACK),
    ("evaluate 2x^2 + 1 when x is 3", ("**19", "**$19$"), FALLBACK),
]

# a second round of questions probed after the first commit, and the rules they called for
SECOND_ROUND: list[tuple[str, tuple[str, ...], str]] = [
    ("a baker makes 48 muffins and puts them in boxes of 6 how many boxes", ("**8",), FALLBACK),
    ("pack 50 eggs in cartons of 12 how many cartons", ("**4 full",), "**4.17"),
    ("if a pen costs $1.25 how many pens can i buy with $10", ("**8",), FALLBACK),
    ("notebooks are $3 each. i have $20 how many notebooks can i buy", ("**6",), "**6.67"),
    ("a car travels 240 miles on 8 gallons of gas. how many miles per gallon", ("**30",), FALLBACK),
    (
        "a truck went 300 km using 25 liters of fuel how far can it go on 40 liters",
        ("**480",),
        FALLBACK,
    ),
    (
        "a rectangle has a perimeter of 30 cm and a length of 9 cm whats the width",
        ("**$6$", "**6"),
        FALLBACK,
    ),
    (
        "the area of a triangle is 24 and its base is 8 what is the height",
        ("**$6$", "**6"),
        FALLBACK,
    ),
    ("a class has 12 boys and 18 girls what is the ratio of boys to girls", ("**2:3",), FALLBACK),
    (
        "a shirt costs $25 and pants cost $40. if i buy 2 shirts and 1 pants how much do i pay",
        ("**90",),
        "**65",
    ),
    (
        "tickets cost $8 for adults and $5 for kids. how much for 2 adults and 3 kids",
        ("**31",),
        FALLBACK,
    ),
    (
        "a burger is $6.50 and fries are $2.25 how much for 2 burgers and 3 fries",
        ("**19.75",),
        FALLBACK,
    ),
    (
        "jen ran 3 miles on monday, 4 miles on tuesday and 5 miles on wednesday. how many miles did she run in all",
        ("**12",),
        FALLBACK,
    ),
]

# a third round, probed after the second commit
THIRD_ROUND: list[tuple[str, tuple[str, ...], str]] = [
    (
        "emma has 24 candies. she gives half to her brother and then eats 3. how many does she have left",
        ("**9",),
        "**21",
    ),
    ("he had 30 marbles and gave 1/3 to his friend how many are left", ("**20",), "**27"),
    (
        "a school has 450 students and 1/3 of them take the bus. how many students take the bus",
        ("**150",),
        FALLBACK,
    ),
    (
        "a school has 450 students and 1/3 of them take the bus. how many students do not take the bus",
        ("**300",),
        "**150",
    ),
    (
        "a farm has 80 animals and 25% of them are cows how many animals are not cows",
        ("**60",),
        "**20",
    ),
    ("of 200 people surveyed 35% like pizza how many like pizza", ("**70",), FALLBACK),
    ("a store marks up a $40 item by 25% what is the new price", ("**50",), "**30"),
    ("a bus ride costs $2.75. how much for 10 rides", ("**27.50",), FALLBACK),
    (
        "the sum of two numbers is 30 and their difference is 6 what are the numbers",
        ("**18 and 12",),
        FALLBACK,
    ),
    (
        "two numbers add up to 40 and one is 3 times the other what are they",
        ("**30 and 10",),
        FALLBACK,
    ),
]

# a fourth round, probed after the third commit
FOURTH_ROUND: list[tuple[str, tuple[str, ...], str]] = [
    (
        "a phone plan costs $30 a month plus $0.10 per text. how much for a month with 200 texts",
        ("**50",),
        "**20",
    ),
    (
        "a car rental is $40 per day plus $0.25 per mile. how much for 3 days and 100 miles",
        ("**145",),
        FALLBACK,
    ),
    ("one pencil costs $0.25 how much do 12 cost", ("**3",), FALLBACK),
    ("the perimeter of a square is 48 cm whats the area", ("**$144$", "**144"), "**$12$"),
    ("jake saves 20% of his $250 paycheck how much does he save", ("**50",), FALLBACK),
    (
        "mark is 4 years older than his sister. if his sister is 9 how old will mark be in 5 years",
        ("**18",),
        "**13",
    ),
    ("anna is 3 times as old as her son. her son is 8. how old is anna", ("**24",), FALLBACK),
    (
        "tim is 6 years younger than his brother. his brother is 15. how old was tim 2 years ago",
        ("**7",),
        "**9",
    ),
]

# a fifth round: change after items "that cost" a price each, or named in three words
FIFTH_ROUND: list[tuple[str, tuple[str, ...], str]] = [
    (
        "she had $20 and bought 3 pens that cost $1.50 each and a notebook that cost $4. how much money does she have left",
        ("**11.50",),
        "**14.50",
    ),
    (
        "he bought 2 pairs of shoes for $30 each and 3 hats for $12 each and gave the cashier $100. how much change",
        ("**4 dollars",),
        "**34",
    ),
]
# an equation given, another expression asked: the expression's value, not only x
GIVEN: list[tuple[str, tuple[str, ...], str]] = [
    ("if 2x + 3 = 11 what is 4x", ("**16",), FALLBACK),
    ("if 3x = 12 what is x + 5", ("**9",), FALLBACK),
    ("given that 5y - 2 = 13, find y^2", ("**9",), FALLBACK),
]
# a rate per day asked "in a week" (one of a bigger unit of time)
IN_ONE: list[tuple[str, tuple[str, ...], str]] = [
    ("i study 2 hours a day how many hours is that in a week", ("**14",), "**2 "),
    ("a faucet drips 3 liters an hour how many liters in a day", ("**72",), FALLBACK),
]
ROUNDS = GENERAL + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND + GIVEN + IN_ONE

# (question, what the reply must all say, what it must never say)
ALL_PARTS: list[tuple[str, tuple[str, ...], str]] = [
    ("solve 3x + 2y = 16 and x + y = 6", ("x = 4", "y = 2"), FALLBACK),
    ("what is photosynthesis", ("Photosynthesis", "light"), FALLBACK),
    ("explain plate tectonics", ("Plate tectonics",), FALLBACK),
    ("what does the distributive property mean", ("Distributive property",), FALLBACK),
    ("what is supply and demand", ("Supply and demand",), FALLBACK),
    ("whats the pythagorean theorem", ("Pythagorean theorem",), FALLBACK),
]

# a number is missing: the reply asks for it or explains the method, never states a number
MISSING: list[str] = [
    "how many weeks will it take to save for a bike if i save $15 a week",
    "whats the area of a rectangle with length 8",
    "if i buy some pencils at $2 each how much do i spend",
    "a train leaves at 3 pm how far does it go",
    "how much is the tip on dinner",
    "a water tank holds 500 liters. it is 40% full. how many liters are in it",
    "a phone plan costs $30 a month plus $0.10 per text. how much for 200 texts",
]

# a story with a part or a number the rules do not read (a complement of a percent "of the",
# things compared with "he has twice as many", a saving of "a third of it", "half as much as",
# a cost per box besides the prices, "2 times a day"): no number rather than a wrong one
UNREAD: list[str] = [
    "only 30% of the 500 voters said yes. how many said no",
    "he has twice as many pens as pencils. he has 45 in total. how many pencils does he have",
    "kim earns $3000 a month and saves a third of it. how many months to save $9000",
    "they had 30 dollars. lee spent 6 dollars and kim spent half as much as lee. how much is left",
    "a baker sells cakes for $12 and pies for $8 and pays $2 for each box. how much for 3 cakes and 2 pies",
    "a kid eats 4 apples, 2 times a day, 5 days a week. how many apples in 2 weeks",
    "a printer prints 20 pages a minute but jams for 3 minutes. how many pages in 10 minutes",
    "tom drives at 60 mph. the trip is 240 miles and he stops for 1 hour. how long does the trip take",
    "tom has 30 stickers. he got into a fight with 3 friends at school. how many stickers does he have left",
    "sue has $40 to spend. she buys 2 books for $9 each and a pack of 50 cards for $6. how much money is left",
]

# groups and a remainder: both must be named
REMAINDERS: list[tuple[str, str, str]] = [
    ("100 candies are packed in bags of 8 how many bags and how many are left over", "12", "4"),
    (
        "we have 53 students and vans that hold 7 each how many full vans and how many left",
        "7",
        "4",
    ),
    ("50 eggs is how many dozen", "4", "2"),
]


@pytest.mark.parametrize(("question", "forms", "never"), ANSWERS)
def test_a_heldout_question_gets_its_computed_answer(
    question: str, forms: tuple[str, ...], never: str
) -> None:
    check_answer(question, forms, never)


@pytest.mark.parametrize(("question", "forms", "never"), ROUNDS)
def test_a_question_like_the_heldout_ones_gets_its_answer(
    question: str, forms: tuple[str, ...], never: str
) -> None:
    check_answer(question, forms, never)


@pytest.mark.parametrize(("question", "expected", "never"), ALL_PARTS)
def test_a_heldout_question_gets_every_part_of_its_answer(
    question: str, expected: tuple[str, ...], never: str
) -> None:
    check_all(question, expected, never)


@pytest.mark.parametrize("question", MISSING + UNREAD)
def test_a_question_with_a_number_missing_states_no_number(question: str) -> None:
    text = reply(question)
    assert text.strip() and never_says(text, NO_NUMBER), text


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (MISSING[0], "doesn't say the goal"),
        (MISSING[2], "doesn't say how many pencils"),
        ("if i read 20 pages a day how many days will it take to finish my book", "divide"),
    ],
)
def test_a_missing_number_is_asked_for_with_the_method(question: str, asks: str) -> None:
    text = reply(question)
    assert asks in text and never_says(text, NO_NUMBER), text


@pytest.mark.parametrize(("question", "share", "left"), REMAINDERS)
def test_groups_name_the_count_and_the_remainder(question: str, share: str, left: str) -> None:
    text = reply(question)
    low = text.lower()
    assert says(text, f"**{share}"), text
    assert f"{left} left" in low or f"remainder {left}" in low or f"remainder of {left}" in low, (
        text
    )
