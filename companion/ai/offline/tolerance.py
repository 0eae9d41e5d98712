"""How far a numeric answer may be from the expected value: zero unless rounding is involved.

Integers, fractions and expressions compare exactly. A tolerance of half a unit in the
last place applies only when the question asks for rounding (to the places it names, else
those the expected or the answer shows) or when the expected value is itself a rounded
decimal ("12.57", "4.39%", "1.89 × 10^-3"). It is measured in the units the number is
written in, so a percent or a power of ten scales it. Where the question names the place
to round to, a decimal typed to more places than that ("3.33" for the nearest tenth) is not
rounded as asked: close as it is, it is not accepted (`not_rounded`).
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.mathnumbers import THOUSANDS, to_number
from companion.ai.offline.mathtext import normalise
from companion.ai.offline.roundings import place_name

ROUNDING = re.compile(
    r"\bround|\bnearest\b|decimal place|significant (?:figure|digit)|\bapproximate", re.I
)
_NAMED_PLACES = {
    "tenth": 1,
    "hundredth": 2,
    "thousandth": 3,
    "ten-thousandth": 4,
    "cent": 2,
    "penny": 2,
    "whole number": 0,
    "whole": 0,
    "integer": 0,
    "dollar": 0,
    "degree": 0,
    "unit": 0,
}
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_STATED = re.compile(r"\b(\d|one|two|three|four|five) decimal places?", re.I)
_NEAREST = re.compile(rf"nearest ({'|'.join(sorted(_NAMED_PLACES, key=len, reverse=True))})", re.I)
_LITERAL = re.compile(r"-?\d+(?:\.(\d+))?")
_SCIENTIFIC = re.compile(r"^\s*(-?\d+\.(\d+))\s*\*\s*10\s*\^\s*\(*\s*(-?\d+)\s*\)*\s*$")
_HALF = 0.5
_SLACK = 1 + 1e-9  # so that exactly half a unit still rounds to the expected value


def _stated_places(question: str) -> int | None:
    """The number of decimal places a question asks for, when it names one."""
    if match := _STATED.search(question):
        word = match[1].lower()
        return int(word) if word.isdigit() else _COUNTS[word]
    if match := _NEAREST.search(question):
        return _NAMED_PLACES[match[1].lower()]
    return None


def _literal(text: str) -> tuple[sympy.Rational, int] | None:
    """The first number as written in the text and its decimal places."""
    match = _LITERAL.search(THOUSANDS.sub("", normalise(text)))
    if match is None:
        return None
    return sympy.Rational(match[0]), len(match[1] or "")


def _scale(text: str) -> sympy.Rational:
    """Value per written unit: 1/100 for a percent, 1 for a plain number."""
    return sympy.Rational(1, 100) if text.rstrip(" .").endswith("%") else sympy.Integer(1)


def abs_tolerance(expected: str, question: str, answer: str) -> float:
    """The absolute distance accepted between the answer's value and the expected one."""
    plain = normalise(expected)
    value = to_number(plain)
    if (sci := _SCIENTIFIC.match(THOUSANDS.sub("", plain))) and not ROUNDING.search(question):
        return _HALF * 10.0 ** (int(sci[3]) - len(sci[2])) * _SLACK
    if value is None:
        return 0.0
    written = _literal(plain)
    shown = written[1] if written and "." in plain else None
    if ROUNDING.search(question):
        places = _stated_places(question)
        if places is None:
            places = shown if shown is not None else _answer_places(answer)
        if places is None:
            return 0.0
        return float(_HALF * 10**-places * _scale(plain)) * _SLACK
    if shown:
        return float(_HALF * 10**-shown * _scale(plain)) * _SLACK
    return 0.0


def _answer_places(answer: str) -> int | None:
    """Decimal places the student showed when they rounded an exact value themselves."""
    literal = _literal(answer)
    return literal[1] if literal and literal[1] > 0 else None


def places_asked(question: str) -> int | None:
    """The decimal places a question asks its answer rounded to, when it says so."""
    return _stated_places(question) if ROUNDING.search(question) else None


# a decimal as typed, with a dollar or a percent sign or a unit ("$3.459", "77.78%", "3.33 m")
_TYPED_DECIMAL = re.compile(r"^-?\$?\d[\d,]*\.(\d+)\s*(?:%|[A-Za-z]+\.?)?$")


def not_rounded(expected: str, question: str, answer: str) -> str | None:
    """Why a decimal answer is not rounded as the question asks ("3.33" where it asks for
    the nearest tenth): written to more places than asked and than the expected answer
    shows (trailing zeros aside, "3.30" is 3.3); None for any other answer."""
    places = places_asked(question)
    typed = _TYPED_DECIMAL.match(normalise(answer).strip())
    if places is None or places < 0 or typed is None:
        return None
    written = _literal(normalise(expected))
    allowed = max(places, written[1] if written else 0)
    if len(typed[1].rstrip("0")) <= allowed:
        return None
    return f"the question asks for it rounded to {place_name(places)}: round it to that place"


# "about 16", "roughly $16", "nearly 16", "~16", "x ≈ 16": the answer says it is only near
# its value ("√7 ≈ 2.65" after a value relates two values)
_NEAR = re.compile(
    r"(?:\b(?:about|around|roughly|approximately|approx|nearly|almost|close\s+to)\b"
    r"|(?<![\d)])(?<![\d)]\s)[~≈])(?=\s*[-$\d.])",
    re.I,
)
_ESTIMATE = re.compile(r"\bestimat|\babout\b|\baround\b|\broughly\b|\bapprox", re.I)


def near_word(expected: str, question: str, answer: str) -> str | None:
    """The word that makes an answer to an exact value an approximation ("about 16"); None
    where the question asks for an estimate or rounding, or the expected value is rounded."""
    near = _NEAR.search(normalise(answer))
    if near is None or _ESTIMATE.search(question) or ROUNDING.search(question):
        return None
    return near[0] if abs_tolerance(expected, question, answer) == 0 else None
