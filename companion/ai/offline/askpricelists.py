"""A price list, then an order: "a shirt costs $25 and pants cost $40, if I buy 2 shirts and
1 pants how much do I pay", "tickets are $8 for adults and $5 for kids, how much for 2
adults and 3 kids". Each count is matched to its priced item by name and the products are
added; an item counted without a price, or a price list of one item, gets no number here."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import numbers, words_to_digits
from companion.ai.offline.moneytext import dollars, money
from companion.ai.offline.plurals import noun_singular

_NUM = r"\d+(?:\.\d{1,2})?"
# "a shirt costs $25", "pants cost $40 each", "$8 for adults", "$3 per ticket", "$30 a month",
# "adults pay $14", "adult tickets are $9 and child tickets $5" (a kind of one thing: its
# word before the thing's name is the item)
_PER = r"(?:for|per|a|an|each)\s+(?:an?\s+|each\s+|one\s+)?"
_PRICED = re.compile(
    rf"\b(?:an?\s+|one\s+|each\s+)?(?:(?P<kind>[a-z]{{3,}})\s+)??(?P<item>[a-z]{{3,}})\s+"
    rf"(?:(?:costs?|is|are|pays?|sells?\s+for)\s+)?\$(?P<p>{_NUM})"
    rf"(?!\d|\.\d|\s+{_PER}(?!and\b|or\b)[a-z]{{3,}})|\$(?P<p2>{_NUM})\s+{_PER}(?P<item2>[a-z]{{3,}})",
    re.I,
)
# "2 adults", and "a month" when a month is priced
_COUNTED = re.compile(r"(?<![\d.$])(?P<n>\d+|an?|one)\s+(?P<item>[a-z]{3,})", re.I)
_AVERAGE = re.compile(r"\b(?:average|mean)\b", re.I)
_ASKED = re.compile(
    r"\bhow\s+much\b|\btotal\b|\bcost\s+of\b|\bwhat\s+(?:do|does|did|will|would)\b[^?.]*"
    r"\b(?:pay|cost|spend)\b",
    re.I,
)
# words that are no item: "is $5", "and $4", "only $3"
_NOT_ITEM = frozenset({"and", "only", "just", "then", "also", "but", "the", "for", "with"})


def answer(message: str) -> str | None:
    """The cost of an order from a list of prices, every price in it used; else None."""
    text = re.sub(r"(?<=\d),(?=\d{3})", "", words_to_digits(message))
    prices = list(_PRICED.finditer(text))
    if len(prices) < 2 or not _ASKED.search(text):
        return None
    listed = _listed(prices)
    if listed is None:
        return None
    order = []
    for m in _COUNTED.finditer(text, prices[-1].end()):
        if not m["n"].isdigit() and _stem(m["item"]) not in listed:
            continue  # "a" before an unpriced word is only an article
        if _stem(m["item"]) not in listed:
            return None  # a count of something without a price: not an order of these
        order.append((1 if not m["n"].isdigit() else int(m["n"]), m["item"]))
    if len(listed) < 2 or {_stem(item) for _, item in order} != set(listed):
        return None  # a price left out (a monthly fee, a daily rate) would make the total wrong
    counted = sum(1 for m in _COUNTED.finditer(text, prices[-1].end()) if m["n"].isdigit())
    if len(numbers(text)) != len(prices) + counted or _AVERAGE.search(text):
        return None  # another number (a cost per job, a total already said) or an average asked
    costs = [(n, item, n * listed[_stem(item)]) for n, item in order]
    total = sum((c for _, _, c in costs), sympy.Integer(0))
    lines = [f"{n} {item}: {n} × {money(c / n)} = {money(c)}." for n, item, c in costs]
    return (
        f"The total is **{dollars(total)}**.\n\n"
        + "\n".join(lines)
        + f"\n\nTogether: {' + '.join(money(c) for _, _, c in costs)} = {money(total)}."
    )


def _listed(prices: list[re.Match[str]]) -> dict[str, sympy.Rational] | None:
    """Each priced item's key and price; kinds of one thing ("adult tickets", "child
    tickets") are keyed by their kind. None when an item is no word of a thing."""
    items = [(m["kind"], m["item"] or m["item2"], m["p"] or m["p2"]) for m in prices]
    if any(item.lower() in _NOT_ITEM for _, item, _ in items):
        return None
    heads = {_stem(item) for _, item, _ in items}
    kinds = [kind for kind, _, _ in items]
    if len(heads) == 1 and all(kinds) and len({_stem(k) for k in kinds}) == len(kinds):
        return {_stem(kind): sympy.Rational(p) for kind, _, p in items}
    return {_stem(item): sympy.Rational(p) for _, item, p in items}


_stem = noun_singular
