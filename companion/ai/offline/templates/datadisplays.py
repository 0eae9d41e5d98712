"""Reading data: bar graphs and pictographs (grades 2-5), frequency tables, probability distributions."""

from __future__ import annotations

import random

import sympy
from sympy import Rational as Q

from companion.ai.offline.templates.common import (
    checked,
    decimal,
    make,
    options,
    show,
    template,
)
from companion.ai.schemas import Difficulty, Problem

CATEGORIES = (
    ("favorite fruit", ("apples", "bananas", "grapes", "oranges")),
    ("pets", ("dogs", "cats", "fish", "birds")),
    ("favorite sport", ("soccer", "basketball", "swimming", "tennis")),
)


def _near(value: int, slips: list[int], rng: random.Random) -> list[str]:
    near = [value + 1, value - 1, value + 2, value + 5, value + 10]
    rng.shuffle(near)
    return [str(v) for v in dict.fromkeys([*slips, *near]) if v > 0 and v != value]


@template("bar_graphs")
def bar_graphs(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Read a pictograph's key, or compare bars: how many more, how many in all."""
    topic, names = rng.choice(CATEGORIES)
    if difficulty == "easy":  # pictograph with a key
        key = rng.choice([2, 5, 10])
        pictures = {name: rng.randint(1, 6) for name in names}
        pick = rng.choice(names)
        value = pictures[pick] * key
        rows = "; ".join(f"{name}: {count} pictures" for name, count in pictures.items())
        question = (
            f"A pictograph shows the class's {topic}. Each picture stands for {key} students. "
            f"{rows}. How many students chose {pick}?"
        )
        steps = [
            f"{pick.capitalize()} has {pictures[pick]} pictures.",
            f"Each picture is {key} students: {pictures[pick]} × {key} = {value}.",
        ]
        hint = "Use the key: multiply the number of pictures by what one picture stands for."
        slips = [pictures[pick], pictures[pick] + key, (pictures[pick] + 1) * key]
        choices = options(rng, str(value), _near(value, slips, rng))
        return make(question, str(value), steps, hint, difficulty, choices=choices)
    counts = checked(
        lambda: {name: rng.randint(3, 30) for name in names},
        lambda c: len(set(c.values())) == len(c),
    )
    bars = ", ".join(f"{name} {count}" for name, count in counts.items())
    question = f"A bar graph of students' {topic} shows: {bars}."
    ranked = sorted(counts, key=counts.__getitem__)
    if difficulty == "medium":
        most, least = ranked[-1], ranked[0]
        value = counts[most] - counts[least]
        question += " How many more students chose the most popular choice than the least popular?"
        steps = [
            f"Most popular: {most} ({counts[most]}); least popular: {least} ({counts[least]}).",
            f"How many more: {counts[most]} - {counts[least]} = {value}.",
        ]
    else:
        left_out = rng.choice(names)
        value = sum(v for k, v in counts.items() if k != left_out)
        question += f" How many students did not choose {left_out}?"
        others = [str(v) for k, v in counts.items() if k != left_out]
        steps = [
            f"Add the bars other than {left_out}: {' + '.join(others)} = {value}.",
            f"(Or: all {sum(counts.values())} students minus the {counts[left_out]} who chose {left_out}.)",
        ]
    assert value > 0
    hint = "Read each bar's height carefully, then decide whether to add or subtract."
    return make(question, str(value), steps, hint, difficulty)


@template("data_displays")
def data_displays(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Relative frequency from a frequency table, or a count from a histogram's bins."""
    topic, names = rng.choice(CATEGORIES)
    total = rng.choice([20, 25, 40, 50, 80, 100])
    counts = checked(
        lambda: [rng.randint(1, total // 2) for _ in range(3)],
        lambda c: total - sum(c) > 0 and len({*c, total - sum(c)}) == 4,
    )
    counts.append(total - sum(counts))
    table = ", ".join(f"{name} {count}" for name, count in zip(names, counts, strict=True))
    hint = "Relative frequency = the category's count divided by the total count."
    if difficulty == "hard":  # histogram bins
        bins = ["0-9", "10-19", "20-29", "30-39"]
        start = rng.randint(1, 3)  # "0 or more" would be every score: nothing to work out
        value = sum(counts[start:])
        question = (
            f"A histogram of {total} test scores has bins (counts): "
            + ", ".join(f"{b}: {c}" for b, c in zip(bins, counts, strict=True))
            + f". How many scores are {start * 10} or more?"
        )
        steps = [
            f"Scores of {start * 10} or more are in the bins from {bins[start]} up.",
            f"Add their frequencies: {' + '.join(map(str, counts[start:]))} = {value}.",
        ]
        hint = "Each bar's height is the frequency of its bin; add the bins that fit."
        return make(question, str(value), steps, hint, difficulty)
    pick = rng.randrange(4)
    share = Q(counts[pick], total)
    assert sum(Q(c, total) for c in counts) == 1
    as_percent = difficulty == "medium"
    answer = f"{decimal(share * 100, 2)}%" if as_percent else show(share)
    question = (
        f"A frequency table of {total} students' {topic} shows: {table}. What is the relative "
        f"frequency of {names[pick]}{' as a percent' if as_percent else ' as a fraction'}?"
    )
    steps = [
        f"Relative frequency = {counts[pick]} / {total} = {show(share)}.",
    ]
    if as_percent:
        steps.append(f"As a percent: {show(share)} × 100 = {answer}.")
    return make(question, answer, steps, hint, difficulty)


@template("probability_distributions")
def probability_distributions(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A missing probability in a discrete distribution, its expected value, or a binomial probability."""
    hint = "The probabilities of a discrete distribution are all between 0 and 1 and add to 1."
    if difficulty == "hard":
        trials, k = rng.randint(3, 6), 0
        k = rng.randint(1, trials - 1)
        value = sympy.binomial(trials, k) * Q(1, 2) ** trials
        assert sum(sympy.binomial(trials, j) * Q(1, 2) ** trials for j in range(trials + 1)) == 1
        question = (
            f"A fair coin is tossed {trials} times. X is the number of heads (a binomial "
            f"distribution). What is P(X = {k})? Give the answer as a fraction."
        )
        steps = [
            f"P(X = k) = C(n, k) p^k (1 - p)^(n - k) with n = {trials} and p = 1/2.",
            f"C({trials}, {k}) = {sympy.binomial(trials, k)}, and (1/2)^{trials} = 1/{2**trials}.",
            f"P(X = {k}) = {sympy.binomial(trials, k)}/{2**trials} = {show(value)}.",
        ]
        hint = "Count the ways to get that many heads, then multiply by the chance of each way."
        return make(question, show(value), steps, hint, difficulty)
    tenths = checked(lambda: [rng.randint(1, 5) for _ in range(3)], lambda t: 1 <= 10 - sum(t) <= 6)
    tenths.append(10 - sum(tenths))
    probs = [Q(t, 10) for t in tenths]
    assert sum(probs) == 1 and all(0 < p < 1 for p in probs)
    values = sorted(rng.sample(range(0, 6), 4))
    missing = rng.randrange(4)
    shown = ", ".join(
        f"P(X = {v}) = {'?' if i == missing and difficulty == 'easy' else decimal(p, 2)}"
        for i, (v, p) in enumerate(zip(values, probs, strict=True))
    )
    if difficulty == "easy":
        value = probs[missing]
        known = [decimal(p, 2) for i, p in enumerate(probs) if i != missing]
        question = (
            f"A random variable X has this distribution: {shown}. What is P(X = {values[missing]})?"
        )
        steps = [
            "All the probabilities add to 1.",
            f"1 - ({' + '.join(known)}) = {decimal(value, 2)}.",
        ]
        wrong = [decimal(value + Q(1, 10), 2), decimal(1 - value, 2), decimal(value / 2, 2)]
        wrong += [decimal(value + Q(2, 10), 2), decimal(Q(1, 10), 2), decimal(Q(5, 10), 2)]
        choices = options(rng, decimal(value, 2), wrong, low=0, high=1)
        return make(question, decimal(value, 2), steps, hint, difficulty, choices=choices)
    mean = sum(v * p for v, p in zip(values, probs, strict=True))
    products = " + ".join(f"{v} × {decimal(p, 2)}" for v, p in zip(values, probs, strict=True))
    question = (
        f"A random variable X has this distribution: {shown}. What is the expected value E(X)?"
    )
    steps = [
        "E(X) = the sum of each value times its probability.",
        f"E(X) = {products} = {decimal(mean, 2)}.",
    ]
    hint = "Multiply each value by its probability, then add the products."
    return make(question, decimal(mean, 2), steps, hint, difficulty)
