"""Sequences and series: nth terms, partial sums, infinite geometric series (sums checked by sympy)."""

from __future__ import annotations

import random

import sympy
from sympy import Rational as Q

from companion.ai.offline.templates.common import level, make, nonzero, show, template
from companion.ai.schemas import Difficulty, Problem

n = sympy.Symbol("n", integer=True, positive=True)
RATIOS = (Q(1, 2), Q(1, 3), Q(2, 3), Q(1, 4), Q(3, 4), Q(1, 5), Q(2, 5), Q(-1, 2), Q(-1, 3))


def _terms(values: list[sympy.Basic]) -> str:
    return ", ".join(show(v) for v in values)


@template("infinite_geometric_series")
def infinite_geometric_series(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The sum of a convergent geometric series, from its terms or from a and r; or r from the sum."""
    ratio = rng.choice(RATIOS[:7] if difficulty == "easy" else RATIOS)
    first = rng.randint(2, 12) * ratio.q
    total = first / (1 - ratio)
    checked_sum = sympy.summation(first * ratio ** (n - 1), (n, 1, sympy.oo))
    assert checked_sum == total and abs(ratio) < 1
    hint = "A geometric series with |r| < 1 converges to a / (1 - r)."
    if difficulty == "hard":
        question = (
            f"An infinite geometric series has first term {first} and sum {show(total)}. "
            "What is the common ratio r?"
        )
        steps = [
            f"S = a / (1 - r), so {show(total)} = {first} / (1 - r).",
            f"1 - r = {first} ÷ ({show(total)}) = {show(1 - ratio)}.",
            f"r = 1 - {show(1 - ratio)} = {show(ratio)} (|r| < 1, so the series converges).",
        ]
        return make(question, show(ratio), steps, hint, difficulty)
    terms = [first * ratio**k for k in range(4)]
    given = (
        f"{_terms(terms)}, ..."
        if difficulty == "medium"
        else f"with first term {first} and common ratio {show(ratio)}"
    )
    question = f"Find the sum of the infinite geometric series {given}."
    steps = (
        [f"The common ratio is r = {show(terms[1])} / {show(terms[0])} = {show(ratio)}."]
        if difficulty == "medium"
        else []
    )
    steps += [
        f"|r| = {show(abs(ratio))} < 1, so the series converges.",
        f"S = a / (1 - r) = {first} / (1 - ({show(ratio)})) = {first} ÷ ({show(1 - ratio)}) = {show(total)}.",
    ]
    return make(question, show(total), steps, hint, difficulty)


@template("sequences")
def sequences(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The next or nth term of an arithmetic or geometric sequence, or an arithmetic sum."""
    geometric = difficulty != "hard" and rng.random() < 0.4
    first = rng.randint(1, 12) if geometric else rng.randint(-10, 20)
    step = (
        rng.choice([2, 3])
        if geometric
        else nonzero(rng, *level(difficulty, (1, 9), (-9, 9), (-6, 9)))
    )

    def term(k: int) -> int:
        return first * step ** (k - 1) if geometric else first + (k - 1) * step

    shown = _terms([sympy.Integer(term(k)) for k in range(1, 5)])
    kind, rule = ("geometric", "ratio") if geometric else ("arithmetic", "difference")
    if difficulty == "hard":
        count = rng.randint(10, 30)
        last = term(count)
        total = sympy.summation(first + (n - 1) * step, (n, 1, count))
        assert total == sympy.Rational(count * (first + last), 2)
        question = (
            f"Find the sum of the first {count} terms of the arithmetic sequence {shown}, ..."
        )
        steps = [
            f"The common difference is {step}; term {count} is {first} + {count - 1} × {step} = {last}.",
            f"S = n(a1 + an)/2 = {count} × ({first} + {last}) / 2 = {total}.",
        ]
        hint = "Add the first and last terms, multiply by the number of terms, and halve."
        return make(question, show(total), steps, hint, difficulty)
    which = level(difficulty, 5, rng.randint(8, 15) if not geometric else rng.randint(6, 8), 0)
    value = term(which)
    formula = (
        f"a_n = {first} × {step}^(n - 1)" if geometric else f"a_n = {first} + (n - 1) × {step}"
    )
    assert value == term(which - 1) * step if geometric else value == term(which - 1) + step
    what = "next term" if which == 5 else f"{which}th term"
    question = f"What is the {what} of the sequence {shown}, ...?"
    steps = [
        f"Each term is the one before {'times' if geometric else 'plus'} {step}: a common {rule} of {step}, so it is {kind}.",
        f"{formula}, so a_{which} = {value}.",
    ]
    hint = f"Find the common {rule} between neighbouring terms first."
    return make(question, str(value), steps, hint, difficulty)


@template("binomial_theorem")
def binomial_theorem(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A coefficient in the expansion of (x + a)^n, checked by sympy's expansion."""
    power = rng.randint(*level(difficulty, (3, 4), (4, 6), (5, 7)))
    shift = rng.randint(1, 3) if difficulty == "easy" else nonzero(rng, -3, 3)
    k = rng.randint(1, power - 1)
    x = sympy.Symbol("x")
    value = sympy.binomial(power, k) * shift ** (power - k)
    assert sympy.Poly(sympy.expand((x + shift) ** power), x).coeff_monomial(x**k) == value
    sign = "+" if shift > 0 else "-"
    question = (
        f"What is the coefficient of x^{k} in the expansion of (x {sign} {abs(shift)})^{power}?"
    )
    steps = [
        f"The term with x^{k} is C({power}, {k}) x^{k} ({shift})^{power - k}.",
        f"C({power}, {k}) = {sympy.binomial(power, k)} and ({shift})^{power - k} = {shift ** (power - k)}.",
        f"Coefficient = {sympy.binomial(power, k)} × {shift ** (power - k)} = {value}.",
    ]
    hint = "Use C(n, k) for the x^k term, times the other number raised to the remaining power."
    return make(question, str(value), steps, hint, difficulty)
