"""Test-prep geometry and number sense: areas of composite figures and shaded regions,
remainders, and odd/even number properties."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import algebra, make, options, template
from companion.ai.schemas import Difficulty, Problem

a_, b_ = sympy.symbols("a b")


@template("composite_area")
def composite_area(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A rectangle with a corner cut out, a square minus its inscribed circle, or a ring."""
    hint = "Shaded area = area of the whole figure minus the area of the part taken away."
    if difficulty == "easy":
        length, width = rng.randint(8, 20), rng.randint(6, 15)
        cut = rng.randint(2, min(length, width) - 2)
        area = length * width - cut * cut
        question = (
            f"A composite figure is a {length} cm by {width} cm rectangle with a {cut} cm by {cut} cm "
            "square cut from one corner. What is its area, in square cm?"
        )
        steps = [
            f"Rectangle: {length} × {width} = {length * width}.",
            f"Minus the square: {length * width} - {cut * cut} = {area}.",
        ]
        return make(question, str(area), steps, hint, difficulty)
    r = rng.randint(2, 10)
    if difficulty == "medium":
        shaded = (2 * r) ** 2 - sympy.pi * r**2
        question = (
            f"A circle of radius {r} is inscribed in a square, touching all four sides. Find the area of the "
            "shaded region inside the square but outside the circle. Give an exact answer in terms of pi."
        )
        steps = [
            f"The square's side is the diameter, {2 * r}: area {4 * r * r}.",
            f"Circle: pi × {r}^2 = {r * r}pi.",
            f"Shaded: {algebra(shaded)}.",
        ]
    else:
        big = rng.randint(r + 1, r + 8)
        shaded = sympy.pi * (big**2 - r**2)
        question = (
            f"Two circles share a center; their radii are {big} and {r}. Find the area of the shaded ring "
            "between them. Give an exact answer in terms of pi."
        )
        steps = [
            f"Big circle: {big * big}pi; small circle: {r * r}pi.",
            f"Ring: {big * big}pi - {r * r}pi = {algebra(shaded)}.",
        ]
    assert float(shaded) > 0
    return make(question, algebra(shaded), steps, hint, difficulty)


# expressions in a and b whose parity the question asks about
PARITY = (
    "a + b",
    "a*b",
    "a + 1",
    "b + 1",
    "a^2 + b",
    "2*a + b",
    "a*b + a",
    "3*a + b + 1",
    "a + 2*b",
    "a^2 - b^2",
)


def _parity(expr: str, a: int, b: int) -> int:
    return int(sympy.sympify(expr.replace("^", "**")).subs({a_: a, b_: b})) % 2


@template("number_properties")
def number_properties(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A remainder after adding or multiplying, or which expression must be odd or even."""
    if difficulty != "hard":
        d = rng.randint(5, 12)
        r = rng.randint(1, d - 1)
        k, add = (
            (rng.randint(2, 5), rng.randint(1, 9))
            if difficulty == "medium"
            else (1, rng.randint(d, 3 * d))
        )
        n = d * rng.randint(3, 20) + r
        answer = (k * n + add) % d
        assert (k * r + add) % d == answer
        expr = f"{k}n + {add}" if k > 1 else f"n + {add}"
        question = (
            f"When the positive integer n is divided by {d}, the remainder is {r}. What is the remainder when "
            f"{expr} is divided by {d}?"
        )
        steps = [
            f"Write n = {d}q + {r}.",
            f"{expr} leaves the same remainder as {k * r + add}.",
            f"{k * r + add} divided by {d} leaves {answer}.",
        ]
        hint = "Try any number that fits, such as the smallest one, and work with remainders only."
        return make(question, str(answer), steps, hint, difficulty)
    pa, pb = rng.randint(0, 1), rng.randint(0, 1)
    want = rng.choice(["odd", "even"])
    target = 1 if want == "odd" else 0
    fits = [
        e
        for e in PARITY
        if all(_parity(e, pa + 2 * i, pb + 2 * j) == target for i in range(3) for j in range(3))
    ]
    other = [e for e in PARITY if e not in fits]
    assert fits and len(other) >= 3
    chosen = rng.choice(fits).replace("*", "")
    shown = [e.replace("*", "") for e in other]
    kinds = ("even", "odd")
    question = f"Number properties: a is {kinds[pa]} and b is {kinds[pb]}. Which expression must be {want}?"
    steps = [
        "Use odd + odd = even, odd × odd = odd, and even × anything = even.",
        f"With a {kinds[pa]} and b {kinds[pb]}, {chosen} is always {want}.",
    ]
    hint = "Test small numbers of the right kind, such as 1 or 2, in each expression."
    return make(
        question,
        chosen,
        steps,
        hint,
        difficulty,
        choices=options(rng, chosen, rng.sample(shown, len(shown))),
    )
