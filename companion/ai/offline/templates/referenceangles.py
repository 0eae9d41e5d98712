"""Reference and coterminal angles, in degrees and in radians."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import algebra, make, template
from companion.ai.schemas import Difficulty, Problem


def reference(degrees: int) -> int:
    """The acute angle between the terminal side and the x-axis (0 <= degrees < 360)."""
    return min(degrees % 180, 180 - degrees % 180)


@template("reference_angle")
def reference_angle(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The reference angle of an angle, or its coterminal angle between 0° and 360°."""
    hint = "Coterminal angles differ by full turns of 360°; the reference angle is measured to the x-axis."
    if difficulty == "medium":
        base = rng.choice([a for a in range(5, 360, 5) if a % 90])
        turns = rng.choice((-2, -1, 1, 2))
        angle = base + 360 * turns
        assert (angle - base) % 360 == 0 and 0 <= base < 360
        question = f"Find the angle between 0° and 360° that is coterminal with {angle}°."
        verb = "Subtract" if turns > 0 else "Add"
        steps = [
            f"{verb} 360° {abs(turns)} time{'s' if abs(turns) > 1 else ''}: {angle} {'-' if turns > 0 else '+'} {360 * abs(turns)} = {base}°."
        ]
        return make(question, str(base), steps, hint, difficulty)
    angle = rng.choice([a for a in range(95, 360, 5) if a % 90])
    value = reference(angle)
    quadrant = angle // 90 + 1
    rule = {2: f"180 - {angle}", 3: f"{angle} - 180", 4: f"360 - {angle}"}[quadrant]
    assert 0 < value < 90 and sympy.Abs(sympy.sin(sympy.rad(angle))) == sympy.sin(sympy.rad(value))
    if difficulty == "easy":
        question = f"What is the reference angle of {angle}°, in degrees?"
        steps = [f"{angle}° is in quadrant {quadrant}.", f"Reference angle = {rule} = {value}°."]
        return make(question, str(value), steps, hint, difficulty)
    shown, answer = algebra(sympy.rad(angle)), algebra(sympy.rad(value))
    question = (
        f"What is the reference angle of {shown} radians? Give an exact answer in terms of pi."
    )
    steps = [
        f"{shown} is {angle}°, in quadrant {quadrant}.",
        f"Reference angle = {rule} = {value}°, which is {answer} radians.",
    ]
    hint = "Coterminal angles differ by full turns of 2pi; the reference angle is measured to the x-axis."
    return make(question, answer, steps, hint, difficulty)
