"""An eleventh held-out chat set, written for this test before it was run: money stories a
student types into a study chat, and how their amounts are shown. Overtime pay (time and a
half, double time), the cost of a fence from a rectangle's or square's sides, two kinds of
ticket or item priced and then counted, a discount followed by a tax, a length, mass,
volume or time in a story converted to another unit, and money written to the cent
("55.20", never "55.2") whichever rule computed it (a sale price, a tip, a share of a bill,
a unit price, a price list, change, a percent of an amount).

Every expected answer was computed by hand: 40 × 12 + 6 × 18 = 588; 40 × 15 + 10 × 22.50
= 825; 2 × (8 + 5) × 7 = 182; 4 × 12 × 4.50 = 216; 3 × 9 + 4 × 5 = 47; 80 × 0.75 × 1.08 =
64.80; 60 × 0.8 × 1.05 = 50.40; 120 × 0.7 × 1.06 = 89.04; 69 × 0.8 = 55.20.

Stories with a number the rules cannot place (a gate left unfenced, parking beside the
tickets, a bonus beside the overtime, a second leg of a walk), or with a number missing,
must get no wrong number: method help or the right total.

54 cases were written first; 38 failed on the old code: money shown "55.2" or "64.8"
(10), no overtime rule (6), no fence rule (5), two kinds of ticket priced by their kind,
"adults pay", "$6 each and", "glasses" against "glass" (6), a conversion asked inside a
story (9), "a jacket is 25% off and then 8% tax" answered 0.06 (the tax's 8% read as the
price), and a better buy's unit price "0.7 dollars". A second round of 10, written after
the rules to check they are general ("lbs" against "lb", a small and a large of one thing,
overtime at "1.5 times the regular rate", a square field, pounds to ounces, lengths of a
pool, a tablet's discount then tax, sides in cm and a price per meter, a coupon beside the
tickets, overtime with no limit said): 6 failed on the old code. A third round of 5 probed
after that (pay for hours with no overtime, a fence's length with no price, a square "4 feet
on a side"): all 5 failed on the old code. A fourth round of 5 (regular hours said "for 40
hours", a percent of an amount of money, a percent change between two prices, a bill split
"it"): all 5 failed on the old code. 74 cases, 54 failed before.
"""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import FALLBACK, NO_NUMBER, check_answer, never_says, reply, says

