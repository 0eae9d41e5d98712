"""Grade 2-5 geometry: angles, the first-quadrant coordinate grid, measuring length, symmetry."""

from __future__ import annotations

import random

from companion.ai.offline.templates.common import checked, level, make, options, template
from companion.ai.schemas import Difficulty, Problem

KINDS = ("acute", "right", "obtuse", "straight")


def _kind(angle: int) -> str:
    return (
        "acute"
        if angle < 90
        else "right"
        if angle == 90
        else "obtuse"
        if angle < 180
        else "straight"
    )


def _near(value: int, slips: list[int], rng: random.Random) -> list[str]:
    near = [value + 1, value - 1, value + 2, value + 10, value - 10]
    rng.shuffle(near)
    return [str(v) for v in dict.fromkeys([*slips, *near]) if v > 0 and v != value]


@template("angles_basic")
def angles_basic(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Name an angle by its size, or find the missing part of a right or straight angle."""
    hint = "The two parts together make the whole angle: subtract the part you know."
    if difficulty == "easy":
        hint = "Compare the angle with a square corner (90°) and with a flat line (180°)."
        angle = rng.choice([rng.randint(10, 85), 90, rng.randint(95, 175), 180])
        name = _kind(angle)
        question = f"An angle measures {angle}°. Is it acute, right, obtuse or straight?"
        steps = [
            "Acute: less than 90°. Right: exactly 90°. Obtuse: between 90° and 180°. Straight: 180°.",
            f"{angle}° is {name}.",
        ]
        return make(question, name, steps, hint, difficulty, choices=list(KINDS))
    whole = 90 if difficulty == "medium" else 180
    part = rng.randint(2, whole // 5 - 1) * 5
    value = whole - part
    assert part + value == whole
    kind = "right angle" if whole == 90 else "straight angle (a straight line)"
    question = (
        f"A {kind} is split into two angles. One of them measures {part}°. "
        "What does the other angle measure, in degrees?"
    )
    steps = [f"A {kind.split(' (')[0]} is {whole}°.", f"{whole} - {part} = {value}°."]
    # a part of the whole is smaller than the whole: 180 - part or 360 - part is no option here
    slips = [part, 180 - part, 90 - part]
    choices = options(rng, str(value), _near(value, slips, rng), low=1, high=whole - 1)
    return make(question, str(value), steps, hint, difficulty, choices=choices)


@template("coordinate_grid")
def coordinate_grid(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Move from a point on the grid, or the distance between two points on a grid line."""
    px, py = rng.randint(0, 9), rng.randint(0, 9)
    hint = "The first number tells how far to go right, the second how far to go up."
    if difficulty != "hard":
        dx, dy = rng.randint(1, 6), rng.randint(1, 6) if difficulty == "medium" else 0
        end = (px + dx, py + dy)
        moves = f"{dx} units to the right" + (f" and {dy} units up" if dy else "")
        question = f"Start at the point ({px}, {py}) and move {moves}. Where do you end up? Write the ordered pair (x, y)."
        steps = [
            f"Moving right adds to x: {px} + {dx} = {end[0]}.",
            f"Moving up adds to y: {py} + {dy} = {end[1]}." if dy else f"y stays {py}.",
            f"You end at ({end[0]}, {end[1]}).",
        ]
        return make(question, f"({end[0]}, {end[1]})", steps, hint, difficulty)
    qy = checked(lambda: rng.randint(0, 12), lambda v: v != py)
    low, high = sorted((py, qy))
    value = high - low
    question = (
        f"How many units apart are the points ({px}, {py}) and ({px}, {qy}) on the coordinate grid?"
    )
    steps = [
        f"Both points have x = {px}, so they are on the same vertical line.",
        f"Count the units between the y-values: {high} - {low} = {value}.",
    ]
    return make(question, str(value), steps, hint, difficulty)


@template("measuring_length")
def measuring_length(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Read a length off a ruler, compare two lengths, or cut a length into equal pieces."""
    hint = "Count the units from one end to the other; the start of the ruler is not always 0."
    if difficulty == "easy":
        start, length = rng.randint(1, 6), rng.randint(2, 9)
        question = (
            f"A crayon lies along a ruler from the {start} cm mark to the {start + length} cm mark. "
            "How long is the crayon, in cm?"
        )
        steps = [f"Length = end - start = {start + length} - {start} = {length} cm."]
        choices = options(rng, str(length), _near(length, [start + length, length + 1], rng))
        return make(question, str(length), steps, hint, difficulty, choices=choices)
    if difficulty == "medium":
        short, long_ = sorted(rng.sample(range(12, 95), 2))
        value = long_ - short
        question = f"A blue ribbon is {long_} inches long and a red ribbon is {short} inches long. How much longer is the blue ribbon, in inches?"
        steps = [f"Compare by subtracting: {long_} - {short} = {value} inches."]
        return make(question, str(value), steps, "Compare two lengths by subtracting.", difficulty)
    pieces, each = rng.randint(3, 9), rng.randint(4, 15)
    total = pieces * each
    question = f"A rope {total} feet long is cut into {pieces} pieces of equal length. How long is each piece, in feet?"
    steps = [
        f"Equal pieces: divide the length. {total} ÷ {pieces} = {each} feet.",
        f"Check: {pieces} × {each} = {total}.",
    ]
    return make(
        question, str(each), steps, "Equal pieces means share the whole length equally.", difficulty
    )


SYMMETRY = {
    "square": 4,
    "rectangle (not a square)": 2,
    "equilateral triangle": 3,
    "isosceles triangle (not equilateral)": 1,
    "regular pentagon": 5,
    "regular hexagon": 6,
    "regular octagon": 8,
    "rhombus (not a square)": 2,
}


@template("line_symmetry")
def line_symmetry(rng: random.Random, difficulty: Difficulty) -> Problem:
    """How many lines of symmetry a shape has."""
    shapes = level(difficulty, list(SYMMETRY)[:4], list(SYMMETRY)[:7], list(SYMMETRY))
    shape = rng.choice(shapes)
    value = SYMMETRY[shape]
    article = "an" if shape[0] in "aeiou" else "a"
    question = f"How many lines of symmetry does {article} {shape} have?"
    regular = shape.startswith(("regular", "equilateral", "square"))
    steps = [
        "A line of symmetry folds the shape onto itself so the two halves match exactly.",
        (
            f"A regular shape has one line of symmetry for each side: {value}."
            if regular
            else f"Only {value} fold line{'s' if value > 1 else ''} make the halves match: {value}."
        ),
    ]
    hint = "Imagine folding the shape: through corners, and through the middles of sides."
    choices = options(
        rng, str(value), _near(value, [value * 2, 4 if value != 4 else 2, 0 + 1], rng)
    )
    return make(question, str(value), steps, hint, difficulty, choices=choices)
