"""A shape's lengths given in two units ("a rectangle 2 m by 50 cm", "3 ft by 18 inches")
written in one unit before any formula sees them: the biggest unit named that every length
is a whole number of, else the smallest. Read as the same unit, 2 × 50 would be
an area of 100 of something."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact
from companion.ai.offline.askunits import unit_size

_SHAPE = re.compile(
    r"\b(?:area|perimeter|volume|circumference|surface|rectangle|rectangular|square|triangle|"
    r"box|prism|cube|cuboid|cylinder|room|garden|yard|pool|field|floor|wall|tank|parallelogram|"
    r"trapezoid)\b",
    re.I,
)
_LENGTH = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s*(mm|cm|m|km|inch(?:es)?|ft|feet|foot|yd|yards?|"
    r"(?:milli|centi|kilo)?met(?:er|re)s?)(?![\w²³])",
    re.I,
)
_SYMBOL = {"millimeter": "mm", "centimeter": "cm", "meter": "m", "kilometer": "km"}
_SYMBOL |= {"inch": "inches", "foot": "ft", "yard": "yd"}


def same_unit(message: str) -> tuple[str, str] | None:
    """The shape question with every length in one unit, and the step that says so; None when
    it names one unit (or is no shape question)."""
    if not _SHAPE.search(message):
        return None
    found = [(m, _canonical(m[2])) for m in _LENGTH.finditer(message)]
    units = {u for _, u in found if u}
    if len(units) < 2:
        return None
    sizes = {u: unit_size(u)[1] for u in units}  # type: ignore[index]
    values = [(sympy.Rational(m[1]), u) for m, u in found if u]
    # the biggest unit every length is a whole number of, else the smallest
    whole = [t for t in units if all((v * sizes[u] / sizes[t]).q == 1 for v, u in values)]
    target = max(whole or units, key=lambda t: sizes[t] if whole else -sizes[t])
    steps, out, last = [], [], 0
    for match, unit in found:
        if not unit:
            continue
        value = sympy.Rational(match[1]) * sizes[unit] / sizes[target]
        out.append(message[last : match.start()] + f"{exact(value)} {_SYMBOL[target]}")
        last = match.end()
        if unit != target:
            steps.append(f"{match[0]} = {exact(value)} {_SYMBOL[target]}")
    rewritten = "".join(out) + message[last:]
    return rewritten, f"First write every length in {_SYMBOL[target]}: {', '.join(steps)}."


def _canonical(word: str) -> str | None:
    low = word.lower()
    found = unit_size(low)
    if found is None or found[0] != "length":
        return None
    return next((u for u in _SYMBOL if unit_size(u) == found), None)
