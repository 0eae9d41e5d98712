"""Geometry templates: Pythagoras, area and perimeter, circles, angles, volume."""

from __future__ import annotations

import math
import random

import sympy

from companion.ai.offline.templates.common import (
    decimal,
    level,
    make,
    numeric_wrong,
    options,
    show,
    template,
)
from companion.ai.schemas import Difficulty, Problem

TRIPLES = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29)]


@template("pythagorean")
def pythagorean(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Find a missing side of a right triangle."""
    if difficulty == "hard":
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        c = sympy.sqrt(a * a + b * b)
    else:
        a, b, c = _scaled(rng)
    assert a**2 + b**2 == c**2
    if difficulty == "medium":
        question = f"A right triangle has hypotenuse {c} cm and one leg {a} cm. How long is the other leg, in cm?"
        answer, steps = (
            show(sympy.Integer(b)),
            [f"b^2 = c^2 - a^2 = {c * c} - {a * a} = {b * b}.", f"b = sqrt({b * b}) = {b} cm."],
        )
    else:
        rounding = " Round to 2 decimal places." if difficulty == "hard" else ""
        question = f"A right triangle has legs {a} cm and {b} cm. How long is the hypotenuse, in cm?{rounding}"
        answer = decimal(c, 2) if difficulty == "hard" else show(c)
        steps = [
            f"c^2 = a^2 + b^2 = {a * a} + {b * b} = {a * a + b * b}.",
            f"c = sqrt({a * a + b * b}) = {answer} cm.",
        ]
    return make(
        question,
        answer,
        steps,
        "a^2 + b^2 = c^2, where c is the side opposite the right angle.",
        difficulty,
    )


def _scaled(rng: random.Random) -> tuple[int, int, int]:
    """A Pythagorean triple, possibly scaled."""
    k = rng.randint(1, 3)
    a, b, c = rng.choice(TRIPLES)
    return a * k, b * k, c * k


@template("area_perimeter")
def area_perimeter(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Area or perimeter of a rectangle, triangle or trapezoid."""
    w, h, t = rng.randint(2, 20), rng.randint(2, 20), rng.randint(2, 20)
    shape = level(difficulty, "rectangle", rng.choice(["rectangle", "triangle"]), "trapezoid")
    area = {
        "rectangle": w * h,
        "triangle": sympy.Rational(w * h, 2),
        "trapezoid": sympy.Rational((w + t) * h, 2),
    }[shape]
    if shape == "rectangle" and rng.random() < 0.5:
        value, what, steps = (
            sympy.Integer(2 * (w + h)),
            "perimeter (in cm)",
            [f"Perimeter = 2 × ({w} + {h}) = {2 * (w + h)} cm."],
        )
        wrong = [show(w * h), show(w + h), *numeric_wrong(value, rng)]
    else:
        formula = {
            "rectangle": f"{w} × {h}",
            "triangle": f"1/2 × {w} × {h}",
            "trapezoid": f"1/2 × ({w} + {t}) × {h}",
        }[shape]
        value, what, steps = (
            sympy.Integer(area) if shape == "rectangle" else area,
            "area (in square cm)",
            [f"Area = {formula} = {decimal(area, 2)} square cm."],
        )
        wrong = [show(w * h * 2), show(2 * (w + h)), *numeric_wrong(value, rng)]
    assert value > 0 and (shape != "trapezoid" or 2 * area == (w + t) * h)
    sizes = {
        "rectangle": f"width {w} cm and length {h} cm",
        "triangle": f"base {w} cm and height {h} cm",
        "trapezoid": f"parallel sides {w} cm and {t} cm and height {h} cm",
    }[shape]
    answer = decimal(value, 2)
    choices = (
        options(rng, answer, [decimal(sympy.sympify(v), 2) for v in wrong], low=0)
        if difficulty == "easy"
        else None
    )
    return make(
        f"A {shape} has {sizes}. What is its {what}?",
        answer,
        steps,
        "Write the formula first, then substitute.",
        difficulty,
        choices=choices,
    )


@template("circle")
def circle(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Circumference or area of a circle, rounded to two decimals."""
    r = rng.randint(1, level(difficulty, 10, 20, 50))
    given_diameter = difficulty == "hard"
    want_area = rng.random() < 0.5
    value = sympy.pi * r**2 if want_area else 2 * sympy.pi * r
    assert abs(float(value) - (math.pi * r * r if want_area else math.tau * r)) < 1e-9
    size = f"diameter {2 * r} cm" if given_diameter else f"radius {r} cm"
    what = "area (in square cm)" if want_area else "circumference (in cm)"
    formula = (
        f"A = pi r^2 = pi × {r}^2 = {r * r}pi"
        if want_area
        else f"C = 2 pi r = 2 × pi × {r} = {2 * r}pi"
    )
    steps = ([f"The radius is half the diameter: {r} cm."] if given_diameter else []) + [
        f"{formula} ≈ {decimal(value, 2)}."
    ]
    question = f"A circle has {size}. What is its {what}? Round to 2 decimal places."
    return make(
        question, decimal(value, 2), steps, "Area uses r^2; circumference uses 2r.", difficulty
    )


@template("angle_sum")
def angle_sum(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Missing angle of a triangle, or the interior angle sum of a polygon."""
    if difficulty == "hard":
        n = rng.randint(5, 12)
        value = sympy.Integer((n - 2) * 180)
        question, steps = (
            f"What is the sum of the interior angles of a polygon with {n} sides, in degrees?",
            [f"Sum = (n - 2) × 180 = ({n} - 2) × 180 = {value} degrees."],
        )
        wrong = [show(n * 180), show((n - 1) * 180), show(360), show((n - 3) * 180)]
    else:
        a, b = rng.randint(20, 80), rng.randint(20, 80)
        value = sympy.Integer(180 - a - b)
        question, steps = (
            f"Two angles of a triangle are {a}° and {b}°. What is the third angle, in degrees?",
            [f"Angles of a triangle add to 180°: 180 - {a} - {b} = {value}°."],
        )
        wrong = [show(a + b), show(180 - a), show(180 - b), show(90 - a + b), show(value + 10)]
        wrong += numeric_wrong(value, rng)
    assert value > 0
    return make(
        question,
        show(value),
        steps,
        "A triangle's angles add to 180°.",
        difficulty,
        choices=options(rng, show(value), wrong, low=1, high=179 if difficulty != "hard" else None),
    )


@template("volume")
def volume(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Volume of a box, cylinder or cone."""
    a, b, c = rng.randint(2, 12), rng.randint(2, 12), rng.randint(2, 12)
    shape = level(difficulty, "box", "cylinder", rng.choice(["cone", "sphere"]))
    values = {
        "box": sympy.Integer(a * b * c),
        "cylinder": sympy.pi * a**2 * c,
        "cone": sympy.pi * a**2 * c / 3,
        "sphere": sympy.Rational(4, 3) * sympy.pi * a**3,
    }
    value = values[shape]
    sizes = {
        "box": f"a box {a} cm by {b} cm by {c} cm",
        "cylinder": f"a cylinder with radius {a} cm and height {c} cm",
        "cone": f"a cone with radius {a} cm and height {c} cm",
        "sphere": f"a sphere with radius {a} cm",
    }[shape]
    formula = {
        "box": "V = l × w × h",
        "cylinder": "V = pi r^2 h",
        "cone": "V = 1/3 pi r^2 h",
        "sphere": "V = 4/3 pi r^3",
    }[shape]
    floats = {"box": a * b * c, "cylinder": math.pi * a * a * c, "cone": math.pi * a * a * c / 3}
    assert abs(float(value) - floats.get(shape, 4 / 3 * math.pi * a**3)) < 1e-6
    rounding = "" if shape == "box" else " Round to 2 decimal places."
    steps = [f"Use {formula}.", f"Substitute: V ≈ {decimal(value, 2)} cubic cm."]
    return make(
        f"What is the volume of {sizes}, in cubic cm?{rounding}",
        decimal(value, 2),
        steps,
        f"{formula}.",
        difficulty,
    )
