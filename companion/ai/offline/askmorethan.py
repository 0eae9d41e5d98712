"""Two people's amounts, one said against the other: "sam has 5 more marbles than tim. tim
has 12 marbles", "ana has twice as many stickers as leo, who has 9", "mia has $4 less than
her brother. he has $15". The first is the second plus or minus the difference, or times
the factor; asked about the first, that is the answer; asked how many they have together
(in all, altogether, combined, in total), the two are added."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits

_WHO = r"(?:(?:his|her|their|my|your)\s+)?[a-z]+"
_NUM = r"\$?\d+(?:\.\d+)?"
_RELATED = re.compile(
    rf"\b(?P<a>{_WHO})\s+has\s+(?:(?P<n>{_NUM})\s+(?P<dir>more|fewer|less)\s+(?:[a-z]+\s+)?than"
    rf"|(?P<k>\d+(?:\.\d+)?\s+times|twice|half)\s+as\s+(?:many|much)\s+(?:[a-z]+\s+)?as)"
    rf"\s+(?P<b>{_WHO})\b",
    re.I,
)
_THEIRS = r"(?:{b}|he|she|who|they)\s+(?:has|have|had|owns)\s+(?P<m>{num})"
_TOGETHER = re.compile(r"\b(?:together|in\s+all|altogether|combined|in\s+total|total|both)\b", re.I)
_ASKED = re.compile(
    rf"\bhow\s+(?:many|much)\b.*?\b(?:does|do|did)\s+(?P<who>{_WHO})\s+have\b", re.I
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "there"})
_FACTORS = {"twice": sympy.Integer(2), "half": sympy.Rational(1, 2)}


def answer(message: str) -> str | None:
    """The first amount, or both together, from one said against the other; else None."""
    text = words_to_digits(message).replace(",", "")
    related = _RELATED.search(text)
    if not related or not re.search(r"\bhow\s+(?:many|much)\b", text, re.I):
        return None
    if related["a"].lower() in _PRONOUNS:
        return None  # "he has twice as many cars as trucks": things compared, not two people
    b = related["b"].split()[-1]
    theirs = re.search(_THEIRS.format(b=re.escape(b), num=_NUM), text[related.end() :], re.I)
    if not theirs or len(numbers(text)) != 2 - (related["n"] is None) + (
        bool(related["k"]) and related["k"][0].isdigit()
    ):
        return None
    m = sympy.Rational(theirs["m"].lstrip("$"))
    if related["n"]:
        n = sympy.Rational(related["n"].lstrip("$"))
        sign = 1 if related["dir"].lower() == "more" else -1
        a = m + sign * n
        work = f"{related['a']} has {exact(m)} {'+' if sign > 0 else '−'} {exact(n)} = {exact(a)}."
    else:
        said = related["k"].lower()
        k = _FACTORS.get(said) or sympy.Rational(said.split()[0])
        a = m * k
        work = f"{related['a']} has {exact(k)} × {exact(m)} = {exact(a)}."
    if a < 0:
        return None
    asked = _ASKED.search(text)
    if _TOGETHER.search(text[related.end() :]):
        total = a + m
        return (
            f"Together they have **{exact(total)}**.\n\n{work}\n\n"
            f"Together: {exact(a)} + {exact(m)} = {exact(total)}."
        )
    if asked and asked["who"].split()[-1].lower() == related["a"].split()[-1].lower():
        return f"{related['a']} has **{exact(a)}**.\n\n{work}"
    return None
