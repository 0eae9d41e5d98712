"""Trigonometry beyond right triangles: law of sines, law of cosines, radian measure.

Side lengths and angles are computed with sympy's exact sin/cos, then rounded only where
the question asks for rounding.
"""

from __future__ import annotations

import math
import random

import sympy
from sympy import Rational as Q

from companion.ai.offline.templates.common import algebra, checked, decimal, make, show, template
from companion.ai.schemas import Difficulty, Problem


def _sin(degrees: int | float) -> sympy.Basic:
    return sympy.sin(sympy.rad(sympy.nsimplify(degrees)))


@template("law_of_sines")
def law_of_sines(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A side from two angles and a side; when hard, an angle from two sides and an angle."""
    hint = "Pair each side with the sine of the angle opposite it: a/sin A = b/sin B."
    if difficulty == "hard":
        a, b, big_a = checked(
            lambda: (rng.randint(8, 20), rng.randint(4, 15), rng.randint(30, 80)),
            lambda p: p[0] > p[1],  # a > b: only one triangle fits
        )
        ratio = b * _sin(big_a) / a
        angle = math.degrees(math.asin(float(ratio)))
        assert abs(b / math.sin(math.radians(angle)) - a / math.sin(math.radians(big_a))) < 1e-9
        answer = decimal(angle, 1)
        question = (
            f"In triangle ABC, a = {a}, b = {b} and angle A = {big_a}°. Find angle B in degrees "
            "(side a is opposite angle A). Round to 1 decimal place."
        )
        steps = [
            f"Law of sines: sin B / {b} = sin {big_a}° / {a}.",
            f"sin B = {b} × sin {big_a}° / {a} ≈ {decimal(ratio, 4)}.",
            f"B = arcsin({decimal(ratio, 4)}) ≈ {answer}° (a > b, so B is the only answer).",
        ]
        return make(question, answer, steps, hint, difficulty)
    big_a, big_b = checked(
        lambda: (rng.randint(25, 100), rng.randint(25, 100)), lambda p: p[0] + p[1] < 160
    )
    a = rng.randint(5, 30)
    side = a * _sin(big_b) / _sin(big_a)
    assert abs(float(side / _sin(big_b)) - a / math.sin(math.radians(big_a))) < 1e-9
    answer = decimal(side, 2)
    question = (
        f"In triangle ABC, angle A = {big_a}°, angle B = {big_b}° and side a = {a} "
        "(opposite angle A). Find side b. Round to 2 decimal places."
    )
    steps = [
        f"Law of sines: b / sin {big_b}° = {a} / sin {big_a}°.",
        f"b = {a} × sin {big_b}° / sin {big_a}° ≈ {answer}.",
    ]
    if difficulty == "medium":  # given angle C instead of B
        big_c = 180 - big_a - big_b
        question = question.replace(f"angle B = {big_b}°", f"angle C = {big_c}°")
        steps.insert(0, f"The angles add to 180°: B = 180 - {big_a} - {big_c} = {big_b}°.")
    return make(question, answer, steps, hint, difficulty)


# a, b, included angle C, and the integer third side c
INTEGER_COSINE = ((3, 8, 60, 7), (5, 8, 60, 7), (8, 15, 60, 13), (3, 5, 120, 7), (7, 8, 120, 13))


@template("law_of_cosines")
def law_of_cosines(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The third side from two sides and the angle between them, or an angle from three sides."""
    hint = "The law of cosines: c^2 = a^2 + b^2 - 2ab cos C, with C opposite side c."
    if difficulty == "hard":
        a, b, c = checked(
            lambda: (rng.randint(4, 15), rng.randint(4, 15), rng.randint(4, 15)),
            lambda p: p[0] + p[1] > p[2] and p[0] + p[2] > p[1] and p[1] + p[2] > p[0],
        )
        cos_c = Q(a * a + b * b - c * c, 2 * a * b)
        angle = math.degrees(math.acos(float(cos_c)))
        assert abs(c**2 - (a * a + b * b - 2 * a * b * math.cos(math.radians(angle)))) < 1e-9
        answer = decimal(angle, 1)
        question = (
            f"A triangle has sides a = {a}, b = {b} and c = {c}. Find angle C (opposite side c) "
            "in degrees. Round to 1 decimal place."
        )
        steps = [
            f"cos C = (a^2 + b^2 - c^2) / (2ab) = ({a * a} + {b * b} - {c * c}) / {2 * a * b} "
            f"= {show(cos_c)}.",
            f"C = arccos({show(cos_c)}) ≈ {answer}°.",
        ]
        return make(question, answer, steps, hint, difficulty)
    if difficulty == "easy":
        a, b, angle, third = rng.choice(INTEGER_COSINE)
        k = rng.randint(1, 3)
        a, b, third = a * k, b * k, third * k
    else:
        a, b, angle = (
            rng.randint(4, 20),
            rng.randint(4, 20),
            rng.choice([d for d in range(35, 150, 5) if d != 90]),
        )
    square = a * a + b * b - 2 * a * b * sympy.cos(sympy.rad(angle))
    side = sympy.sqrt(sympy.nsimplify(square))
    if difficulty == "easy":
        assert side == third
    answer = show(sympy.Integer(third)) if difficulty == "easy" else decimal(side, 2)
    rounding = "" if difficulty == "easy" else " Round to 2 decimal places."
    question = (
        f"Two sides of a triangle are {a} and {b}, and the angle between them is {angle}°. "
        f"How long is the third side?{rounding}"
    )
    about = "=" if difficulty == "easy" else "≈"
    steps = [
        f"c^2 = {a}^2 + {b}^2 - 2 × {a} × {b} × cos {angle}° {about} {decimal(square, 4)}.",
        f"c = sqrt({decimal(square, 4)}) {about} {answer}.",
    ]
    return make(question, answer, steps, hint, difficulty)


@template("radian_measure")
def radian_measure(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Degrees to radians (exact, in terms of pi), radians to degrees, or an arc length."""
    degrees = rng.choice([d for d in range(15, 360, 15) if d != 180])
    radians = sympy.rad(degrees)
    assert radians * 180 / sympy.pi == degrees
    if difficulty == "easy":
        question = f"Convert {degrees}° to radians. Give an exact answer in terms of pi."
        steps = [
            "180° = pi radians, so multiply by pi/180.",
            f"{degrees} × pi/180 = {algebra(radians)}.",
        ]
        hint = "Multiply the degrees by pi over 180 and simplify the fraction."
        return make(question, algebra(radians), steps, hint, difficulty)
    if difficulty == "medium":
        question = f"Convert {algebra(radians)} radians to degrees."
        steps = [
            "pi radians = 180°, so multiply by 180/pi.",
            f"{algebra(radians)} × 180/pi = {degrees}°.",
        ]
        hint = "Replace pi with 180° (or multiply by 180 over pi)."
        return make(question, str(degrees), steps, hint, difficulty)
    # an arc of exactly pi would be typed as a lone "π", which the grader does not read
    r = checked(lambda: rng.randint(2, 15), lambda k: k * radians != sympy.pi)
    arc = r * radians
    question = (
        f"A circle has radius {r} cm. How long is the arc cut off by a central angle of "
        f"{algebra(radians)} radians? Give an exact answer in terms of pi, in cm."
    )
    steps = [
        "Arc length s = r × theta, with theta in radians.",
        f"s = {r} × {algebra(radians)} = {algebra(arc)} cm.",
    ]
    hint = "With the angle in radians, the arc length is the radius times the angle."
    return make(question, algebra(arc), steps, hint, difficulty)
