"""Polynomial templates: quadratics, evaluating expressions, multiplying, functions."""

from __future__ import annotations

import random
from collections.abc import Callable

import sympy

from companion.ai.offline.templates.common import (
    algebra,
    checked,
    decimal,
    level,
    make,
    nonzero,
    numeric_wrong,
    options,
    show,
    template,
    x,
    y,
)
from companion.ai.schemas import Difficulty, Problem


def roots_answer(roots: list[sympy.Expr], text: Callable[[sympy.Expr], str] = show) -> str:
    """ "x = -2 or x = 3" (one root once)."""
    return " or ".join(f"x = {text(r)}" for r in sorted(set(roots), key=float))


@template("quadratic_factor")
def quadratic_factor(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Solve a factorable quadratic (leading coefficient > 1 when hard)."""
    size = level(difficulty, 6, 9, 7)
    r1, r2 = checked(
        lambda: (rng.randint(-size, size), rng.randint(-size, size)), lambda p: p[0] != p[1]
    )
    k = rng.randint(2, 4) if difficulty == "hard" else 1
    poly = sympy.expand(k * (x - r1) * (x - r2))
    assert poly.subs(x, r1) == 0 and poly.subs(x, r2) == 0 and sympy.degree(poly, x) == 2
    answer = roots_answer([sympy.Integer(r1), sympy.Integer(r2)])
    steps = [
        f"Factor: {algebra(poly)} = {'' if k == 1 else k}(x - ({r1}))(x - ({r2})).",
        "A product is zero when one factor is zero.",
        f"So {answer}.",
    ]
    hint = "Find two numbers that multiply to the constant and add to the x coefficient."
    return make(f"Solve by factoring: {algebra(poly)} = 0", answer, steps, hint, difficulty)


@template("quadratic_formula")
def quadratic_formula(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Solve ax^2 + bx + c = 0 with the quadratic formula (irrational roots)."""

    def draw() -> tuple[int, int, int]:
        a = 1 if difficulty == "easy" else nonzero(rng, -4, 5)
        return a, nonzero(rng, -9, 9), nonzero(rng, -9, 9)

    def irrational(p: tuple[int, int, int]) -> bool:
        disc = p[1] ** 2 - 4 * p[0] * p[2]
        return disc > 0 and sympy.sqrt(disc).is_rational is False

    a, b, c = checked(draw, irrational)
    disc = b * b - 4 * a * c
    roots = [(-b + sign * sympy.sqrt(disc)) / (2 * a) for sign in (1, -1)]
    poly = a * x**2 + b * x + c
    assert all(abs(float(poly.subs(x, r))) < 1e-9 for r in roots)
    answer = roots_answer(roots, lambda r: decimal(r, 2))
    steps = [
        f"a = {a}, b = {b}, c = {c}; the discriminant is b^2 - 4ac = {disc}.",
        f"x = (-b ± sqrt({disc}))/(2·{a}) = ({-b} ± {decimal(sympy.sqrt(disc), 3)})/{2 * a}.",
        f"So {answer}.",
    ]
    question = f"Solve {algebra(poly)} = 0 with the quadratic formula. Round to 2 decimal places."
    return make(question, answer, steps, "x = (-b ± sqrt(b^2 - 4ac)) / (2a).", difficulty)


@template("evaluate_expression")
def evaluate_expression(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Substitute values into an expression."""
    a, b, c = nonzero(rng, -6, 9), nonzero(rng, -9, 9), rng.randint(1, 9)
    u, v = nonzero(rng, -5, 6), nonzero(rng, -5, 6)
    expr = level(difficulty, a * x + c, a * x**2 + b * x + c, a * x**2 - b * x * y + c * y)
    value = expr.subs({x: u, y: v})
    direct = level(difficulty, a * u + c, a * u * u + b * u + c, a * u * u - b * u * v + c * v)
    assert value == direct
    where = f"x = {u}" + (f" and y = {v}" if difficulty == "hard" else "")
    steps = [
        f"Replace each variable: {where}.",
        f"Compute carefully with parentheses: {show(value)}.",
    ]
    wrong = [
        show(value + 2 * a * u * u) if difficulty != "easy" else show(-value),
        *numeric_wrong(value, rng),
    ]
    # A sign slip is a plausible mistake only where the question has a minus sign in it.
    low = 0 if value >= 0 and "-" not in f"{algebra(expr)} {where}" else None
    choices = options(rng, show(value), wrong, low=low) if difficulty == "easy" else None
    question = f"Evaluate {algebra(expr)} when {where}."
    return make(
        question,
        show(value),
        steps,
        "Put negative values in parentheses before squaring.",
        difficulty,
        kind="short_answer",
        choices=choices,
    )


@template("polynomial_multiply")
def polynomial_multiply(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Multiply two polynomials and collect terms."""
    a, b, c, d = (nonzero(rng, -7, 7) for _ in range(4))
    first = (1 if difficulty == "easy" else a) * x + b
    second = level(difficulty, x + d, c * x + d, c * x**2 + d * x + rng.randint(1, 5))
    product = sympy.expand(first * second)
    assert all(product.subs(x, t) == first.subs(x, t) * second.subs(x, t) for t in (-2, 1, 3, 5))
    steps = [
        "Multiply every term of the first factor by every term of the second (FOIL).",
        f"Collect like terms: {algebra(product)}.",
    ]
    question = f"Multiply and simplify: ({algebra(first)})({algebra(second)})"
    return make(
        question,
        algebra(product),
        steps,
        "Distribute each term, then combine like terms.",
        difficulty,
        kind="short_answer",
    )


@template("function_evaluate")
def function_evaluate(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Evaluate f(k), or f(g(k)) when hard."""
    a, b, c = nonzero(rng, -5, 5), nonzero(rng, -9, 9), rng.randint(-9, 9)
    f = level(difficulty, a * x + b, a * x**2 + b * x + c, a * x**2 + b)
    g = nonzero(rng, -3, 4) * x + rng.randint(-3, 3)
    k = nonzero(rng, -4, 5)
    inner = g.subs(x, k) if difficulty == "hard" else sympy.Integer(k)
    value = f.subs(x, inner)
    assert sympy.Lambda(x, f)(inner) == value
    if difficulty == "hard":
        question = f"Let f(x) = {algebra(f)} and g(x) = {algebra(g)}. Find f(g({k}))."
        steps = [f"Inner first: g({k}) = {inner}.", f"Then f({inner}) = {show(value)}."]
    else:
        question = f"Let f(x) = {algebra(f)}. Find f({k})."
        steps = [
            f"Replace x with {k}: f({k}) = {algebra(f).replace('x', f'({k})')}.",
            f"= {show(value)}.",
        ]
    return make(question, show(value), steps, "f(k) means: put k wherever x appears.", difficulty)
