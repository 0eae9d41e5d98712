"""Pre-algebra powers: prime factorization, scientific notation, exponents and square roots."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import checked, level, make, options, template
from companion.ai.schemas import Difficulty, Problem


def factored(n: int) -> str:
    """84 -> '2^2 × 3 × 7'."""
    return " × ".join(
        f"{p}^{k}" if k > 1 else str(p) for p, k in sorted(sympy.factorint(n).items())
    )


@template("prime_factorization")
def prime_factorization(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The smallest or largest prime factor, or the missing prime of a factorization."""
    primes = level(difficulty, [2, 3, 5, 7], [2, 3, 5, 7, 11], [2, 3, 5, 7, 11, 13, 17])
    n = checked(
        lambda: sympy.prod(rng.choices(primes, k=rng.randint(3, 4))),
        lambda v: 12 <= v <= 1000 and len(sympy.factorint(v)) >= 2,
    )
    factors = sympy.factorint(n)
    tree = factored(n)
    assert sympy.prod(p**k for p, k in factors.items()) == n
    hint = (
        "Divide by the smallest prime that goes in evenly, and repeat until only primes are left."
    )
    if difficulty == "medium":
        missing = max(factors)
        shown = tree.replace(str(missing), "___", 1) if factors[missing] == 1 else None
        if shown is not None:
            question = (
                f"Complete the prime factorization: {n} = {shown}. What prime goes in the blank?"
            )
            steps = [
                f"Divide {n} by the primes shown: what is left is {missing}.",
                f"{n} = {tree}.",
            ]
            return make(question, str(missing), steps, hint, difficulty)
    want = "largest" if difficulty != "easy" else "smallest"
    value = max(factors) if want == "largest" else min(factors)
    question = f"What is the {want} prime factor of {n}?"
    steps = [f"Prime factorization: {n} = {tree}.", f"The {want} prime in it is {value}."]
    wrong = [
        str(v)
        for v in (n // value, min(factors) if want == "largest" else max(factors), 1, value + 2, 9)
    ]
    choices = options(rng, str(value), wrong) if difficulty == "easy" else None
    return make(question, str(value), steps, hint, difficulty, choices=choices)


@template("scientific_notation")
def scientific_notation(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The power of ten of a large or small number, or a product written in scientific notation."""
    hint = "Move the decimal point until one nonzero digit is left of it; count the moves."
    if difficulty != "hard":
        digits = checked(lambda: rng.randint(11, 99), lambda d: d % 10 != 0)
        power = rng.randint(3, 8) if difficulty == "easy" else -rng.randint(2, 6)
        value = sympy.Rational(digits, 10) * sympy.Integer(10) ** power
        written = f"{int(value):,}" if power > 0 else f"{float(value):.{-power + 1}f}"
        assert sympy.Rational(written.replace(",", "")) == value
        question = f"{written} = {digits / 10} × 10^n. What is n?"
        direction = "left" if power > 0 else "right"
        steps = [
            f"Move the decimal point {abs(power)} places to the {direction} to get {digits / 10}.",
            f"A {'large' if power > 0 else 'small'} number has a {'positive' if power > 0 else 'negative'} power: n = {power}.",
        ]
        return make(question, str(power), steps, hint, difficulty)
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    m, k = rng.randint(2, 8), rng.randint(2, 8)
    product = sympy.Integer(a * b) * sympy.Integer(10) ** (m + k)
    lead, power = (
        (sympy.Rational(a * b, 10), m + k + 1) if a * b >= 10 else (sympy.Integer(a * b), m + k)
    )
    lead_text = f"{float(lead):g}"
    assert sympy.Rational(lead_text) * sympy.Integer(10) ** power == product
    answer = f"{lead_text} × 10^{power}"
    question = (
        f"Multiply ({a} × 10^{m}) × ({b} × 10^{k}) and write the result in scientific notation."
    )
    steps = [
        f"Multiply the numbers: {a} × {b} = {a * b}; add the exponents: 10^{m} × 10^{k} = 10^{m + k}.",
        f"{a * b} × 10^{m + k}"
        + (
            f" = {lead_text} × 10^{power} (the first part must be less than 10)."
            if a * b >= 10
            else "."
        ),
    ]
    hint = "Multiply the decimal parts, add the exponents, then fix the first part to be between 1 and 10."
    return make(question, answer, steps, hint, difficulty)


@template("powers_roots")
def powers_roots(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Evaluate a power, a square root, or an expression with both."""
    base, exponent = (
        rng.randint(2, level(difficulty, 5, 9, 6)),
        rng.randint(2, level(difficulty, 3, 3, 4)),
    )
    root = rng.randint(2, 15)
    power = base**exponent
    hint = (
        "A power is repeated multiplication; a square root asks which number times itself gives it."
    )
    if difficulty == "easy":
        question = f"What is {base}^{exponent}?"
        steps = [f"{base}^{exponent} means {' × '.join([str(base)] * exponent)}.", f"= {power}."]
        wrong = [
            base * exponent,
            base + exponent,
            power * base,
            exponent**base,
            power + 1,
            power - 1,
        ]
        wrong = [str(w) for w in dict.fromkeys(wrong) if w != power]
        return make(
            question, str(power), steps, hint, difficulty, choices=options(rng, str(power), wrong)
        )
    if difficulty == "medium":
        question = f"What is the square root of {root * root}?"
        assert sympy.sqrt(root * root) == root
        steps = [f"{root} × {root} = {root * root}.", f"So sqrt({root * root}) = {root}."]
        return make(question, str(root), steps, hint, difficulty)
    value = power + root
    question = f"Evaluate {base}^{exponent} + sqrt({root * root})."
    steps = [
        f"{base}^{exponent} = {power}.",
        f"sqrt({root * root}) = {root}.",
        f"{power} + {root} = {value}.",
    ]
    assert sympy.Integer(base) ** exponent + sympy.sqrt(root * root) == value
    return make(question, str(value), steps, hint, difficulty)
