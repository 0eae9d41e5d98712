"""Algebra II templates: complex numbers, polynomial division, inverse functions, composition."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import algebra, level, make, nonzero, show, template, x
from companion.ai.schemas import Difficulty, Problem

IMAG = sympy.I


def _complex(value: sympy.Basic) -> str:
    """a + bi as a student writes it: 3 + 4i, -2 - i, 5i, 7."""
    re_part, im_part = (int(v) for v in sympy.expand(value).as_real_imag())
    if im_part == 0:
        return str(re_part)
    imag = {1: "i", -1: "-i"}.get(im_part, f"{im_part}i")
    if re_part == 0:
        return imag
    return f"{re_part} {'-' if im_part < 0 else '+'} {imag.lstrip('-')}"


@template("complex_numbers")
def complex_numbers(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Add, multiply or raise i to a power, in a + bi form."""
    a, b, c, d = (nonzero(rng, -9, 9) for _ in range(4))
    u, v = a + b * IMAG, c + d * IMAG
    hint = "Treat i like a variable, then replace i squared with negative one."
    if difficulty == "hard":
        power = rng.randint(5, 60)
        value = IMAG**power
        question = f"Simplify i^{power}."
        hint = "The powers of the imaginary unit repeat every four steps: use the remainder."
        steps = [
            "The powers of i repeat every 4: i, -1, -i, 1.",
            f"{power} ÷ 4 leaves remainder {power % 4}, so i^{power} = i^{power % 4} = {_complex(value)}.",
        ]
        return make(question, _complex(value), steps, hint, difficulty)
    multiply = difficulty == "medium"
    value = sympy.expand(u * v if multiply else u + v)
    sign = "×" if multiply else "+"
    question = f"Simplify ({_complex(u)}) {sign} ({_complex(v)}). Write the answer as a + bi."
    if multiply:
        steps = [
            f"FOIL: ({a})({c}) + ({a})({d}i) + ({b}i)({c}) + ({b}i)({d}i) = {a * c} + {a * d + b * c}i + {b * d}i^2.",
            f"i^2 = -1, so {b * d}i^2 = {-b * d}: the result is {_complex(value)}.",
        ]
    else:
        steps = [
            f"Add real parts: {a} + {c} = {a + c}; add imaginary parts: {b} + {d} = {b + d}.",
            f"The sum is {_complex(value)}.",
        ]
    return make(question, _complex(value), steps, hint, difficulty)


@template("polynomial_division")
def polynomial_division(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Divide a polynomial by (x - r) (synthetic division), or find the remainder."""
    r = nonzero(rng, -5, 5)
    quotient = sympy.Poly(
        [
            nonzero(rng, -6, 6) if i == 0 else rng.randint(-6, 6)
            for i in range(level(difficulty, 2, 3, 3))
        ],
        x,
    ).as_expr()
    remainder = rng.randint(1, 9) if difficulty == "hard" else 0
    dividend = sympy.expand(quotient * (x - r) + remainder)
    q, rem = sympy.div(dividend, x - r, x)
    assert sympy.expand(q - quotient) == 0 and rem == remainder
    hint = "Use synthetic division with the zero of the divisor, or the remainder theorem."
    divisor = algebra(x - r)
    if difficulty == "hard":
        question = f"What is the remainder when {algebra(dividend)} is divided by {divisor}?"
        steps = [
            f"Remainder theorem: the remainder is p({r}).",
            f"p({r}) = {dividend.subs(x, r)}.",
        ]
        return make(question, str(remainder), steps, hint, difficulty)
    question = (
        f"Divide: ({algebra(dividend)}) ÷ ({divisor}). The remainder is 0; what is the quotient?"
    )
    steps = [
        f"Synthetic division with {r}: bring down the leading coefficient, multiply by {r}, add, repeat.",
        f"The quotient is {algebra(quotient)} with remainder 0.",
        f"Check: ({algebra(quotient)})({divisor}) = {algebra(dividend)}.",
    ]
    return make(question, algebra(quotient), steps, hint, difficulty)


@template("inverse_functions")
def inverse_functions(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The value of an inverse function at a point, or its rule."""
    a, b = nonzero(rng, -6, 6), nonzero(rng, -12, 12)
    f = a * x + b
    inverse = sympy.solve(sympy.Eq(f, sympy.Symbol("t")), x)[0].subs(sympy.Symbol("t"), x)
    assert sympy.simplify(f.subs(x, inverse) - x) == 0
    hint = "Swap x and y in y = f(x), then solve for y; the inverse undoes f."
    if difficulty == "hard":
        question = f"Find the inverse of f(x) = {algebra(f)}. Write f^(-1)(x)."
        answer = algebra(sympy.together(inverse))
        steps = [
            f"Write y = {algebra(f)} and swap: x = {algebra(f.subs(x, sympy.Symbol('y')))}.",
            f"Solve for y: f^(-1)(x) = {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    start = rng.randint(-6, 9)
    out = f.subs(x, start)
    question = f"f(x) = {algebra(f)}. What is f^(-1)({out})?"
    steps = [
        f"f^(-1)({out}) is the x with f(x) = {out}.",
        f"{algebra(f)} = {out} gives x = {start}.",
    ]
    assert inverse.subs(x, out) == start
    return make(question, str(start), steps, hint, difficulty)


@template("function_composition")
def function_composition(rng: random.Random, difficulty: Difficulty) -> Problem:
    """f(g(a)) for numbers, or the rule of f(g(x))."""
    f = nonzero(rng, -5, 5) * x + rng.randint(-9, 9)
    g = (
        x**2 + rng.randint(-5, 5)
        if difficulty != "easy"
        else nonzero(rng, -4, 4) * x + rng.randint(-6, 6)
    )
    hint = "Work from the inside out: evaluate the inner function first."
    if difficulty == "hard":
        rule = sympy.expand(f.subs(x, g))
        question = f"f(x) = {algebra(f)} and g(x) = {algebra(g)}. Find f(g(x))."
        steps = [
            f"Replace x in f with g(x): f(g(x)) = {algebra(f.subs(x, sympy.Symbol('g')))} with g = {algebra(g)}.",
            f"f(g(x)) = {algebra(rule)}.",
        ]
        return make(question, algebra(rule), steps, hint, difficulty)
    a = rng.randint(-4, 5)
    inner = g.subs(x, a)
    value = f.subs(x, inner)
    assert value == sympy.expand(f.subs(x, g)).subs(x, a)
    question = f"f(x) = {algebra(f)} and g(x) = {algebra(g)}. What is f(g({a}))?"
    steps = [f"Inside first: g({a}) = {inner}.", f"Then f({inner}) = {value}."]
    return make(question, show(value), steps, hint, difficulty)
