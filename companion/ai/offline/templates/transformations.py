"""Geometry of rigid motions: transformations of points and congruent triangles."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import checked, make, nonzero, template
from companion.ai.schemas import Difficulty, Problem

# name -> (rule as written, the image of (a, b))
MOTIONS = {
    "reflected over the x-axis": ("(x, y) -> (x, -y)", lambda a, b: (a, -b)),
    "reflected over the y-axis": ("(x, y) -> (-x, y)", lambda a, b: (-a, b)),
    "reflected over the line y = x": ("(x, y) -> (y, x)", lambda a, b: (b, a)),
    "rotated 90° counterclockwise about the origin": ("(x, y) -> (-y, x)", lambda a, b: (-b, a)),
    "rotated 180° about the origin": ("(x, y) -> (-x, -y)", lambda a, b: (-a, -b)),
    "rotated 90° clockwise about the origin": ("(x, y) -> (y, -x)", lambda a, b: (b, -a)),
}


def _pt(p: tuple[int, int]) -> str:
    return f"({p[0]}, {p[1]})"


def _rotation_check(name: str, a: int, b: int, image: tuple[int, int]) -> bool:
    """Independent check with sympy's rotation matrices and reflections."""
    point = sympy.Matrix([a, b])
    if name.startswith("rotated"):
        turn = {"90° counterclockwise": 90, "180°": 180, "90° clockwise": -90}
        degrees = next(v for k, v in turn.items() if k in name)
        t = sympy.rad(degrees)
        rotated = (
            sympy.Matrix([[sympy.cos(t), -sympy.sin(t)], [sympy.sin(t), sympy.cos(t)]]) * point
        )
        return tuple(rotated) == image
    line = {"x-axis": sympy.Line((0, 0), (1, 0)), "y-axis": sympy.Line((0, 0), (0, 1))}
    line["line y = x"] = sympy.Line((0, 0), (1, 1))
    mirror = next(v for k, v in line.items() if name.endswith(k))
    return tuple(sympy.Point(a, b).reflect(mirror)) == image


@template("transformations")
def transformations(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The image of a point under a translation, a reflection, a rotation, or two in a row."""
    a, b = checked(
        lambda: (nonzero(rng, -9, 9), nonzero(rng, -9, 9)), lambda p: abs(p[0]) != abs(p[1])
    )
    hint = "Apply the rule to the coordinates one step at a time; a sketch on a grid helps."
    if difficulty == "easy":
        dx, dy = nonzero(rng, -8, 8), nonzero(rng, -8, 8)
        image = (a + dx, b + dy)
        right = f"{_units(dx)} {'right' if dx > 0 else 'left'}"
        up = f"{_units(dy)} {'up' if dy > 0 else 'down'}"
        question = f"The point P{_pt((a, b))} is translated {right} and {up}. What are the coordinates of its image P'?"
        steps = [
            f"Translation rule: (x, y) -> (x + ({dx}), y + ({dy})).",
            f"P' = ({a} + ({dx}), {b} + ({dy})) = {_pt(image)}.",
        ]
        return make(question, _pt(image), steps, hint, difficulty)
    names = sorted(MOTIONS)
    first = rng.choice(names)
    rule, move = MOTIONS[first]
    image = move(a, b)
    assert _rotation_check(first, a, b, image)
    steps = [f"Being {first} follows the rule {rule}.", f"{_pt((a, b))} -> {_pt(image)}."]
    if difficulty == "medium":
        question = f"The point A{_pt((a, b))} is {first}. What are the coordinates of its image A'?"
        return make(question, _pt(image), steps, hint, difficulty)
    dx = nonzero(rng, -6, 6)
    final = (image[0] + dx, image[1])
    question = (
        f"The point A{_pt((a, b))} is {first}, and then its image is translated "
        f"{_units(dx)} {'right' if dx > 0 else 'left'}. Where does A end up?"
    )
    steps.append(f"Then add {dx} to x: {_pt(image)} -> {_pt(final)}.")
    return make(question, _pt(final), steps, hint, difficulty)


@template("congruent_triangles")
def congruent_triangles(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Corresponding parts of congruent triangles (CPCTC), or a value of x from a matched part."""
    letters = rng.choice([("ABC", "DEF"), ("PQR", "XYZ"), ("JKL", "MNO")])
    first, second = letters
    i, j = rng.sample(range(3), 2)
    side_first, side_second = first[i] + first[j], second[i] + second[j]
    hint = "Corresponding parts are in the same position in the congruence statement."
    if difficulty == "hard":
        coef, const = rng.randint(2, 6), rng.randint(1, 15)
        value = rng.randint(2, 12)
        length = coef * value + const
        xs = sympy.Symbol("x")
        assert sympy.solve(sympy.Eq(coef * xs + const, length), xs) == [value]
        question = (
            f"Triangle {first} is congruent to triangle {second}. {side_first} = {coef}x + {const} "
            f"and {side_second} = {length}. What is x?"
        )
        steps = [
            f"{side_first} and {side_second} are corresponding sides, so they are equal: "
            f"{coef}x + {const} = {length}.",
            f"{coef}x = {length - const}, so x = {value}.",
        ]
        return make(question, str(value), steps, hint, difficulty)
    lengths = {k: rng.randint(3, 20) for k in range(3)}
    angle_at = rng.randrange(3)
    angle = rng.randint(25, 110)
    other = rng.randint(20, 150 - angle)
    if difficulty == "easy":
        question = (
            f"Triangle {first} is congruent to triangle {second}. {side_first} = "
            f"{lengths[0]} cm. How long is {side_second}, in cm?"
        )
        value = lengths[0]
        steps = [
            f"In {first} ≅ {second}, {first[i]} matches {second[i]} and {first[j]} matches {second[j]}.",
            f"So {side_second} corresponds to {side_first}: {value} cm.",
        ]
        return make(question, str(value), steps, hint, difficulty)
    question = (
        f"Triangle {first} is congruent to triangle {second}. Angle {first[angle_at]} = {angle}° "
        f"and angle {first[(angle_at + 1) % 3]} = {other}°. What is angle {second[(angle_at + 2) % 3]}, in degrees?"
    )
    value = 180 - angle - other
    assert value > 0 and angle + other + value == 180
    steps = [
        f"Angle {second[(angle_at + 2) % 3]} corresponds to angle {first[(angle_at + 2) % 3]}.",
        f"Angles of a triangle add to 180°: {first[(angle_at + 2) % 3]} = 180 - {angle} - {other} = {value}°.",
        f"Corresponding angles of congruent triangles are equal, so {second[(angle_at + 2) % 3]} = {value}°.",
    ]
    return make(question, str(value), steps, hint, difficulty)


def _units(shift: int) -> str:
    return f"{abs(shift)} unit{'s' if abs(shift) != 1 else ''}"