# (question, one of these forms, what it must never say)
ANSWERS: list[tuple[str, tuple[str, ...], str]] = [
    # money shown to the cent, whichever rule computes it
    ("a $69 shirt is 20% off whats the sale price", ("**55.20",), "**55.2"),
    ("my lunch bill is $24 and i want to tip 15%, how much is the tip", ("**3.60",), "**3.6"),
    ("a video game costs $35 plus 8% tax what is the total", ("**37.80",), "**37.8"),
    ("a $50 coat is marked down 15%, what does it cost now", ("**42.50",), "**42.5"),
    ("the price of a $45 game went up by 10%, what is the new price", ("**49.50",), "**49.5"),
    ("pencils cost $0.35 each how much do 6 pencils cost", ("**2.10",), "**2.1"),
    ("4 friends split a $30 pizza bill evenly how much does each one pay", ("**7.50",), "**7.5"),
    ("if 5 pounds of apples cost $6 how much do 3 pounds cost", ("**3.60",), "**3.6"),
    ("i paid for a $13.40 book with a $20 bill, how much change do i get", ("**6.60",), "**6.6"),
    (
        "apples are $1.20 each and pears are $0.90 each, how much for 3 apples and 2 pears",
        ("**5.40",),
        "**5.4",
    ),
    (
        "a shirt costs $12.50 and a hat costs $8. how much for 2 shirts and 3 hats",
        ("**49",),
        FALLBACK,
    ),
    (
        "a glass costs $3 and a dish costs $4. how much for 2 glasses and 3 dishes",
        ("**18",),
        FALLBACK,
    ),
    # overtime pay
    (
        "I earn $12 an hour and 1.5 times that for hours over 40; I worked 46 hours, how much do I earn?",
        ("**588",),
        "**552",
    ),
    (
        "my job pays 15 dollars an hour, time and a half for anything over 40 hours. last week i worked 50 hours. how much did i make",
        ("**825",),
        "**750",
    ),
    (
        "sam makes $10 per hour for the first 40 hours and $15 per hour for overtime. he worked 44 hours this week, what is his pay",
        ("**460",),
        "**440",
    ),
    (
        "she is paid $18 an hour and double time for hours over 8 in a day. she worked 10 hours today, how much did she earn",
        ("**216",),
        "**180",
    ),
    (
        "i make $14 an hour with time and a half over 40 hours, i worked 35 hours how much do i get",
        ("**490",),
        FALLBACK,
    ),
    (
        "a nurse earns $30 an hour and time and a half after 40 hours. she worked 42.5 hours, what is her pay",
        ("**1312.50", "**1,312.50"),
        "**1275",
    ),
    # a fence (or border) around a rectangle or square, priced by length
    (
        "a rectangular garden is 8 m by 5 m and fence costs $7 per meter. how much for the fence?",
        ("**182",),
        "**280",
    ),
    (
        "we want to fence a square yard with sides of 12 feet. fencing is $4.50 a foot. how much will it cost",
        ("**216",),
        "**54",
    ),
    (
        "a rectangular field is 30 m long and 20 m wide. fencing costs 9 dollars per metre. find the cost of fencing it",
        ("**900",),
        "**5400",
    ),
    (
        "how much does it cost to put a border around a 6 ft by 4 ft rectangular poster if the border costs $0.75 per foot",
        ("**15",),
        "**18",
    ),
    (
        "a fence goes around a rectangular pen that is 10 yards long and 6 yards wide. the fence costs $12 a yard. what is the cost",
        ("**384",),
        "**720",
    ),
    # two kinds of ticket or item, priced then counted
    (
        "adult tickets are $9 and child tickets $5; 3 adults and 4 children, what is the total?",
        ("**47",),
        FALLBACK,
    ),
    (
        "at the zoo adults pay $14 and kids pay $8. how much for 2 adults and 3 kids",
        ("**52",),
        FALLBACK,
    ),
    (
        "movie tickets cost $12 for adults and $7.50 for children. what do 2 adults and 2 children pay",
        ("**39",),
        FALLBACK,
    ),
    (
        "student tickets cost $4 and adult tickets cost $6. the school sold 120 student tickets and 45 adult tickets. how much money did they make",
        ("**750",),
        FALLBACK,
    ),
    (
        "burgers are $6 each and drinks are $2 each, how much for 4 burgers and 4 drinks",
        ("**32",),
        FALLBACK,
    ),
    # a discount, then a tax on the sale price
    ("$80 jacket 25% off then 8% tax, what do i pay", ("**64.80",), "**64.8"),
    (
        "a pair of shoes costs $60. they are 20% off, and then there is a 5% sales tax. how much do i pay",
        ("**50.40",),
        "**50.4",
    ),
    (
        "a $120 bike is on sale for 30% off and sales tax is 6%, what is the final price",
        ("**89.04",),
        "**84",
    ),
    ("a $40 sweater with 10% off and 7% tax, whats the total", ("**38.52",), "**36"),
    # a unit conversion inside a story
    ("a 2.5 km walk, how many meters is that", ("**2500", "**2,500"), FALLBACK),
    ("my dog walk is 2.5 km long, how many meters is it", ("**2500", "**2,500"), FALLBACK),
    ("the race is 5000 meters long. how many kilometers is that", ("**5",), FALLBACK),
    ("a recipe needs 750 grams of flour, how many kilograms is that", ("**0.75",), FALLBACK),
    (
        "the bottle holds 1.5 liters of water how many milliliters is that",
        ("**1500", "**1,500"),
        FALLBACK,
    ),
    ("our movie lasted 2.5 hours, how many minutes was it", ("**150",), FALLBACK),
    ("a rope is 3.5 m long, how many cm long is it", ("**350",), FALLBACK),
    ("the baby weighs 4.2 kg, how many grams is that", ("**4200", "**4,200"), FALLBACK),
    ("she ran 3 laps of a 400 m track, how many km did she run", ("**1.2",), "**0.4"),
]

# stories with a number no rule places, or a number missing: no wrong number
UNPLACED: list[tuple[str, str]] = [
    (
        "a rectangular garden is 8 m by 5 m and fence costs $7 per meter, but the 1 m gate needs no fence. how much for the fence",
        "**182",
    ),
    (
        "adult tickets are $9 and child tickets $5, and parking is $10. how much for 2 adults and 3 children",
        "**33",
    ),
    (
        "i earn $12 an hour and 1.5 times that for hours over 40, plus a $50 bonus. i worked 46 hours, how much do i earn",
        "**588",
    ),
    ("a 2.5 km walk and then a 1.2 km jog, how many meters in all", "**2500"),
    ("i walk 2.5 km to school and back every day, how many meters is that a day", "**2500"),
    (
        "i have a $10 coupon, and an $80 jacket is 25% off then 8% tax. what do i pay",
        "**64.80",
    ),
    ("a $80 jacket is 25% off and then 8% tax, and i buy 2 of them. what do i pay", "**64.80"),
    ("a square garden has a fence that costs $6 per foot. how much for the fence", NO_NUMBER),
    ("i get time and a half for overtime and i worked 45 hours, how much did i earn", NO_NUMBER),
    ("adult tickets are $9. how much for 3 adults and 4 children", NO_NUMBER),
    ("a jacket is 25% off and then there is 8% tax, how much do i pay", NO_NUMBER),
    (
        "a rectangular garden is 8 m long, fence costs $7 per meter, how much for the fence",
        NO_NUMBER,
    ),
]


