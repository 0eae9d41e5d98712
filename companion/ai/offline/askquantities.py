"""Measured amounts added or taken away ("2 hours 15 minutes plus 1 hour 50 minutes",
"1.5 kg plus 700 g", "subtract 8 inches from 3 feet"): each amount written in one unit of its
kind first, then combined. A time is answered in hours and minutes; another amount in the
biggest unit named when that is exact to three places, else in the smallest."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact
from companion.ai.offline.askunits import unit_size

R = sympy.Rational
_PIECE = re.compile(r"(?<![\w./])(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]+)\b")
_PLUS = re.compile(r"\+|\b(?:plus|add(?:ed)?|and|sum|total|altogether|combined)\b", re.I)
_MINUS = re.compile(r"(?<![\w-])-(?!\w*-)|\b(?:minus|subtract(?:ed)?|take\s+away|less)\b", re.I)
_FROM = re.compile(r"\b(?:subtract|take(?:\s+away)?)\b.*\bfrom\b", re.I)
_ASKS_OP = re.compile(
    r"\+|(?<!\w)-(?!\w)|\b(?:plus|minus|add|subtract|take\s+away|sum|total|altogether|combined|"
    r"difference)\b",
    re.I,
)
# other questions with amounts in them: rates, conversions, shapes, stories with a speed
_NOT_HERE = re.compile(
    r"\bper\b|/|\bhow\s+(?:many|far|fast|long)\b|\bspeed\b|\beach\b|\b(?:in|into|to)\s+"
    r"(?:hours?|minutes?|seconds?|grams?|kilograms?|meters?|metres?|centimeters?|feet|inches|"
    r"liters?|litres?|milliliters?|ml|kg|g|m|cm|mm|km|ft|in)\b\s*\??$|\barea\b|\bperimeter\b",
    re.I,
)
_PLURAL = {"inch": "inches", "foot": "feet"}
_CANONICAL = (
    *("second", "minute", "hour", "day", "week", "millimeter", "centimeter", "meter"),
    *("kilometer", "inch", "foot", "yard", "mile", "milligram", "gram", "kilogram", "ounce"),
    *("pound", "ton", "milliliter", "liter", "cup", "pint", "quart", "gallon"),
)


def answer(message: str) -> str | None:
    """The sum or difference of two amounts of one kind, worked in one unit."""
    if not _ASKS_OP.search(message) or _NOT_HERE.search(message):
        return None
    found = _amounts(message)
    if found is None:
        return None
    (first, units_a, start_a, end_a), (second, units_b, start_b, end_b) = found
    kind = unit_size(units_a[0])[0]  # type: ignore[index]
    between = message[end_a:start_b]
    said_a, said_b = message[start_a:end_a], message[start_b:end_b]
    taking = bool(_MINUS.search(between)) or bool(re.search(r"\bdifference\b", message, re.I))
    if _FROM.search(message) and re.search(r"\bfrom\b", between, re.I):
        first, second, units_a, units_b = second, first, units_b, units_a
        said_a, said_b = said_b, said_a
        taking = True
    elif not taking and not _PLUS.search(between):
        return None
    result = first - second if taking else first + second
    if result < 0:
        return None
    named = [*units_a, *units_b]
    sign, verb = ("−", "Subtract") if taking else ("+", "Add")
    if kind == "time":
        target = "minute" if "hour" in named or "minute" in named else "second"
    else:
        target = _target(result, named)
    size = unit_size(target)[1]  # type: ignore[index]
    typed = _typed(message)

    def label(amount: object) -> str:  # the student's own short form ("kg") where they used one
        return typed.get(target) or _name(target, amount)

    a, b, total = first / size, second / size, result / size
    shown = (
        _clock(result) if kind == "time" and result >= 3600 else f"{exact(total)} {label(total)}"
    )
    lines = [
        f"{said_a} {sign} {said_b} = **{shown}**.",
        f"1. Write both in {label(2)}: {exact(a)} and {exact(b)}.",
        f"2. {verb}: {exact(a)} {sign} {exact(b)} = {exact(total)} {label(total)}.",
    ]
    if kind == "time" and result >= 3600:
        lines.append(f"3. 60 minutes make an hour: {exact(total)} minutes = {shown}.")
    return "\n".join(lines)


Amount = tuple[
    sympy.Rational, list[str], int, int
]  # in base units, the units named, where it is said


def _amounts(message: str) -> tuple[Amount, Amount] | None:
    """The two amounts named (each maybe in parts, "2 hours 15 minutes"), their units, where
    the first ends and the second starts; None unless there are exactly two of one kind."""
    groups: list[tuple[sympy.Rational, list[str], int, int]] = []  # value, units, start, end
    for match in _PIECE.finditer(message):
        unit = _unit(match[2])
        if unit is None:
            continue
        kind, size = unit_size(unit)  # type: ignore[misc]
        value = R(match[1]) * size
        if groups:
            total, units, start, end = groups[-1]
            glue = message[end : match.start()]
            prev = unit_size(units[-1])
            if prev and prev[0] == kind and prev[1] > size and re.fullmatch(r"\s*,?\s*", glue):
                groups[-1] = (total + value, [*units, unit], start, match.end())
                continue
        groups.append((value, [unit], match.start(), match.end()))
    kinds = {unit_size(g[1][0])[0] for g in groups}  # type: ignore[index]
    if len(groups) != 2 or len(kinds) != 1 or kinds & {"money"}:
        return None
    (a, ua, start_a, end_a), (b, ub, start_b, end_b) = groups
    return (a, ua, start_a, end_a), (b, ub, start_b, end_b)


def _unit(word: str) -> str | None:
    """The unit a word names, by its name ("hrs" -> "hour"); a one-letter word or "in" is a
    unit only beside other units of its kind, so it is read only when spelt out here."""
    low = word.lower()
    found = unit_size(low) if low not in ("in", "a", "s", "c", "f", "k", "l") else None
    return next((n for n in _CANONICAL if unit_size(n) == found), None) if found else None


def _target(result: sympy.Rational, named: list[str]) -> str:
    """The biggest unit named when the result is exact in it to 3 places, else the smallest."""
    ordered = sorted(set(named), key=lambda u: -unit_size(u)[1])  # type: ignore[index]
    big = ordered[0]
    in_big = result / unit_size(big)[1]  # type: ignore[index]
    return big if (in_big * 1000).q == 1 else ordered[-1]


def _clock(seconds: sympy.Rational) -> str:
    hours, rest = divmod(int(seconds), 3600)
    minutes = rest // 60
    parts = [f"{hours} {_name('hour', hours)}"]
    if minutes:
        parts.append(f"{minutes} {_name('minute', minutes)}")
    return " ".join(parts)


def _typed(message: str) -> dict[str, str]:
    """unit -> a short form the student typed for it ("kg"), when not its spelt-out name."""
    out: dict[str, str] = {}
    for match in _PIECE.finditer(message):
        unit, word = _unit(match[2]), match[2]
        if unit and word.lower() not in (unit, _name(unit, 2)) and len(word) <= 3:
            out.setdefault(unit, word)
    return out


def _name(unit: str, amount: object) -> str:
    return unit if amount == 1 else _PLURAL.get(unit, f"{unit}s")
