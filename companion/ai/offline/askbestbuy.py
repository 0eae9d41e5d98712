"""The better buy of two or more offers ("which is the better buy 12 oz for $3 or 16 oz for
$3.60", "which is cheaper 5 apples for $2 or 8 apples for $3"): each offer's unit price is
its price divided by its amount, and the lower unit price is the better buy. Offers in
different units are not compared (ounces against pounds would need a conversion first), so
they get no answer here. Money is written without a dollar sign, so it cannot open a math
span."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import dec, exact
from companion.ai.offline.moneytext import dollars
from companion.ai.offline.plurals import noun_singular

_ASKED = re.compile(
    r"\b(?:better|best)\s+(?:buy|deal|value|price|bargain)\b|\bwhich\b.*\b(?:cheaper|cheapest)\b"
    r"|\bcheaper\s+(?:per|by\s+the)\b",
    re.I,
)
_NUM = r"\d+(?:\.\d+)?"
_NOUN = r"[a-z]+(?:\s+(?!for\b|at\b|costs?\b|or\b)[a-z]+)?"
_OFFER = re.compile(
    rf"(?P<n>{_NUM})\s*(?P<u>{_NOUN})\s+(?:for|at|costs?|costing)\s+\$?\s*(?P<p>{_NUM})"
    rf"(?:\s*(?P<c>cents?))?|\$\s*(?P<p2>{_NUM})\s+(?:for|per)\s+(?P<n2>{_NUM})\s*(?P<u2>{_NOUN})",
    re.I,
)
Offer = tuple[sympy.Rational, str, sympy.Rational]  # amount, unit, price in dollars


def answer(message: str) -> str | None:
    """Which offer costs least per unit, with each unit price; else None."""
    if not _ASKED.search(message):
        return None
    offers = [_offer(m) for m in _OFFER.finditer(message)]
    if len(offers) < 2 or len({noun_singular(u) for _, u, _ in offers}) != 1:
        return None
    if any(n == 0 for n, _, _ in offers):
        return None
    unit = noun_singular(offers[0][1])
    prices = [p / n for n, _, p in offers]
    best = min(prices)
    # unit prices told apart only below the cent are written to four places
    shown = dollars if len({dollars(p) for p in prices}) == len(set(prices)) else _fine
    if prices.count(best) > 1:
        head = "They cost the same per " + unit + ", so **neither** is a better buy."
    else:
        n, u, p = offers[prices.index(best)]
        head = f"The better buy is **{exact(n)} {u} for {dollars(p)}**: it costs less per {unit}."
    lines = [
        f"- {exact(n)} {u} for {dollars(p)}: {dollars(p)} ÷ {exact(n)} = {shown(p / n)} per {unit}"
        for n, u, p in offers
    ]
    return "\n\n".join([head, "Compare the unit prices (price ÷ amount):\n" + "\n".join(lines)])


def _offer(match: re.Match[str]) -> Offer:
    if match["p2"]:
        return sympy.Rational(match["n2"]), match["u2"].lower(), sympy.Rational(match["p2"])
    price = sympy.Rational(match["p"]) / (100 if match["c"] else 1)
    return sympy.Rational(match["n"]), match["u"].lower(), price


def _fine(value: sympy.Rational) -> str:
    return f"{dec(value)} dollars"
