"""Whole-number sense for grades 2-5: place value, rounding, comparing, factors and multiples."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import level, make, options, template
from companion.ai.schemas import Difficulty, Problem

PLACES = ("ones", "tens", "hundreds", "thousands", "ten-thousands", "hundred-thousands")


def _digits_number(rng: random.Random, size: int) -> int:
    """A number of `size` different digits (so a digit names one place), not starting with 0."""
    digits = rng.sample(range(10), size)
    if digits[0] == 0:
        digits[0], digits[-1] = digits[-1], digits[0]
    return int("".join(map(str, digits)))


def _near(value: int, slips: list[int], rng: random.Random) -> list[str]:
    near = [value + 1, value - 1, value * 10, value + 10, value + 100]
    rng.shuffle(near)
    return [str(v) for v in dict.fromkeys([*slips, *near]) if v >= 0 and v != value]


@template("place_value")
def place_value(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The value of a digit, expanded form back to standard form, or how many tens."""
    number = _digits_number(rng, level(difficulty, 4, 5, 6))
    text = f"{number:,}"
    if difficulty == "medium":  # expanded form with a zero place
        digits = [int(d) for d in str(number)]
        digits[rng.randint(1, len(digits) - 2)] = 0
        number = int("".join(map(str, digits)))
        parts = [d * 10**p for p, d in enumerate(reversed(digits)) if d]
        expanded = " + ".join(f"{v:,}" for v in reversed(parts))
        assert sum(parts) == number
        question = f"Write {expanded} in standard form."
        steps = [
            f"Each part fills one place: {expanded}.",
            f"A place with nothing in it gets a 0: {number:,}.",
        ]
        no_zero = int("".join(str(d) for d in digits if d))
        slips = [no_zero, number + 10 ** (len(digits) - 1), number // 10]
        hint = "Write one digit per place value and use 0 for an empty place."
        choices = _mc(rng, number, slips, difficulty)
        return make(question, str(number), steps, hint, difficulty, choices=choices)
    places = len(str(number))
    where = rng.randint(1, places - 1) if difficulty == "easy" else rng.randint(2, places - 1)
    digit = int(str(number)[places - 1 - where])
    if digit == 0:
        where, digit = places - 1, int(str(number)[0])
    if difficulty == "hard":  # how many tens in all
        value = number // 10
        question = f"How many tens are there in {text} in all?"
        steps = [
            "Every 10 ones make a ten, so count the tens in the whole number.",
            f"{text} ÷ 10 = {value:,} tens (with {number % 10} ones left over).",
        ]
        assert value * 10 + number % 10 == number
        hint = "Count the tens in the whole number, not just the digit in the tens place."
        return make(question, str(value), steps, hint, difficulty)
    value = digit * 10**where
    assert (number // 10**where) % 10 == digit
    question = f"What is the value of the digit {digit} in {text}?"
    steps = [
        f"The {digit} in {text} is in the {PLACES[where]} place.",
        f"So it is worth {digit} × {10**where:,} = {value:,}.",
    ]
    slips = [digit, digit * 10 ** (where + 1), digit * 10 ** (where - 1)]
    hint = "Find the digit's place, then multiply the digit by that place's value."
    choices = _mc(rng, value, slips, difficulty)
    return make(question, str(value), steps, hint, difficulty, choices=choices)


def _mc(
    rng: random.Random, value: int, slips: list[int], difficulty: Difficulty
) -> list[str] | None:
    """Options for the easy level (none otherwise)."""
    return options(rng, str(value), _near(value, slips, rng)) if difficulty == "easy" else None


ROUND_TO = {"ten": 10, "hundred": 100, "thousand": 1000}


def _round(value: int, unit: int) -> int:
    """Round half up to the nearest multiple of unit (5 rounds up, as taught in school)."""
    return (value + unit // 2) // unit * unit


@template("rounding")
def rounding(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Round to the nearest ten, hundred or thousand; estimate a sum by rounding first."""
    hint = "Look at the digit to the right of the place you round to: 5 or more rounds up."
    if difficulty == "hard":
        a, b = rng.randint(120, 899), rng.randint(120, 899)
        sign = rng.choice("+-")
        a, b = (max(a, b), min(a, b)) if sign == "-" else (a, b)
        ra, rb = _round(a, 100), _round(b, 100)
        value = ra + rb if sign == "+" else ra - rb
        exact = a + b if sign == "+" else a - b
        question = f"Estimate {a} {sign} {b} by rounding each number to the nearest hundred first."
        steps = [
            f"Round each number: {a} ≈ {ra} and {b} ≈ {rb}.",
            f"Estimate: {ra} {sign} {rb} = {value}.",
            f"(The exact answer, {exact}, is close to the estimate.)",
        ]
        assert value >= 0 and value % 100 == 0
        return make(question, str(value), steps, hint, difficulty)
    place = level(difficulty, "ten", rng.choice(["hundred", "thousand"]), "")
    unit = ROUND_TO[place]
    number = rng.randint(unit + 1, unit * 100 - 1) if unit > 10 else rng.randint(11, 999)
    if number % unit == 0:
        number += rng.randint(1, unit - 1)
    value = _round(number, unit)
    assert abs(value - number) <= unit // 2 and value % unit == 0
    digit = number // (unit // 10) % 10
    question = f"Round {number:,} to the nearest {place}."
    steps = [
        f"The digit to the right of the {place}s place is {digit}.",
        f"{digit} is {'5 or more, so round up' if digit >= 5 else 'less than 5, so round down'}: "
        f"{value:,}.",
    ]
    down, up = number // unit * unit, number // unit * unit + unit
    slips = [up if value == down else down, value + unit, number // 10 * 10]
    choices = _mc(rng, value, slips, difficulty)
    return make(question, str(value), steps, hint, difficulty, choices=choices)


@template("compare_numbers")
def compare_numbers(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Pick the greatest (or least) of four numbers made of the same digits."""
    size = level(difficulty, 3, 4, 5)
    digits = rng.sample(range(1, 10), size)
    numbers: list[int] = []
    while len(numbers) < 4:
        rng.shuffle(digits)
        candidate = int("".join(map(str, digits)))
        if candidate not in numbers:
            numbers.append(candidate)
    want = rng.choice(["greatest", "least"])
    value = max(numbers) if want == "greatest" else min(numbers)
    assert sorted(numbers)[-1 if want == "greatest" else 0] == value
    ordered = sorted(numbers, reverse=want == "greatest")
    question = f"Which number is the {want}: {', '.join(f'{n:,}' for n in numbers)}?"
    steps = [
        "All the numbers have the same number of digits, so compare place by place from the left.",
        f"In order from {want}: {', '.join(f'{n:,}' for n in ordered)}.",
        f"The {want} is {value:,}.",
    ]
    hint = "Compare the digits in the biggest place first; if they tie, move one place right."
    shown = [str(n) for n in numbers]
    rng.shuffle(shown)
    return make(question, str(value), steps, hint, difficulty, choices=shown)


@template("factors_multiples")
def factors_multiples(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A multiple of a number, how many factors a number has, or which number is prime."""
    if difficulty == "easy":
        n, k = rng.randint(3, 9), rng.randint(4, 10)
        value = n * k
        question = f"What is the {_ordinal(k)} multiple of {n}? (The 1st multiple is {n}.)"
        steps = [
            f"The multiples of {n} are {n} × 1, {n} × 2, {n} × 3, ...",
            f"The {_ordinal(k)} one is {n} × {k} = {value}.",
        ]
        slips = [n * (k - 1), n * (k + 1), n + k]
        choices = _mc(rng, value, slips, difficulty)
        return make(
            question, str(value), steps, "Skip-count by the number.", difficulty, choices=choices
        )
    if difficulty == "medium":
        n = rng.choice([12, 16, 18, 20, 24, 28, 30, 32, 36, 40, 42, 45, 48, 50, 54, 60, 64, 72])
        factors = [d for d in range(1, n + 1) if n % d == 0]
        assert len(factors) == sympy.divisor_count(n)
        pairs = [f"{d} × {n // d}" for d in factors if d * d <= n]
        question = f"How many factors does {n} have?"
        steps = [
            f"List the factor pairs: {', '.join(pairs)}.",
            f"The factors are {', '.join(map(str, factors))}: {len(factors)} of them.",
        ]
        hint = "List factor pairs, starting with 1, until the pairs meet."
        return make(question, str(len(factors)), steps, hint, difficulty)
    prime = rng.choice(list(sympy.primerange(20, 100)))
    composites = rng.sample([c for c in range(21, 100, 2) if not sympy.isprime(c) and c % 5], 3)
    numbers = [prime, *composites]
    rng.shuffle(numbers)
    steps = [f"{c} = {_pair(c)}, so it is composite." for c in composites]
    steps.append(f"{prime} has no factors but 1 and itself, so it is prime.")
    hint = "Try dividing each number by 3, 7 and other small primes."
    question = f"Which of these numbers is prime: {', '.join(map(str, numbers))}?"
    return make(question, str(prime), steps, hint, difficulty, choices=[str(n) for n in numbers])


def _pair(n: int) -> str:
    d = next(d for d in range(2, n) if n % d == 0)
    return f"{d} × {n // d}"


def _ordinal(k: int) -> str:
    return f"{k}{'st' if k == 1 else 'nd' if k == 2 else 'rd' if k == 3 else 'th'}"
