"""Precalculus coordinates: polar coordinates and conic sections (circles, ellipses, hyperbolas, parabolas)."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import algebra, make, nonzero, template, x, y
from companion.ai.schemas import Difficulty, Problem

TRIPLES = ((3, 4, 5), (5, 12, 13), (6, 8, 10), (8, 15, 17), (9, 12, 15))
SPECIAL = (30, 45, 60, 120, 135, 150, 210, 225, 240, 300, 315, 330)


def _point(a: sympy.Basic, b: sympy.Basic) -> str:
    return f"({algebra(a)}, {algebra(b)})"


@template("polar_coordinates")
def polar_coordinates(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Polar to rectangular (exact), or the distance r from the origin of a rectangular point."""
    if difficulty == "medium":
        a, b, c = rng.choice(TRIPLES)
        px, py = rng.choice([1, -1]) * a, rng.choice([1, -1]) * b
        r = sympy.sqrt(px**2 + py**2)
        assert r == c
        question = f"The point {_point(px, py)} is written in polar coordinates (r, theta) with r > 0. What is r?"
        steps = ["r = sqrt(x^2 + y^2).", f"r = sqrt({px * px} + {py * py}) = sqrt({c * c}) = {c}."]
        hint = "r is the distance from the origin to the point."
        return make(question, str(c), steps, hint, difficulty)
    r = rng.randint(2, 10)
    degrees = rng.choice((0, 90, 180, 270, *SPECIAL) if difficulty == "easy" else SPECIAL)
    theta = sympy.rad(degrees)
    px, py = sympy.simplify(r * sympy.cos(theta)), sympy.simplify(r * sympy.sin(theta))
    assert sympy.simplify(px**2 + py**2 - r**2) == 0
    question = (
        f"Convert the polar point (r, theta) = ({r}, {algebra(theta)}) to rectangular coordinates "
        "(x, y). Give exact values."
    )
    steps = [
        "x = r cos theta and y = r sin theta.",
        f"x = {r} cos({algebra(theta)}) = {algebra(px)}; y = {r} sin({algebra(theta)}) = {algebra(py)}.",
        f"So (x, y) = {_point(px, py)}.",
    ]
    hint = "Use x = r cos(theta) and y = r sin(theta) with the unit-circle values."
    return make(question, _point(px, py), steps, hint, difficulty)


@template("conic_sections")
def conic_sections(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A circle's radius from general form, an ellipse's or hyperbola's focal distance, a parabola's focus."""
    if difficulty == "easy":  # circle: complete the square
        h, k, r = nonzero(rng, -6, 6), nonzero(rng, -6, 6), rng.randint(2, 9)
        general = sympy.expand((x - h) ** 2 + (y - k) ** 2 - r**2)
        assert sympy.solve(general.subs(y, k), x) == sorted([h - r, h + r])
        question = f"The circle {algebra(general)} = 0 has what radius?"
        steps = [
            "A circle is a conic section: complete the square in x and in y for its standard form.",
            f"{algebra((x - h) ** 2)} + {algebra((y - k) ** 2)} = {r * r}.",
            f"The radius is sqrt({r * r}) = {r}; the center is ({h}, {k}).",
        ]
        hint = "Group the x terms and the y terms and complete the square for each."
        return make(question, str(r), steps, hint, difficulty)
    if difficulty == "medium":  # ellipse or hyperbola centered at the origin
        a, b, c = rng.choice(TRIPLES)
        ellipse = rng.random() < 0.5
        if ellipse:  # foci: c^2 = a^2 - b^2, with the major axis along x
            big, small = c, rng.choice([a, b])
            focal = a if small == b else b
            equation = f"x^2/{big * big} + y^2/{small * small} = 1"
            rule = f"c^2 = a^2 - b^2 = {big * big} - {small * small} = {focal * focal}"
            value, name = focal, "ellipse"
        else:  # hyperbola: c^2 = a^2 + b^2
            equation = f"x^2/{a * a} - y^2/{b * b} = 1"
            rule = f"c^2 = a^2 + b^2 = {a * a} + {b * b} = {c * c}"
            value, name = c, "hyperbola"
        assert value * value == (big**2 - small**2 if ellipse else a * a + b * b)
        question = f"How far from the center is each focus of the {name} {equation}?"
        steps = [f"For this {name}, {rule}.", f"c = {value}: the foci are at (±{value}, 0)."]
        hint = "For an ellipse c squared is a squared minus b squared; for a hyperbola, add them."
        return make(question, str(value), steps, hint, difficulty)
    p = nonzero(rng, -6, 6)
    h, k = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
    question = (
        f"The parabola {algebra((x - h) ** 2)} = {4 * p}({algebra(y - k)}) "
        f"opens {'up' if p > 0 else 'down'}. "
        "What is the y-coordinate of its focus?"
    )
    focus_y = k + p
    parabola = sympy.Eq((x - h) ** 2, 4 * p * (y - k))
    assert sympy.solve(parabola.subs(x, h), y) == [k]  # the vertex is (h, k)
    steps = [
        f"The form (x - h)^2 = 4p(y - k) has vertex ({h}, {k}).",
        f"4p = {4 * p}, so p = {p}.",
        f"The focus is p units from the vertex: ({h}, {k} + ({p})) = ({h}, {focus_y}).",
    ]
    hint = "Match the equation to the vertex form with 4p times (y - k); the focus is p units from the vertex."
    return make(question, str(focus_y), steps, hint, difficulty)
