"""Counts said in named groups: a dozen is 12, a pair 2, a gross 144. "How many
dozen is 48 eggs" divides by the group's size; "how many eggs in 3 dozen" multiplies; a
count that does not fill whole groups says what is left over."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits

_SIZES = {"dozen": 12, "pair": 2, "gross": 144}
_GROUP = r"(?P<g>dozens?|pairs?|gross)"
# groups asked of a count: only those not also said of things counted in pairs ("how many
# pairs of numbers are 5 apart" asks no division)
_INTO_GROUP = r"(?P<g>dozens?|gross)"
_NUM = r"(?P<n>\d+(?:\.\d+)?|\d+/\d+|an?|half\s+an?)"
# "how many dozen is 48 eggs", "48 eggs is how many dozen", "how many pairs in 14 socks"
_INTO = re.compile(
    rf"\bhow\s+many\s+{_INTO_GROUP}\s+(?:of\s+[a-z]+\s+)?(?:is|are|in|make|makes|can\s+\w+\s+make\s+with)"
    rf"\s+(?P<c>\d+)\s+[a-z]+|(?P<c2>\d+)\s+[a-z]+\s+(?:is|are|make)\s+how\s+many\s+{_INTO_GROUP.replace('g>', 'g2>')}",
    re.I,
)
# "how many eggs in 3 dozen", "how many socks are in 5 pairs", "how many is a dozen"
_OUT = re.compile(
    rf"\bhow\s+many\s+(?:[a-z]+\s+)?(?:are\s+|is\s+)?(?:there\s+)?(?:in\s+)?{_NUM}\s+{_GROUP}\b",
    re.I,
)


def answer(message: str) -> str | None:
    """A count in named groups, or the groups in a count; else None."""
    text = words_to_digits(message).replace(",", "")
    if match := _INTO.search(text):
        group = _group(match["g"] or match["g2"])
        size, count = _SIZES[group], int(match["c"] or match["c2"])
        whole, left = divmod(count, size)
        rest = f", with **{left} left over**" if left else ""
        over = f" remainder {left}" if left else ""
        return (
            f"{count} is **{whole} {group}**{rest}.\n\n"
            f"A {group} is {size}: {count} ÷ {size} = {whole}{over}."
        )
    if match := _OUT.search(text):
        group, said = _group(match["g"]), match["n"].lower()
        n = (
            sympy.Rational(1, 2)
            if said.startswith("half")
            else sympy.Rational(said.strip("an") or 1)
        )
        size = _SIZES[group]
        work = f": {exact(n)} × {size} = {exact(n * size)}" if n != 1 else ""
        return f"That is **{exact(n * size)}**.\n\nA {group} is {size}{work}."
    return None


def _group(word: str) -> str:
    word = word.lower()
    return word if word in _SIZES else word[:-1]