# a second round, written after the rules to check they are general
SECOND: list[tuple[str, tuple[str, ...], str]] = [
    ("which is the better deal 3 lb for $4.50 or 5 lbs for $7", ("**5 lbs for 7",), FALLBACK),
    (
        "a small popcorn is $4 and a large popcorn is $7. how much for 3 small and 2 large",
        ("**26",),
        FALLBACK,
    ),
    (
        "he earns $16 per hour, and overtime is paid at 1.5 times the regular rate for hours over 40. he worked 48 hours. what was his pay",
        ("**832",),
        "**768",
    ),
    (
        "a square field has sides of 25 m. fencing costs $8 per metre. what is the cost of the fence",
        ("**800",),
        "**5000",
    ),
    ("the puppy weighs 3 pounds, how many ounces is that", ("**48",), FALLBACK),
    ("the race is 4 lengths of a 25 m pool. how many km is that", ("**0.1",), "**0.025"),
    (
        "a $200 tablet is 15% off, plus 7% sales tax on the sale price. whats the final cost",
        ("**181.90",),
        "**181.9",
    ),
]
# a third round, probed after the second: pay for hours without overtime, a fence's length
# when no price is said, a square "4 feet on a side"
THIRD: list[tuple[str, tuple[str, ...], str]] = [
    ("he earns $11 an hour. he worked 30 hours. how much did he earn", ("**330",), FALLBACK),
    ("i worked 12 hours at $9.50 an hour, how much did i make", ("**114",), FALLBACK),
    ("how much fencing do you need for a rectangular yard 20 ft by 15 ft", ("**70",), "**300"),
    (
        "how many meters of fence are needed for a square garden with sides of 7 m",
        ("**28",),
        "**49",
    ),
    (
        "a border of tiles costs $3 per foot around a square table 4 feet on a side. how much for the border",
        ("**48",),
        "**12",
    ),
]
# a fourth round: the regular hours said "for 40 hours", money in a percent of an amount and
# in a percent change
FOURTH: list[tuple[str, tuple[str, ...], str]] = [
    (
        "she earns $12 an hour for 40 hours and time and a half for overtime. she worked 50 hours. how much",
        ("**660",),
        "**600",
    ),
    ("whats 15% of $62", ("**9.30",), "**9.3"),
    ("what is 8% of $45", ("**3.60",), "**3.6"),
    (
        "a meal costs $23.40 and we split it between 2 people. how much does each pay",
        ("**11.70",),
        "**11.7",
    ),
]
SECOND_UNPLACED: list[tuple[str, str]] = [
    (
        "a rectangular garden is 800 cm by 500 cm and fence costs $7 per meter. how much for the fence",
        "**18200",
    ),
    (
        "tickets are $9 for adults and $5 for kids, and we had a $3 coupon. how much for 2 adults and 2 kids",
        "**28",
    ),
    (
        "i earn $20 an hour and time and a half for overtime, i worked 45 hours. how much do i make",
        NO_NUMBER,
    ),
]


@pytest.mark.parametrize(("question", "expected", "never"), ANSWERS + SECOND + THIRD + FOURTH)
def test_money_stories_are_answered_to_the_cent(
    question: str, expected: tuple[str, ...], never: str
) -> None:
    check_answer(question, expected, never)


@pytest.mark.parametrize(("question", "never"), UNPLACED + SECOND_UNPLACED)
def test_a_number_that_cannot_be_placed_gets_no_wrong_answer(question: str, never: str) -> None:
    text = reply(question)
    assert never_says(text, never), text


def test_a_unit_price_in_a_better_buy_is_shown_to_the_cent() -> None:
    text = reply("which is the better buy, 6 cans for $4.50 or 10 cans for $7")
    assert says(text, "**10 cans for 7") and "0.70 dollars" in text and "4.50" in text, text


def test_a_percent_change_of_money_shows_the_amounts_to_the_cent() -> None:
    text = reply("a shirt was $40 and now it is $34.50. what is the percent decrease")
    assert says(text, "**13.75%") and "34.50" in text, text
