"""A price list, then an order: "a shirt costs $25 and pants cost $40, if I buy 2 shirts and
1 pants how much do I pay", "tickets are $8 for adults and $5 for kids, how much for 2
adults and 3 kids". Each count is matched to its priced item by name and the products are
added; an item counted without a price, or a price list of one item, gets no number here."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits

_NUM = r"\d+(?:\.\d{1,2})?"
# "a shirt costs $25", "pants cost $40 each", "$8 for adults", "$3 per ticket"
_PRICED = re.compile(
    rf"\b(?:an?\s+|one\s+|each\s+)?(?P<item>[a-z]{{3,}})\s+(?:costs?|is|are|sells?\s+for)\s+\$(?P<p>{_NUM})(?!\d|\.\d|\s+(?:for|per)\s+(?:an?\s+|each\s+)?[a-z])"
    rf"|\$(?P<p2>{_NUM})\s+(?:for|per)\s+(?:an?\s+|each\s+|one\s+)?(?P<item2>[a-z]{{3,}})",
    re.I,
)
_COUNTED = re.compile(r"(?<![\d.$])(?P<n>\d+)\s+(?P<item>[a-z]{3,})", re.I)
_ASKED = re.compile(r"\bhow\s+much\b|\btotal\b|\bcost\s+of\b", re.I)


def answer(message: str) -> str | None:
    """The cost of an order from a list of prices; else None."""
    text = words_to_digits(message).replace(",", "")
    prices = list(_PRICED.finditer(text))
    if len(prices) < 2 or not _ASKED.search(text):
        return None
    listed = {_stem(m["item"] or m["item2"]): sympy.Rational(m["p"] or m["p2"]) for m in prices}
    order = list(_COUNTED.finditer(text, prices[-1].end()))
    if len(listed) < 2 or not order:
        return None
    lines, total = [], sympy.Integer(0)
    for m in order:
        price = listed.get(_stem(m["item"]))
        if price is None:
            return None  # a count of something without a price: not an order of these
        n = int(m["n"])
        total += n * price
        lines.append(f"{n} {m['item']}: {n} × {_money(price)} = {_money(n * price)}.")
    shown = " + ".join(_money(int(m["n"]) * listed[_stem(m["item"])]) for m in order)
    return (
        f"The total is **{_money(total)} dollars**.\n\n"
        + "\n".join(lines)
        + (f"\n\nTogether: {shown} = {_money(total)}." if len(order) > 1 else "")
    )


def _stem(word: str) -> str:
    word = word.lower()
    for end, to in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("es", "e"), ("s", "")):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + to
    return word


def _money(value: sympy.Rational) -> str:
    return exact(value) if value.q == 1 else f"{float(value):.2f}"
