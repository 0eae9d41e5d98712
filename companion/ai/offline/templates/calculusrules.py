"""Calculus rules: product and quotient rules, antiderivatives with an initial value (sympy-checked)."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import algebra, grouped, make, nonzero, template, x
from companion.ai.schemas import Difficulty, Problem


@template("derivative_product")
def derivative_product(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Differentiate a product (or, when hard, a quotient) of two polynomials."""
    u = x ** rng.randint(1, 3) + rng.randint(1, 6)
    v = nonzero(rng, -5, 5) * x + rng.randint(1, 9)
    hint = "Product rule: (uv)' = u'v + uv'. Quotient rule: (u/v)' = (u'v - uv') over v squared."
    if difficulty == "hard":
        expr = u / v
        value = sympy.simplify(sympy.diff(expr, x))
        numerator = sympy.expand(sympy.diff(u, x) * v - u * sympy.diff(v, x))
        answer = f"{grouped(algebra(numerator))}/({algebra(v)})^2"
        assert sympy.simplify(numerator / v**2 - value) == 0
        question = f"Find the derivative of f(x) = ({algebra(u)})/({algebra(v)})."
        steps = [
            f"u = {algebra(u)}, u' = {algebra(sympy.diff(u, x))}; v = {algebra(v)}, v' = {algebra(sympy.diff(v, x))}.",
            f"f'(x) = (u'v - uv')/v^2 = {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    expr = u * v
    value = sympy.expand(sympy.diff(expr, x))
    du, dv = sympy.diff(u, x), sympy.diff(v, x)
    assert sympy.expand(du * v + u * dv - value) == 0
    if difficulty == "easy":
        point = rng.randint(-3, 3)
        number = value.subs(x, point)
        question = f"f(x) = ({algebra(u)})({algebra(v)}). Use the product rule to find f'({point})."
        steps = [
            f"f'(x) = u'v + uv' = ({algebra(du)})({algebra(v)}) + ({algebra(u)})({algebra(dv)}).",
            f"f'(x) = {algebra(value)}, so f'({point}) = {number}.",
        ]
        return make(question, str(number), steps, hint, difficulty)
    question = f"Use the product rule to differentiate f(x) = ({algebra(u)})({algebra(v)}). Expand your answer."
    steps = [
        f"u' = {algebra(du)} and v' = {algebra(dv)}.",
        f"f'(x) = ({algebra(du)})({algebra(v)}) + ({algebra(u)})({algebra(dv)}) = {algebra(value)}.",
    ]
    return make(question, algebra(value), steps, hint, difficulty)


@template("antiderivative")
def antiderivative(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The antiderivative F of a polynomial with a given value F(0)."""
    degree = {"easy": 1, "medium": 2, "hard": 3}[difficulty]
    f = sum(nonzero(rng, -4, 4) * (k + 1) * x**k for k in range(degree + 1))
    start = rng.randint(-9, 9)
    big_f = sympy.integrate(f, x) + start
    assert sympy.expand(sympy.diff(big_f, x) - f) == 0 and big_f.subs(x, 0) == start
    question = f"Find the antiderivative F(x) of f(x) = {algebra(f)} with F(0) = {start}."
    steps = [
        "Raise each power by one and divide by the new power: the integral of x^n is x^(n+1)/(n+1).",
        f"F(x) = {algebra(sympy.integrate(f, x))} + C.",
        f"F(0) = C = {start}, so F(x) = {algebra(big_f)}.",
    ]
    hint = "Integrate term by term, then use the given value to find the constant C."
    return make(question, algebra(big_f), steps, hint, difficulty)
