"""A unit conversion asked inside a story: "a 2.5 km walk, how many meters is that", "the
race is 5000 meters long, how many kilometers", "she ran 3 laps of a 400 m track, how many
km did she run". The story's one amount (or a count of laps of it) is converted by askunits.

Every number of the story must be placed: one amount with its unit, and at most a count of
laps, lengths or trips of it. A word that changes the amount without a number ("and back",
"each", "every day", "twice") or a second amount leaves the question to other rules, which
explain the method rather than convert only a part of it.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline import askunits
from companion.ai.offline.askformat import exact, numbers, words_to_digits

_NUM = r"(?<![\d.,/])\d+(?:\.\d+)?(?![\d/])"
_ASKED = re.compile(r"\bhow\s+many\s+(?P<to>[a-z]+)\b", re.I)
_AMOUNT = re.compile(rf"(?P<n>{_NUM})\s*-?\s*(?P<u>[a-z]+)\b", re.I)
# "3 laps of a 400 m track", "4 lengths of the 25 m pool": the count times the amount
_LAPS = re.compile(
    rf"(?P<k>{_NUM})\s+(?:laps?|lengths?|trips?|loops?|rounds?|times)\s+(?:of|around|along|up)\s+"
    rf"(?:an?|the|one)\s+(?P<n>{_NUM})\s*-?\s*(?P<u>[a-z]+)\b",
    re.I,
)
# words that change an amount without a number of their own
_CHANGED = re.compile(
    r"\b(?:back|round|return|twice|thrice|double|triple|half|each|every|per|daily|weekly|both"
    r"|altogether|total|all|more|less|left|remaining|longer|shorter|faster|slower|speed|rate"
    r"|an?\s+(?:second|minute|hour|day|week|month|year)|in\s+an?\s+\w+)\b|%|\$",
    re.I,
)


def answer(message: str) -> str | None:
    """The story's one amount in the unit asked, worked by askunits; else None."""
    text = words_to_digits(message)
    asked = _ASKED.search(text)
    if not asked or askunits.unit_size(asked["to"]) is None or _CHANGED.search(text):
        return None
    laps = _LAPS.search(text)
    amounts = [m for m in _AMOUNT.finditer(text) if askunits.unit_size(m["u"])]
    if len(amounts) != 1 or len(numbers(text)) != (2 if laps else 1):
        return None
    amount = amounts[0]
    if askunits.unit_size(amount["u"]) == askunits.unit_size(asked["to"]):
        return None  # "3 liters an hour, how many liters in a day" asks for more than a unit
    if laps and (laps["n"], laps["u"]) != (amount["n"], amount["u"]):
        return None
    value = sympy.Rational(amount["n"]) * (sympy.Rational(laps["k"]) if laps else 1)
    converted = askunits.answer(f"{exact(value)} {amount['u']} to {asked['to']}")
    if not converted or "**" not in converted:
        return converted
    if not laps:
        return converted
    return f"{laps['k']} × {amount['n']} {amount['u']} = {exact(value)} {amount['u']} in all.\n\n{converted}"
