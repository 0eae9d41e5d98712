"""Numbers said in words that the number words alone do not give: decimals ("three point
two", "zero point seven five"), amounts ("three dollars and seventy-five cents", "2
million"), roots ("5 root 2", "square root of 3", "sqrt3/2"), fractions said with "over"
("three over four", "root 3 over 2"), "half" as the whole answer, a unit after a number
in scientific notation ("3.2 x 10^4 N"), and a unit and a part of one ("a mile and a half").

`spoken_digits` runs before the number words become digits (the digits after "point" are
said one by one, "seven five" is 75, not 12); `spoken_amounts` after.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["SCALES", "spoken_amounts", "spoken_digits", "unit_and_part"]

_DIGITS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_DIGIT = rf"(?:{'|'.join(_DIGITS)}|\d)"
# "point seven five": the digits after a decimal point, said one by one
_POINT_DIGITS = re.compile(rf"\bpoint((?:\s+{_DIGIT})+)\b", re.I)
# "one point 25": "one" before a decimal point is the number, not a pronoun
_ONE_POINT = re.compile(r"\bone(?=\s+point\s+\d)", re.I)
_HALF_ALONE = re.compile(r"^\s*(?:(?:a|one)\s+)?half\s*[.!]?\s*$", re.I)

_POINT = re.compile(r"(?<![\d.])(\d+)\s+point\s+(\d+)(?![\d.])", re.I)
# "3 dollars and 5 cents", "$3 and 5 cents": one amount
_CENTS = re.compile(r"(?:\$\s*(\d+)|(?<![\d.])(\d+)\s+dollars?)\s+and\s+(\d{1,2})\s+cents?\b", re.I)
# "4 dozen", "a dozen", "half a dozen": twelve of a thing
_DOZEN = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?|an?|one|half\s+an?)\s+dozen\b", re.I)
_DOZENS = {"a": "12", "an": "12", "one": "12"}
_SCALE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s+(hundred|thousand|million|billion)\b", re.I)
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_NUM = r"\d+(?:\.\d+)?"
# "5 root 2", "square root of 3", "sqrt of 3", "sqrt3": a root of a number ("cube root" is
# left alone)
_ROOT = re.compile(
    rf"(?<!cube\s)(?<![A-Za-z])(?:(?:square\s+)?root\s+(?:of\s+)?|sqrt\s*(?:of\s+)?)({_NUM})"
    r"(?![\w(.])",
    re.I,
)
# "2 times the square root of 2" is 2 sqrt(2), a number, as "2 root 2" is
_TIMES_ROOT = re.compile(
    rf"(?<![\d.])({_NUM})\s+(?:times|multiplied\s+by)\s+(?:the\s+)?(?=sqrt\()", re.I
)
# "3 over 4", "sqrt(2) over 2"; a root "divided by" a number is that fraction too (between two
# numbers "divided by" is working, which the grader judges as such)
_OVER = re.compile(
    rf"(sqrt\({_NUM}\)|(?<![\d.]){_NUM})\s+over\s+(sqrt\({_NUM}\)|{_NUM}(?![\d.]))"
    rf"|(sqrt\({_NUM}\))\s+divided\s+by\s+({_NUM}(?![\d.]))",
    re.I,
)
# "3.2*10^4 N", "4.5*10^(-4) kg/m": the unit after a number in scientific notation
_SCI_UNIT = re.compile(
    r"(\*\s*10\s*\^\s*(?:\(\s*-?\d+\s*\)|-?\d+))\s+[A-Za-zµΩ]+(?:\s*[/·]\s*[A-Za-z]+)?"
    r"(?:\^-?\d+)?\s*\.?$"
)


def spoken_digits(text: str) -> str:
    """ "three point seven five" -> "three point 75", "2 million" -> "2000000" and "half"
    alone -> "1/2"."""
    if _HALF_ALONE.match(text):
        return "1/2"

    def digits(match: re.Match[str]) -> str:
        said = re.findall(_DIGIT, match[1], re.I)
        return "point " + "".join(_DIGITS.get(d.lower(), d) for d in said)

    return _SCALE.sub(_scaled, _ONE_POINT.sub("1", _POINT_DIGITS.sub(digits, text)))


def _scaled(match: re.Match[str]) -> str:
    return _scaled_by(Decimal(match[1]) * SCALES[match[2].lower()])


def _scaled_by(value: Decimal) -> str:
    return format(value.normalize(), "f") if value != value.to_integral() else str(int(value))


def _dozens(match: re.Match[str]) -> str:
    said = match[1].lower()
    if said.startswith("half"):
        return "6"
    return _DOZENS.get(said) or _scaled_by(Decimal(said) * 12)


def spoken_amounts(text: str) -> str:
    """ "3 point 75" -> "3.75", "3 dollars and 75 cents" -> "$3.75", "4 dozen" -> "48", "5 root 2" -> "5 sqrt(2)", "sqrt(3) over 2" -> "sqrt(3)/2"."""
    text = _POINT.sub(r"\1.\2", text)
    text = _CENTS.sub(lambda m: f"${m[1] or m[2]}.{int(m[3]):02d}", text)
    text = _DOZEN.sub(_dozens, text)
    text = _TIMES_ROOT.sub(r"\1*", _ROOT.sub(r"sqrt(\1)", text))
    text = _OVER.sub(lambda m: f"{m[1] or m[3]}/{m[2] or m[4]}", text)
    return _SCI_UNIT.sub(r"\1", text)


# "a mile and a half", "2 hours and a quarter", "a pound and 3/4": a whole number of a unit,
# then a part of one more
_PARTS = {"half": "1/2", "quarter": "1/4", "three quarters": "3/4", "3 quarters": "3/4"}
_PART = r"(?:a\s+)?(?P<part>half|quarter|(?:three|3)\s+quarters|1/2|1/4|3/4)"


def unit_and_part(text: str, unit: str) -> str:
    """ "a mile and a half" -> "1 1/2 mile", "2 hours and a quarter" -> "2 1/4 hours", for
    the units a pattern names; the part must end the amount ("a mile and a half of road" is
    left alone)."""
    pattern = (
        rf"\b(?P<whole>an?|one|\d+)\s+(?P<unit>{unit})\s+and\s+{_PART}(?![\w/]|\s+(?:of|an?)\b)"
    )

    def said(match: re.Match[str]) -> str:
        part = _PARTS.get(re.sub(r"\s+", " ", match["part"].lower()), match["part"])
        whole = match["whole"] if match["whole"].isdigit() else "1"
        return f"{whole} {part} {match['unit']}"

    return re.sub(pattern, said, text, flags=re.I)
