"""Work, energy and power: W = F d, KE = 1/2 m v^2 and P = W / t, each computed."""

from __future__ import annotations

import random
from fractions import Fraction

from companion.ai.offline.templates.common import decimal, level, make, template
from companion.ai.offline.templates.science import kinetic_energy
from companion.ai.schemas import Difficulty, Problem


@template("work_energy_power")
def work_energy_power(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Work done by a force (easy), kinetic energy or power (medium), power from a force
    moving something over a time (hard)."""
    kind = rng.choice(level(difficulty, ("work",), ("energy", "power"), ("power_force",)))
    if kind == "energy":
        return kinetic_energy(rng, difficulty)
    force, distance = rng.randint(2, 50) * 5, rng.randint(2, 20)
    work = force * distance
    if kind == "work":
        question = (
            f"A {force} N force pushes a box {distance} m across the floor, in the direction "
            "of the push. How much work does the force do, in joules?"
        )
        steps = [
            "Work = force × distance (along the force).",
            f"W = {force} × {distance} = {work} J.",
        ]
        return make(question, str(work), steps, "Multiply the force by the distance.", difficulty)
    seconds = rng.choice([d for d in range(2, 41) if work % d == 0] or [1])
    power = Fraction(work, seconds)
    assert power * seconds == work
    if kind == "power":
        question = f"A motor does {work} J of work in {seconds} s. What is its power, in watts?"
        steps = ["Power = work ÷ time.", f"P = {work} ÷ {seconds} = {decimal(power)} W."]
    else:
        question = (
            f"A winch pulls a crate {distance} m with a force of {force} N in {seconds} s. "
            "What is its power, in watts?"
        )
        steps = [
            f"Work first: W = {force} × {distance} = {work} J.",
            f"Power = work ÷ time: P = {work} ÷ {seconds} = {decimal(power)} W.",
        ]
    return make(question, decimal(power), steps, "Power is work per second.", difficulty)
