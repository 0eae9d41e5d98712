"""Statistics: quartiles and box plots, z-scores, conditional probability from a two-way table."""

from __future__ import annotations

import random

import sympy
from sympy import Rational as Q

from companion.ai.offline.templates.common import checked, decimal, make, show, template
from companion.ai.schemas import Difficulty, Problem


def _num(value: sympy.Rational) -> str:
    """A quartile as written: 32 or 7.5."""
    return show(value) if value.q == 1 else decimal(value, 1)


def _median(values: list[int]) -> sympy.Rational:
    n = len(values)
    return Q(values[n // 2]) if n % 2 else Q(values[n // 2 - 1] + values[n // 2], 2)


@template("quartiles")
def quartiles(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Q1, Q3 or the interquartile range of a small data set (median of each half)."""
    size = {"easy": 7, "medium": 8, "hard": 9}[difficulty]
    data = sorted(rng.randint(1, 40) for _ in range(size))
    lower, upper = data[: size // 2], data[(size + 1) // 2 :]
    q1, q3 = _median(lower), _median(upper)
    want = {
        "easy": "first quartile (Q1)",
        "medium": "third quartile (Q3)",
        "hard": "interquartile range (IQR)",
    }[difficulty]
    value = {"easy": q1, "medium": q3, "hard": q3 - q1}[difficulty]
    shuffled = data[:]
    rng.shuffle(shuffled)
    question = f"Find the {want} of {', '.join(map(str, shuffled))}."
    steps = [
        f"Sort: {', '.join(map(str, data))}; the median splits it into halves.",
        f"Lower half {lower}: Q1 = {_num(q1)}. Upper half {upper}: Q3 = {_num(q3)}.",
    ]
    if difficulty == "hard":
        steps.append(f"IQR = Q3 - Q1 = {_num(q3)} - {_num(q1)} = {_num(value)}.")
    assert q1 <= _median(data) <= q3
    hint = "Sort the data, split it at the median, and take the median of each half."
    return make(question, _num(value), steps, hint, difficulty)


@template("z_score")
def z_score(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A z-score, or the value with a given z-score, in a normal distribution."""
    mean, sd = rng.randint(10, 90), rng.choice([2, 4, 5, 8, 10, 12, 15])
    z = Q(rng.choice([-4, -3, -2, -1, 1, 2, 3, 4, 5, 6]), 2)
    value = mean + z * sd
    assert (value - mean) / sd == z
    hint = "A z-score counts how many standard deviations a value is from the mean."
    if difficulty == "hard":
        question = f"Scores are normally distributed with mean {mean} and standard deviation {sd}. Which score has a z-score of {decimal(z, 1)}?"
        steps = [
            "x = mean + z × standard deviation.",
            f"x = {mean} + {decimal(z, 1)} × {sd} = {decimal(value, 1)}.",
        ]
        return make(question, decimal(value, 1), steps, hint, difficulty)
    question = f"Scores are normally distributed with mean {mean} and standard deviation {sd}. What is the z-score of a score of {decimal(value, 1)}?"
    steps = [
        "z = (x - mean) / standard deviation.",
        f"z = ({decimal(value, 1)} - {mean}) / {sd} = {decimal(z, 1)}.",
    ]
    return make(question, decimal(z, 1), steps, hint, difficulty)


@template("conditional_probability")
def conditional_probability(rng: random.Random, difficulty: Difficulty) -> Problem:
    """P(A | B) from a two-way table of counts, as a fraction."""
    a, b, c, d = checked(
        lambda: [rng.randint(3, 30) for _ in range(4)], lambda t: t[0] != t[1] and t[2] != t[3]
    )
    table = f"grade 9: {a} play a sport, {b} do not; grade 10: {c} play a sport, {d} do not"
    if difficulty == "hard":
        value = Q(c, a + c)
        question = f"A two-way table shows: {table}. A student who plays a sport is chosen at random. What is the probability the student is in grade 10?"
        given, count = "plays a sport", f"{a} + {c} = {a + c}"
        part = c
    else:
        value = Q(a, a + b)
        question = f"A two-way table shows: {table}. A grade 9 student is chosen at random. What is the probability the student plays a sport?"
        given, count = "is in grade 9", f"{a} + {b} = {a + b}"
        part = a
    assert 0 < value < 1
    steps = [
        f"Given the student {given}, only that row or column counts: {count} students.",
        f"Of them, {part} fit, so the probability is {part}/{value.q * part // value.p} = {show(value)}.",
    ]
    hint = "P(A | B) = (count of A and B) / (count of B): restrict to the given group first."
    return make(question, show(value), steps, hint, difficulty)


DIE_EVENTS = (
    ("a 6", {6}),
    ("a 1", {1}),
    ("an even number", {2, 4, 6}),
    ("an odd number", {1, 3, 5}),
    ("a number greater than 4", {5, 6}),
    ("a number less than 3", {1, 2}),
    ("a multiple of 3", {3, 6}),
    ("a number less than 5", {1, 2, 3, 4}),
)


@template("independent_events")
def independent_events(rng: random.Random, difficulty: Difficulty) -> Problem:
    """P(A and B) for independent events, or for two draws without replacement (dependent)."""
    red, blue = rng.randint(2, 8), rng.randint(2, 8)
    total = red + blue
    hint = "And means multiply; without replacement, the second draw has one fewer marble."
    if difficulty == "hard":
        value = Q(red, total) * Q(red - 1, total - 1)
        question = f"A bag has {red} red and {blue} blue marbles. Two are drawn without replacement. What is the probability both are red?"
        steps = [
            f"First red: {red}/{total}. Then {red - 1} red of {total - 1} left: {red - 1}/{total - 1}.",
            f"Dependent events multiply: {red}/{total} × {red - 1}/{total - 1} = {show(value)}.",
        ]
        assert value == sympy.binomial(red, 2) / sympy.binomial(total, 2)
        return make(question, show(value), steps, hint, difficulty)
    if difficulty == "medium":
        value = Q(red, total) * Q(red, total)
        question = f"A bag has {red} red and {blue} blue marbles. A marble is drawn, put back, and a second is drawn. What is the probability both are red?"
        steps = [
            f"With replacement the draws are independent: {red}/{total} each.",
            f"{red}/{total} × {red}/{total} = {show(value)}.",
        ]
        return make(question, show(value), steps, hint, difficulty)
    # the die event varies, so the answers do too (not 1/12 every time)
    side = rng.choice(("heads", "tails"))
    event, faces = rng.choice(DIE_EVENTS)
    die = Q(len(faces), 6)
    value = Q(1, 2) * die
    question = f"A fair coin is tossed and a fair die is rolled. What is the probability of {side} and {event}?"
    steps = [
        "The coin and the die do not affect each other: independent events.",
        f"P({side}) = 1/2; {event} is {len(faces)} of the 6 faces, so P = {show(die)}.",
        f"P({side}) × P({event}) = 1/2 × {show(die)} = {show(value)}.",
    ]
    assert value == Q(sum(1 for face in range(1, 7) if face in faces), 12)
    return make(question, show(value), steps, hint, difficulty)
