"""Polynomial and rational functions, rational expressions and radicals: zeros, end behavior,
asymptotes and holes, simplified fractions, rational exponents and radical equations."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import (
    algebra,
    checked,
    make,
    nonzero,
    options,
    show,
    template,
    x,
)
from companion.ai.schemas import Difficulty, Problem

ENDS = (
    "rises on both ends",
    "falls on both ends",
    "falls on the left and rises on the right",
    "rises on the left and falls on the right",
)


ROOTS = {2: "square", 3: "cube", 4: "fourth", 5: "fifth"}


def _roots(rng: random.Random, count: int) -> list[int]:
    return sorted(rng.sample([r for r in range(-6, 7) if r != 0], count))


def _zeros(roots: list[int]) -> str:
    return " or ".join(f"x = {r}" for r in roots)


@template("polynomial_zeros")
def polynomial_zeros(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Zeros of a factored cubic, the zero where the graph bounces, or the end behavior."""
    roots = _roots(rng, 3 if difficulty == "easy" else 2)
    if difficulty == "easy":
        f = sympy.Mul(*[x - r for r in roots])
        assert sorted(sympy.solve(f, x)) == roots
        factors = "".join(f"({algebra(x - r)})" for r in roots)
        question = f"What are the zeros of the cubic function f(x) = {factors}?"
        steps = ["Set each factor equal to zero.", f"The zeros are {_zeros(roots)}."]
        hint = "A product is zero exactly when one of its factors is zero."
        return make(question, _zeros(roots), steps, hint, difficulty)
    twice, once = rng.sample(roots, 2)
    lead = nonzero(rng, -3, 3)
    # hard: an even power too, so even degrees (both ends the same way) come up as well
    f = (
        lead
        * (x - twice) ** 2
        * (x - once) ** rng.choice([1, 3] if difficulty == "medium" else [1, 2, 3])
    )
    shown = f"f(x) = {algebra(f)}"
    if difficulty == "medium":
        question = (
            f"The polynomial function {shown} has two zeros. At which zero does the graph "
            "touch the x-axis and bounce off instead of crossing it?"
        )
        steps = [
            f"x = {twice} has multiplicity 2 (even) and x = {once} an odd multiplicity.",
            f"The graph bounces off the x-axis at an even-multiplicity zero: x = {twice}.",
        ]
        hint = "Look at the power on each factor: even powers touch, odd powers cross."
        return make(question, f"x = {twice}", steps, hint, difficulty)
    poly = sympy.Poly(sympy.expand(f), x)
    degree, leading = poly.degree(), poly.LC()
    right_up = leading > 0
    left_up = right_up == (degree % 2 == 0)
    answer = ENDS[
        {(True, True): 0, (False, False): 1, (False, True): 2, (True, False): 3}[
            (left_up, right_up)
        ]
    ]
    assert (sympy.limit(f, x, sympy.oo) == sympy.oo) == right_up
    question = f"Describe the end behavior of the polynomial function {shown}."
    steps = [
        f"The degree is {degree} ({'even' if degree % 2 == 0 else 'odd'}) and the leading "
        f"coefficient is {leading}.",
        f"So the graph {answer}.",
    ]
    hint = "Only the degree and the sign of the leading coefficient decide the end behavior."
    choices = options(rng, answer, [e for e in ENDS if e != answer])
    return make(question, answer, steps, hint, difficulty, choices=choices)


