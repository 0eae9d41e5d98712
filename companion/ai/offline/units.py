"""Measurement units by kind, and whether a text converts between two of them.

A conversion sets two different units of one kind against each other: "How many
centimeters are in a meter?", "1 day = ___ hours", "minutes per hour", "0.621 mi / 1 km".
"""

from __future__ import annotations

import re

# unit spellings by kind; a conversion sets two different units of one kind against each other
UNIT_KINDS: dict[str, tuple[str, ...]] = {
    "time": ("seconds?", "minutes?", "hours?", "days?", "weeks?", "months?", "years?"),
    "length": (
        "inch(?:es)?",
        "feet",
        "foot",
        "yards?",
        "miles?",
        "millimet(?:er|re)s?",
        "centimet(?:er|re)s?",
        "met(?:er|re)s?",
        "kilomet(?:er|re)s?",
        "mm",
        "cm",
        "km",
        "ft",
        "yd",
        "mi",
        "m",
    ),
    "weight": ("ounces?", "pounds?", "tons?", "grams?", "kilograms?", "kg", "oz", "lbs?"),
    "capacity": (
        "cups?",
        "pints?",
        "quarts?",
        "gallons?",
        "millilit(?:er|re)s?",
        "lit(?:er|re)s?",
        "ml",
    ),
}
UNIT = "(?:" + "|".join(u for units in UNIT_KINDS.values() for u in units) + ")"
_KIND_OF = [(re.compile(rf"^(?:{u})$", re.I), kind) for kind, us in UNIT_KINDS.items() for u in us]
_AMOUNT = r"(?:a|an|one|\d[\d,]*(?:\.\d+)?)"
# "how many minutes is 1 hour", "how many centimeters are in meter", "1 day = ___ hours",
# "there are 60 minutes in one hour", "minutes per hour", "0.621 mi / 1 km"
_UNIT_PAIRS = (
    re.compile(
        rf"\bhow many ({UNIT})\b[^.?!\n]{{0,25}}?\b(?:is|are|in|make|makes|equals?)\s+"
        rf"(?:in\s+)?(?:{_AMOUNT}\s*)?({UNIT})\b",
        re.I,
    ),
    re.compile(
        rf"\b{_AMOUNT}\s*({UNIT})\s*(?:=|is equal to|equals|makes?|is)\s*(?:_+|\?|{_AMOUNT})\s*"
        rf"({UNIT})\b",
        re.I,
    ),
    re.compile(rf"\bthere (?:are|is) {_AMOUNT} ({UNIT}) in (?:{_AMOUNT}\s*)?({UNIT})\b", re.I),
    re.compile(rf"\b({UNIT}) (?:per|in an?|in one|in each) ({UNIT})\b", re.I),
    # a conversion factor: "0.621 mi / 1 km", "12 in/1 ft"
    re.compile(rf"{_AMOUNT}\s*({UNIT})\s*/\s*(?:1|one)\s*({UNIT})\b", re.I),
)


def converts(text: str) -> bool:
    """Two different units of one kind set against each other ("hours in a day")."""
    for pattern in _UNIT_PAIRS:
        for m in pattern.finditer(text):
            first, second = _kind(m[1]), _kind(m[2])
            if first and first == second and _base(m[1]) != _base(m[2]):
                return True
    return False


def _kind(unit: str) -> str | None:
    return next((kind for pattern, kind in _KIND_OF if pattern.match(unit)), None)


def _base(unit: str) -> str:
    unit = unit.lower()
    return unit[:-1] if unit.endswith("s") and len(unit) > 2 else unit
