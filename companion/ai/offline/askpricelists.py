"""A price list, then an order: "a shirt costs $25 and pants cost $40, if I buy 2 shirts and
1 pants how much do I pay", "tickets are $8 for adults and $5 for kids, how much for 2
adults and 3 kids". Each count is matched to its priced item by name and the products are
added; an item counted without a price, or a price list of one item, gets no number here."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits

_NUM = r"\d+(?:\.\d{1,2})?"
# "a shirt costs $25", "pants cost $40 each", "$8 for adults", "$3 per ticket", "$30 a month"
_PER = r"(?:for|per|a|an|each)\s+(?:an?\s+|each\s+|one\s+)?"
_PRICED = re.compile(
    rf"\b(?:an?\s+|one\s+|each\s+)?(?P<item>[a-z]{{3,}})\s+(?:costs?|is|are|sells?\s+for)\s+\$(?P<p>{_NUM})"
    rf"(?!\d|\.\d|\s+{_PER}[a-z]{{3,}})|\$(?P<p2>{_NUM})\s+{_PER}(?P<item2>[a-z]{{3,}})",
    re.I,
)
# "2 adults", and "a month" when a month is priced
_COUNTED = re.compile(r"(?<![\d.$])(?P<n>\d+|an?|one)\s+(?P<item>[a-z]{3,})", re.I)
_AVERAGE = re.compile(r"\b(?:average|mean)\b", re.I)
_ASKED = re.compile(r"\bhow\s+much\b|\btotal\b|\bcost\s+of\b", re.I)


def answer(message: str) -> str | None:
    """The cost of an order from a list of prices, every price in it used; else None."""
    text = words_to_digits(message).replace(",", "")
    prices = list(_PRICED.finditer(text))
    if len(prices) < 2 or not _ASKED.search(text):
        return None
    listed = {_stem(m["item"] or m["item2"]): sympy.Rational(m["p"] or m["p2"]) for m in prices}
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
    lines = [f"{n} {item}: {n} × {_money(c / n)} = {_money(c)}." for n, item, c in costs]
    return (
        f"The total is **{_money(total)} dollars**.\n\n"
        + "\n".join(lines)
        + f"\n\nTogether: {' + '.join(_money(c) for _, _, c in costs)} = {_money(total)}."
    )


def _stem(word: str) -> str:
    word = word.lower()
    for end, to in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("es", "e"), ("s", "")):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + to
    return word


def _money(value: sympy.Rational) -> str:
    return exact(value) if value.q == 1 else f"{float(value):.2f}"
