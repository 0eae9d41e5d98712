"""Function families: parabolas (vertex, axis, extreme value), transformed graphs, even and
odd functions, piecewise functions. Every answer is recomputed with sympy from the function
the question shows."""

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


def _plus(first: object, value: int) -> str:
    """ "5 + 3" or "5 - 3": a signed number added without brackets."""
    return f"{first} {'+' if value >= 0 else '-'} {abs(value)}"


def _point(a: sympy.Basic, b: sympy.Basic) -> str:
    return f"({show(sympy.sympify(a))}, {show(sympy.sympify(b))})"


@template("quadratic_vertex")
def quadratic_vertex(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The vertex from vertex form, the axis of symmetry, or the maximum or minimum value."""
    a, h, k = nonzero(rng, -3, 3), nonzero(rng, -6, 6), rng.randint(-9, 9)
    vertex_form = a * (x - h) ** 2 + k
    standard = sympy.expand(vertex_form)
    b = standard.coeff(x, 1)
    assert -b / (2 * a) == h and standard.subs(x, h) == k
    hint = (
        "In vertex form the vertex is (h, k); in standard form the axis of symmetry is x equals"
        " the opposite of b divided by twice a."
    )
    if difficulty == "easy":
        answer = _point(h, k)
        question = f"What is the vertex of the parabola y = {algebra(vertex_form)}?"
        steps = [
            f"Vertex form y = a(x - h)^2 + k has vertex (h, k): h = {h}, k = {k}.",
            f"The vertex is {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    if difficulty == "medium":
        answer = f"x = {h}"
        question = f"Find the axis of symmetry of the parabola y = {algebra(standard)}."
        steps = [
            f"a = {a}, b = {b}.",
            f"x = -b/(2a) = -({b})/(2 × ({a})), so the axis is {answer}.",
        ]
        return make(question, answer, steps, hint, difficulty)
    word = "maximum" if a < 0 else "minimum"
    question = (
        f"The quadratic function f(x) = {algebra(standard)} has a {word} value. "
        f"What is that {word} value?"
    )
    steps = [
        f"a = {a} is {'negative, so the parabola opens downward' if a < 0 else 'positive, so it opens upward'}.",
        f"The vertex is at x = -b/(2a) = {h}.",
        f"f({h}) = {k}, so the {word} value is {k}.",
    ]
    return make(question, str(k), steps, hint, difficulty)


PARENTS = {"x^2": x**2, "x^3": x**3}


@template("function_shift")
def function_shift(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Where a point of f lands on a translated, stretched or reflected graph of f."""
    px, py = rng.randint(-5, 5), rng.randint(-5, 9)
    h, k = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    hint = "f(x - h) moves the graph h units right; adding k outside moves it k units up."
    if difficulty == "easy":
        name = rng.choice(sorted(PARENTS))
        g = PARENTS[name].subs(x, x - h) + k
        answer = algebra(g)
        right = f"{abs(h)} units {'right' if h > 0 else 'left'}"
        up = f"{abs(k)} units {'up' if k > 0 else 'down'}"
        question = (
            f"The graph of f(x) = {name} is translated {right} and {up}. "
            "Write the equation of the transformed function g(x)."
        )
        shift = f"{'adds' if k > 0 else 'subtracts'} {abs(k)}"
        steps = [
            f"Moving {right} replaces x with {algebra(x - h)}; moving {up} {shift}.",
            f"g(x) = {answer}.",
        ]
        assert sympy.expand(g.subs(x, x + h) - k - PARENTS[name]) == 0
        return make(question, answer, steps, hint, difficulty)
    stretch = 1 if difficulty == "medium" else rng.choice([-3, -2, -1, 2, 3])
    new = (px + h, stretch * py + k)
    f = sympy.Function("f")
    assert sympy.Lambda(x, stretch * f(x - h) + k)(new[0]).subs(f(px), py) == new[1]
    inner = algebra(x - h)
    outer = f"{ {1: '', -1: '-'}.get(stretch, str(stretch)) }f({inner})"
    shown = f"{outer} {'+' if k > 0 else '-'} {abs(k)}"
    answer = _point(*new)
    question = (
        f"The point ({px}, {py}) is on the graph of y = f(x). Which point must be on the "
        f"graph of the transformation y = {shown}?"
    )
    times = "" if stretch == 1 else f"{stretch} × "
    scaled = f"{times}({py})" if times and py < 0 else f"{times}{py}"
    steps = [
        f"{inner} must equal {px}, so the new x is {_plus(px, h)} = {new[0]}.",
        f"The new y is {_plus(scaled, k)} = {new[1]}, so the point is {answer}.",
    ]
    return make(question, answer, steps, hint, difficulty)


KINDS = ("even", "odd", "neither", "both even and odd")


def _parity(f: sympy.Basic) -> str:
    mirrored = f.subs(x, -x)
    if sympy.simplify(mirrored - f) == 0:
        return "even"
    return "odd" if sympy.simplify(mirrored + f) == 0 else "neither"


@template("even_odd_function")
def even_odd_function(rng: random.Random, difficulty: Difficulty) -> Problem:
    """f(-a) for an even or odd function, or whether a function is even, odd or neither."""
    hint = "Replace x with -x and compare the result with f(x) and with -f(x)."
    if difficulty == "easy":
        kind, a, value = rng.choice(["even", "odd"]), rng.randint(1, 9), nonzero(rng, -12, 12)
        answer = value if kind == "even" else -value
        question = f"f is an {kind} function and f({a}) = {value}. What is f(-{a})?"
        rule = "f(-x) = f(x)" if kind == "even" else "f(-x) = -f(x)"
        steps = [f"An {kind} function has {rule}.", f"f(-{a}) = {answer}."]
        return make(question, str(answer), steps, hint, difficulty)
    want = rng.choice(["even", "odd", "neither"])
    powers = {"even": [0, 2, 4], "odd": [1, 3, 5], "neither": [0, 1, 2, 3]}[want]
    chosen = sorted(rng.sample(powers, 2), reverse=True)
    if want == "neither" and chosen[0] % 2 == chosen[1] % 2:
        chosen = [chosen[0], 1 - chosen[0] % 2]
    f = sum(nonzero(rng, -6, 6) * x**p for p in chosen)
    if difficulty == "hard":
        f = f / (x**2 + rng.randint(1, 5))
    kind = _parity(f)
    assert kind == want
    question = f"Is the function f(x) = {algebra(f)} even, odd, or neither?"
    steps = [
        f"f(-x) = {algebra(f.subs(x, -x))}.",
        f"Compare f(-x) with f(x) and with -f(x): the function is {kind}.",
    ]
    return make(
        question,
        kind,
        steps,
        hint,
        difficulty,
        choices=options(rng, kind, [k for k in KINDS if k != kind]),
    )


@template("piecewise_evaluate")
def piecewise_evaluate(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Evaluate a piecewise-defined function at one point, at the break, or at two points."""
    c = rng.randint(-2, 4)
    left = nonzero(rng, -4, 4) * x + rng.randint(-6, 6)
    right = nonzero(rng, -3, 3) * x**2 + rng.randint(-6, 6)
    f = sympy.Piecewise((left, x < c), (right, True))
    shown = f"f(x) = {algebra(left)} if x < {c}, and f(x) = {algebra(right)} if x ≥ {c}"
    hint = "First decide which piece's condition the input satisfies, then use only that piece."
    if difficulty == "hard":
        p, q = c - rng.randint(1, 4), c + rng.randint(1, 3)
        value = f.subs(x, p) + f.subs(x, q)
        question = f"The piecewise function is defined by {shown}. Find f({p}) + f({q})."
        steps = [
            f"{p} < {c}: f({p}) = {f.subs(x, p)}.",
            f"{q} ≥ {c}: f({q}) = {f.subs(x, q)}.",
            f"f({p}) + f({q}) = {value}.",
        ]
        assert value == left.subs(x, p) + right.subs(x, q)
        return make(question, str(value), steps, hint, difficulty)
    p = c if difficulty == "medium" else checked(lambda: c + rng.randint(-4, 3), lambda v: v != c)
    value = f.subs(x, p)
    piece = left if p < c else right
    assert value == piece.subs(x, p)
    question = f"The piecewise function is defined by {shown}. Find f({p})."
    which = f"{p} < {c}" if p < c else f"{p} ≥ {c}"
    steps = [f"{which}, so use f(x) = {algebra(piece)}.", f"f({p}) = {value}."]
    return make(question, str(value), steps, hint, difficulty)
