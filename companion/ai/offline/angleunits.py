"""An angle given in degrees where radians are expected, or the other way round.

"90°" and "π/2" are the same angle: an answer marked in degrees ("90°", "90 degrees") is
right for an expected angle in radians (one with π in it), and an answer in radians ("π",
"pi/2 radians") for an expected angle marked in degrees, where the question asks for an
angle (names one, a turn or θ) and does not work in the expected unit itself; with no angle
asked, π/2 is a number (an area, a length) that 90° does not give. A question that names radians or states its angles with
π asks for radians; one that names degrees or uses ° asks for degrees; there the other unit
is the wrong form. A bare number ("90") is no angle in degrees: only the mark says so.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.mathnumbers import to_number
from companion.ai.offline.mathparse import normalise, parse_math
from companion.ai.offline.mathsteps import show

__all__ = ["expected_in_answer_angle"]

_DEGREES = re.compile(r"°|\bdeg(?:rees?|s)?\b", re.I)
_RADIANS = re.compile(r"\brad(?:ians?|s)?\b", re.I)
_PI = re.compile(r"\bpi\b", re.I)
_ANGLE = re.compile(r"\b(?:angles?|rotat\w*|turns?|theta)\b", re.I)


def _in_radians(text: str) -> bool:
    return bool(_PI.search(text) or _RADIANS.search(text)) and not _DEGREES.search(text)


def _in_degrees(text: str) -> bool:
    return bool(_DEGREES.search(text)) and not _PI.search(text)


def expected_in_answer_angle(expected: str, answer: str, question: str) -> tuple[str, str] | None:
    """The expected angle in the unit the answer marks, and that unit ("\\frac{\\pi}{2}" ->
    ("90", "degrees") for "90°"); None when the units agree, the answer marks none, or the
    question works in the expected unit."""
    want, given, asked = normalise(expected), normalise(answer), normalise(question)
    if not _ANGLE.search(asked):
        return None
    if _in_radians(want) and _in_degrees(given) and not _in_radians(asked):
        value = parse_math(want)
        degrees = value * 180 / sympy.pi if isinstance(value, sympy.Expr) else None
        if degrees is not None and sympy.simplify(degrees).is_Rational:
            return show(sympy.simplify(degrees)), "degrees"
    if _in_degrees(want) and _in_radians(given) and not _DEGREES.search(asked):
        value = to_number(want)
        if value is not None:
            return show(value * sympy.pi / 180), "radians"
    return None
