"""Vectors and matrices (precalculus, ACT): components, magnitude, dot product, determinants."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import level, make, nonzero, show, template
from companion.ai.schemas import Difficulty, Problem

TRIPLES = ((3, 4, 5), (5, 12, 13), (6, 8, 10), (8, 15, 17), (9, 12, 15))


def _pair(values: tuple[int, ...] | list[int] | sympy.Matrix) -> str:
    return f"({', '.join(str(int(v)) for v in values)})"


@template("vectors")
def vectors(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A combination of vectors in components, a magnitude, or a dot product."""
    u = sympy.Matrix([nonzero(rng, -9, 9), nonzero(rng, -9, 9)])
    v = sympy.Matrix([nonzero(rng, -9, 9), nonzero(rng, -9, 9)])
    if difficulty == "easy":
        k, m = rng.randint(2, 5), rng.choice([1, -1, 2, -2, 3])
        result = k * u + m * v
        sign = "+" if m > 0 else "-"
        term = "v" if abs(m) == 1 else f"{abs(m)}v"
        question = f"Let u = {_pair(u)} and v = {_pair(v)}. Find {k}u {sign} {term} in component form (x, y)."
        assert result[0] == k * u[0] + m * v[0] and result[1] == k * u[1] + m * v[1]
        steps = [
            f"{k}u = {_pair(k * u)} and {m}v = {_pair(m * v)}.",
            f"Add component by component: {_pair(result)}.",
        ]
        hint = "Multiply each component by the scalar, then add the x's and the y's separately."
        return make(question, _pair(result), steps, hint, difficulty)
    if difficulty == "medium":
        a, b, c = rng.choice(TRIPLES)
        sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
        w = (sx * a, sy * b) if rng.random() < 0.5 else (sx * b, sy * a)
        length = sympy.sqrt(w[0] ** 2 + w[1] ** 2)
        assert length == c
        question = f"What is the magnitude of the vector w = {_pair(w)}?"
        steps = [
            "|w| = sqrt(x^2 + y^2).",
            f"|w| = sqrt({w[0] ** 2} + {w[1] ** 2}) = sqrt({c * c}) = {c}.",
        ]
        hint = "The magnitude is the length of the arrow: use the Pythagorean theorem on the components."
        return make(question, str(c), steps, hint, difficulty)
    dot = u.dot(v)
    assert dot == u[0] * v[0] + u[1] * v[1]
    question = f"Find the dot product u · v for u = {_pair(u)} and v = {_pair(v)}."
    steps = [
        "u · v = u1 v1 + u2 v2.",
        f"u · v = ({u[0]})({v[0]}) + ({u[1]})({v[1]}) = {u[0] * v[0]} + ({u[1] * v[1]}) = {dot}.",
    ]
    if dot == 0:
        steps.append("A dot product of 0 means the vectors are perpendicular.")
    hint = "Multiply matching components, then add the products: the dot product is a number."
    return make(question, show(dot), steps, hint, difficulty)


def _matrix(rng: random.Random, top: int) -> sympy.Matrix:
    return sympy.Matrix(2, 2, [rng.randint(-top, top) for _ in range(4)])


def _written(m: sympy.Matrix) -> str:
    """[[1, 2], [3, 4]]: how the question writes a matrix and how an answer is typed."""
    return (
        "["
        + ", ".join(
            _pair(list(m.row(i))).replace("(", "[").replace(")", "]") for i in range(m.rows)
        )
        + "]"
    )


@template("matrices")
def matrices(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The determinant of a 2×2 matrix, a sum with a scalar multiple, or a product."""
    a, b = _matrix(rng, level(difficulty, 9, 6, 5)), _matrix(rng, 5)
    rows = "Write the matrix as [[row 1], [row 2]]"
    if difficulty == "easy":
        det = a.det()
        assert det == a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0]
        question = f"Find the determinant of the matrix A = {_written(a)} (rows listed in order)."
        steps = [
            "For [[a, b], [c, d]] the determinant is ad - bc.",
            f"({a[0, 0]})({a[1, 1]}) - ({a[0, 1]})({a[1, 0]}) = {a[0, 0] * a[1, 1]} - ({a[0, 1] * a[1, 0]}) = {det}.",
        ]
        hint = "Multiply down the main diagonal, then subtract the product of the other diagonal."
        return make(question, show(det), steps, hint, difficulty)
    if difficulty == "medium":
        k = rng.randint(2, 4)
        result = a + k * b
        question = f"A = {_written(a)} and B = {_written(b)}. Find A + {k}B. {rows}."
        steps = [
            f"{k}B = {_written(k * b)} (multiply every entry by {k}).",
            f"Add entry by entry: A + {k}B = {_written(result)}.",
        ]
        assert all(result[i, j] == a[i, j] + k * b[i, j] for i in range(2) for j in range(2))
        hint = "Scale every entry of B first, then add the entries in the same position."
        return make(question, _written(result), steps, hint, difficulty)
    result = a * b
    question = f"A = {_written(a)} and B = {_written(b)}. Find the product AB. {rows}."
    entry = result[0, 0]
    steps = [
        "Each entry of AB is a row of A times a column of B.",
        f"Row 1 · column 1: ({a[0, 0]})({b[0, 0]}) + ({a[0, 1]})({b[1, 0]}) = {entry}.",
        f"Doing this for every row and column: AB = {_written(result)}.",
    ]
    assert entry == a[0, 0] * b[0, 0] + a[0, 1] * b[1, 0]
    hint = "Multiply rows of A by columns of B: multiply matching entries and add."
    return make(question, _written(result), steps, hint, difficulty)
