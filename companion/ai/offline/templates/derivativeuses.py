"""Uses of the derivative: concavity and inflection points, critical numbers and relative
extrema, optimization, and related rates (sympy checks each answer)."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import (
    algebra,
    make,
    options,
    show,
    template,
    x,
)
from companion.ai.schemas import Difficulty, Problem


def _cubic(rng: random.Random) -> tuple[sympy.Basic, int, int]:
    """f with f'(x) = 3s(x - r1)(x - r2) (r1 + r2 even, so the coefficients are whole)."""
    r1 = rng.randint(-4, 3)
    r2 = r1 + 2 * rng.randint(1, 3)
    s = rng.choice([1, -1])
    f = s * (x**3 - sympy.Rational(3, 2) * (r1 + r2) * x**2 + 3 * r1 * r2 * x) + rng.randint(-5, 5)
    assert sympy.factor(sympy.diff(f, x)) == sympy.factor(3 * s * (x - r1) * (x - r2))
    return sympy.expand(f), r1, r2


@template("concavity")
def concavity(rng: random.Random, difficulty: Difficulty) -> Problem:
    """f''(a), the inflection point of a cubic, or where a cubic is concave up."""
    f, r1, r2 = _cubic(rng)
    second = sympy.diff(f, x, 2)
    hint = "Differentiate twice: a positive second derivative means concave up, a negative one concave down."
    if difficulty == "easy":
        p = rng.randint(-3, 3)
        value = second.subs(x, p)
        question = f"Find the second derivative f''({p}) of f(x) = {algebra(f)}."
        steps = [
            f"f'(x) = {algebra(sympy.diff(f, x))}.",
            f"f''(x) = {algebra(second)}.",
            f"f''({p}) = {value}.",
        ]
        return make(question, str(value), steps, hint, difficulty)
    inflection = sympy.solve(second, x)[0]
    assert inflection == sympy.Rational(r1 + r2, 2)
    if difficulty == "medium":
        answer = f"x = {inflection}"
        question = f"At what x-value does f(x) = {algebra(f)} have a point of inflection?"
        steps = [f"f''(x) = {algebra(second)}.", f"f''(x) = 0 and changes sign at {answer}."]
        return make(question, answer, steps, hint, difficulty)
    up = second.coeff(x, 1) > 0
    answer = f"x > {inflection}" if up else f"x < {inflection}"
    wrong = [
        f"x < {inflection}",
        f"x > {inflection}",
        f"x > {-inflection}",
        f"x < {-inflection}",
        f"x > {inflection + 1}",
        f"x < {inflection - 1}",
    ]
    question = f"On which interval is f(x) = {algebra(f)} concave up?"
    steps = [
        f"f''(x) = {algebra(second)}, which is zero at x = {inflection}.",
        f"f''(x) > 0 exactly when {answer}.",
    ]
    choices = options(rng, answer, [w for w in dict.fromkeys(wrong) if w != answer])
    return make(question, answer, steps, hint, difficulty, choices=choices)


