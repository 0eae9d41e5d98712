"""Advanced templates: logarithms, exponential growth, trigonometry, calculus."""

from __future__ import annotations

import math
import random

import sympy

from companion.ai.offline.templates.common import (
    algebra,
    decimal,
    level,
    make,
    nonzero,
    options,
    show,
    template,
)
from companion.ai.schemas import Difficulty, Problem

x = sympy.Symbol("x")


@template("logarithm")
def logarithm(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Evaluate a logarithm or solve b^x = N."""
    base, k = (
        rng.choice([2, 3, 5, 10]),
        rng.randint(level(difficulty, 1, -2, 2), level(difficulty, 4, 5, 6)),
    )
    value = sympy.Integer(base) ** k
    assert sympy.log(value, base) == k and value.is_rational
    if difficulty == "medium":
        question, steps = (
            f"Solve for x: {base}^x = {show(value)}",
            [f"Write {show(value)} as a power of {base}: {base}^{k}.", f"So x = {k}."],
        )
    elif difficulty == "hard":
        m = rng.randint(1, 3)
        question = f"Evaluate log_{base}({show(value * base**m)}) - log_{base}({base**m})."
        steps = [
            f"log(a) - log(b) = log(a/b): log_{base}({show(value)}).",
            f"{base}^{k} = {show(value)}, so the answer is {k}.",
        ]
    else:
        question, steps = (
            f"Evaluate log_{base}({show(value)}).",
            [
                f"Ask: {base} to what power is {show(value)}?",
                f"{base}^{k} = {show(value)}, so the answer is {k}.",
            ],
        )
    return make(
        question,
        str(k),
        steps,
        "log_b(N) is the exponent you put on b to get N.",
        difficulty,
        kind="short_answer",
    )


@template("exponential_growth")
def exponential_growth(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Compound growth (or decay when hard) as a word problem."""
    start = rng.randint(2, 20) * 100
    rate = rng.choice(level(difficulty, [5, 10], [3, 4, 6, 8], [2, 7, 12, 15]))
    years = rng.randint(2, level(difficulty, 3, 8, 15))
    factor = (
        1 - sympy.Rational(rate, 100) if difficulty == "hard" else 1 + sympy.Rational(rate, 100)
    )
    value = start * factor**years
    assert abs(float(value) - start * float(factor) ** years) < 1e-6
    if difficulty == "hard":
        question = f"A car worth {start} dollars loses {rate}% of its value each year. What is it worth after {years} years? Round to 2 decimal places."
    else:
        question = f"A deposit of {start} dollars is invested at {rate}% interest compounded yearly. How much is there after {years} years? Round to 2 decimal places."
    steps = [
        f"Each year multiplies the amount by {decimal(factor, 2)}.",
        f"A = {start} × {decimal(factor, 2)}^{years} = {decimal(value, 2)}.",
    ]
    return make(question, decimal(value, 2), steps, "A = P(1 ± r)^t.", difficulty)


@template("right_triangle_trig")
def right_triangle_trig(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Find a side of a right triangle from an angle and another side."""
    angle, side = rng.choice([20, 25, 30, 35, 40, 50, 55, 60, 70]), rng.randint(4, 30)
    func = level(difficulty, "sin", "cos", "tan")
    ratio = {"sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan}[func](sympy.pi * angle / 180)
    value = side * ratio
    assert abs(float(value) - side * getattr(math, func)(math.radians(angle))) < 1e-9
    sought, given = {
        "sin": ("opposite", "hypotenuse"),
        "cos": ("adjacent", "hypotenuse"),
        "tan": ("opposite", "adjacent"),
    }[func]
    question = f"In a right triangle, one angle is {angle}° and the {given} side is {side} cm. How long is the side {sought} to that angle? Round to 2 decimal places."
    steps = [
        f"SOH-CAH-TOA: {func}({angle}°) = {sought}/{given}.",
        f"{sought} = {side} × {func}({angle}°) ≈ {side} × {decimal(ratio, 4)} = {decimal(value, 2)} cm.",
    ]
    return make(
        question,
        decimal(value, 2),
        steps,
        "Pick the ratio that links the side you know with the one you want.",
        difficulty,
    )


@template("unit_circle")
def unit_circle(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Exact sine, cosine or tangent of a standard angle."""
    angles = level(
        difficulty, [0, 30, 45, 60, 90], [120, 135, 150, 180, 210, 240], [225, 300, 315, 330, 270]
    )
    angle, func = (
        rng.choice(angles),
        rng.choice(["sin", "cos"] if difficulty == "easy" else ["sin", "cos", "tan"]),
    )
    value = {"sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan}[func](sympy.pi * angle / 180)
    if value.has(sympy.zoo):
        func, value = "sin", sympy.sin(sympy.pi * angle / 180)
    assert abs(float(value) - getattr(math, func)(math.radians(angle))) < 1e-9
    answer = show(sympy.nsimplify(value))
    wrong = [
        show(-value),
        show(sympy.sqrt(3) / 2),
        show(sympy.Rational(1, 2)),
        show(sympy.sqrt(2) / 2),
        show(-sympy.sqrt(3) / 2),
        "0",
        "1",
    ]
    steps = [
        f"{angle}° sits at the point (cos, sin) on the unit circle; use its reference angle.",
        f"{func}({angle}°) = {answer}.",
    ]
    return make(
        f"What is the exact value of {func}({angle}°)?",
        answer,
        steps,
        "Find the reference angle, then pick the sign from the quadrant the angle ends in.",
        difficulty,
        choices=options(rng, answer, wrong),
    )


@template("derivative_power")
def derivative_power(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Differentiate a polynomial with the power rule."""
    terms = level(difficulty, 2, 3, 4)
    powers = rng.sample(range(1, 7), terms)
    expr = sum(nonzero(rng, -9, 9) * x**p for p in powers) + rng.randint(-9, 9)
    derivative = sympy.diff(expr, x)
    manual = sum(c * p * x ** (p - 1) for p, c in ((p, expr.coeff(x, p)) for p in powers))
    assert sympy.expand(derivative - manual) == 0
    steps = [
        "Power rule: d/dx x^n = n x^(n-1); constants differentiate to 0.",
        f"f'(x) = {algebra(derivative)}.",
    ]
    return make(
        f"Find the derivative of f(x) = {algebra(expr)}.",
        algebra(derivative),
        steps,
        "Bring the exponent down and subtract one.",
        difficulty,
        kind="short_answer",
    )


@template("derivative_chain")
def derivative_chain(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Differentiate a composite function with the chain rule."""
    a, b, n = nonzero(rng, -5, 6), rng.randint(-9, 9), rng.randint(2, 6)
    inner = level(difficulty, a * x + b, a * x**2 + b, a * x**2 + b * x)
    outer = level(
        difficulty, lambda u: u**n, lambda u: u**n, rng.choice([sympy.sin, sympy.exp, sympy.cos])
    )
    expr = outer(inner)
    derivative = sympy.diff(expr, x)
    point = sympy.Rational(rng.randint(1, 9), 7)
    numeric = (
        expr.subs(x, point + sympy.Rational(1, 10**6))
        - expr.subs(x, point - sympy.Rational(1, 10**6))
    ) * 500000
    assert abs(float(numeric) - float(derivative.subs(x, point))) < 1e-3 * max(
        1, abs(float(derivative.subs(x, point)))
    )
    steps = [
        f"Outer function of u = {algebra(inner)}; inner derivative u' = {algebra(sympy.diff(inner, x))}.",
        f"Chain rule: f'(x) = outer'(u) · u' = {algebra(derivative)}.",
    ]
    return make(
        f"Differentiate f(x) = {algebra(expr)}.",
        algebra(derivative),
        steps,
        "Differentiate the outside, keep the inside, multiply by the inside's derivative.",
        difficulty,
        kind="short_answer",
    )


@template("definite_integral")
def definite_integral(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Evaluate a definite integral of a polynomial."""
    degree = level(difficulty, 1, 2, 3)
    coeffs = [rng.randint(-5, 6) for _ in range(degree)] + [nonzero(rng, 1, 6)]
    expr = sum(c * x**p for p, c in enumerate(coeffs))
    lo = rng.randint(-2, 1)
    hi = lo + rng.randint(1, 3)
    antiderivative = sum(sympy.Rational(c, p + 1) * x ** (p + 1) for p, c in enumerate(coeffs))
    value = antiderivative.subs(x, hi) - antiderivative.subs(x, lo)
    mid = sympy.Rational(lo + hi, 2)
    simpson = sympy.Rational(hi - lo, 6) * (
        expr.subs(x, lo) + 4 * expr.subs(x, mid) + expr.subs(x, hi)
    )
    assert simpson == value  # Simpson's rule is exact for cubics
    steps = [
        f"Antiderivative: F(x) = {algebra(antiderivative)}.",
        f"F({hi}) - F({lo}) = {show(value)}.",
    ]
    return make(
        f"Evaluate the integral of {algebra(expr)} dx from x = {lo} to x = {hi}.",
        show(value),
        steps,
        "Find F with F' = f, then compute F(b) - F(a).",
        difficulty,
    )


@template("limit")
def limit(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A limit that needs factoring (or sin(kx)/x when hard)."""
    a, k = nonzero(rng, -6, 6), rng.randint(2, 9)
    if difficulty == "hard":
        expr, at, value = sympy.sin(k * x) / x, 0, sympy.Integer(k)
        steps = [
            f"Write sin({k}x)/x = {k} · sin({k}x)/({k}x).",
            f"sin(u)/u → 1, so the limit is {k}.",
        ]
    else:
        b = a if difficulty == "easy" else nonzero(rng, -6, 6)
        expr, at, value = (
            (x**2 - a * a) / (x - a)
            if difficulty == "easy"
            else sympy.expand((x - a) * (x + b)) / (x - a),
            a,
            sympy.Integer(a + (a if difficulty == "easy" else b)),
        )
        steps = [
            f"Direct substitution gives 0/0; factor out (x - ({a})).",
            f"Cancel and substitute x = {a}: the limit is {value}.",
        ]
    near = expr.subs(x, at + sympy.Rational(1, 10**8))
    assert abs(float(near) - float(value)) < 1e-5
    num, den = sympy.fraction(sympy.together(expr))
    text = f"({algebra(num)})/({algebra(den)})" if difficulty != "hard" else f"sin({k}x)/x"
    return make(
        f"Find the limit of {text} as x approaches {at}.",
        show(value),
        steps,
        "If substituting gives zero over zero, factor and cancel first.",
        difficulty,
        kind="short_answer",
    )
