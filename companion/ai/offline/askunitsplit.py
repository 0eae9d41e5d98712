"""An amount asked in two units of its kind: "3.2 hours in hours and minutes", "75 inches in
feet and inches", "2.35 kg in kg and g". The whole number of the larger unit first, then
what is left in the smaller one."""

from __future__ import annotations

import math
import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits
from companion.ai.offline.askunits import unit_size

_SPLIT = re.compile(
    r"(?P<n>\d+(?:\.\d+)?(?:/\d+)?)\s*(?P<src>[a-z]+)\s+(?:in|to|into|as|is|=)\s+(?:how\s+many\s+)?"
    r"(?P<big>[a-z]+)\s+and\s+(?P<small>[a-z]+)\b",
    re.I,
)


def answer(message: str) -> str | None:
    """The amount as a whole number of the larger unit and the rest in the smaller; else None."""
    match = _SPLIT.search(words_to_digits(message))
    if match is None:
        return None
    sizes = [unit_size(match[k]) for k in ("src", "big", "small")]
    if any(s is None for s in sizes) or len({s[0] for s in sizes if s}) != 1:
        return None
    src, big, small = (s[1] for s in sizes if s)
    if big <= small:
        return None
    total = sympy.Rational(match["n"]) * src  # in the kind's base unit
    whole = math.floor(total / big)
    rest = (total - whole * big) / small
    said_big, said_small = match["big"].lower(), match["small"].lower()
    shown = f"{whole} {_as(said_big, whole)} {exact(rest)} {_as(said_small, rest)}"
    per = big / small
    return "\n\n".join(
        [
            f"{match['n']} {match['src']} = **{shown}**.",
            f"1. The whole {said_big}: {whole}.\n"
            f"2. What is left, {exact(total / big - whole)} of one, in {said_small}: "
            f"{exact(total / big - whole)} × {exact(per)} = {exact(rest)}.",
        ]
    )


def _as(unit: str, value: object) -> str:
    """A unit word said as the count needs: "1 hour", "12 minutes", "2 feet", "1 foot"."""
    singular = {"feet": "foot", "inches": "inch"}.get(
        unit, unit.rstrip("s") if len(unit) > 3 else unit
    )
    plural = {"foot": "feet", "inch": "inches"}.get(
        singular, singular if len(singular) <= 2 else f"{singular}s"
    )
    return singular if value == 1 else plural
