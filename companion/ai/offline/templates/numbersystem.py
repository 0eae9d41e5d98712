"""Properties of operations (grades 1-7), fraction basics, rational and irrational numbers."""

from __future__ import annotations

import math
import random

import sympy
from sympy import Rational as Q

from companion.ai.offline.templates.common import checked, level, make, options, show, template
from companion.ai.schemas import Difficulty, Problem

PROPERTY_NAMES = ("commutative", "associative", "identity", "distributive")


def _property_example(rng: random.Random, name: str) -> str:
    a, b, c = rng.sample(range(2, 13), 3)
    sign = rng.choice("+×")
    return {
        "commutative": f"{a} {sign} {b} = {b} {sign} {a}",
        "associative": f"({a} {sign} {b}) {sign} {c} = {a} {sign} ({b} {sign} {c})",
        "identity": f"{a} + 0 = {a}" if sign == "+" else f"{a} × 1 = {a}",
        "distributive": f"{a} × ({b} + {c}) = {a} × {b} + {a} × {c}",
    }[name]


WHY = {
    "commutative": "the order of the numbers changes and the answer stays the same",
    "associative": "the grouping (the parentheses) changes and the answer stays the same",
    "identity": "adding 0 or multiplying by 1 leaves the number unchanged",
    "distributive": "a product with a sum is split into a sum of products",
}


