"""A number written in words: "write 4.05 in words" (four and five hundredths), "how do you
say 3,405 in words", "write 2/3 in words" (two thirds).

Whole numbers are read in groups of three (thousands, millions, ...); a decimal is read as
its whole part "and" its digits after the point named by the last place (askplaces), with
the digit-by-digit reading beside it; a fraction is its top number and its bottom number as
an ordinal, plural when the top is not 1.
"""

from __future__ import annotations

import re

from companion.ai.offline.askplaces import place_name

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_GROUPS = ("", "thousand", "million", "billion", "trillion")
_ORDINAL_ENDS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
_NUMBER = r"(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+|\d+\s*/\s*\d+)"
_ASKED = re.compile(
    rf"^\s*(?:(?:how\s+(?:do|would|can|should)\s+(?:you|i|we)\s+|(?:can|could|would|will)\s+you\s+"
    rf"(?:please\s+)?|please\s+)?(?:write|say|spell|read)(?:\s+out)?"
    rf"|what\s+is|what'?s)?\s*(?:the\s+number\s+)?{_NUMBER}\s+(?:written\s+)?(?:in|as|using)"
    rf"\s+(?:words?|word\s+form|written\s+form)\s*[?.!]*\s*$"
    rf"|^\s*(?:spell\s+out|write\s+out|say\s+out\s+loud)\s+(?:the\s+number\s+)?{_NUMBER}"
    rf"\s*(?:in\s+words)?\s*[?.!]*\s*$"
    rf"|^\s*(?:what\s+is\s+)?(?:the\s+)?word\s+form\s+(?:of|for)\s+{_NUMBER}",
    re.I,
)
_MAX_PLACES = 5  # hundred-thousandths: the last place askplaces names in words


def answer(message: str) -> str | None:
    """The number asked written in words, else None."""
    match = _ASKED.search(message)
    said = next((g for g in match.groups() if g), None) if match else None
    if not said:
        return None
    text = said.replace(" ", "")
    if "/" in text:
        top, bottom = (int(part) for part in text.split("/"))
        if bottom == 0:
            return None
        words = f"{whole_words(top)} {_denominator(bottom, top != 1)}"
        also = (
            f" (also said {whole_words(top)} quarter{'s' if top != 1 else ''})"
            if bottom == 4
            else ""
        )
        return f"{text} in words is **{words}**{also}: the top number, then the bottom as a part."
    sign, digits = ("negative ", text[1:]) if text.startswith("-") else ("", text)
    whole, _, decimals = digits.replace(",", "").partition(".")
    if len(decimals) > _MAX_PLACES:
        return None
    words = whole_words(int(whole or 0))
    if not decimals:
        return f"{said} in words is **{sign}{words}**."
    part = int(decimals)
    place = place_name(-len(decimals))
    place = place if part != 1 else place.removesuffix("s")
    part_words = f"{whole_words(part)} {place}"
    read = f"{part_words}" if int(whole or 0) == 0 else f"{words} and {part_words}"
    point = " ".join(_ONES[int(d)] for d in decimals)
    return (
        f"{said} in words is **{sign}{read}**: the digits after the point are {part} "
        f"{place}, named by the last place.\n\n"
        f'Read digit by digit it is also said "{sign}{words} point {point}".'
    )


def whole_words(n: int) -> str:
    """A whole number in words: 3405 is "three thousand four hundred five"."""
    if n < 20:
        return _ONES[n]
    groups = []
    for scale in _GROUPS:
        n, group = divmod(n, 1000)
        if group:
            groups.append(f"{_hundreds(group)} {scale}".strip())
        if not n:
            break
    return " ".join(reversed(groups))


def _hundreds(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    below = _ONES[rest] if rest < 20 else _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    said = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    return " ".join(said + ([below] if rest else []))


def _denominator(n: int, plural: bool) -> str:
    """The bottom of a fraction as a part: half, third, fourth, twenty-first."""
    if n == 2:
        return "halves" if plural else "half"
    if n == 1:
        return "wholes" if plural else "whole"
    words = whole_words(n).removeprefix("one " if re.fullmatch(r"10+", str(n)) else "")
    head, _, last = words.rpartition(" ")
    head = f"{head} " if head else ""
    if "-" in last:  # twenty-one: only the last word becomes an ordinal
        tens, _, last = last.partition("-")
        head = f"{head}{tens}-"
    if last in _ORDINAL_ENDS:
        last = _ORDINAL_ENDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}{last}{'s' if plural else ''}"
