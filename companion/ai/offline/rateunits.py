"""A rate the question asks for ("how many miles per gallon"), checked against the rate an
answer writes: "30 mph" (per another kind of unit) does not answer "miles per gallon";
"30 mpg", "30 miles/gallon" and a bare 30 do.

Only the kinds of the units are compared (a rate in other units of the same kinds is left
to the other checks), and only where the question's last sentence asks for the rate. A
unit alone after the number ("30 gallons") is left to the other checks too.
"""

from __future__ import annotations

import re

from companion.ai.offline.askunits import SHORT_RATES, unit_size
from companion.ai.offline.mathtext import normalise

__all__ = ["rate_not_asked"]

_SHORT = SHORT_RATES | {"mpg": ("mile", "gallon")}
_LAST_SENTENCE = re.compile(r"[^.?!]+(?:[.?!]+|$)")
_PER = r"\s*(?:/|\bper\b|\ban?\b)\s*"
_ASKED = re.compile(rf"\b(?:how\s+many|in)\s+([A-Za-z]+){_PER}([A-Za-z]+)", re.I)
_NUMBER = r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?\s*"
_GIVEN = re.compile(rf"{_NUMBER}([A-Za-z]+)\b(?:{_PER}([A-Za-z]+)\b)?", re.I)


def _kind(word: str) -> str | None:
    size = unit_size(word)
    return size[0] if size else None


def _asked_bottom(question: str) -> str | None:
    """The kind of the unit the rate the last sentence asks for is per ("how many miles per
    gallon": volume), where its top unit is of another kind."""
    ask = _LAST_SENTENCE.findall(question.strip() or ".")[-1]
    match = _ASKED.search(ask)
    if match is None:
        return None
    top, bottom = _kind(match[1]), _kind(match[2])
    return bottom if top and bottom and top != bottom else None


def rate_not_asked(question: str, answer: str) -> str | None:
    """The unit of an answer that is a rate per another kind of unit ("30 mph" for miles per
    gallon); None otherwise."""
    bottom = _asked_bottom(normalise(question))
    if bottom is None:
        return None
    for match in _GIVEN.finditer(normalise(answer)):
        word, per = match[1], match[2]
        short = _SHORT.get(word.lower())
        kinds = (_kind(short[0]), _kind(short[1])) if short else (_kind(word), None)
        if per and kinds[1] is None and (below := _kind(per)):
            kinds = (kinds[0], below)
        if kinds[1] is not None and kinds[1] != bottom:
            return word
    return None
