"""Plain-English touch-ups for template text: "1 unit" (not "1 units"), "an 8 kg cart"
(not "a 8 kg cart"), "..." (not "...."). Applied to every rendered question, hint and
explanation, so a template can write "{n} units" without a special case for n = 1."""

from __future__ import annotations

import re

# count nouns and units that templates put after a number: plural -> singular
_IRREGULAR = {"feet": "foot", "inches": "inch", "pennies": "penny", "boxes": "box"}
_IRREGULAR |= {"classes": "class", "watches": "watch", "batches": "batch", "people": "person"}
_REGULAR = [
    "units",
    "pictures",
    "dollars",
    "cents",
    "minutes",
    "hours",
    "seconds",
    "days",
    "weeks",
    "months",
    "years",
    "miles",
    "yards",
    "meters",
    "metres",
    "centimeters",
    "millimeters",
    "kilometers",
    "grams",
    "kilograms",
    "liters",
    "litres",
    "pounds",
    "ounces",
    "cups",
    "gallons",
    "ones",
    "tens",
    "hundreds",
    "thousands",
    "students",
    "marbles",
    "stickers",
    "beads",
    "shells",
    "questions",
    "pages",
    "points",
    "cars",
    "books",
    "notebooks",
    "apples",
    "nickels",
    "dimes",
    "quarters",
    "bills",
    "pieces",
    "slices",
    "packs",
    "friends",
    "bracelets",
    "cookies",
    "tickets",
    "laps",
    "steps",
    "coins",
    "cards",
    "games",
    "rows",
    "degrees",
    "squares",
    "cubes",
    "sides",
    "faces",
    "edges",
    "vertices",
    "cans",
    "bags",
    "balls",
    "pencils",
    "markers",
]
_SINGULAR = {**{word: word[:-1] for word in _REGULAR}, **_IRREGULAR, "vertices": "vertex"}
# "1" as a whole count: not part of 0.1, 21, -1, 3/1 or 1,000
_ONE = re.compile(
    r"(?<![\d.,/\-−])\b1 (" + "|".join(sorted(_SINGULAR, key=len, reverse=True)) + r")\b"
)
_ARTICLE = re.compile(r"\b([Aa]) (\d[\d,]*)(?=[\s.\-–°%])")
_DOTS = re.compile(r"\.{4,}")


def _singular(match: re.Match) -> str:
    return f"1 {_SINGULAR[match.group(1)]}"


def _starts_with_vowel_sound(number: str) -> bool:
    """Whether a whole number is read aloud from a vowel: 8, 11, 18, 80, 800, 11,000, 18,500."""
    digits = number.replace(",", "")
    lead = digits[: len(digits) % 3 or 3]
    return lead.startswith("8") or lead in ("11", "18")


def _article(match: re.Match) -> str:
    word, number = match.groups()
    if _starts_with_vowel_sound(number):
        word = "An" if word == "A" else "an"
    return f"{word} {number}"


def tidy(text: str) -> str:
    """The text with number agreement and articles fixed."""
    text = _ONE.sub(_singular, text)
    text = _ARTICLE.sub(_article, text)
    return _DOTS.sub("...", text)


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"
