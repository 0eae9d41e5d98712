"""Powers said in words, in a typed answer: "x squared", "3 to the 4th power", "10 to the
power of 5", "ten to the negative fourth", and scientific notation said that way ("3.2 times
10 to the 5th" is 3.2*10^5).

An exponent is read when it cannot be an ordinal of something else: said with "power", on
10, or with no word after it but an operator ("x to the fourth plus 1"); "add 5 to the
second number" stays words. "10 to the fifth or sixth" gives both powers, a hedge.
"""

from __future__ import annotations

import re

__all__ = ["ORDINALS", "spoken_powers"]

ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
# a number, a letter variable with its coefficient ("6x"; not the pronoun "I") or a bracket
_BASE = r"(?:(?<![\w.^])\d+(?:\.\d+)?|(?<![\w^])\d*[a-hj-z]|\))"
_SIGN = r"(?:negative|minus|-)\s*"
_ORDINAL = rf"(?:\d+(?:st|nd|rd|th)|{'|'.join(ORDINALS)})"
_EXPONENT = rf"(?:{_SIGN})?(?:{_ORDINAL}|\d+)"
_POWER = re.compile(
    rf"(?P<base>{_BASE})\s+(?:(?P<square>squared)|(?P<cube>cubed)|(?:raised\s+)?to\s+the\s+"
    rf"(?:(?P<said>power\s+(?:of\s+)?)?)(?P<n>{_EXPONENT})(?:\s+or\s+(?P<m>{_EXPONENT}))?"
    r"(?P<power>\s+power)?)\b"
    r"(?P<after>(?=\s*(?:$|[^\sA-Za-z]|(?:plus|minus|times|over|divided|multiplied|equals|is"
    r"|or|and|but|so|which)\b)))?",
    re.I,
)
# "3.2 times 10^5": times before a power of ten is the notation's times sign
_TIMES_TEN = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s+(?:times|multiplied\s+by)\s+(?=10\s*\^)", re.I
)


def _exponent(text: str) -> str:
    """ "negative 4th" -> "(-4)", "fifth" -> "5"."""
    text = text.lower()
    sign = re.match(_SIGN, text)
    word = text[sign.end() :] if sign else text
    value = ORDINALS.get(word) or int(re.sub(r"(?:st|nd|rd|th)$", "", word))
    return f"(-{value})" if sign else str(value)


def _written(match: re.Match[str]) -> str:
    base = match["base"]
    if match["square"] or match["cube"]:
        return f"{base}^{2 if match['square'] else 3}"
    said = match["said"] or match["power"] or base == "10"
    if not said and match["after"] is None:  # "add 5 to the second number"
        return match[0]
    power = f"{base}^{_exponent(match['n'])}"
    return f"{power} or {base}^{_exponent(match['m'])}" if match["m"] else power


def spoken_powers(text: str) -> str:
    """The text with powers said in words written with ^."""
    return _TIMES_TEN.sub(r"\1*", _POWER.sub(_written, text))
