"""The rule a listed sequence follows, and its nth term: arithmetic, geometric, the square,
cube and triangular numbers, a constant second or third difference, each term the sum of the
two before it (Fibonacci-like), or differences that multiply by the same number.

A rule is only taken when the terms show it more than once (a constant second difference
needs two equal second differences); a list no rule fits is not continued, since many rules
fit a few terms.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import sympy

from companion.ai.offline.askformat import exact

# how the rule reads, term n of it, and the largest n it is worked out to (a rule that builds
# term on term is not run far)
Rule = tuple[str, Callable[[int], sympy.Rational], int]
_FAR, _NEAR = 10_000, 200


Show = Callable[[sympy.Rational], str]


def rule_for(terms: list[sympy.Rational], show: Show = exact) -> Rule | None:
    """The first rule, from the simplest, that the listed terms show, its numbers written by
    `show` (as fractions when the terms were typed so); else None."""
    for find in (_arithmetic, _geometric, _named, _differences, _fibonacci, _growing_steps):
        if found := find(terms, show):
            return found
    return None


def _steps(terms: list[sympy.Rational]) -> list[sympy.Rational]:
    return [b - a for a, b in itertools.pairwise(terms)]


def _listed(values: list[sympy.Rational], show: Show) -> str:
    return ", ".join(show(v) for v in values)


def _arithmetic(terms: list[sympy.Rational], show: Show) -> Rule | None:
    steps = set(_steps(terms))
    if len(steps) != 1:
        return None
    (d,) = steps
    first = terms[0]
    reads = (
        f"each term adds {show(d)} (arithmetic), so term n is {show(first)} + (n − 1) × {show(d)}"
    )
    return reads, lambda n: first + (n - 1) * d, _FAR


def _geometric(terms: list[sympy.Rational], show: Show) -> Rule | None:
    if 0 in terms:
        return None
    ratios = {b / a for a, b in itertools.pairwise(terms)}
    if len(ratios) != 1:
        return None
    (r,) = ratios
    first = terms[0]
    base = show(r) if r.q == 1 and r > 0 else f"({show(r)})"
    reads = (
        f"each term is multiplied by {show(r)} (geometric), so term n is "
        f"{show(first)} × {base}^(n − 1)"
    )
    return reads, lambda n: first * r ** (n - 1), _NEAR


_NAMED: tuple[tuple[str, str, Callable[[int], int]], ...] = (
    ("square numbers", "{k}²", lambda k: k * k),
    ("cube numbers", "{k}³", lambda k: k**3),
    ("triangular numbers", "{k}({k} + 1) ÷ 2", lambda k: k * (k + 1) // 2),
)


def _named(terms: list[sympy.Rational], show: Show) -> Rule | None:
    """Consecutive squares, cubes or triangular numbers (from any starting k ≥ 1)."""
    if any(t.q != 1 or t < 1 for t in terms):
        return None
    for name, form, of in _NAMED:
        start = next((k for k in range(1, 1001) if of(k) >= terms[0]), None)
        if start is None or of(start) != terms[0]:
            continue
        if all(of(start + i) == t for i, t in enumerate(terms)):
            shift = start - 1
            k = "n" if shift == 0 else f"(n + {shift})"
            # a listing of short forms shows the pattern: 1², 2², 3²
            listed = (form.format(k=start + i) for i in range(len(terms)))
            shown = f" {', '.join(listed)}" if "(" not in form else ""
            reads = f"these are the {name}{shown}, so term n is {form.format(k=k)}"
            return reads, lambda n, of=of, shift=shift: sympy.Rational(of(n + shift)), _FAR
    return None


def _differences(terms: list[sympy.Rational], show: Show) -> Rule | None:
    """A constant second or third difference, shown at least twice; the next terms follow
    by adding the differences back up."""
    rows = [terms]
    for order in (1, 2, 3):
        rows.append(_steps(rows[-1]))
        if order > 1 and len(rows[-1]) >= 2 and len(set(rows[-1])) == 1:
            reads = (
                f"the differences {_listed(rows[1], show)} follow their own pattern: the "
                f"{'second' if order == 2 else 'third'} differences are all {show(rows[-1][0])}"
            )
            return reads, lambda n, rows=rows: _extended(rows, n), _NEAR
    return None


def _extended(rows: list[list[sympy.Rational]], n: int) -> sympy.Rational:
    """Term n of a sequence whose last row of differences is constant."""
    lasts = [row[-1] for row in rows]
    count = len(rows[0])
    if n <= count:
        return rows[0][n - 1]
    for _ in range(n - count):
        for i in range(len(lasts) - 2, -1, -1):
            lasts[i] += lasts[i + 1]
    return lasts[0]


def _fibonacci(terms: list[sympy.Rational], show: Show) -> Rule | None:
    if len(terms) < 4 or any(
        c != a + b for a, b, c in zip(terms, terms[1:], terms[2:], strict=False)
    ):
        return None
    reads = "each term is the sum of the two before it (like the Fibonacci numbers)"
    return reads, lambda n: _built(terms, n, lambda seq: seq[-1] + seq[-2]), _NEAR


def _growing_steps(terms: list[sympy.Rational], show: Show) -> Rule | None:
    """Differences that are themselves multiplied by the same whole number (2, 4, 8 ...)."""
    steps = _steps(terms)
    if len(steps) < 3 or 0 in steps:
        return None
    ratios = {b / a for a, b in itertools.pairwise(steps)}
    if len(ratios) != 1 or next(iter(ratios)) in (0, 1):
        return None
    (r,) = ratios
    reads = f"the differences {_listed(steps, show)} are each multiplied by {show(r)}"
    return reads, lambda n: terms[0] + sum(steps[0] * r**i for i in range(n - 1)), _NEAR


def _built(
    terms: list[sympy.Rational], n: int, step: Callable[[list], sympy.Rational]
) -> sympy.Rational:
    seq = list(terms)
    while len(seq) < n:
        seq.append(step(seq))
    return seq[n - 1]
