"""Trigonometric identities and equations: a ratio from another in a given quadrant,
simplifying with identities, and every solution in [0°, 360°), all checked with sympy."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import make, options, show, template, x
from companion.ai.schemas import Difficulty, Problem

TRIPLES = ((3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29))
# quadrant -> signs of (x, y) on the terminal side
QUADRANTS = {"I": (1, 1), "II": (-1, 1), "III": (-1, -1), "IV": (1, -1)}
RATIOS = {"sin": lambda a, b, r: b / r, "cos": lambda a, b, r: a / r, "tan": lambda a, b, r: b / a}
# expression -> its simplest form (checked by sympy.simplify)
SIMPLIFY = {
    "(1 - cos^2 x)/sin x": "sin x",
    "sin x · cot x": "cos x",
    "tan x · cos x": "sin x",
    "sec^2 x - tan^2 x": "1",
    "(sin^2 x + cos^2 x)/cos x": "sec x",
    "cos x · csc x": "cot x",
    "sin x / tan x": "cos x",
    "csc x · tan x": "sec x",
}
FORMS = ("sin x", "cos x", "tan x", "sec x", "csc x", "cot x", "1")


def _sympy(text: str) -> sympy.Basic:
    spelled = text.replace("·", "*").replace("^2 x", "(x)**2").replace(" x", "(x)")
    return sympy.sympify(spelled)


@template("trig_identities")
def trig_identities(rng: random.Random, difficulty: Difficulty) -> Problem:
    """One trig ratio from another and the quadrant, or simplify an expression with identities."""
    if difficulty == "hard":
        expr = rng.choice(sorted(SIMPLIFY))
        answer = SIMPLIFY[expr]
        assert sympy.simplify(_sympy(expr) - _sympy(answer)) == 0
        question = f"Use the trig identities to simplify {expr}."
        steps = [
            "Write everything in sines and cosines (tan = sin/cos, sec = 1/cos, csc = 1/sin, cot = cos/sin).",
            "Use sin^2 x + cos^2 x = 1 and cancel common factors.",
            f"The expression simplifies to {answer}.",
        ]
        hint = "Rewrite each function in terms of sine and cosine first."
        choices = options(rng, answer, [f for f in FORMS if f != answer])
        return make(question, answer, steps, hint, difficulty, choices=choices)
    a, b, r = rng.choice(TRIPLES)
    if rng.random() < 0.5:
        a, b = b, a
    quadrant = "I" if difficulty == "easy" else rng.choice(["II", "III", "IV"])
    sx, sy = QUADRANTS[quadrant]
    px, py = sympy.Integer(sx * a), sympy.Integer(sy * b)
    given, wanted = rng.sample(sorted(RATIOS) if difficulty != "easy" else ["sin", "cos"], 2)
    theta = sympy.atan2(py, px)
    value = RATIOS[wanted](px, py, r)
    assert sympy.simplify(getattr(sympy, wanted)(theta) - value) == 0
    known = RATIOS[given](px, py, r)
    question = (
        f"Angle θ is in quadrant {quadrant} and {given} θ = {show(known)}. Use the trig identities "
        f"to find {wanted} θ exactly."
    )
    steps = [
        f"Draw the reference triangle: legs {a} and {b}, hypotenuse {r} (sin^2 θ + cos^2 θ = 1).",
        f"In quadrant {quadrant}, x is {'positive' if sx > 0 else 'negative'} and y is "
        f"{'positive' if sy > 0 else 'negative'}: x = {px}, y = {py}, r = {r}.",
        f"{wanted} θ = {show(value)}.",
    ]
    hint = "Use the Pythagorean identity for the missing side, then the quadrant for the sign."
    return make(question, show(value), steps, hint, difficulty)


VALUES = (sympy.Rational(1, 2), sympy.sqrt(2) / 2, sympy.sqrt(3) / 2)


def _degrees_in_circle(equation: sympy.Basic) -> list[int]:
    found = sympy.solveset(equation, x, sympy.Interval.Ropen(0, 2 * sympy.pi))
    return sorted(int(sympy.deg(s)) for s in found)


def _solutions(degrees: list[int]) -> str:
    return " or ".join(f"x = {d}" for d in degrees)


@template("trig_equations")
def trig_equations(rng: random.Random, difficulty: Difficulty) -> Problem:
    """All solutions in [0°, 360°) of sin or cos x = c, a·f(x) + b = 0, or 4 sin^2 x = k."""
    name = rng.choice(["sin", "cos"])
    func = getattr(sympy, name)
    hint = "Find the reference angle first, then every quadrant where the function has that sign."
    if difficulty == "hard":
        k = rng.randint(1, 3)
        degrees = _degrees_in_circle(4 * func(x) ** 2 - k)
        question = f"Solve the trig equation 4{name}^2 x = {k} for 0° ≤ x < 360°."
        steps = [
            f"{name}^2 x = {k}/4, so {name} x = ±{show(sympy.sqrt(k) / 2)}.",
            f"The solutions in the interval are {_solutions(degrees)}.",
        ]
        return make(question, _solutions(degrees), steps, hint, difficulty)
    value = rng.choice(VALUES) * rng.choice([1, -1])
    degrees = _degrees_in_circle(func(x) - value)
    if difficulty == "easy":
        question = f"Solve the trig equation {name} x = {show(value)} for 0° ≤ x < 360°."
        first = f"The reference angle has {name} = {show(abs(value))}."
    else:
        scale = 2 if value.is_Rational else rng.choice([2, 4])
        shift = rng.randint(1, 5)
        right = sympy.expand(scale * value + shift)
        question = (
            f"Solve the trig equation {scale}{name} x + {shift} = {show(right)} for 0° ≤ x < 360°."
        )
        first = f"Isolate {name} x: {name} x = ({show(right)} - {shift})/{scale} = {show(value)}."
    assert all(sympy.simplify(func(sympy.rad(d)) - value) == 0 for d in degrees)
    steps = [first, f"The solutions in the interval are {_solutions(degrees)}."]
    return make(question, _solutions(degrees), steps, hint, difficulty)
