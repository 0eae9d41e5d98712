"""Arithmetic templates: fractions, decimals, percents, ratios, integers, exponents."""

from __future__ import annotations

import math
import random

import sympy
from sympy import Rational as Q

from companion.ai.offline.templates.common import (
    checked,
    decimal,
    level,
    make,
    numeric_wrong,
    options,
    show,
    template,
)
from companion.ai.schemas import Difficulty, Problem


@template("fraction_add")
def fraction_add(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Add two fractions; distractors add the denominators."""
    top = level(difficulty, 6, 9, 12)

    def draw() -> tuple[int, int, int, int]:
        b = rng.randint(2, top)
        d = b if difficulty == "easy" else rng.randint(2, top)
        return rng.randint(1, b - 1), b, rng.randint(1, d - 1), d

    def fits(p: tuple[int, int, int, int]) -> bool:
        # unlike denominators: each fraction is shown in lowest terms (never 2/4 + 1/3)
        reduced = math.gcd(p[0], p[1]) == 1 and math.gcd(p[2], p[3]) == 1
        return difficulty == "easy" or (p[1] != p[3] and reduced)

    a, b, c, d = checked(draw, fits)
    total = Q(a, b) + Q(c, d)
    assert total - Q(c, d) == Q(a, b)
    common = sympy.ilcm(b, d)
    steps = [
        f"Use the common denominator {common}: {a}/{b} = {a * common // b}/{common} and "
        f"{c}/{d} = {c * common // d}/{common}.",
        f"Add the numerators: {a * common // b} + {c * common // d} = {a * common // b + c * common // d}.",
        f"Simplify: the sum is {show(total)}.",
    ]
    wrong = [
        f"{a + c}/{b + d}",
        f"{a + c}/{b * d}",
        show(total + Q(1, common)),
        *numeric_wrong(total, rng),
    ]
    choices = options(rng, show(total), wrong, low=0) if difficulty == "easy" else None
    question = f"What is {a}/{b} + {c}/{d}? Give the answer as a fraction in lowest terms."
    return make(
        question,
        show(total),
        steps,
        "Rewrite both fractions over a common denominator first.",
        difficulty,
        kind="short_answer",
        choices=choices,
    )


def _fraction_product(rng: random.Random, difficulty: Difficulty, divide: bool) -> Problem:
    top = level(difficulty, 6, 10, 12)

    def draw() -> tuple[int, int, int, int]:
        return rng.randint(1, top), rng.randint(2, top), rng.randint(1, top), rng.randint(2, top)

    # fractions in lowest terms: never 4/4 or 4/2 (whole numbers dressed as fractions) or 2/6
    a, b, c, d = checked(draw, lambda p: math.gcd(p[0], p[1]) == 1 == math.gcd(p[2], p[3]))
    result = Q(a, b) / Q(c, d) if divide else Q(a, b) * Q(c, d)
    assert (result * Q(c, d) if divide else result / Q(c, d)) == Q(a, b)
    sign = "÷" if divide else "×"
    steps = [f"Flip the second fraction: {a}/{b} × {d}/{c}."] if divide else []
    num, den = (a * d, b * c) if divide else (a * c, b * d)
    steps += [f"Multiply numerators and denominators: {num}/{den}.", f"Simplify: {show(result)}."]
    hint = (
        "Multiply by the reciprocal of the second fraction."
        if divide
        else "Multiply straight across."
    )
    question = f"What is {a}/{b} {sign} {c}/{d}? Simplify your answer."
    return make(question, show(result), steps, hint, difficulty, kind="short_answer")


@template("fraction_multiply")
def fraction_multiply(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Multiply two fractions."""
    return _fraction_product(rng, difficulty, divide=False)


@template("fraction_divide")
def fraction_divide(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Divide one fraction by another (multiply by the reciprocal)."""
    return _fraction_product(rng, difficulty, divide=True)


@template("decimal_ops")
def decimal_ops(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Add, subtract or multiply decimals, computed exactly."""
    places = level(difficulty, 1, 2, 2)
    x = Q(rng.randint(10, 999), 10**places)
    y = Q(rng.randint(10, 999), 10**places)
    op = rng.choice(level(difficulty, "+-", "+-*", "*/"))
    if op == "*":  # tenths times tenths or ones: a product to hundredths, as grade 5 works them
        x = Q(rng.randint(11, 99), 10)
        y = Q(rng.randint(2, 9), rng.choice((1, 10)))
    if op == "/":
        x = y * rng.randint(2, 12)
    result = {"+": x + y, "-": x - y, "*": x * y, "/": x / y}[op]
    floats = {"+": float(x) + float(y), "-": float(x) - float(y), "*": float(x) * float(y)}
    assert abs(float(result) - floats.get(op, float(x) / float(y))) < 1e-9
    fx, fy = decimal(x, 4), decimal(y, 4)
    answer = decimal(result, 6)
    steps = [
        "Line up the decimal points (or count decimal places for × and ÷).",
        f"{fx} {op} {fy} = {answer}.",
    ]
    question = f"Compute {fx} {op.replace('*', '×').replace('/', '÷')} {fy}."
    return make(
        question, answer, steps, "Keep track of the decimal point.", difficulty, kind="short_answer"
    )


@template("percent_of")
def percent_of(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Find a percent of a number."""
    pct = rng.choice(
        level(difficulty, [10, 20, 25, 50], [5, 15, 30, 40, 75], [12, 35, 62, 85, 120])
    )
    whole = rng.randint(2, 40) * level(difficulty, 10, 20, 25)
    result = Q(pct, 100) * whole
    assert result * 100 / pct == whole
    steps = [
        f"{pct}% means {pct}/100 = {decimal(Q(pct, 100), 4)}.",
        f"{decimal(Q(pct, 100), 4)} × {whole} = {show(result) if result.q == 1 else decimal(result, 4)}.",
    ]
    answer = show(result) if result.q == 1 else decimal(result, 4)
    wrong = [
        show(whole * pct),
        decimal(result * 10, 4),
        decimal(result / 10, 4),
        *numeric_wrong(result, rng),
    ]
    choices = options(rng, answer, wrong) if difficulty == "easy" else None
    return make(
        f"What is {pct}% of {whole}?",
        answer,
        steps,
        "Turn the percent into a decimal and multiply.",
        difficulty,
        kind="short_answer",
        choices=choices,
    )


@template("percent_change")
def percent_change(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A word problem about percent increase or decrease."""
    item = rng.choice(["jacket", "bike", "game console", "concert ticket", "backpack"])
    old = rng.randint(4, 40) * 5
    pct = rng.choice(level(difficulty, [10, 20, 25, 50], [5, 15, 30, 40], [12, 35, 60, 8]))
    up = rng.random() < 0.5
    new = old * (1 + Q(pct, 100) * (1 if up else -1))
    change = (new - old) / old * 100
    assert abs(change) == pct
    word = "increase" if up else "decrease"
    question = f"A {item} cost {old} dollars. Now it costs {float(new):.2f} dollars. What is the percent {word}?"
    steps = [
        f"Change = {decimal(new)} - {old} = {decimal(new - old)}.",
        f"Divide by the original price: {decimal(new - old)}/{old} = {decimal((new - old) / old, 4)}.",
        f"As a percent: {pct}% {word}.",
    ]
    return make(question, f"{pct}%", steps, "Percent change = change ÷ original × 100.", difficulty)


@template("ratio")
def ratio(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Share a quantity in a given ratio."""
    a, b = checked(
        lambda: (rng.randint(1, 7), rng.randint(1, 7)), lambda p: math.gcd(*p) == 1 and p[0] != p[1]
    )
    total = (a + b) * rng.randint(2, level(difficulty, 5, 12, 25))
    share = Q(total * a, a + b)
    assert share + Q(total * b, a + b) == total and share * b == Q(total * b, a + b) * a
    question = f"{total} marbles are shared between Ana and Ben in the ratio {a}:{b}. How many marbles does Ana get?"
    steps = [
        f"There are {a} + {b} = {a + b} parts.",
        f"One part is {total} ÷ {a + b} = {total // (a + b)}.",
        f"Ana gets {a} × {total // (a + b)} = {show(share)}.",
    ]
    return make(
        question,
        show(share),
        steps,
        "Add the parts of the ratio to find the size of one part.",
        difficulty,
    )


@template("unit_rate")
def unit_rate(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A unit-rate word problem (price per item or speed)."""
    count = rng.randint(2, level(difficulty, 6, 12, 24))
    rate = Q(
        rng.randint(level(difficulty, 2, 50, 125), level(difficulty, 9, 400, 999)),
        level(difficulty, 1, 100, 100),
    )
    total = rate * count
    assert total / count == rate
    question = f"{count} notebooks cost {decimal(total)} dollars. What is the price of one notebook, in dollars?"
    steps = [
        "Unit rate = total ÷ number of items.",
        f"{decimal(total)} ÷ {count} = {decimal(rate)} dollars per notebook.",
    ]
    return make(
        question,
        decimal(rate),
        steps,
        "Divide the total cost by the number of notebooks.",
        difficulty,
    )