@template("extrema")
def extrema(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Critical numbers, the x of a relative max or min, or the relative max value."""
    f, r1, r2 = _cubic(rng)
    first = sympy.diff(f, x)
    hint = "Critical numbers are where the derivative is zero; the first derivative test checks how its sign changes."
    if difficulty == "easy":
        answer = f"x = {r1} or x = {r2}"
        assert sorted(sympy.solve(first, x)) == [r1, r2]
        question = f"Find the critical numbers of f(x) = {algebra(f)}."
        steps = [
            f"f'(x) = {algebra(first)} = {algebra(sympy.factor(first))}.",
            f"f'(x) = 0 at {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    second = sympy.diff(f, x, 2)
    top = r1 if second.subs(x, r1) < 0 else r2  # f' turns from + to - there
    low = r2 if top == r1 else r1
    if difficulty == "medium":
        answer = f"x = {low}"
        question = f"At what x-value does f(x) = {algebra(f)} have a relative min?"
        steps = [
            f"f'(x) = {algebra(sympy.factor(first))}: zero at x = {r1} and x = {r2}.",
            f"f' changes from negative to positive at {answer}, so that is the relative min.",
        ]
        return make(question, answer, steps, hint, difficulty)
    value = f.subs(x, top)
    assert first.subs(x, top - sympy.Rational(1, 2)) > 0 > first.subs(x, top + sympy.Rational(1, 2))
    question = f"Find the relative maximum value of f(x) = {algebra(f)}."
    steps = [
        f"f'(x) = {algebra(sympy.factor(first))}: zero at x = {r1} and x = {r2}.",
        f"f' changes from positive to negative at x = {top}, a relative max.",
        f"f({top}) = {value}.",
    ]
    return make(question, str(value), steps, hint, difficulty)


@template("optimization")
def optimization(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The largest area for a fence, a fence along a river, or the largest open box."""
    k = rng.randint(2, 15)
    side = sympy.Symbol("w", positive=True)
    hint = "Write the quantity as a function of one variable, set its derivative to zero, and check it is a maximum."
    if difficulty == "easy":
        fence = 4 * k * rng.randint(1, 3)
        area = side * (fence // 2 - side)
    elif difficulty == "medium":
        fence = 4 * k
        area = side * (fence - 2 * side)
    else:
        sheet = 6 * rng.randint(1, 12)
        area = side * (sheet - 2 * side) ** 2
    best = [
        c
        for c in sympy.solve(sympy.diff(area, side), side)
        if sympy.diff(area, side, 2).subs(side, c) < 0
    ]
    assert len(best) == 1
    most = area.subs(side, best[0])
    if difficulty == "easy":
        question = f"A farmer has {fence} m of fence for a rectangular pen. What is the maximum area, in square meters?"
        steps = [
            f"Area A(w) = w({fence // 2} - w).",
            f"A'(w) = {fence // 2} - 2w = 0 at w = {best[0]}.",
            f"A = {most}.",
        ]
    elif difficulty == "medium":
        question = (
            f"A farmer has {fence} m of fence to make a rectangular pen along a straight river; "
            "the river side needs no fence. What is the maximum area, in square meters?"
        )
        steps = [
            f"With sides w, w and {fence} - 2w: A(w) = w({fence} - 2w).",
            f"A'(w) = {fence} - 4w = 0 at w = {best[0]}.",
            f"A = {most}.",
        ]
    else:
        question = (
            f"An open box is made from a {sheet} cm square sheet by cutting equal squares from the corners "
            "and folding up the sides. What is the maximum volume, in cubic cm?"
        )
        steps = [
            f"V(w) = w({sheet} - 2w)^2 for a cut of w.",
            f"V'(w) = 0 at w = {best[0]} (the other root gives V = 0).",
            f"V = {most}.",
        ]
    return make(question, str(most), steps, hint, difficulty)


@template("related_rates")
def related_rates(rng: random.Random, difficulty: Difficulty) -> Problem:
    """dA/dt for a spreading circle, dV/dt for a growing sphere, or a sliding ladder."""
    t = sympy.Symbol("t")
    rate, now = rng.randint(1, 5), rng.randint(2, 12)
    r = sympy.Function("r")(t)
    hint = "Write the equation that links the quantities, differentiate both sides with respect to t, then substitute."
    if difficulty in ("easy", "medium"):
        shape = sympy.pi * r**2 if difficulty == "easy" else sympy.Rational(4, 3) * sympy.pi * r**3
        change = sympy.diff(shape, t).subs(sympy.Derivative(r, t), rate).subs(r, now)
        answer = algebra(change)
        what, unit = (
            ("area of a circular ripple", "cm^2/s")
            if difficulty == "easy"
            else ("volume of a balloon", "cm^3/s")
        )
        formula = (
            "A = pi r^2, so dA/dt = 2 pi r dr/dt"
            if difficulty == "easy"
            else "V = (4/3) pi r^3, so dV/dt = 4 pi r^2 dr/dt"
        )
        question = (
            f"The radius is changing at a rate of {rate} cm/s. How fast is the {what} changing when the radius "
            f"is {now} cm? Give an exact answer in terms of pi, in {unit}."
        )
        steps = [formula + ".", f"Substitute r = {now} and dr/dt = {rate}: {answer}."]
        return make(question, answer, steps, hint, difficulty)
    a, b, ladder = rng.choice([(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 15, 17), (9, 12, 15)])
    speed = sympy.Rational(a * rate, b)
    bottom, top = sympy.Function("x")(t), sympy.Function("y")(t)
    dy = sympy.solve(sympy.diff(bottom**2 + top**2 - ladder**2, t), sympy.Derivative(top, t))[0]
    assert dy.subs(sympy.Derivative(bottom, t), rate).subs({bottom: a, top: b}) == -speed
    question = (
        f"A {ladder} ft ladder leans against a wall. Its bottom slides away from the wall at {rate} ft/s. "
        f"How fast, in ft/s, is the top sliding down the wall when the bottom is {a} ft from the wall?"
    )
    steps = [
        f"x^2 + y^2 = {ladder}^2, so 2x dx/dt + 2y dy/dt = 0.",
        f"When x = {a}, y = {b}: dy/dt = -({a} × {rate})/{b} = {show(-speed)}.",
        f"The top slides down at {show(speed)} ft/s.",
    ]
    return make(question, show(speed), steps, hint, difficulty)
