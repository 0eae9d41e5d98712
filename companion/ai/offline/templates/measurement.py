"""Measurement for grades 2-5: money, telling time and elapsed time, unit conversion.

Money is written in words ("3.45 dollars") so markdown math never swallows a dollar sign.
"""

from __future__ import annotations

import random

from companion.ai.offline.templates.common import (
    checked,
    dollars,
    level,
    make,
    options,
    template,
)
from companion.ai.schemas import Difficulty, Problem

COINS = (
    ("quarter", "quarters", 25),
    ("dime", "dimes", 10),
    ("nickel", "nickels", 5),
    ("penny", "pennies", 1),
)
SNACKS = ("sandwich", "juice", "muffin", "yogurt", "pretzel", "bagel")


def _near(value: int, slips: list[int], rng: random.Random) -> list[str]:
    near = [value + 1, value - 1, value + 5, value - 5, value + 10, value - 10]
    rng.shuffle(near)
    return [str(v) for v in dict.fromkeys([*slips, *near]) if v > 0 and v != value]


@template("money")
def money(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Count coins (in cents), or the change from a bill after buying one or two things."""
    if difficulty == "easy":
        # a quarter and at least one other coin, so the total is never a coin the hint names
        counts = checked(
            lambda: [rng.randint(1, 4), *(rng.randint(0, 4) for _ in COINS[1:])],
            lambda c: sum(c[1:]) > 0,
        )
        value = sum(n * c[2] for n, c in zip(counts, COINS, strict=True))
        held = [f"{n} {c[0] if n == 1 else c[1]}" for n, c in zip(counts, COINS, strict=True) if n]
        named = f"{', '.join(held[:-1])} and {held[-1]}" if len(held) > 1 else held[0]
        question = f"How many cents are {named}?"
        steps = [
            f"{n} × {c[2]} = {n * c[2]} cents" for n, c in zip(counts, COINS, strict=True) if n
        ]
        steps.append(f"Add them up: {value} cents.")
        slips = [sum(counts), value - 5 if value > 5 else value + 15, value + 25]
        hint = (
            "A quarter is 25 cents, a dime 10, a nickel 5 and a penny 1. Count the big coins first."
        )
        choices = options(rng, str(value), _near(value, slips, rng))
        return make(question, str(value), steps, hint, difficulty, choices=choices)
    bought = rng.sample(SNACKS, level(difficulty, 1, 1, 2))
    prices = [rng.randint(55, 495) for _ in bought]
    cost = sum(prices)
    bill = next(b for b in (500, 1000, 2000) if b > cost)
    change = bill - cost
    assert change > 0 and change + cost == bill
    listed = " and ".join(
        f"a {item} for {dollars(p)} dollars" for item, p in zip(bought, prices, strict=True)
    )
    question = (
        f"Kai buys {listed} and pays with a {bill // 100}-dollar bill. "
        "How much change does Kai get, in dollars?"
    )
    steps = []
    if len(prices) > 1:
        steps.append(
            f"Total cost: {' + '.join(dollars(p) for p in prices)} = {dollars(cost)} dollars."
        )
    steps.append(f"Change: {bill // 100}.00 - {dollars(cost)} = {dollars(change)} dollars.")
    steps.append("Check by counting up from the cost to the bill.")
    hint = "Subtract the cost from the money paid; line up the decimal points (dollars and cents)."
    return make(question, dollars(change), steps, hint, difficulty)


def _clock(minutes: int) -> str:
    """Minutes after midnight as a 12-hour clock time without a.m./p.m.: 635 -> '10:35'."""
    hour, minute = divmod(minutes, 60)
    return f"{(hour - 1) % 12 + 1}:{minute:02d}"


@template("elapsed_time")
def elapsed_time(rng: random.Random, difficulty: Difficulty) -> Problem:
    """How many minutes pass between two times, or when something that lasts a while ends."""
    start = rng.randint(13 * 12, 15 * 12) * 5  # between 1:00 and 3:00 in the afternoon
    length = rng.randint(*level(difficulty, (2, 11), (5, 23), (13, 35))) * 5
    if difficulty == "easy":  # stays inside one hour
        start = start // 60 * 60 + rng.randint(0, 5) * 5
        length = rng.randint(1, (55 - start % 60) // 5) * 5
    end = start + length
    assert end - start == length and end < 18 * 60
    hint = "Count on from the start time: first to the next hour, then the rest."
    if difficulty != "hard":
        question = (
            f"A soccer practice starts at {_clock(start)} in the afternoon and ends at "
            f"{_clock(end)} in the afternoon. How many minutes long is the practice?"
        )
        to_hour = 60 - start % 60
        steps = (
            [f"From {_clock(start)} to {_clock(end)} is {length} minutes on the clock."]
            if start // 60 == end // 60
            else [
                f"From {_clock(start)} to {_clock(start + to_hour)} is {to_hour} minutes.",
                f"From {_clock(start + to_hour)} to {_clock(end)} is {length - to_hour} minutes.",
                f"In all: {to_hour} + {length - to_hour} = {length} minutes.",
            ]
        )
        slips = [end % 60 - start % 60 + 100 if end % 60 < start % 60 else length + 60, length + 40]
        choices = (
            options(rng, str(length), _near(length, slips, rng)) if difficulty == "easy" else None
        )
        return make(question, str(length), steps, hint, difficulty, choices=choices)
    hours, minutes = divmod(length, 60)
    lasting = f"{hours} hour{'s' if hours > 1 else ''}" + (
        f" and {minutes} minutes" if minutes else ""
    )
    question = (
        f"A movie starts at {_clock(start)} in the afternoon and lasts {lasting}. "
        "At what time does it end?"
    )
    steps = [
        f"Add the hours: {_clock(start)} + {hours} hour{'s' if hours > 1 else ''} = "
        f"{_clock(start + 60 * hours)}.",
        f"Add the minutes: {_clock(start + 60 * hours)} + {minutes} minutes = {_clock(end)}.",
    ]
    wrong = [_clock(end + d) for d in (-60, 60, -10, 10, 30, -30) if end + d > start]
    hint = "Add the hours first, then the minutes; 60 minutes make one more hour."
    return make(question, _clock(end), steps, hint, difficulty, choices=_clocks(rng, end, wrong))


def _clocks(rng: random.Random, end: int, wrong: list[str]) -> list[str]:
    chosen = [_clock(end), *dict.fromkeys(w for w in wrong if w != _clock(end))][:4]
    rng.shuffle(chosen)
    return chosen


CONVERSIONS = (
    ("feet", "inches", 12),
    ("yards", "feet", 3),
    ("meters", "centimeters", 100),
    ("kilometers", "meters", 1000),
    ("kilograms", "grams", 1000),
    ("pounds", "ounces", 16),
    ("hours", "minutes", 60),
    ("minutes", "seconds", 60),
    ("gallons", "quarts", 4),
    ("liters", "milliliters", 1000),
)


@template("unit_conversion")
def unit_conversion(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Convert a measurement between a bigger and a smaller unit of the same kind."""
    big, small, factor = rng.choice(CONVERSIONS)
    amount = rng.randint(2, level(difficulty, 9, 12, 15))
    hint = "A bigger unit holds many smaller units: multiply to go to the smaller unit, divide to go back."
    fact = f"1 {big[:-1] if big != 'feet' else 'foot'} = {factor} {small}"
    if difficulty == "easy":
        value = amount * factor
        question = f"How many {small} are in {amount} {big}?"
        steps = [f"{fact}.", f"{amount} × {factor} = {value} {small}."]
    elif difficulty == "medium":
        extra = rng.randint(1, factor - 1)
        value = amount * factor + extra
        question = f"How many {small} are in {amount} {big} {extra} {small}?"
        steps = [
            f"{fact}, so {amount} {big} = {amount * factor} {small}.",
            f"Add the extra {extra}: {amount * factor} + {extra} = {value} {small}.",
        ]
    else:
        value = amount
        question = f"How many {big} are {amount * factor} {small}?"
        steps = [f"{fact}.", f"Divide: {amount * factor} ÷ {factor} = {value} {big}."]
    assert value * (factor if difficulty == "hard" else 1) >= amount
    return make(question, str(value), steps, hint, difficulty)
