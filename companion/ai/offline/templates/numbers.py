"""Number templates: order of operations, signed integers, exponent rules, GCD/LCM."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import (
    level,
    make,
    nonzero,
    numeric_wrong,
    options,
    show,
    template,
)
from companion.ai.offline.templates.powers import factored
from companion.ai.schemas import Difficulty, Problem


def eval_op(x: sympy.Rational, y: sympy.Rational, op: str) -> sympy.Rational:
    """Apply one arithmetic operator (used as the independent check)."""
    return sympy.sympify(f"({x}){op}({y})")


@template("order_of_operations")
def order_of_operations(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Evaluate an expression where left-to-right reading gives a wrong answer."""
    a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 9)
    d = rng.randint(1, 5)
    text = level(
        difficulty,
        f"{a} + {b} × {c}",
        f"({a} + {b}) × {c} - {d}^2",
        f"{a} × {b} - {c}^2 ÷ {c} + ({d} + {a})",
    )
    value = sympy.sympify(text.replace("×", "*").replace("÷", "/").replace("^", "**"))
    assert value == level(difficulty, a + b * c, (a + b) * c - d**2, a * b - c + d + a)
    left_to_right = level(difficulty, (a + b) * c, (a + b) * c - d * 2, a * b - c**2 + d + a)
    steps = [
        "Parentheses first, then exponents, then × and ÷ left to right, then + and -.",
        f"{text} = {show(value)}.",
    ]
    wrong = [show(left_to_right), *numeric_wrong(value, rng)]
    return make(
        f"Evaluate {text}.",
        show(value),
        steps,
        "Remember PEMDAS.",
        difficulty,
        kind="short_answer",
        choices=options(rng, show(value), wrong, low=0 if value >= 0 else None),
    )


@template("integer_ops")
def integer_ops(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Signed integer arithmetic with sign-error distractors."""
    size = level(difficulty, 12, 30, 60)
    a, b = nonzero(rng, -size, size), nonzero(rng, -size, size)
    op = rng.choice(level(difficulty, "+-", "+-*", "*/"))
    if op == "/":
        a = b * nonzero(rng, -12, 12)
    value = eval_op(sympy.Integer(a), sympy.Integer(b), op)
    second = f"({b})" if b < 0 else str(b)  # brackets only where a sign would clash
    shown = f"{a} {op.replace('*', '×').replace('/', '÷')} {second}"
    steps = [f"Apply the sign rules for '{op}'.", f"{shown} = {show(value)}."]
    wrong = [show(-value), *numeric_wrong(value, rng)]
    return make(
        f"Compute {shown}.",
        show(value),
        steps,
        "Same signs give a positive product; subtracting a negative adds.",
        difficulty,
        kind="short_answer",
        choices=options(rng, show(value), wrong) if difficulty != "hard" else None,
    )


@template("exponent_rules")
def exponent_rules(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Simplify a product or quotient of powers of x."""
    x = sympy.Symbol("x")
    m, n = rng.randint(2, 9), rng.randint(2, 9)
    if difficulty == "easy":
        text, result, rule = (
            f"x^{m} · x^{n}",
            x ** (m + n),
            f"add the exponents: {m} + {n} = {m + n}",
        )
    elif difficulty == "medium":
        text, result, rule = (
            f"(x^{m})^{n}",
            x ** (m * n),
            f"multiply the exponents: {m} × {n} = {m * n}",
        )
    else:
        k = rng.randint(2, 6)
        text, result, rule = (
            f"(x^{m})^{k} / x^{n}",
            x ** (m * k - n),
            f"{m} × {k} - {n} = {m * k - n}",
        )
    assert sympy.simplify(sympy.sympify(text.replace("·", "*").replace("^", "**")) - result) == 0
    wrong = [
        show(x ** (m * n)),
        show(x ** (m + n)),
        show(x ** (m - n)),
        show(x ** (m * n + 1)),
        show(x ** (m + n + 1)),
        show(x ** (m * n + 2)),
        show(x ** (2 * (m + n))),
    ]
    steps = [f"Use the exponent rule: {rule}.", f"So {text} = {show(result)}."]
    choices = options(rng, show(result), wrong)
    return make(
        f"Simplify {text}.",
        show(result),
        steps,
        "Same base: multiply → add exponents; power of a power → multiply.",
        difficulty,
        choices=choices,
    )


@template("gcd_lcm")
def gcd_lcm(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Greatest common divisor or least common multiple of two numbers."""
    base = rng.randint(2, level(difficulty, 6, 12, 20))
    a, b = base * rng.randint(2, 9), base * rng.randint(2, 9)
    want_gcd = rng.random() < 0.5
    value = sympy.igcd(a, b) if want_gcd else sympy.ilcm(a, b)
    assert (a % value == 0 and b % value == 0) if want_gcd else (value % a == 0 and value % b == 0)
    name = "greatest common factor" if want_gcd else "least common multiple"
    steps = [
        f"Factor into primes: {a} = {factored(a)}, {b} = {factored(b)}.",
        f"The {name} is {value}.",
    ]
    hint = (
        "Take the shared primes with the smallest powers."
        if want_gcd
        else "Take every prime with its largest power."
    )
    return make(
        f"Find the {name} of {a} and {b}.", str(value), steps, hint, difficulty, kind="short_answer"
    )
