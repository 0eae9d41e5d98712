"""Ratios in word problems: sharing an amount in a ratio ("split 40 in the ratio 3:5"), one
named part from the total ("boys to girls is 3:5 and there are 40 students, how many girls")
and a price scaled by the unit rate ("if 3 apples cost 1.50 how much do 7 apples cost").

Money is written without a dollar sign, so it cannot open a math span.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits
from companion.ai.offline.askunits import unit_size
from companion.ai.offline.moneytext import money as in_dollars

_NUM = r"\d+(?:\.\d+)?"
_SHARE = re.compile(
    rf"\b(?:split|divide|share|shared|divided|split\s+up)\s+\$?(?P<total>{_NUM})\b.{{0,30}}?"
    rf"\b(?:in|into|by)\s+(?:the\s+|a\s+)?ratio\s+(?:of\s+)?(?P<parts>\d+(?:\s*(?::|to)\s*\d+)+)",
    re.I,
)
# two named quantities in a ratio: "the ratio of boys to girls is 3:5", "flour and sugar in the ratio 5:2"
_NAMED = re.compile(
    r"\bratio\s+of\s+(?P<a>[a-z]+)\s+to\s+(?P<b>[a-z]+)\s+(?:is|was|=|of)\s+"
    r"(?P<p>\d+)\s*(?::|to)\s*(?P<q>\d+)"
    r"|\b(?P<a2>[a-z]+)\s+(?:and|to)\s+(?P<b2>[a-z]+)\s+in\s+(?:the|a)\s+ratio\s+(?:of\s+)?"
    r"(?P<p2>\d+)\s*(?::|to)\s*(?P<q2>\d+)",
    re.I,
)
_ASKED_PART = re.compile(r"\bhow\s+(?:many|much)\s+(?P<w>[a-z]+)", re.I)
_PRICE = re.compile(
    rf"\b(?P<a>{_NUM})\s+(?P<item>[a-z]{{3,}})\s+(?:cost|costs|are|is|sell\s+for|for)\s+"
    rf"(?P<money>\$\s*)?(?P<price>{_NUM})(?:\s*(?:dollars|bucks|\$))?"
    rf".*?\bhow\s+much\b.*?\b(?P<c>{_NUM})\s+(?P<again>[a-z]{{3,}})",
    re.I,
)


def answer(message: str) -> str | None:
    """An amount shared in a ratio, or a price scaled by its unit rate; else None."""
    text = words_to_digits(message)
    return share(text) or named_part(text) or price(text) or counted(text)


# "what is the ratio of boys to girls" with "12 boys and 18 girls" said as counts
_ASKED_RATIO = re.compile(
    r"\bratio\s+of\s+(?:the\s+)?(?P<a>[a-z]+)\s+to\s+(?:the\s+)?(?P<b>[a-z]+)\b", re.I
)


def counted(text: str) -> str | None:
    """The ratio of two counted things in lowest terms: 12 boys to 18 girls is 2:3."""
    asked = _ASKED_RATIO.search(text)
    if not asked or _NAMED.search(text):
        return None
    counts = [
        (m[2], sympy.Rational(m[1])) for m in re.finditer(rf"({_NUM})\s+([a-z]+)", text, re.I)
    ]
    found = [[v for w, v in counts if _same_item(w, asked[k])] for k in ("a", "b")]
    if any(len(f) != 1 for f in found) or not found[0][0] or not found[1][0]:
        return None
    a, b = found[0][0], found[1][0]
    if a.q != 1 or b.q != 1:
        return None
    d, ratio = sympy.gcd(a, b), a / b
    return (
        f"The ratio of {asked['a']} to {asked['b']} is **{ratio.p}:{ratio.q}**.\n\n"
        f"{exact(a)} : {exact(b)}; "
        + (
            f"divide both by {exact(d)} to put it in lowest terms."
            if d != 1
            else "already in lowest terms."
        )
    )


def named_part(text: str) -> str | None:
    """One of two named quantities from their ratio and either the total of both ("40
    students") or the other quantity ("12 cats"): one part is that amount over its parts."""
    match, asked = _NAMED.search(text), _ASKED_PART.search(text)
    if not match or not asked:
        return None
    names = [match["a"] or match["a2"], match["b"] or match["b2"]]
    parts = [int(match["p"] or match["p2"]), int(match["q"] or match["q2"])]
    which = [i for i, n in enumerate(names) if _same_item(n, asked["w"])]
    given = [
        m
        for m in re.finditer(rf"({_NUM})\s*([a-z]*)", text, re.I)
        if not match.start() <= m.start() < match.end()
    ]
    if len(which) != 1 or len(given) != 1 or 0 in parts:
        return None
    i, amount, noun = which[0], sympy.Rational(given[0][1]), given[0][2]
    known = [j for j, n in enumerate(names) if noun and _same_item(n, noun)]
    over = parts[known[0]] if known else sum(parts)
    said = (
        f"{names[known[0]]} are {over} parts"
        if known
        else (f"The ratio {parts[0]}:{parts[1]} has {parts[0]} + {parts[1]} = {over} parts in all")
    )
    one = amount / over
    value = exact(one * parts[i])
    unit = f"{noun} of " if noun and not known and unit_size(noun) else ""
    return "\n\n".join(
        [
            f"That is **{value} {unit}{names[i]}**.",
            f"1. {said[0].upper()}{said[1:]}.\n"
            f"2. One part is {exact(amount)} ÷ {over} = {exact(one)}.\n"
            f"3. {names[i][0].upper()}{names[i][1:]}: {parts[i]} parts × {exact(one)} = {value}.",
        ]
    )


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
    """Money as moneytext writes it (3.50), anything else exactly."""
    return in_dollars(value) if money else exact(value)
