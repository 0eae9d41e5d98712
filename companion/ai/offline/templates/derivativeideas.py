"""Calculus ideas beyond the rules: the limit definition of the derivative, continuity,
implicit differentiation and u-substitution (every answer recomputed with sympy)."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import (
    algebra,
    checked,
    make,
    nonzero,
    show,
    template,
    x,
    y,
)
from companion.ai.schemas import Difficulty, Problem

h = sympy.Symbol("h")


@template("derivative_definition")
def derivative_definition(rng: random.Random, difficulty: Difficulty) -> Problem:
    """f'(a) from the limit of the difference quotient, or the tangent line at a point."""
    a, b, c = nonzero(rng, -4, 4), rng.randint(-6, 6), rng.randint(-9, 9)
    f = a * x**2 + b * x + c
    p = rng.randint(-3, 3)
    quotient = sympy.expand((f.subs(x, p + h) - f.subs(x, p)) / h)
    slope = sympy.limit(quotient, h, 0)
    assert slope == sympy.diff(f, x).subs(x, p)
    hint = "Expand f(a + h) - f(a), divide every term by h, then let h shrink toward zero."
    if difficulty != "hard":
        question = (
            f"Use the definition of the derivative, f'(a) = lim h→0 (f(a + h) - f(a))/h, to find f'({p}) "
            f"for f(x) = {algebra(f)}."
        )
        steps = [
            f"(f({p} + h) - f({p}))/h = {algebra(quotient)}.",
            f"As h → 0 this goes to {slope}, so f'({p}) = {slope}.",
        ]
        return make(question, str(slope), steps, hint, difficulty)
    point = f.subs(x, p)
    line = sympy.expand(slope * (x - p) + point)
    answer = f"y = {algebra(line)}"
    question = f"Find the equation of the tangent line to f(x) = {algebra(f)} at x = {p}, using the derivative."
    steps = [
        f"The point is ({p}, {point}).",
        f"The slope is f'({p}) = lim h→0 of {algebra(quotient)} = {slope}.",
        f"y - ({point}) = {slope}(x - ({p})), so {answer}.",
    ]
    return make(question, answer, steps, hint, difficulty)


@template("continuity")
def continuity(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The constant that makes a piecewise function continuous, or fills a removable hole."""
    c = nonzero(rng, -4, 4)
    hint = "Continuous at a point means the limit there equals the function's value there."
    if difficulty == "easy":
        a, k = rng.randint(-5, 5), nonzero(rng, -5, 5)
        b = c * c + a - k * c
        left, right = x**2 + a, k * x + b
        assert left.subs(x, c) == right.subs(x, c)
        right_text = "kx" if b == 0 else f"kx + {b}" if b > 0 else f"kx - {-b}"
        question = (
            f"Let f(x) = {algebra(left)} for x < {c} and f(x) = {right_text} for x ≥ {c}. "
            "For which value of k is f continuous?"
        )
        steps = [
            f"The left piece approaches {c}^2 + ({a}) = {c * c + a} at x = {c}.",
            f"Set k({c}) + ({b}) = {c * c + a}: k = {k}.",
        ]
        return make(question, str(k), steps, hint, difficulty)
    # medium: a difference of squares (x^2 - c^2)/(x - c), whose hole is filled by 2c, not
    # a perfect square whose answer would always be 0
    p = nonzero(rng, -6, 6) if difficulty == "hard" else c
    top = sympy.expand((x - c) * (x + p))
    limit = sympy.limit(top / (x - c), x, c)
    assert limit == c + p
    question = (
        f"f(x) = ({algebra(top)})/({algebra(x - c)}) for x ≠ {c}, and f({c}) = k. "
        "What value of k makes f continuous at x = {c}?".replace("{c}", str(c))
    )
    steps = [
        f"Factor: ({algebra(x - c)})({algebra(x + p)}) / ({algebra(x - c)}) = {algebra(x + p)} for x ≠ {c}.",
        f"The limit as x → {c} is {c} + ({p}) = {limit}, so k = {limit}.",
    ]
    return make(question, str(limit), steps, hint, difficulty)


# curves through an integer point: F(x, y) = its value there
CURVES = {"easy": x**2 + y**2, "medium": x**2 + x * y + y**2, "hard": x**3 + x * y**2 - y**3}


@template("implicit_differentiation")
def implicit_differentiation(rng: random.Random, difficulty: Difficulty) -> Problem:
    """dy/dx at a point of a curve defined implicitly, checked with sympy.idiff."""
    curve = CURVES[difficulty]
    px, py = checked(
        lambda: (nonzero(rng, -5, 5), nonzero(rng, -5, 5)),
        lambda p: sympy.diff(curve, y).subs({x: p[0], y: p[1]}) != 0,
    )
    value = curve.subs({x: px, y: py})
    slope = -sympy.diff(curve, x) / sympy.diff(curve, y)
    at = slope.subs({x: px, y: py})
    assert sympy.idiff(curve - value, y, x).subs({x: px, y: py}) == at
    question = f"Differentiate implicitly: find dy/dx at the point ({px}, {py}) on the curve {algebra(curve)} = {value}."
    steps = [
        "Differentiate both sides with respect to x, writing dy/dx each time y is differentiated.",
        f"dy/dx = {algebra(sympy.simplify(slope))}.",
        f"At ({px}, {py}): dy/dx = {show(at)}.",
    ]
    hint = "Treat y as a function of x: each time you differentiate a y term, multiply by dy/dx."
    return make(question, show(at), steps, hint, difficulty)


@template("u_substitution")
def u_substitution(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A definite integral of g'(x)·g(x)^n, worked with u = g(x) and new limits."""
    n, a = rng.randint(1, 3), rng.randint(1, 3)
    m = {"easy": 2, "medium": 2, "hard": 3}[difficulty]
    scale = m if difficulty != "medium" else 1
    top = rng.randint(1, 2)
    inner = x**m + a
    integrand = scale * x ** (m - 1) * inner**n
    value = sympy.integrate(integrand, (x, 0, top))
    u = sympy.Symbol("u")
    factor = sympy.Rational(scale, m)
    assert value == factor * sympy.integrate(u**n, (u, a, top**m + a))
    times = "" if factor == 1 else f"{show(factor)} × "
    question = f"Use u-substitution to evaluate the integral of {algebra(integrand)} dx from x = 0 to x = {top}."
    steps = [
        f"Let u = {algebra(inner)}, so du = {algebra(sympy.diff(inner, x))} dx.",
        f"The limits become u = {a} to u = {top**m + a}.",
        f"{times}the integral of u^{n} du = {times}(u^{n + 1}/{n + 1}) from {a} to {top**m + a} = {show(value)}.",
    ]
    hint = "Pick u as the inside of the power; its derivative should appear as the other factor."
    return make(question, show(value), steps, hint, difficulty)
