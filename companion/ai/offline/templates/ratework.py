"""Distance, rate and work problems: d = rt for speed or time, and two workers together."""

from __future__ import annotations

import random

from sympy import Rational as Q

from companion.ai.offline.templates.common import make, show, template
from companion.ai.schemas import Difficulty, Problem

TRAVELLERS = (
    ("train", "miles", "hours"),
    ("cyclist", "kilometers", "hours"),
    ("bus", "miles", "hours"),
)
# two different times whose shared time is a whole number of hours: (3, 6) -> 2
PAIRS = [(a, b) for a in range(2, 31) for b in range(a + 1, 31) if a * b % (a + b) == 0]
JOBS = (("fill the pool", "pipe"), ("paint the fence", "painter"), ("mow the field", "mower"))


@template("distance_rate_work")
def distance_rate_work(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Speed from distance and time, time from distance and speed, or a shared job's time."""
    if difficulty == "hard":
        task, worker = rng.choice(JOBS)
        a, b = rng.choice(PAIRS)
        together = Q(a * b, a + b)
        assert Q(1, a) + Q(1, b) == 1 / together
        question = (
            f"One {worker} can {task} in {a} hours; a second {worker} takes {b} hours. "
            f"Working together, how many hours do they take to {task}?"
        )
        steps = [
            f"In one hour they do 1/{a} + 1/{b} = {show(Q(1, a) + Q(1, b))} of the job.",
            f"Time = 1 ÷ {show(Q(1, a) + Q(1, b))} = {show(together)} hours.",
        ]
        hint = "Add what each one does in one hour, then see how long the whole job takes."
        return make(question, show(together), steps, hint, difficulty)
    who, unit, hours = rng.choice(TRAVELLERS)
    speed, time = rng.randint(4, 16) * 5, rng.randint(2, 6)
    distance = speed * time
    assert Q(distance, time) == speed
    hint = "Use distance = rate × time and solve for the part you need."
    if difficulty == "easy":
        question = f"A {who} travels {distance} {unit} in {time} {hours}. What is the {who}'s average speed, in {unit} per hour?"
        steps = ["Rate = distance ÷ time.", f"{distance} ÷ {time} = {speed} {unit} per hour."]
        return make(question, str(speed), steps, hint, difficulty)
    question = f"A {who} travels at {speed} {unit} per hour. How many {hours} does it take to go {distance} {unit}?"
    steps = ["Time = distance ÷ rate.", f"{distance} ÷ {speed} = {time} {hours}."]
    return make(question, str(time), steps, hint, difficulty)
