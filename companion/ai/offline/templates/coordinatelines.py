"""Coordinate geometry: parallel and perpendicular slopes, midpoint and distance, circle equations."""

from __future__ import annotations

import random

import sympy
from sympy import Rational as Q

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

TRIPLES = ((3, 4, 5), (5, 12, 13), (6, 8, 10), (8, 15, 17))


@template("perpendicular_slope")
def perpendicular_slope(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The slope of a line parallel or perpendicular to a given line."""
    m = checked(lambda: Q(nonzero(rng, -6, 6), rng.randint(1, 4)), lambda v: v not in (1, -1))
    intercept = rng.randint(-9, 9)
    slope = f"({show(m)})x" if m.q != 1 else f"{algebra(m * x)}"
    line = f"y = {slope}" + (
        f" + {intercept}" if intercept > 0 else f" - {-intercept}" if intercept else ""
    )
    if difficulty == "hard":  # the same line in standard form: -p x + q y = q d
        a, b, c = -m.p, m.q, m.q * intercept
        line = f"{algebra(a * x + b * y)} = {c}"
        assert sympy.solve(sympy.Eq(a * x + b * y, c), y)[0].coeff(x) == m
    want = "parallel" if difficulty == "easy" else "perpendicular"
    value = m if want == "parallel" else -1 / m
    assert want == "parallel" or value * m == -1
    question = f"What is the slope of a line {want} to {line}?"
    steps = [
        f"The slope of {line} is {show(m)}"
        + (" (solve for y first)." if difficulty == "hard" else ".")
    ]
    steps.append(
        f"Parallel lines have equal slopes: {show(value)}."
        if want == "parallel"
        else f"Perpendicular slopes are opposite reciprocals: -1 / ({show(m)}) = {show(value)}."
    )
    hint = "Parallel lines share a slope; perpendicular slopes multiply to -1."
    return make(question, show(value), steps, hint, difficulty)


@template("midpoint_distance")
def midpoint_distance(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The midpoint of a segment, or the distance between two points."""
    ax_, ay = rng.randint(-9, 9), rng.randint(-9, 9)
    hint = "Midpoint: average the x's and the y's. Distance: the Pythagorean theorem on the differences."
    if difficulty != "hard":
        bx, by = checked(
            lambda: (rng.randint(-9, 9), rng.randint(-9, 9)),
            lambda p: (p[0] + ax_) % 2 == 0 and (p[1] + ay) % 2 == 0 and p != (ax_, ay),
        )
        mid = (Q(ax_ + bx, 2), Q(ay + by, 2))
        answer = f"({show(mid[0])}, {show(mid[1])})"
        question = f"What is the midpoint of the segment from ({ax_}, {ay}) to ({bx}, {by})?"
        steps = [
            f"x: ({ax_} + {bx}) / 2 = {show(mid[0])}.",
            f"y: ({ay} + {by}) / 2 = {show(mid[1])}.",
            f"Midpoint: {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    a, b, c = rng.choice(TRIPLES)
    bx, by = ax_ + rng.choice([1, -1]) * a, ay + rng.choice([1, -1]) * b
    assert sympy.Point(ax_, ay).distance(sympy.Point(bx, by)) == c
    question = f"How far apart are the points ({ax_}, {ay}) and ({bx}, {by})?"
    steps = [
        f"d = sqrt(({bx} - ({ax_}))^2 + ({by} - ({ay}))^2) = sqrt({a * a} + {b * b}).",
        f"d = sqrt({c * c}) = {c}.",
    ]
    return make(question, str(c), steps, hint, difficulty)


@template("circle_equation")
def circle_equation(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The radius or center of a circle in standard form, or its equation from center and radius."""
    h, k, r = nonzero(rng, -8, 8), nonzero(rng, -8, 8), rng.randint(2, 12)
    standard = f"{algebra((x - h) ** 2)} + {algebra((y - k) ** 2)} = {r * r}"
    hint = "In standard form the center (h, k) and the radius r can be read off: the right side is r squared."
    circle = sympy.Circle(sympy.Point(h, k), r)
    assert sympy.expand(circle.equation(x, y) - ((x - h) ** 2 + (y - k) ** 2 - r * r)) == 0
    if difficulty == "easy":
        question = f"What is the radius of the circle {standard}?"
        steps = [f"r^2 = {r * r}.", f"r = sqrt({r * r}) = {r}."]
        return make(question, str(r), steps, hint, difficulty)
    if difficulty == "medium":
        question = f"What is the center of the circle {standard}? Write it as (h, k)."
        steps = [
            f"Match (x - h)^2 + (y - k)^2: h = {h} and k = {k} (the signs flip).",
            f"Center: ({h}, {k}).",
        ]
        return make(question, f"({h}, {k})", steps, hint, difficulty)
    question = f"Write the equation of the circle with center ({h}, {k}) and radius {r}."
    answer = f"{algebra((x - h) ** 2)} + {algebra((y - k) ** 2)} = {r * r}"
    steps = [
        f"Substitute h = {h}, k = {k}, r = {r} into (x - h)^2 + (y - k)^2 = r^2.",
        f"{answer}.",
    ]
    return make(question, answer, steps, hint, difficulty)
