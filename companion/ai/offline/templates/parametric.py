"""Parametric equations and polynomial or rational inequalities: points, eliminating the
parameter, dy/dx, and sign-diagram solution sets (checked by sympy's solver)."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import (
    algebra,
    checked,
    grouped,
    make,
    nonzero,
    show,
    template,
    x,
)
from companion.ai.schemas import Difficulty, Problem

t = sympy.Symbol("t")


def _p(value: int) -> str:
    return f"({value})" if value < 0 else str(value)


@template("parametric_equations")
def parametric_equations(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The point at a value of t, the equation after eliminating t, or dy/dx at t."""
    a, b, k = rng.randint(-5, 5), rng.randint(1, 9), nonzero(rng, -3, 3)
    hint = "Each of x and y is a function of t: substitute, or solve one for t and use it in the other."
    if difficulty == "easy":
        fx, fy = t + a, t**2 - b
        point = (fx.subs(t, k), fy.subs(t, k))
        answer = f"({point[0]}, {point[1]})"
        question = (
            f"A curve is given by the parametric equations x = {algebra(fx)}, y = {algebra(fy)}. "
            f"What point is on the curve when t = {k}?"
        )
        steps = [
            f"x = {k} + {_p(a)} = {point[0]}.",
            f"y = {_p(k)}^2 - {b} = {point[1]}, so the point is {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    if difficulty == "medium":
        m = rng.choice([-4, -3, -2, 2, 3, 4])
        fx, fy = t + a, m * t + b
        line = sympy.expand(fy.subs(t, x - a))
        assert all(line.subs(x, fx.subs(t, v)) == fy.subs(t, v) for v in range(-2, 3))
        answer = f"y = {algebra(line)}"
        question = (
            f"Eliminate the parameter: x = {algebra(fx)}, y = {algebra(fy)}. Write y in terms of x."
        )
        steps = [
            f"From x = {algebra(fx)}, t = {algebra(x - a)}.",
            f"y = {m}({algebra(x - a)}) + {b}, so {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    k = checked(lambda: nonzero(rng, -3, 3), lambda v: 3 * v * v != b)
    fx, fy = t**2 + a, t**3 - b * t
    slope = sympy.Rational(3 * k * k - b, 2 * k)
    assert (sympy.diff(fy, t) / sympy.diff(fx, t)).subs(t, k) == slope
    question = f"For the parametric equations x = {algebra(fx)}, y = {algebra(fy)}, find dy/dx when t = {k}."
    steps = [
        f"dx/dt = 2t and dy/dt = 3t^2 - {b}.",
        f"dy/dx = (dy/dt)/(dx/dt) = (3({k})^2 - {b})/(2 × ({k})) = {show(slope)}.",
    ]
    hint = "dy/dx is dy/dt divided by dx/dt."
    return make(question, show(slope), steps, hint, difficulty)


def _inequality_text(solved: sympy.Set) -> str:
    """A solution set of intervals as inequalities in x: "-2 < x < 3", "x ≤ 1 or x > 4"."""
    parts = []
    for piece in sorted(sympy.Union.make_args(solved), key=lambda i: i.start):
        assert isinstance(piece, sympy.Interval)
        low = "<" if piece.left_open else "≤"
        high = "<" if piece.right_open else "≤"
        if piece.start == -sympy.oo:
            parts.append(f"x {high} {piece.end}")
        elif piece.end == sympy.oo:
            parts.append(f"x {'>' if piece.left_open else '≥'} {piece.start}")
        else:
            parts.append(f"{piece.start} {low} x {high} {piece.end}")
    return " or ".join(parts)


@template("polynomial_inequality")
def polynomial_inequality(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Solve (x - a)(x - b) < 0 or > 0, or (x - a)/(x - b) ≥ 0, with a sign diagram; the
    solution set is typed as inequalities (the grader compares them as sets)."""
    a, b = sorted(rng.sample(range(-7, 8), 2))
    hint = "Mark the zeros on a number line, then test one value in each interval."
    ask = "Give the solution set as inequalities in x."
    if difficulty == "hard":
        low_is_top = rng.random() < 0.5
        top, bottom = (x - a, x - b) if low_is_top else (x - b, x - a)
        solved = sympy.solve_univariate_inequality(top / bottom >= 0, x, relational=False)
        answer = _inequality_text(solved)
        question = f"Solve the rational inequality {grouped(algebra(top))}/{grouped(algebra(bottom))} ≥ 0. {ask}"
        steps = [
            f"Zeros of the top and bottom: x = {a} and x = {b} split the line into test intervals.",
            "The fraction is positive outside them; the top's zero makes it 0 (included), the bottom's zero is excluded.",
            f"Solution: {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    expr = sympy.expand((x - a) * (x - b))
    below = difficulty == "easy" or rng.random() < 0.5
    relation = expr < 0 if below else expr > 0
    answer = _inequality_text(sympy.solve_univariate_inequality(relation, x, relational=False))
    shown = f"({algebra(x - a)})({algebra(x - b)})" if difficulty == "easy" else algebra(expr)
    question = f"Solve the polynomial inequality {shown} {'<' if below else '>'} 0. {ask}"
    steps = [
        f"The zeros x = {a} and x = {b} split the line into three test intervals.",
        f"The product is {'negative between' if below else 'positive outside'} the zeros.",
        f"Solution: {answer}.",
    ]
    return make(question, answer, steps, hint, difficulty)
