"""Statistics and probability templates."""

from __future__ import annotations

import math
import random
import statistics

import sympy

from companion.ai.offline.templates.common import (
    decimal,
    level,
    make,
    numeric_wrong,
    options,
    show,
    template,
)
from companion.ai.offline.templates.wording import ordinal
from companion.ai.schemas import Difficulty, Problem


@template("mean_median_mode")
def mean_median_mode(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Mean (easy), median (medium) or mode (hard) of a small data set."""
    size = level(difficulty, 5, 6, 7)
    data = [rng.randint(1, 30) for _ in range(size)]
    if difficulty == "hard":
        data[-1] = data[-2] = data[0]
    values = sorted(data)
    if difficulty == "easy":
        value, what = sympy.Rational(sum(data), size), "mean"
        steps = [f"Add the values: {sum(data)}.", f"Divide by {size}: {show(value)}."]
        assert float(value) == statistics.mean(data)
    elif difficulty == "medium":
        value, what = sympy.Rational(values[2] + values[3], 2), "median"
        steps = [
            f"Sort: {values}.",
            f"Six values: average the middle two, ({values[2]} + {values[3]})/2 = {show(value)}.",
        ]
        assert float(value) == statistics.median(data)
    else:
        value, what = sympy.Integer(statistics.mode(data)), "mode"
        steps = [f"Sort: {values}.", f"The value that appears most often is {value}."]
        assert values.count(int(value)) == max(values.count(v) for v in values)
    answer = show(value) if value.q == 1 else decimal(value, 4)
    return make(
        f"Find the {what} of {', '.join(map(str, data))}.",
        answer,
        steps,
        "Mean: add and divide; median: middle of the sorted list; mode: most frequent.",
        difficulty,
        kind="short_answer",
    )


@template("probability_simple")
def probability_simple(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Probability of drawing a colour (twice, without replacement, when hard)."""
    red, blue = rng.randint(2, 9), rng.randint(1, 9)
    green = rng.randint(0, level(difficulty, 0, 6, 6))
    total = red + blue + green
    if difficulty == "hard":
        value = sympy.Rational(red, total) * sympy.Rational(red - 1, total - 1)
        extra = f" and {green} green" if green else ""
        question = f"A bag has {red} red and {blue} blue{extra} marbles. Two are drawn without replacement. What is the probability both are red?"
        steps = [
            f"P(first red) = {red}/{total}.",
            f"P(second red) = {red - 1}/{total - 1}.",
            f"Multiply: {show(value)}.",
        ]
        wrong = [
            show(sympy.Rational(red, total) ** 2),
            show(sympy.Rational(2 * red, total)),
            show(sympy.Rational(red, total)),
        ]
    else:
        value = sympy.Rational(red, total)
        extra = f" and {green} green" if green else ""
        question = f"A bag has {red} red and {blue} blue{extra} marbles. What is the probability of drawing a red one?"
        steps = [
            f"Favourable outcomes: {red}; total outcomes: {total}.",
            f"P(red) = {red}/{total} = {show(value)}.",
        ]
        wrong = [
            show(sympy.Rational(blue, total)),
            show(sympy.Rational(red, blue)),
            show(sympy.Rational(red, total + 1)),
            show(sympy.Rational(1, total)),
            show(sympy.Rational(red + 1, total)),
        ]
    assert 0 <= value <= 1 and sum(sympy.Rational(c, total) for c in (red, blue, green)) == 1
    choices = (
        options(rng, show(value), [*wrong, *numeric_wrong(value, rng)], low=0, high=1)
        if difficulty != "hard"
        else None
    )
    return make(
        question,
        show(value),
        steps,
        "Probability = favourable outcomes ÷ total outcomes.",
        difficulty,
        choices=choices,
    )


@template("standard_deviation")
def standard_deviation(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Population standard deviation of a short list, rounded."""
    data = [
        rng.randint(1, level(difficulty, 10, 20, 50)) for _ in range(level(difficulty, 4, 5, 6))
    ]
    if len(set(data)) == 1:
        data[0] += 1
    mean = sympy.Rational(sum(data), len(data))
    variance = sum((v - mean) ** 2 for v in data) / len(data)
    value = sympy.sqrt(variance)
    assert abs(float(value) - statistics.pstdev(data)) < 1e-9
    steps = [
        f"Mean = {decimal(mean, 3)}.",
        f"Average squared deviation (variance) = {decimal(variance, 3)}.",
        f"Standard deviation = sqrt({decimal(variance, 3)}) ≈ {decimal(value, 2)}.",
    ]
    question = f"Find the population standard deviation of {', '.join(map(str, data))}. Round to 2 decimal places."
    return make(
        question,
        decimal(value, 2),
        steps,
        "Square the distances from the mean, average them, take the square root.",
        difficulty,
    )


@template("combinatorics")
def combinatorics(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Count arrangements (permutations) or selections (combinations)."""
    n = rng.randint(level(difficulty, 4, 6, 8), level(difficulty, 6, 10, 15))
    k = rng.randint(2, min(n - 1, level(difficulty, 3, 4, 5)))
    ordered = difficulty == "easy" or rng.random() < 0.4
    value = sympy.ff(n, k) if ordered else sympy.binomial(n, k)
    assert value == (math.perm(n, k) if ordered else math.comb(n, k))
    if ordered:
        question = (
            f"{n} runners are in a race. In how many ways can the 1st to {ordinal(k)} places "
            "be filled (order matters)?"
        )
        steps = [f"Permutations: {n} × {n - 1} × ... ({k} factors) = {value}."]
    else:
        question = f"In how many ways can a team of {k} be chosen from {n} students?"
        steps = [f"Order does not matter: C({n}, {k}) = {n}! / ({k}! × {n - k}!).", f"= {value}."]
    return make(
        question,
        str(value),
        steps,
        "Ask whether order matters: permutations if yes, combinations if no.",
        difficulty,
    )


@template("expected_value")
def expected_value(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Expected winnings of a simple game."""
    sides = level(difficulty, 4, 6, 10)
    win = rng.randint(2, 12)
    cost = rng.randint(1, 5) if difficulty != "easy" else 0
    chance = sympy.Rational(1, sides)
    value = chance * win - cost
    assert value == sum(((win if face == 1 else 0) - cost) * chance for face in range(1, sides + 1))
    pay = f"It costs {cost} dollars to play. " if cost else ""
    question = f"{pay}You roll a fair {sides}-sided die and win {win} dollars if it shows 1, nothing otherwise. What is the expected value of one game, in dollars?"
    steps = [
        f"E = P(win) × prize - cost = 1/{sides} × {win} - {cost}.",
        f"E = {show(value)} ≈ {decimal(value, 2)} dollars.",
    ]
    return make(
        question,
        show(value),
        steps,
        "Multiply each outcome by its probability and add.",
        difficulty,
    )
