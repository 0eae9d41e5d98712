"""Geometry angle work: parallel lines cut by a transversal, arcs and sectors."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import algebra, checked, make, template
from companion.ai.schemas import Difficulty, Problem

EQUAL_PAIRS = ("corresponding", "alternate interior", "alternate exterior", "vertical")


@template("transversal_angles")
def transversal_angles(rng: random.Random, difficulty: Difficulty) -> Problem:
    """An angle from its pair across a transversal, or x from two angle expressions."""
    angle = rng.choice([a for a in range(25, 156) if a != 90])
    hint = "Corresponding, alternate and vertical angles are equal; same-side interior angles add to 180°."
    if difficulty == "hard":
        xs = sympy.Symbol("x")
        value = rng.randint(5, 25)
        a, b = rng.randint(2, 6), rng.randint(1, 30)
        first = a * value + b
        if not 20 <= first <= 160:
            value, first = 10, a * 10 + b
        question = (
            f"Two parallel lines are cut by a transversal. A pair of alternate interior angles measure "
            f"({a}x + {b})° and {first}°. What is x?"
        )
        assert sympy.solve(sympy.Eq(a * xs + b, first), xs) == [value]
        steps = [
            f"Alternate interior angles are equal: {a}x + {b} = {first}.",
            f"{a}x = {first - b}, so x = {value}.",
        ]
        return make(question, str(value), steps, hint, difficulty)
    pair = rng.choice(
        [*EQUAL_PAIRS, "same-side interior"] if difficulty == "medium" else EQUAL_PAIRS
    )
    value = 180 - angle if pair == "same-side interior" else angle
    question = f"Two parallel lines are cut by a transversal. One angle measures {angle}°. What is the measure of its {pair} angle, in degrees?"
    rule = "add to 180°" if pair == "same-side interior" else "are equal"
    steps = [f"With parallel lines, {pair} angles {rule}.", f"So the angle is {value}°."]
    return make(question, str(value), steps, hint, difficulty)


@template("arcs_sectors")
def arcs_sectors(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Arc length or sector area as a fraction of the circle, exact in terms of pi; inscribed angles."""
    # an answer of exactly pi would be typed as a lone "π", which the grader does not read
    r, angle = checked(
        lambda: (rng.randint(2, 12), rng.choice([30, 40, 45, 60, 72, 90, 120, 135, 150, 240, 270])),
        lambda p: p[0] * p[1] != 180 and p[0] ** 2 * p[1] != 360,
    )
    share = sympy.Rational(angle, 360)
    if difficulty == "easy":
        arc = 2 * rng.randint(10, 85)
        value = sympy.Rational(arc, 2)
        question = f"An inscribed angle intercepts an arc of {arc}°. What is the measure of the inscribed angle, in degrees?"
        steps = ["An inscribed angle is half of its intercepted arc.", f"{arc} ÷ 2 = {value}°."]
        hint = "Compare the inscribed angle with the arc it cuts off."
        return make(question, str(value), steps, hint, difficulty)
    if difficulty == "medium":
        value = share * 2 * sympy.pi * r
        what, formula = "arc length", f"(angle/360) × 2 pi r = {angle}/360 × 2 × pi × {r}"
    else:
        value = share * sympy.pi * r**2
        what, formula = "area of the sector", f"(angle/360) × pi r^2 = {angle}/360 × pi × {r}^2"
    radians = sympy.rad(angle)  # checked against s = r theta and A = r^2 theta / 2
    assert value == (r * radians if what == "arc length" else r**2 * radians / 2)
    question = f"A circle has radius {r} cm. A central angle of {angle}° cuts off a sector. What is the {what}? Give an exact answer in terms of pi."
    steps = [
        f"The sector is {angle}/360 = {share} of the circle.",
        f"{what.capitalize()} = {formula} = {algebra(value)}.",
    ]
    hint = "Find what fraction of the whole circle the central angle is."
    return make(question, algebra(value), steps, hint, difficulty)


PAIR_SUMS = {"complementary": 90, "supplementary": 180}


@template("angle_pairs")
def angle_pairs(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Complements and supplements, vertical angles and linear pairs, and x from a pair's sum."""
    hint = "Complementary angles add to 90°, supplementary angles and a linear pair add to 180°, vertical angles are equal."
    if difficulty == "easy":
        kind = rng.choice(sorted(PAIR_SUMS))
        whole = PAIR_SUMS[kind]
        angle = checked(  # not half the whole: the answer would just repeat the angle
            lambda: rng.randint(2, whole // 5 - 2) * 5 + rng.choice((0, 2, 3)),
            lambda a: 2 * a != whole,
        )
        value = whole - angle
        word = "complement" if kind == "complementary" else "supplement"
        question = f"What is the {word} of a {angle}° angle, in degrees?"
        steps = [f"{kind.capitalize()} angles add to {whole}°.", f"{whole} - {angle} = {value}°."]
        return make(question, str(value), steps, hint, difficulty)
    if difficulty == "medium":
        angle = rng.choice([a for a in range(25, 156) if a != 90])
        vertical = rng.random() < 0.5
        value = angle if vertical else 180 - angle
        which = (
            "the angle vertical to it"
            if vertical
            else "an angle next to it on the same line (a linear pair)"
        )
        question = f"Two lines cross. One of the four angles they make measures {angle}°. What is the measure of {which}, in degrees?"
        rule = "Vertical angles are equal" if vertical else "A linear pair adds to 180°"
        steps = [f"{rule}.", f"So the angle is {value}°."]
        return make(question, str(value), steps, hint, difficulty)
    kind = rng.choice(sorted(PAIR_SUMS))
    whole = PAIR_SUMS[kind]
    xs = sympy.Symbol("x")

    def draw() -> tuple[int, int, int, int, int]:
        a, c, value, b = (
            rng.randint(2, 5),
            rng.randint(1, 4),
            rng.randint(4, 30),
            rng.randint(-10, 20),
        )
        return a, b, c, whole - (a + c) * value - b, value  # d makes the pair add to the whole

    def fits(p: tuple[int, int, int, int, int]) -> bool:
        a, b, c, d, value = p
        return -10 <= d <= 30 and d != 0 and 0 < a * value + b < whole and 0 < c * value + d < whole

    a, b, c, d, value = checked(draw, fits)
    first, second = algebra(a * xs + b), algebra(c * xs + d)
    assert sympy.solve(sympy.Eq(a * xs + b + c * xs + d, whole), xs) == [value]
    question = f"Two {kind} angles measure ({first})° and ({second})°. What is x?"
    steps = [
        f"{kind.capitalize()} angles add to {whole}°: ({first}) + ({second}) = {whole}.",
        f"{algebra((a + c) * xs + b + d)} = {whole}, so {a + c}x = {whole - b - d} and x = {value}.",
    ]
    return make(question, str(value), steps, hint, difficulty)
