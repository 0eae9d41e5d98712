"""Exact trigonometric values: reciprocal and inverse functions, double angles, special triangles."""

from __future__ import annotations

import random

import sympy
from sympy import Rational as Q

from companion.ai.offline.templates.common import algebra, make, template
from companion.ai.schemas import Difficulty, Problem

ANGLES = (30, 45, 60)
RECIPROCALS = {"sec": sympy.cos, "csc": sympy.sin, "cot": sympy.tan}
NAMES = {"sec": "cos", "csc": "sin", "cot": "tan"}


def _exact(value: sympy.Basic) -> str:
    return algebra(sympy.radsimp(sympy.nsimplify(value)))


@template("reciprocal_trig")
def reciprocal_trig(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The exact value of sec, csc or cot at a special angle."""
    name = rng.choice(sorted(RECIPROCALS))
    angle = rng.choice(
        ANGLES if difficulty != "hard" else (120, 135, 150, 210, 225, 240, 300, 315, 330)
    )
    base = RECIPROCALS[name](sympy.rad(angle))
    value = sympy.radsimp(1 / base)
    assert sympy.simplify(value * base - 1) == 0
    question = f"What is the exact value of {name}({angle}°)? Rationalize any denominator."
    steps = [
        f"{name} is 1 over {NAMES[name]}: {name}({angle}°) = 1 / {NAMES[name]}({angle}°).",
        f"{NAMES[name]}({angle}°) = {_exact(base)}, so {name}({angle}°) = {_exact(value)}.",
    ]
    hint = "Find the matching sine, cosine or tangent first, then take its reciprocal."
    return make(question, _exact(value), steps, hint, difficulty)


INVERSE = {
    "arcsin": (sympy.sin, (Q(1, 2), sympy.sqrt(2) / 2, sympy.sqrt(3) / 2, 1, -Q(1, 2))),
    "arccos": (sympy.cos, (Q(1, 2), sympy.sqrt(2) / 2, sympy.sqrt(3) / 2, 0, -Q(1, 2))),
    "arctan": (sympy.tan, (1, sympy.sqrt(3), sympy.sqrt(3) / 3, -1)),
}


@template("inverse_trig")
def inverse_trig(rng: random.Random, difficulty: Difficulty) -> Problem:
    """arcsin, arccos or arctan of a special value, in degrees (the principal value)."""
    name = rng.choice(sorted(INVERSE))
    func, values = INVERSE[name]
    value = rng.choice(values[:3] if difficulty == "easy" else values)
    inverse = {"arcsin": sympy.asin, "arccos": sympy.acos, "arctan": sympy.atan}[name](value)
    degrees = int(sympy.deg(inverse))
    assert sympy.simplify(func(sympy.rad(degrees)) - value) == 0
    ranges = {"arcsin": "-90° to 90°", "arccos": "0° to 180°", "arctan": "-90° to 90°"}
    question = f"What is {name}({_exact(value)}) in degrees?"
    steps = [
        f"{name} gives the angle in {ranges[name]} whose {func.__name__} is {_exact(value)}.",
        f"{func.__name__}({degrees}°) = {_exact(value)}, so {name}({_exact(value)}) = {degrees}°.",
    ]
    hint = f"Which special angle in the principal range of {name} has this {func.__name__} value?"
    return make(question, str(degrees), steps, hint, difficulty)


TRIPLES = ((3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25))


@template("double_angle")
def double_angle(rng: random.Random, difficulty: Difficulty) -> Problem:
    """sin 2θ or cos 2θ from sin θ with θ in the first quadrant (exact fractions)."""
    a, b, c = rng.choice(TRIPLES)
    sin_t, cos_t = Q(a, c), Q(b, c)
    want = "sin" if difficulty == "easy" else rng.choice(["sin", "cos"])
    theta = sympy.asin(sin_t)
    value = 2 * sin_t * cos_t if want == "sin" else cos_t**2 - sin_t**2
    assert (
        sympy.simplify((sympy.sin(2 * theta) if want == "sin" else sympy.cos(2 * theta)) - value)
        == 0
    )
    question = f"If sin θ = {a}/{c} and θ is in the first quadrant, what is {want}(2θ)?"
    steps = [f"cos θ = sqrt(1 - ({a}/{c})^2) = {b}/{c} (positive in the first quadrant)."]
    steps.append(
        f"sin 2θ = 2 sin θ cos θ = 2 × {a}/{c} × {b}/{c} = {value}."
        if want == "sin"
        else f"cos 2θ = cos^2 θ - sin^2 θ = {b * b}/{c * c} - {a * a}/{c * c} = {value}."
    )
    hint = "Find cos θ from sin^2 θ + cos^2 θ = 1, then use the double-angle formula."
    return make(question, str(value), steps, hint, difficulty)


@template("special_right_triangles")
def special_right_triangles(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A side of a 45-45-90 or 30-60-90 triangle, exact."""
    n = rng.randint(2, 12)
    hint = (
        "Use the side ratios: in the isosceles right triangle the hypotenuse is a leg times root two; "
        "in the half-equilateral one the long leg is the short leg times root three and the "
        "hypotenuse is twice the short leg."
    )
    if difficulty == "easy":
        value = n * sympy.sqrt(2)
        question = f"A 45-45-90 triangle has legs of length {n}. What is the exact length of the hypotenuse?"
        steps = [
            "In a 45-45-90 triangle the hypotenuse is leg × sqrt(2).",
            f"{n} × sqrt(2) = {algebra(value)}.",
        ]
    elif difficulty == "medium":
        value = n * sympy.sqrt(3)
        question = f"In a 30-60-90 triangle the short leg is {n}. What is the exact length of the long leg?"
        steps = ["The long leg is the short leg × sqrt(3).", f"{n} × sqrt(3) = {algebra(value)}."]
    else:
        value = sympy.Integer(n)
        question = f"In a 30-60-90 triangle the hypotenuse is {2 * n}. How long is the short leg?"
        steps = ["The hypotenuse is twice the short leg.", f"Short leg = {2 * n} ÷ 2 = {n}."]
    assert value.is_positive
    return make(question, algebra(value), steps, hint, difficulty)


@template("trig_graphs")
def trig_graphs(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Amplitude, period or maximum of y = a sin(bx) + d or y = a cos(bx) + d."""
    a = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5, 6])
    b = rng.choice([3, 4, 5, 6, Q(1, 2), Q(1, 3)])
    d = rng.randint(-4, 6)
    func = rng.choice(["sin", "cos"])
    shift = f" + {d}" if d > 0 else f" - {-d}" if d < 0 else ""
    equation = f"y = {a} {func}({algebra(b * sympy.Symbol('x'))}){shift}"
    hint = (
        "In y = a sin(bx) + d the amplitude is |a|, the period is 2pi/b and the midline is y = d."
    )
    if difficulty == "easy":
        value, what = abs(a), "amplitude"
        steps = [f"The amplitude is |a| = |{a}| = {abs(a)}."]
    elif difficulty == "medium":
        value, what = 2 * sympy.pi / b, "period"
        steps = [f"Period = 2pi / b = 2pi / {b} = {algebra(value)}."]
    else:
        value, what = abs(a) + d, "maximum value"
        steps = [
            f"The midline is y = {d} and the amplitude is {abs(a)}.",
            f"Maximum = {d} + {abs(a)} = {value}.",
        ]
    x_ = sympy.Symbol("x")
    curve = a * getattr(sympy, func)(b * x_) + d
    if what == "period":
        assert sympy.simplify(curve.subs(x_, x_ + value) - curve) == 0
    if what == "maximum value":
        assert sympy.maximum(curve, x_) == value
    question = f"What is the {what} of {equation}?"
    return make(question, algebra(value), steps, hint, difficulty)