@template("rational_asymptotes")
def rational_asymptotes(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A vertical asymptote, a horizontal asymptote from the degrees, or a hole."""
    a, b = checked(lambda: (nonzero(rng, -6, 6), nonzero(rng, -6, 6)), lambda p: p[0] != p[1])
    hint = "Factor first: a factor left in the denominator gives a vertical asymptote."
    if difficulty == "easy":
        f = (x - a) / (x - b)
        answer = f"x = {b}"
        question = f"Find the vertical asymptote of the rational function f(x) = {algebra(f)}."
        steps = [f"The denominator is zero at x = {b}; the numerator is not.", f"So {answer}."]
        assert sympy.limit(f, x, b, "+").is_infinite
        return make(question, answer, steps, hint, difficulty)
    if difficulty == "medium":
        p, q = nonzero(rng, -6, 6), rng.randint(1, 5)
        top, bottom = p * x**2 + a * x + 1, q * x**2 - b
        level = sympy.Rational(p, q)
        assert sympy.limit(top / bottom, x, sympy.oo) == level
        answer = f"y = {show(level)}"
        question = (
            "Find the horizontal asymptote of the rational function "
            f"f(x) = ({algebra(top)})/({algebra(bottom)})."
        )
        steps = [
            "The degree of the top and bottom are both 2.",
            f"Divide the leading coefficients: {p}/{q}, so {answer}.",
        ]
        hint = "Compare the degree of the top and bottom, then look at the leading terms."
        return make(question, answer, steps, hint, difficulty)
    c = checked(lambda: nonzero(rng, -6, 6), lambda v: -v not in (a, b))
    top, bottom = sympy.expand((x - a) * (x + c)), sympy.expand((x - a) * (x - b))
    assert sympy.cancel(top / bottom) == sympy.cancel((x + c) / (x - b))
    answer = f"x = {a}"
    question = (
        f"The rational function f(x) = ({algebra(top)})/({algebra(bottom)}) has a hole. "
        "At what x-value is the hole?"
    )
    steps = [
        f"Factor: f(x) = ({algebra(x - a)})({algebra(x + c)}) / (({algebra(x - a)})({algebra(x - b)})).",
        f"The common factor {algebra(x - a)} cancels, so the hole is at {answer}.",
    ]
    return make(question, answer, steps, hint, difficulty)


def _fraction(top: sympy.Basic, bottom: sympy.Basic) -> str:
    return f"({algebra(top)})/({algebra(bottom)})"


@template("rational_simplify")
def rational_simplify(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Simplify a rational expression (factored, expanded, or a product of two) by cancelling."""
    a, b, c = checked(
        lambda: tuple(nonzero(rng, -7, 7) for _ in range(3)), lambda p: len(set(p)) == 3
    )
    top, bottom = (x + a) * (x + b), (x + a) * (x + c)
    if difficulty == "easy":
        shown = f"({algebra(x + a)})({algebra(x + b)}) / (({algebra(x + a)})({algebra(x + c)}))"
    else:
        shown = _fraction(sympy.expand(top), sympy.expand(bottom))
    if difficulty == "hard":
        d = checked(lambda: nonzero(rng, -7, 7), lambda v: v not in (a, b, c))
        shown = f"{_fraction(sympy.expand((x + b) * (x + d)), x + c)} · {_fraction(x + a, x + d)}"
        top, bottom = (x + b) * (x + d) * (x + a), (x + c) * (x + d)
    kept = x + b if difficulty != "hard" else sympy.expand((x + a) * (x + b))
    answer = _fraction(kept, x + c)
    assert sympy.cancel(top / bottom - kept / (x + c)) == 0
    wrong = [
        f"{show(sympy.Rational(b, c))}" if difficulty != "hard" else _fraction(x + b, x + c),
        _fraction(x + c, x + b),
        _fraction(x + a, x + c),
        _fraction(x - b, x - c),
        _fraction(x + b, x + a),
    ]
    question = f"Simplify the rational expression {shown}."
    steps = [
        "Factor every numerator and denominator.",
        "Cancel the factors that appear on both the top and the bottom.",
        f"What is left is {answer}.",
    ]
    hint = "Only whole factors cancel, never single terms of a sum."
    choices = options(rng, answer, wrong)
    return make(question, answer, steps, hint, difficulty, choices=choices)


@template("radicals")
def radicals(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A rational exponent, a square root in simplest radical form, or a radical equation."""
    if difficulty == "easy":
        root, n = rng.choice([(2, 3), (3, 3), (4, 3), (5, 3), (2, 4), (3, 4), (2, 5), (4, 2)])
        m = checked(lambda: rng.randint(1, 3), lambda k: k % n != 0 and (root**k) < 1000)
        base = root**n
        value = sympy.Integer(base) ** sympy.Rational(m, n)
        assert value == root**m
        question = f"Evaluate the rational exponent: {base}^({m}/{n})."
        steps = [
            f"The index of the radical is {n}: the {ROOTS[n]} root of {base} is {root}.",
            f"Raise it to the power {m}: {root}^{m} = {value}.",
        ]
        hint = "The bottom of the exponent is the root, the top is the power."
        return make(question, show(value), steps, hint, difficulty)
    if difficulty == "medium":
        a, b = checked(
            lambda: (rng.randint(2, 9), rng.choice([2, 3, 5, 6, 7, 10])), lambda p: p[0] != p[1]
        )
        inside = a * a * b
        answer = f"{a}*sqrt({b})"
        assert sympy.sqrt(inside) == a * sympy.sqrt(b)
        question = f"Write sqrt({inside}) in simplest radical form (simplifying square roots)."
        steps = [
            f"{inside} = {a * a} × {b}, and {a * a} is a perfect square.",
            f"sqrt({inside}) = {answer}.",
        ]
        hint = "Look for the largest perfect square that divides the number under the radical sign."
        wrong = [f"{b}*sqrt({a})", f"{a * a}*sqrt({b})", f"{a}*sqrt({a * b})", f"{b}*sqrt({a * a})"]
        wrong.append(f"{a + 1}*sqrt({b})")
        return make(question, answer, steps, hint, difficulty, choices=options(rng, answer, wrong))
    a, b = rng.randint(-9, 9), rng.randint(2, 9)
    solution = b * b - a
    assert sympy.solve(sympy.sqrt(x + a) - b, x) == [solution]
    question = f"Solve the radical equation sqrt({algebra(x + a)}) = {b}."
    steps = [
        f"Square both sides: {algebra(x + a)} = {b * b}.",
        f"x = {b * b} {'-' if a >= 0 else '+'} {abs(a)} = {solution}, and sqrt({solution + a}) = {b} checks.",
        f"x = {solution}",
    ]
    hint = "Isolate the radical, square both sides, then check the solution."
    return make(question, f"x = {solution}", steps, hint, difficulty)
