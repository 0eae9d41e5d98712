"""Shapes for grades 2-5: quadrilaterals and two- and three-dimensional shapes."""

from __future__ import annotations

import random

from companion.ai.offline.templates.common import checked, make, options, template
from companion.ai.schemas import Difficulty, Problem

# name -> what sets it apart (each description fits exactly one of the names)
QUADRILATERALS = {
    "square": "4 equal sides and 4 right angles",
    "rectangle": "4 right angles and two sides longer than the other two",
    "rhombus": "4 equal sides but no right angles",
    "trapezoid": "exactly one pair of parallel sides",
    "parallelogram": "2 pairs of parallel sides, no right angles and two different side lengths",
    "kite": "2 pairs of equal sides next to each other and no parallel sides",
}


def _near(value: int, slips: list[int], rng: random.Random) -> list[str]:
    near = [value + 1, value - 1, value + 2, value + 10, value - 10]
    rng.shuffle(near)
    return [str(v) for v in dict.fromkeys([*slips, *near]) if v > 0 and v != value]


@template("quadrilaterals")
def quadrilaterals(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Name a quadrilateral from its properties, find its missing angle, or a missing side."""
    if difficulty == "easy":
        name = rng.choice(sorted(QUADRILATERALS))
        others = rng.sample([n for n in QUADRILATERALS if n != name], 3)
        question = f"Which quadrilateral has {QUADRILATERALS[name]}?"
        steps = [f"A {name} has {QUADRILATERALS[name]}."]
        steps += [f"A {o} does not: it has {QUADRILATERALS[o]}." for o in others]
        hint = "Check the sides (equal? parallel?) and the angles (right angles?) one at a time."
        return make(
            question, name, steps, hint, difficulty, choices=_shuffled(rng, [name, *others])
        )
    if difficulty == "medium":
        angles = checked(
            lambda: [rng.randint(6, 30) * 5 for _ in range(3)],
            lambda a: 20 <= 360 - sum(a) <= 175,
        )
        value = 360 - sum(angles)
        assert sum(angles) + value == 360
        shown = ", ".join(f"{a}°" for a in angles)
        question = (
            f"Three angles of a quadrilateral are {shown}. What is the fourth angle, in degrees?"
        )
        steps = [
            "The angles of any quadrilateral add up to 360°.",
            f"{' + '.join(map(str, angles))} = {sum(angles)}; 360 - {sum(angles)} = {value}°.",
        ]
        slips = [180 - value if value < 180 else value - 90, sum(angles) - 180, value + 20]
        hint = "Split the quadrilateral into two triangles: how many degrees do its angles make?"
        choices = options(rng, str(value), _near(value, slips, rng), low=1, high=359)
        return make(question, str(value), steps, hint, difficulty, choices=choices)
    length, width = checked(lambda: (rng.randint(4, 25), rng.randint(2, 20)), lambda p: p[0] > p[1])
    perimeter = 2 * (length + width)
    assert 2 * length + 2 * width == perimeter
    question = (
        f"A rectangle has a perimeter of {perimeter} cm. Its length is {length} cm. "
        "What is its width, in cm?"
    )
    steps = [
        "Opposite sides of a rectangle are equal, so the perimeter is 2 lengths + 2 widths.",
        f"Two widths: {perimeter} - 2 × {length} = {perimeter - 2 * length} cm.",
        f"One width: {perimeter - 2 * length} ÷ 2 = {width} cm.",
    ]
    hint = "A rectangle's perimeter counts each side length twice."
    return make(question, str(width), steps, hint, difficulty)


def _shuffled(rng: random.Random, items: list[str]) -> list[str]:
    rng.shuffle(items)
    return items


POLYGONS = {3: "triangle", 4: "quadrilateral", 5: "pentagon", 6: "hexagon", 8: "octagon"}
BASES = {3: "triangular", 4: "rectangular", 5: "pentagonal", 6: "hexagonal"}


def _solid(kind: str, sides: int) -> tuple[str, dict[str, int]]:
    """A prism's or pyramid's name and its counts of faces, edges and vertices."""
    base = "square" if kind == "pyramid" and sides == 4 else BASES[sides]
    if kind == "prism":
        counts = {"faces": sides + 2, "edges": 3 * sides, "vertices": 2 * sides}
    else:
        counts = {"faces": sides + 1, "edges": 2 * sides, "vertices": sides + 1}
    assert counts["vertices"] - counts["edges"] + counts["faces"] == 2  # Euler's formula
    return f"{base} {kind}", counts


@template("shapes_2d_3d")
def shapes_2d_3d(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Sides of a flat shape, faces/edges/vertices of a solid, or which solid has given counts."""
    if difficulty == "easy":
        sides = rng.choice(sorted(POLYGONS))
        shape = POLYGONS[sides]
        what = rng.choice(["sides", "vertices (corners)"])
        question = f"How many {what} does a {shape} have?"
        steps = [
            f"A {shape} is a flat (2D) shape with {sides} straight sides.",
            f"Each side ends at a corner, so it also has {sides} vertices.",
        ]
        hint = "Draw the shape and count, touching each side or corner once."
        choices = options(rng, str(sides), _near(sides, [sides + 1, sides - 1, sides * 2], rng))
        return make(question, str(sides), steps, hint, difficulty, choices=choices)
    kind, sides = rng.choice(["prism", "pyramid"]), rng.choice(sorted(BASES))
    name, counts = _solid(kind, sides)
    base = "square" if name.startswith("square") else POLYGONS[sides]
    explain = [
        f"A {name} is a 3D shape whose base is a {base} with {sides} sides.",
        (
            f"It has 2 bases and {sides} rectangular side faces: {counts['faces']} faces; "
            f"{sides} edges on each base and {sides} joining them: {counts['edges']} edges; "
            f"{sides} vertices on each base: {counts['vertices']} vertices."
        )
        if kind == "prism"
        else (
            f"It has 1 base and {sides} triangular faces: {counts['faces']} faces; "
            f"{sides} base edges and {sides} up to the top: {counts['edges']} edges; "
            f"{sides} base vertices and the top: {counts['vertices']} vertices."
        ),
    ]
    hint = "Count the faces, edges and vertices of the base first, then the rest of the solid."
    if difficulty == "medium":
        what = rng.choice(sorted(counts))
        value = counts[what]
        question = f"How many {what} does a {name} have?"
        slips = [v for k, v in counts.items() if k != what]
        choices = options(rng, str(value), _near(value, slips, rng))
        return make(question, str(value), explain, hint, difficulty, choices=choices)
    question = (
        f"A solid has {counts['faces']} faces, {counts['edges']} edges and {counts['vertices']} "
        "vertices. Which solid is it?"
    )
    wrong = [_solid(k, n)[0] for k in ("prism", "pyramid") for n in BASES]
    wrong = [w for w in wrong if w != name and _solid(*_parts(w))[1] != counts]
    return make(
        question,
        name,
        explain,
        hint,
        difficulty,
        choices=_shuffled(rng, [name, *rng.sample(wrong, 3)]),
    )


def _parts(name: str) -> tuple[str, int]:
    """'square pyramid' -> ('pyramid', 4)."""
    base, kind = name.split()
    sides = 4 if base == "square" else next(n for n, b in BASES.items() if b == base)
    return kind, sides