@template("properties_of_operations")
def properties_of_operations(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Name the property an equation shows, fill in a missing number, or use one to compute."""
    hint = "Look at what changes from one side to the other: the order, the grouping, or a sum inside a product."
    if difficulty == "easy":
        name = rng.choice(PROPERTY_NAMES)
        example = _property_example(rng, name)
        question = f"Which property of operations does {example} show?"
        steps = [f"In {example}, {WHY[name]}.", f"That is the {name} property."]
        return make(question, name, steps, hint, difficulty, choices=list(PROPERTY_NAMES))
    a, b, c = rng.sample(range(2, 13), 3)
    if difficulty == "medium":
        name = rng.choice(["commutative", "associative", "distributive"])
        left, right, value = {
            "commutative": (f"{a} × {b}", f"{b} × ___", a),
            "associative": (f"({a} + {b}) + {c}", f"{a} + ({b} + ___)", c),
            "distributive": (f"{a} × ({b} + {c})", f"{a} × {b} + {a} × ___", c),
        }[name]
        whole = sympy.sympify(left.replace("×", "*"))
        assert whole == sympy.sympify(right.replace("×", "*").replace("___", str(value)))
        question = f"What number makes this true: {left} = {right}?"
        steps = [
            f"This uses the {name} property: {WHY[name]}.",
            f"Both sides equal {whole} when the blank is {value}.",
        ]
        return make(question, str(value), steps, hint, difficulty)
    big = rng.randint(2, 9) * 10
    small = rng.randint(1, 9)
    value = a * (big + small)
    assert value == a * big + a * small
    question = (
        f"Use the distributive property to find {a} × {big + small}: "
        f"{a} × {big + small} = {a} × {big} + {a} × {small}. What is the product?"
    )
    steps = [
        f"Split {big + small} into {big} + {small}.",
        f"{a} × {big} = {a * big} and {a} × {small} = {a * small}.",
        f"Add the parts: {a * big} + {a * small} = {value}.",
    ]
    return make(question, str(value), steps, "Multiply each part, then add.", difficulty)


@template("fraction_basics")
def fraction_basics(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A fraction of a whole left over, a missing number in equivalent fractions, or lowest terms."""
    den = rng.randint(3, level(difficulty, 8, 10, 12))
    num = rng.randint(1, den - 1)
    if difficulty == "easy":
        left = den - num
        value = Q(left, den)
        question = (
            f"A pizza is cut into {den} equal slices. Sam eats {num} of them. "
            "What fraction of the pizza is left?"
        )
        steps = [
            f"The whole pizza is {den} slices; {den} - {num} = {left} are left.",
            f"{left} out of {den} equal parts is {left}/{den}"
            + (f" = {show(value)} in lowest terms." if value.q != den else "."),
        ]
        wrong = [f"{num}/{den}", f"{left}/{den + num}", f"{left}/{den + 1}", f"1/{den}"]
        wrong += [f"{left + 1}/{den + 1}", f"{num}/{den + 1}", f"{den - 1}/{den + 2}"]
        choices = options(rng, show(value), [w for w in wrong if not _whole(w)], low=0, high=1)
        hint = "The bottom number counts the equal parts of the whole; the top counts the parts you mean."
        return make(question, show(value), steps, hint, difficulty, choices=choices)
    if difficulty == "medium":
        num, den = checked(lambda: (rng.randint(1, 9), rng.randint(2, 10)), _proper_lowest)
        k = rng.randint(2, 6)
        value = num * k
        assert Q(value, den * k) == Q(num, den)
        question = f"What number goes in the blank: {num}/{den} = ___/{den * k}?"
        steps = [
            f"The denominator {den} was multiplied by {k} to make {den * k}.",
            f"Multiply the numerator by the same number: {num} × {k} = {value}.",
        ]
        hint = "Whatever you multiply the bottom by, multiply the top by the same number."
        return make(question, str(value), steps, hint, difficulty)
    num, den = checked(lambda: (rng.randint(1, 9), rng.randint(2, 12)), _proper_lowest)
    k = rng.randint(2, 8)
    value = Q(num, den)
    question = f"Write {num * k}/{den * k} in lowest terms."
    steps = [
        f"The greatest common factor of {num * k} and {den * k} is {math.gcd(num * k, den * k)}.",
        f"Divide the top and the bottom by it: {show(value)}.",
    ]
    hint = "Divide the numerator and denominator by their greatest common factor."
    return make(question, show(value), steps, hint, difficulty, kind="short_answer")


def _proper_lowest(pair: tuple[int, int]) -> bool:
    return pair[0] < pair[1] and math.gcd(*pair) == 1


def _whole(fraction: str) -> bool:
    top, bottom = fraction.split("/")
    return int(top) % int(bottom) == 0 or int(top) == int(bottom)


@template("rational_irrational")
def rational_irrational(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Which of four numbers is irrational (or rational, when hard)."""
    squares = [n * n for n in range(2, 13)]
    roots = [n for n in range(2, 150) if n not in squares]
    irrational = [f"sqrt({n})" for n in rng.sample(roots, 3)] + ["pi"]
    rational = [
        f"sqrt({rng.choice(squares)})",
        f"{rng.randint(1, 8)}/{rng.randint(9, 13)}",
        f"{rng.randint(1, 9)}.{rng.randint(1, 9)}{rng.randint(1, 9)}",
        f"{rng.randint(2, 40)}",
    ]
    want = "rational" if difficulty == "hard" else "irrational"
    pool, others = (rational, irrational) if want == "rational" else (irrational, rational)
    answer = rng.choice(pool)
    choices = [answer, *rng.sample(others, 3)]
    assert _is_rational(answer) == (want == "rational")
    assert all(_is_rational(o) != (want == "rational") for o in choices[1:])
    rng.shuffle(choices)
    question = f"Which of these numbers is {want}: {', '.join(choices)}?"
    steps = ["A rational number is a fraction of two integers; its decimal ends or repeats."]
    steps += [f"{o}: {_reason(o)}." for o in choices]
    steps.append(f"So {answer} is the {want} one.")
    hint = "Ask of each number: can it be written as a fraction of two whole numbers?"
    return make(question, answer, steps, hint, difficulty, choices=choices)


def _is_rational(text: str) -> bool:
    """Checked by sympy: decimals as exact fractions, sqrt(16) as 4."""
    return bool(sympy.sympify(text, rational=True).is_rational)


def _reason(text: str) -> str:
    """Why one number is rational or not, in words."""
    if text == "pi":
        return "pi's decimal never ends or repeats, so it is irrational"
    if text.startswith("sqrt"):
        n = int(text[5:-1])
        root = math.isqrt(n)
        if root * root == n:
            return f"{n} = {root} × {root}, so it equals {root}: rational"
        return f"{n} is not a perfect square, so it is irrational"
    if "/" in text:
        return "a fraction of two integers: rational"
    if "." in text:
        whole, part = text.split(".")
        return f"= {whole}{part}/{10 ** len(part)}: rational"
    return f"= {text}/1: rational"
