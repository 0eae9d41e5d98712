"""Pythagorean word problems, where the right triangle is in the story rather than named:
a ladder against a wall (the ladder is the hypotenuse, the wall and the ground are the legs),
the diagonal of a rectangle or a screen (the diagonal is the hypotenuse of the two sides),
and a walk north or south then east or west (the distance from the start is the hypotenuse
of the net distances along each direction). The triangle is worked by askright."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import words_to_digits
from companion.ai.offline.askright import hypotenuse, missing_leg

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:feet|foot|ft|meters?|metres?|m|inches|inch|in|cm|km|kilometers?|kilometres?|miles?|mi|yards?|yd|blocks?)"
_AMOUNT = re.compile(rf"(?<![\d.])(?P<n>{_NUM})(?:\s*-?\s*(?P<u>{_UNIT})\b)?", re.I)

# the ladder's length: "a 13 foot ladder", "a ladder 10 ft long", "the ladder is 10 m long"
_LADDER = re.compile(
    rf"(?P<n>{_NUM})\s*-?\s*(?:{_UNIT})?\s*(?:long\s+)?ladder\b"
    rf"|\bladder\s+(?:that\s+is\s+|is\s+|of\s+)?(?P<n2>{_NUM})\s*-?\s*(?:{_UNIT})?",
    re.I,
)
_LADDER_ASKED = re.compile(
    r"\bhow\s+long\s+(?:is|must|should)\b.*\bladder\b|\blength\s+of\s+the\s+ladder\b", re.I
)

_DIAGONAL = re.compile(r"\bdiagonals?\b", re.I)
_SOLID = re.compile(r"\b(?:cube|box|prism|cuboid|room\s+corner)\b", re.I)

_LEGS_OF_WALK = re.compile(
    rf"(?P<n>{_NUM})\s*(?:{_UNIT})?\s+(?:to\s+the\s+|due\s+)?(?P<d>north|south|east|west)\b"
    rf"|\b(?P<d2>north|south|east|west)\s+(?:for\s+)?(?P<n2>{_NUM})",
    re.I,
)
_FROM_START = re.compile(
    r"\bhow\s+far\b.*\b(?:from|to)\s+(?:where|the\s+start|start|home|camp|the\s+starting|her\s+start|his\s+start)"
    r"|\b(?:displacement|straight[-\s]line\s+distance|as\s+the\s+crow\s+flies|distance\s+from\s+(?:the\s+)?start)",
    re.I,
)
_SIGN = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}


def answer(message: str) -> str | None:
    """The side a right-triangle story asks for, else None."""
    text = words_to_digits(message)
    if re.search(r"\bladder\b", text, re.I):
        worked = _ladder(text)
    elif _DIAGONAL.search(text) and not _SOLID.search(text):
        worked = _diagonal(text)
    elif _FROM_START.search(text):
        worked = _walk(text)
    else:
        return None
    units = {m["u"].lower() for m in _AMOUNT.finditer(text) if m["u"]}
    if worked and len(units) == 1:
        worked += f"\n\nThe lengths are in {units.pop()}, so the answer is too."
    return worked


def _amounts(text: str, skip: tuple[int, int] | None = None) -> list[sympy.Rational]:
    return [
        sympy.Rational(m["n"])
        for m in _AMOUNT.finditer(text)
        if skip is None or not (skip[0] <= m.start() < skip[1])
    ]


def _ladder(text: str) -> str | None:
    found = _LADDER.search(text)
    if _LADDER_ASKED.search(text):  # the two legs are given
        legs = _amounts(text)
        if len(legs) != 2:
            return None
        setup = "The ladder is the hypotenuse of a right triangle whose legs are the wall and the ground."
        worked = hypotenuse(legs[0], legs[1], name="ladder's length")
        return f"{setup}\n\n{worked}" if worked else None
    if found is None:
        return None
    length = sympy.Rational(found["n"] or found["n2"])
    others = _amounts(text, skip=found.span())
    if len(others) != 1:
        return None
    high = re.search(r"\bhow\s+(?:high|far\s+up|tall)\b|\bheight\b", text, re.I)
    name = "height up the wall" if high else "distance from the wall"
    setup = (
        "The ladder, the wall and the ground make a right triangle: the ladder is the"
        " hypotenuse, so the other side is found from $b^2 = c^2 - a^2$."
    )
    worked = missing_leg(length, others[0], name=name)
    return f"{setup}\n\n{worked}" if worked else None


def _diagonal(text: str) -> str | None:
    sides = _amounts(text)
    if len(sides) != 2:
        return None
    setup = "The diagonal cuts the rectangle into two right triangles; it is their hypotenuse."
    worked = hypotenuse(sides[0], sides[1], name="diagonal")
    return f"{setup}\n\n{worked}" if worked else None


def _walk(text: str) -> str | None:
    legs = list(_LEGS_OF_WALK.finditer(text))
    if len(legs) < 2:
        return None
    east = north = sympy.Rational(0)
    for leg in legs:
        dx, dy = _SIGN[(leg["d"] or leg["d2"]).lower()]
        size = sympy.Rational(leg["n"] or leg["n2"])
        east, north = east + dx * size, north + dy * size
    if not east or not north:
        return None  # all along one line: no triangle
    setup = (
        f"Net distance east–west: {abs(east)}; net distance north–south: {abs(north)}. They meet"
        " at a right angle, so the distance from the start is the hypotenuse."
    )
    worked = hypotenuse(abs(east), abs(north), name="distance from the start")
    return f"{setup}\n\n{worked}" if worked else None
