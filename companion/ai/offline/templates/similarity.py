"""Similar triangles: a missing side from the scale factor, a shadow (indirect measurement),
and how areas scale with the square of the scale factor."""

from __future__ import annotations

import random

from sympy import Rational as Q

from companion.ai.offline.templates.common import checked, make, show, template
from companion.ai.schemas import Difficulty, Problem

SIDES = (("AB", "DE"), ("BC", "EF"), ("CA", "FD"))


@template("similar_triangles")
def similar_triangles(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Corresponding sides of similar triangles are in one ratio; areas in its square."""
    hint = "Corresponding sides of similar triangles are in the same ratio: find the scale factor first."
    if difficulty == "hard":
        small, large = checked(
            lambda: (rng.randint(2, 6), rng.randint(3, 10)), lambda p: p[0] < p[1]
        )
        area = rng.randint(1, 4) * small * small
        value = Q(area * large * large, small * small)
        assert value / area == Q(large, small) ** 2 and value.q == 1
        question = (
            f"Two triangles are similar. A side of the smaller one is {small} cm and the matching "
            f"side of the larger one is {large} cm. The smaller triangle's area is {area} square cm. "
            "What is the area of the larger triangle, in square cm?"
        )
        steps = [
            f"The scale factor is {large}/{small}"
            + (f" = {show(Q(large, small))}." if Q(large, small).p != large else "."),
            f"Areas scale by its square: {show(Q(large, small) ** 2)}.",
            f"{area} × {show(Q(large, small) ** 2)} = {show(value)} square cm.",
        ]
        hint = "Lengths scale by the scale factor, areas by the scale factor squared."
        return make(question, show(value), steps, hint, difficulty)
    (known, image), (asked, target) = rng.sample(SIDES, 2)
    scale = (
        Q(rng.randint(2, 4))
        if difficulty == "easy"
        else rng.choice((Q(3, 2), Q(5, 2), Q(4, 3), Q(2, 3)))
    )
    first = rng.randint(2, 9) * scale.q
    other = rng.randint(2, 9) * scale.q
    value = other * scale
    assert Q(first * scale, first) == Q(value, other) and value.q == 1
    question = (
        f"Triangle ABC is similar to triangle DEF (A matches D, B matches E, C matches F). "
        f"{known} = {first} cm, {image} = {show(first * scale)} cm and {asked} = {other} cm. "
        f"How long is {target}, in cm?"
    )
    steps = [
        f"{known} matches {image}, so the scale factor is {show(first * scale)}/{first} = {show(scale)}.",
        f"{asked} matches {target}: {target} = {other} × {show(scale)} = {show(value)} cm.",
    ]
    return make(question, show(value), steps, hint, difficulty)
