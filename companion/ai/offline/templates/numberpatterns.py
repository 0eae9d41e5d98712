"""Number patterns for grades 2-5: even and odd numbers, and patterns that add or multiply by
the same number each time (the next number, the rule, a later number)."""

from __future__ import annotations

import random

from companion.ai.offline.templates.common import make, options, template
from companion.ai.schemas import Difficulty, Problem

KINDS = ("even", "odd")


def _kind(n: int) -> str:
    return KINDS[n % 2]


@template("even_odd_numbers")
def even_odd_numbers(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Whether a number or a sum is even or odd, or which of four numbers is the odd one out."""
    if difficulty == "easy":
        n = rng.randint(11, 999)
        answer = _kind(n)
        assert (n % 10) % 2 == n % 2  # the ones digit decides
        question = f"Is {n} an even number or an odd number?"
        steps = [
            f"The ones digit of {n} is {n % 10}.",
            f"{n % 10} {'can' if n % 2 == 0 else 'cannot'} be split into pairs with none left over, "
            f"so {n} is {answer}.",
        ]
        hint = (
            "Look only at the ones digit: can that many things be put in pairs with none left over?"
        )
        return make(question, answer, steps, hint, difficulty)
    if difficulty == "medium":
        a, b = rng.randint(11, 99), rng.randint(11, 99)
        answer = _kind(a + b)
        assert (a % 2 + b % 2) % 2 == (a + b) % 2
        question = f"Without adding, is the sum {a} + {b} even or odd?"
        steps = [
            f"{a} is {_kind(a)} and {b} is {_kind(b)}.",
            f"{_kind(a)} + {_kind(b)} = {answer}; check: {a} + {b} = {a + b}, which is {answer}.",
        ]
        hint = "Decide the kind of each number from its ones digit, then pair up the leftovers."
        return make(question, answer, steps, hint, difficulty)
    want = rng.choice(KINDS)
    base = rng.randint(12, 490) * 2 + (1 if want == "odd" else 0)
    assert _kind(base) == want
    near = [base + d for d in (1, -1, 3, -3, 5, 9, 11)] + [int(str(base)[::-1])]
    wrong = [str(n) for n in near if n > 0 and _kind(n) != want]
    choices = options(rng, str(base), rng.sample(wrong, len(wrong)))
    others = [c for c in choices if c != str(base)]
    question = f"Which of these numbers is {want}? Choices: {', '.join(choices)}."
    steps = [
        f"Look at the ones digits: {', '.join(others)} are {KINDS[1 - KINDS.index(want)]}.",
        f"{base} ends in {base % 10}, so {base} is the {want} number.",
    ]
    hint = "An even number ends in 0, 2, 4, 6 or 8; check each ones digit."
    return make(question, str(base), steps, hint, difficulty, choices=choices)


def _terms(start: int, step: int, multiply: bool, count: int) -> list[int]:
    terms = [start]
    while len(terms) < count:
        terms.append(terms[-1] * step if multiply else terms[-1] + step)
    return terms


def _rule(step: int, multiply: bool) -> str:
    return f"multiply by {step}" if multiply else f"add {step}"


def _sign(multiply: bool) -> str:
    return "×" if multiply else "+"


def _listed(terms: list[int]) -> str:
    return ", ".join(map(str, terms))


@template("number_patterns")
def number_patterns(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The next number of an add or multiply pattern, the pattern's rule, or a later number."""
    if difficulty == "hard":
        return _later_number(rng, difficulty)
    multiply = difficulty == "medium" and rng.random() < 0.5
    if difficulty == "medium" and rng.random() < 0.5:
        return _which_rule(rng, difficulty, multiply)
    start, step = (
        (rng.randint(1, 5), rng.randint(2, 4))
        if multiply
        else (rng.randint(1, 50), rng.randint(2, 12))
    )
    *shown, answer = _terms(start, step, multiply, 5)
    question = f"What is the next number in the pattern {_listed(shown)}, ...?"
    change = "times" if multiply else "more than"
    steps = [
        f"Each number is {step} {change} the one before, so the rule is {_rule(step, multiply)}.",
        f"{shown[-1]} {_sign(multiply)} {step} = {answer}.",
    ]
    hint = "Compare each number with the one before it: what was done to get from one to the next?"
    return make(question, str(answer), steps, hint, difficulty)


def _which_rule(rng: random.Random, difficulty: Difficulty, multiply: bool) -> Problem:
    """Choose the rule of an add or multiply pattern from four."""
    start, step = (
        (rng.randint(2, 5), rng.randint(2, 4))
        if multiply
        else (rng.randint(2, 30), rng.randint(3, 12))
    )
    shown = _terms(start, step, multiply, 4)
    answer = _rule(step, multiply)
    slips = [
        _rule(shown[1] - shown[0], False),  # the first jump read as a fixed amount
        _rule(step, not multiply),
        *(_rule(step + d, multiply) for d in (1, -1, 2)),
        _rule(start, not multiply),
    ]
    wrong = [w for w in dict.fromkeys(slips) if not w.endswith((" 0", " 1"))]
    choices = options(rng, answer, wrong)
    question = f"What is the rule for the pattern {_listed(shown)}? Choices: {', '.join(choices)}."
    sign = _sign(multiply)
    steps = [
        f"From {shown[0]} to {shown[1]}: {shown[0]} {sign} {step} = {shown[1]}.",
        f"It works for every number: {shown[1]} {sign} {step} = {shown[2]} and "
        f"{shown[2]} {sign} {step} = {shown[3]}, so the rule is {answer}.",
    ]
    hint = "Test a rule on the first two numbers, then make sure it works for the rest too."
    return make(question, answer, steps, hint, difficulty, choices=choices)


def _later_number(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A number far along an add pattern, from how many times the rule is used."""
    start, step, place = rng.randint(1, 30), rng.randint(2, 15), rng.randint(8, 20)
    answer = _terms(start, step, False, place)[-1]
    assert answer == start + (place - 1) * step
    question = (
        f"A number pattern starts {_listed(_terms(start, step, False, 4))}, ... and follows the rule "
        f"add {step}. What is the {place}th number in the pattern?"
    )
    steps = [
        f"From the 1st number to the {place}th, the rule is used {place - 1} times.",
        f"{start} + {place - 1} × {step} = {start} + {(place - 1) * step} = {answer}.",
    ]
    hint = (
        "Count how many times the rule is used to get from the first number to the one asked for."
    )
    return make(question, str(answer), steps, hint, difficulty)
