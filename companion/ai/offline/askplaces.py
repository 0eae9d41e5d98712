"""Place value: "what is the place value of 7 in 4,732" (hundreds, so 700) and "what digit
is in the tenths place in 5.28" (2). The places are read off the digits as typed."""

from __future__ import annotations

import re

import sympy

_WHOLE = ("ones", "tens", "hundreds")
_GROUPS = ("", "thousand", "million", "billion", "trillion")
_DECIMAL = ("tenths", "hundredths", "thousandths", "ten-thousandths", "hundred-thousandths")
_NUMBER = r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_VALUE_OF = re.compile(
    rf"\b(?:(?:place\s+)?value|place)\s+of\s+(?:the\s+)?(?:digit\s+)?(?P<d>\d)\s+in\s+"
    rf"(?:the\s+number\s+)?{_NUMBER}"
    rf"|\bwhat\s+place\s+is\s+(?:the\s+)?(?:digit\s+)?(?P<d2>\d)\s+in\s+(?:the\s+number\s+)?(?P<n2>[\d,.]+\d)",
    re.I,
)
_DIGIT_IN = re.compile(
    rf"\b(?:what|which)\s+(?:digit|number)\s+is\s+in\s+the\s+(?P<place>[a-z -]+?)\s+place\s+"
    rf"(?:in|of|for)\s+(?:the\s+number\s+)?{_NUMBER}",
    re.I,
)


def place_name(offset: int) -> str:
    """The name of a place: 0 is ones, 3 thousands, -1 tenths."""
    if offset < 0:
        return _DECIMAL[-offset - 1] if -offset <= len(_DECIMAL) else f"10^{offset} place"
    group = _GROUPS[offset // 3] if offset // 3 < len(_GROUPS) else f"10^{offset}"
    small = ("", "ten ", "hundred ")[offset % 3]
    return _WHOLE[offset % 3] if not group else f"{small}{group}s"


def _digits(number: str) -> list[tuple[str, int]]:
    """Each digit with its place offset (ones = 0)."""
    whole, _, decimals = number.replace(",", "").partition(".")
    placed = [(d, len(whole) - 1 - i) for i, d in enumerate(whole)]
    return placed + [(d, -1 - i) for i, d in enumerate(decimals)]


def answer(message: str) -> str | None:
    """A digit's place and value, or the digit in a named place; else None."""
    if match := _VALUE_OF.search(message):
        digit, number = match["d"] or match["d2"], match["n"] or match["n2"]
        found = [offset for d, offset in _digits(number) if d == digit]
        if not found:
            return f"There is no digit {digit} in {number}."
        lines = [
            f"The {digit} in {number} is in the **{place_name(o)}** place, so its value is"
            f" **{_value(digit, o)}** ({digit} × {_value('1', o)})."
            for o in found
        ]
        return "\n\n".join([*lines, _places_line(number)])
    if match := _DIGIT_IN.search(message):
        wanted = re.sub(r"[\s-]+", " ", match["place"].lower().strip()).replace(" s", "s")
        for digit, offset in _digits(match["n"]):
            if place_name(offset).replace("-", " ") == wanted.replace("-", " "):
                return "\n\n".join(
                    [
                        f"The digit in the {place_name(offset)} place of {match['n']} is **{digit}**"
                        f" (worth {_value(digit, offset)}).",
                        _places_line(match["n"]),
                    ]
                )
        return None
    return None


def _value(digit: str, offset: int) -> str:
    value = int(digit) * sympy.Rational(10) ** offset
    return str(value) if value.q == 1 else f"{float(value):.{-offset}f}"


def _places_line(number: str) -> str:
    return "Place by place: " + ", ".join(f"{d} {place_name(o)}" for d, o in _digits(number)) + "."
