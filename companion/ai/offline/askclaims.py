"""A claimed result checked before anything else is said: "3/4 is 0.34 right", "the square
root of 49 is 8 isnt it", "so 20% of 50 is 15 correct?", "I got 12 for 3 times 4, is that right?" (a claim written with "=" is
mathsteps' to check). The left side is computed (plain
arithmetic, a fraction, a percent of a number); the reply says yes or no first, so a wrong
claim is never repeated as if it were true."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline import askarith
from companion.ai.offline.askformat import (
    SIMPLE_NUMBER,
    approx,
    exact,
    number,
    terminates,
    value_text,
    words_to_digits,
)
from companion.ai.offline.mathintents import PERCENT_OF

_CLAIM = re.compile(
    r"^\s*(?:(?:is\s+it\s+true\s+that|so|ok|okay|i\s+think|my\s+(?:teacher|friend)\s+said"
    r"|(?:is\s+it\s+)?right\s+that)\s+)?(?P<a>.+?)\s+(?:is|equals|makes|comes\s+to)\s+"
    rf"(?P<b>{SIMPLE_NUMBER})\s*,?\s*(?P<ask>right|correct|isn'?t\s+it|innit|yes|true|"
    r"is\s+that\s+(?:right|correct)|am\s+i\s+right)?\s*[?!.]*\s*$",
    re.I,
)
# "I got 12 for 3 times 4, is that right?", "is 56 right for 7 times 8?": the result is said
# before the sum it answers; read as "3 times 4 is 12, is that right"
_GOT_FOR = re.compile(
    rf"^\s*(?:i\s+(?:got|get|have|found|said|put|wrote)\s+(?:an?\s+answer\s+of\s+)?"
    rf"(?P<b>{SIMPLE_NUMBER})\s+(?:for|when\s+i\s+(?:did|worked\s+out|calculated))\s+"
    rf"(?P<a>[^,?]+?)\s*,?\s*(?P<ask>is\s+(?:that|it|this)\s+(?:right|correct)|right|correct)"
    rf"|is\s+(?P<b2>{SIMPLE_NUMBER})\s+(?P<ask2>right|correct|the\s+(?:right|correct)\s+answer)"
    rf"\s+(?:for|to)\s+(?P<a2>[^,?]+?))\s*[?!.]*\s*$",
    re.I,
)
_ASKED = re.compile(r"^\s*(?:is\s+it\s+true|is\s+it\s+right)|\?\s*$", re.I)


def answer(message: str) -> str | None:
    """Yes or no to a claimed value, with the value worked out; else None."""
    text = words_to_digits(message)
    if got := _GOT_FOR.match(text):
        text = f"{got['a'] or got['a2']} is {got['b'] or got['b2']}, is that right?"
    match = _CLAIM.match(text)
    if not match or not (match["ask"] or _ASKED.search(text)):
        return None
    claimed, value = number(match["b"]), side_value(match["a"])
    if claimed is None or value is None:
        return None
    said = match["a"].strip()
    if value == claimed:
        return f"Yes: {said} is **{exact(value) if value.is_Rational else value_text(value)}**."
    worked = askarith.answer(said) or ""
    shown = exact(value) if value.is_Rational and terminates(value) else value_text(value)
    if _rounds_to(value, match["b"]):
        return (
            f"Close: {said} is **{exact(value)}** ≈ {approx(value, 6)}, so {match['b']} is it rounded,"
            " not its exact value."
        )
    return "\n\n".join(
        line for line in (f"No: {said} is **{shown}**, not {match['b']}.", worked) if line
    )


def _rounds_to(value: sympy.Basic, claimed: str) -> bool:
    """Whether a decimal claim is the value rounded to the claim's places (1/3 is 0.33)."""
    places = len(claimed.partition(".")[2]) if "." in claimed else -1
    if places < 1 or not value.is_real:
        return False
    return approx(value, places) == claimed.lstrip("0") or approx(value, places) == claimed


_FRACTION_OF = re.compile(r"\s*(?P<f>\d+\s*/\s*\d+)\s+of\s+(?P<n>-?[\d,]+(?:\.\d+)?)\s*")


def side_value(said: str) -> sympy.Basic | None:
    """The value of one side of a claim or a comparison: a fraction, a fraction or percent of
    a number, or arithmetic."""
    if re.fullmatch(r"\s*\d+\s*/\s*\d+\s*", said):
        return number(said)
    if part := _FRACTION_OF.fullmatch(said):
        f, n = number(part["f"]), number(part["n"])
        return f * n if f is not None and n is not None else None
    if (percent := PERCENT_OF.fullmatch(said.strip())) and not percent["of_percent"]:
        p, n = number(percent["p"].rstrip("%")), number(percent["n"])
        return p * n / 100 if p is not None and n is not None else None
    value = askarith.value_of(said)
    return value if value is not None and value.is_real else None
