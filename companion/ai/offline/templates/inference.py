"""Statistics from data and samples: two-way tables, regression lines, sampling distributions
(central limit theorem), confidence intervals, estimates from a sample and sampling methods.
Answers are exact (sympy Rationals) and rounded only where the question asks."""

from __future__ import annotations

import math
import random

import sympy
from sympy import Rational as Q

from companion.ai.offline.templates.common import checked, decimal, make, options, show, template
from companion.ai.schemas import Difficulty, Problem

GROUPS = (("9th graders", "10th graders"), ("adults", "teens"), ("cat owners", "dog owners"))
CHOICES = (("soccer", "basketball"), ("tea", "coffee"), ("dry food", "wet food"))


def _reduced(top: int, bottom: int) -> str:
    """ " = 3/10" when top/bottom reduces, else nothing."""
    value = Q(top, bottom)
    return "" if value.q == bottom else f" = {show(value)}"


def _paren(value: sympy.Basic) -> str:
    text = show(value)
    return f"({text})" if "/" in text or text.startswith("-") else text


@template("two_way_table")
def two_way_table(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A probability read from a two-way table: one cell, a row total, or a conditional."""
    pick = rng.randrange(len(GROUPS))
    (g1, g2), (c1, c2) = GROUPS[pick], CHOICES[pick]
    cells = [[rng.randint(5, 40) for _ in range(2)] for _ in range(2)]
    total = sum(map(sum, cells))
    table = (
        f"A survey recorded this data table: {g1}: {cells[0][0]} chose {c1} and {cells[0][1]} "
        f"chose {c2}; {g2}: {cells[1][0]} chose {c1} and {cells[1][1]} chose {c2}."
    )
    hint = "Count the people who fit the description, then divide by the size of the group asked about."
    if difficulty == "easy":
        value = Q(cells[1][0], total)
        question = f"{table} One person is chosen at random. What is the probability the person is one of the {g2} who chose {c1}?"
        steps = [
            f"Total surveyed: {total}.",
            f"{g2} who chose {c1}: {cells[1][0]}.",
            f"P = {cells[1][0]}/{total}{_reduced(cells[1][0], total)}.",
        ]
    elif difficulty == "medium":
        chose = cells[0][0] + cells[1][0]
        value = Q(chose, total)
        question = f"{table} One person is chosen at random. What is the probability the person chose {c1}?"
        steps = [
            f"Chose {c1}: {cells[0][0]} + {cells[1][0]} = {chose} of {total}.",
            f"P = {chose}/{total}{_reduced(chose, total)}.",
        ]
    else:
        row = sum(cells[1])
        value = Q(cells[1][1], row)
        question = f"{table} One of the {g2} is chosen at random. What is the probability this person chose {c2}?"
        steps = [
            f"Only the {g2} count: {cells[1][0]} + {cells[1][1]} = {row}.",
            f"P = {cells[1][1]}/{row}{_reduced(cells[1][1], row)}.",
        ]
    assert 0 < value < 1
    question += " Give a fraction in lowest terms."
    return make(question, show(value), steps, hint, difficulty)


@template("regression_line")
def regression_line(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A prediction from a regression line, a residual, or a least squares slope from data."""
    hint = "Put the x-value into the equation of the line to get the predicted y."
    if difficulty == "hard":
        xs = sorted(rng.sample(range(1, 11), 5))
        slope_true, start = rng.choice([-3, -2, 2, 3]), rng.randint(35, 50)
        ys = [start + slope_true * v + rng.randint(-3, 3) for v in xs]
        mx, my = Q(sum(xs), 5), Q(sum(ys), 5)
        slope = sum((a - mx) * (b - my) for a, b in zip(xs, ys, strict=True)) / sum(
            (a - mx) ** 2 for a in xs
        )
        sxy, sx, sy = sum(a * b for a, b in zip(xs, ys, strict=True)), sum(xs), sum(ys)
        assert slope == Q(5 * sxy - sx * sy, 5 * sum(a * a for a in xs) - sx * sx)
        answer = decimal(slope, 2)
        pairs = ", ".join(f"({a}, {b})" for a, b in zip(xs, ys, strict=True))
        question = f"Find the slope of the least squares regression line for the data {pairs}. Round to 2 decimal places."
        steps = [
            f"Means: x̄ = {show(mx)}, ȳ = {show(my)}.",
            "Slope b = Σ(x - x̄)(y - ȳ) / Σ(x - x̄)^2.",
            f"b = {_paren(sum((a - mx) * (b - my) for a, b in zip(xs, ys, strict=True)))}/{_paren(sum((a - mx) ** 2 for a in xs))} ≈ {answer}.",
        ]
        hint = (
            "Find both means first; the slope compares how x and y vary together with how x varies."
        )
        return make(question, answer, steps, hint, difficulty)
    slope, start = Q(rng.randint(5, 40), 10), rng.randint(20, 60)
    hours = rng.randint(2, 9)
    predicted = start + slope * hours
    line = f"ŷ = {start} + {decimal(slope, 1)}x"
    context = f"The regression line for test score y against hours studied x is {line}."
    if difficulty == "easy":
        question = f"{context} Predict the score of a student who studied {hours} hours."
        steps = [
            f"Substitute x = {hours}: ŷ = {start} + {decimal(slope, 1)} × {hours}.",
            f"ŷ = {decimal(predicted, 1)}.",
        ]
        return make(question, decimal(predicted, 1), steps, hint, difficulty)
    observed = int(predicted) + rng.choice([-6, -4, -3, 2, 3, 5, 7])
    residual = observed - predicted
    question = (
        f"{context} A student who studied {hours} hours scored {observed}. What is the residual?"
    )
    steps = [
        f"Predicted: ŷ = {start} + {decimal(slope, 1)} × {hours} = {decimal(predicted, 1)}.",
        f"Residual = observed - predicted = {observed} - {decimal(predicted, 1)} = {decimal(residual, 1)}.",
    ]
    hint = "A residual is the actual value minus the value the trend line predicts."
    return make(question, decimal(residual, 1), steps, hint, difficulty)


@template("sampling_distribution")
def sampling_distribution(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The central limit theorem: the standard error, the mean of the sample means, a z-score."""
    mu, sigma, n = (
        rng.randint(40, 120),
        rng.choice([6, 8, 10, 12, 15, 18, 20]),
        rng.choice([4, 9, 16, 25, 36, 49, 64]),
    )
    se = Q(sigma) / sympy.sqrt(n)
    assert se * sympy.sqrt(n) == sigma
    setting = f"A population has mean {mu} and standard deviation {sigma}. Random samples of size n = {n} are taken."
    hint = "By the central limit theorem the sample mean is centred at the population mean with spread sigma over the square root of n."
    if difficulty == "medium":
        question = f"{setting} What is the mean of the sampling distribution of the sample mean?"
        steps = ["The sample means are centred at the population mean.", f"Mean of x̄ = {mu}."]
        return make(question, str(mu), steps, hint, difficulty)
    if difficulty == "easy":
        answer = show(se) if se.is_Rational and se.q <= 4 else decimal(se, 2)
        question = f"{setting} What is the standard error of the sample mean?"
        if not se.q <= 4:
            question += " Round to 2 decimal places."
        steps = [
            f"Standard error = sigma / sqrt(n) = {sigma} / sqrt({n}) = {sigma}/{math.isqrt(n)}.",
            f"= {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    mean = mu + rng.choice([-2, -1, 1, 2]) * rng.randint(1, 3)
    z = (mean - mu) / se
    answer = decimal(z, 2)
    question = f"{setting} One sample has mean {mean}. Find its z-score in the sampling distribution. Round to 2 decimal places."
    steps = [
        f"Standard error = {sigma}/sqrt({n}) = {show(se)}.",
        f"z = ({mean} - {mu}) / {_paren(se)} ≈ {answer}.",
    ]
    return make(question, answer, steps, hint, difficulty)


@template("confidence_interval")
def confidence_interval(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Margin of error and point estimate from an interval, or an interval from the data."""
    hint = "A confidence interval is the point estimate plus or minus the margin of error."
    if difficulty == "hard":
        mean, sigma, n = (
            rng.randint(50, 90),
            rng.choice([8, 10, 12, 15]),
            rng.choice([25, 36, 49, 64, 100]),
        )
        margin = Q(196, 100) * sigma / math.isqrt(n)
        upper = mean + margin
        answer = decimal(upper, 2)
        question = (
            f"A sample of n = {n} has mean {mean}; the population standard deviation is {sigma}. "
            "Using z* = 1.96, find the upper end of the 95 percent confidence interval for the mean. Round to 2 decimal places."
        )
        steps = [
            f"Margin of error = 1.96 × {sigma}/sqrt({n}) = {decimal(margin, 4)}.",
            f"Upper end = {mean} + {decimal(margin, 4)} ≈ {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    center, margin = rng.randint(20, 80), Q(rng.randint(4, 30), 2)
    low, high = center - margin, center + margin
    interval = f"({decimal(low, 1)}, {decimal(high, 1)})"
    if difficulty == "easy":
        question = f"A researcher is 95 percent confident that the mean lies in {interval}. What is the margin of error?"
        steps = [
            f"The margin is half the width: ({decimal(high, 1)} - {decimal(low, 1)}) / 2.",
            f"Margin of error = {decimal(margin, 1)}.",
        ]
        return make(question, decimal(margin, 1), steps, hint, difficulty)
    question = f"A 95 percent confidence interval for a population mean is {interval}. What is the point estimate (the sample mean)?"
    steps = [
        f"The estimate is the midpoint: ({decimal(low, 1)} + {decimal(high, 1)}) / 2.",
        f"Point estimate = {center}.",
    ]
    return make(question, str(center), steps, hint, difficulty)


@template("sample_estimate")
def sample_estimate(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Scale a random sample's proportion up to the population, or bound it with a margin of error."""
    size = rng.choice([50, 80, 100, 120, 200, 250, 400])
    population = rng.choice([1200, 2000, 3000, 4800, 6000, 10000])
    count = checked(
        lambda: rng.randint(size // 10, size * 9 // 10), lambda c: c * population % size == 0
    )
    estimate = Q(count * population, size)
    hint = "A random sample's proportion is the best estimate of the population's proportion."
    if difficulty != "hard":
        walkers = show(estimate)
        question = (
            f"In a random sample of {size} of the {population:,} students at a school, {count} said they walk to school. "
            "Based on the survey, about how many students at the school walk to school?"
        )
        steps = [
            f"Sample proportion: {count}/{size}.",
            f"Estimate: {count}/{size} × {population:,} = {walkers}.",
        ]
        if difficulty == "medium":
            walkers = show(population - estimate)
            question = question.replace(
                "about how many students at the school walk",
                "about how many students at the school do not walk",
            )
            steps.append(f"Those who do not walk: {population:,} - {show(estimate)} = {walkers}.")
        return make(question, walkers, steps, hint, difficulty)
    percent, margin = rng.randint(20, 70), rng.randint(2, 6)
    end = rng.choice(["lowest", "highest"])
    value = percent - margin if end == "lowest" else percent + margin
    question = (
        f"A survey of a random sample estimates that {percent}% of voters support a plan, with a margin of error "
        f"of {margin} percentage points. What is the {end} plausible percent of all voters who support the plan?"
    )
    steps = [f"Plausible values: {percent} ± {margin} percent.", f"The {end} is {value}%."]
    hint = "The plausible values run from the estimate minus the margin of error to the estimate plus it."
    return make(question, f"{value}%", steps, hint, difficulty)


METHODS = {
    "simple random sample": "puts all {n:,} names in a list and draws {k} of them at random",
    "stratified sample": "splits the {n:,} students by grade level and randomly picks {m} from each grade",
    "cluster sample": "randomly picks {c} of the homerooms and surveys every student in those homerooms",
    "systematic sample": "starts at a random name on the list of {n:,} students and surveys every {j}th name",
    "convenience sample": "surveys the first {k} students who walk into the cafeteria",
}


@template("sampling_method")
def sampling_method(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Name the sampling method a study design describes (a biased one included when hard)."""
    names = sorted(METHODS)
    if difficulty != "hard":
        names.remove("convenience sample")
    method = rng.choice(names)
    n, k = rng.choice([600, 800, 1200, 1500]), rng.choice([40, 50, 60, 80])
    plan = METHODS[method].format(n=n, k=k, m=rng.randint(10, 25), c=rng.randint(3, 6), j=n // k)
    question = (
        f"To study how students get to school, a principal {plan}. What kind of sample is this?"
    )
    steps = [f"The principal {plan}.", f"That design is a {method}."]
    hint = "Ask who could be chosen and how: by chance from everyone, within groups, whole groups, by a fixed step, or whoever is easy to reach."
    choices = options(rng, method, [m for m in sorted(METHODS) if m != method])
    return make(question, method, steps, hint, difficulty, choices=choices)
