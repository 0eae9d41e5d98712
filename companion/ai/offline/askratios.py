"""Ratios in word problems: sharing an amount in a ratio ("split 40 in the ratio 3:5") and
a price scaled by the unit rate ("if 3 apples cost 1.50 how much do 7 apples cost").

Money is written without a dollar sign, so it cannot open a math span.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits

_NUM = r"\d+(?:\.\d+)?"
_SHARE = re.compile(
    rf"\b(?:split|divide|share|shared|divided|split\s+up)\s+\$?(?P<total>{_NUM})\b.{{0,30}}?"
    rf"\b(?:in|into|by)\s+(?:the\s+|a\s+)?ratio\s+(?:of\s+)?(?P<parts>\d+(?:\s*(?::|to)\s*\d+)+)",
    re.I,
)
_PRICE = re.compile(
    rf"\b(?P<a>{_NUM})\s+(?P<item>[a-z]{{3,}})\s+(?:cost|costs|are|is|sell\s+for|for)\s+"
    rf"(?P<money>\$\s*)?(?P<price>{_NUM})(?:\s*(?:dollars|bucks|\$))?"
    rf".*?\bhow\s+much\b.*?\b(?P<c>{_NUM})\s+(?P<again>[a-z]{{3,}})",
    re.I,
)


def answer(message: str) -> str | None:
    """An amount shared in a ratio, or a price scaled by its unit rate; else None."""
    text = words_to_digits(message)
    return share(text) or price(text)


def share(text: str) -> str | None:
    """Each share: the total over the number of parts, times each part."""
    match = _SHARE.search(text)
    if not match:
        return None
    parts = [int(p) for p in re.findall(r"\d+", match["parts"])]
    total, count = sympy.Rational(match["total"]), sum(parts)
    if count == 0:
        return None
    one = total / count
    shares = [one * p for p in parts]
    ratio = ":".join(map(str, parts))
    return "\n\n".join(
        [
            f"{exact(total)} in the ratio {ratio} is **{_listed([exact(s) for s in shares])}**.",
            f"1. Add the parts: {' + '.join(map(str, parts))} = {count} parts in all.\n"
            f"2. One part is {exact(total)} ÷ {count} = {exact(one)}.\n"
            f"3. Multiply: "
            + ", ".join(
                f"{p} × {exact(one)} = {exact(s)}" for p, s in zip(parts, shares, strict=True)
            )
            + f" (check: they add up to {exact(sum(shares))}).",
        ]
    )


def price(text: str) -> str | None:
    """The cost of one, then the cost of the number asked about."""
    match = _PRICE.search(text)
    if not match or not _same_item(match["item"], match["again"]):
        return None
    a, cost, c = (sympy.Rational(match[k]) for k in ("a", "price", "c"))
    if a == 0:
        return None
    one = cost / a
    money = bool(match["money"]) or "." in match["price"]
    return "\n\n".join(
        [
            f"{exact(c)} {match['again']} cost **{_amount(c * one, money)}**.",
            f"1. The unit rate: one costs {_amount(cost, money)} ÷ {exact(a)} = {_amount(one, money)}.\n"
            f"2. Scale up: {exact(c)} × {_amount(one, money)} = {_amount(c * one, money)}"
            f" (the same as solving the proportion {exact(a)} : {_amount(cost, money)} = {exact(c)} : x).",
        ]
    )


def _listed(items: list[str]) -> str:
    return ", ".join(items[:-1]) + f" and {items[-1]}"


def _same_item(first: str, second: str) -> bool:
    stem = re.sub(r"(?:es|s)$", "", first.lower())
    return second.lower().startswith(stem)


def _amount(value: sympy.Rational, money: bool) -> str:
    """Money to the cent (3.50), anything else exactly."""
    if money and value * 100 == int(value * 100):
        return f"{float(value):.2f}"
    return exact(value)
