"""Everyday number formats read exactly: "$1,200", "50%", "3 1/2", "12 cm", "30 km/h"."""

from __future__ import annotations

import re
from functools import lru_cache

import sympy

from companion.ai.offline.mathtext import normalise

_MATH_WORD = re.compile(
    r"\s*(?:pi|theta|sqrt|sin|cos|tan|log|ln|exp|abs|arc(?:sin|cos|tan))\b|\s*[a-z]\s*\^"
)
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_CURRENCY = re.compile(r"[$€£¥]")
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_MIXED = re.compile(r"^([-+]?\d+)\s+(\d+)\s*/\s*(\d+)(.*)$")
_FRACTION = re.compile(rf"^({_NUMBER})\s*/\s*({_NUMBER})(.*)$")
_PLAIN = re.compile(rf"^({_NUMBER})(.*)$")
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u202f\u00a0](?=\d{3}(?!\d)(?!\s*/))")
_UNIT_TAIL = r"(?:[A-Za-zµΩ°²³/.\-]|\^-?\d|(?<=[A-Za-z])\d|\s(?=[A-Za-zµΩ°]))*"
_UNIT = re.compile(
    rf"^(?:\s+(?![xyz]\b)[A-Za-zµΩ°]{_UNIT_TAIL}|[A-Za-zµΩ°]{{2}}{_UNIT_TAIL}|°{_UNIT_TAIL})?$"
)
# "15 m^2", "2 m³": square and cubic meters set apart from the number (run together, "15m^2"
# is a monomial)
_SQUARE_METERS = re.compile(r"\s+m\s*\^\s*\(?[23]\)?")
_NOT_UNITS = re.compile(r"\b(?:or|and|but|not|maybe|perhaps|probably|possibly)\b", re.I)


def _unit_ok(rest: str) -> bool:
    """Whether the text after a number is only a unit ("cm", " dollars", "m/s^2")."""
    rest = rest.rstrip(" .")
    if _SQUARE_METERS.fullmatch(rest):
        return True
    if _MATH_WORD.match(rest):
        return False
    if not re.search(r"\d", rest.replace("^", "")):
        rest = rest.replace("(", "").replace(")", "")  # authored units: 30 (km/h)
    return bool(_UNIT.match(rest)) and not _NOT_UNITS.search(rest)


@lru_cache(maxsize=4096)
def to_number(text: str) -> sympy.Rational | sympy.Float | None:
    """Read "$1,200", "50%", "3 1/2", "1 200", "1200 dollars" as an exact number."""
    text = _CURRENCY.sub("", normalise(text)).strip().rstrip(".")
    text = THOUSANDS.sub("", _SPACED_THOUSANDS.sub("", text))
    text = re.sub(r"^([-+])\s+", r"\1", text)
    percent = text.endswith("%") or text.lower().endswith(" percent")
    text = re.sub(r"\s*(%|percent)$", "", text, flags=re.IGNORECASE)
    value = _read_number(text)
    return value / 100 if percent and value is not None else value


def _read_number(text: str) -> sympy.Rational | sympy.Float | None:
    """A mixed number, a fraction or a decimal followed by an optional unit."""
    if (match := _MIXED.match(text)) and int(match[3]) != 0 and _unit_ok(match[4]):
        sign = -1 if match[1].startswith("-") else 1
        return sympy.Integer(match[1]) + sign * sympy.Rational(int(match[2]), int(match[3]))
    if (match := _FRACTION.match(text)) and float(match[2]) != 0 and _unit_ok(match[3]):
        return sympy.Rational(match[1]) / sympy.Rational(match[2])
    if (match := _PLAIN.match(text)) and _unit_ok(match[2]):
        number = match[1]
        return sympy.Float(number) if "e" in number.lower() else sympy.Rational(number)
    return None
