"""Change from a payment: "i had $20 and bought a book for $13.45, how much change", "paid
with a $50 bill for 3 books at $11.99 each". The change is what was paid less what the
things cost; a price said "each" goes with the count before it. Money is written in
dollars without a dollar sign, so it cannot open a math span."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import numbers, words_to_digits
from companion.ai.offline.moneytext import money

R = sympy.Rational
_PRICE = r"\$\s*(?P<{}>\d+(?:\.\d{{1,2}})?)"
# the money handed over: "had $20", "paid with a $50 bill", "gave the cashier $10"
_PAID = re.compile(
    r"\b(?:had|have|has|paid|pay|pays|gave|give|gives|hand(?:ed|s)?)\s+(?:with\s+)?"
    r"(?:the\s+(?:cashier|clerk|store)\s+)?(?:an?\s+)?" + _PRICE.format("paid"),
    re.I,
)
# "paid for a $13.40 book with a $20 bill": the bill is what was handed over
_WITH_BILL = re.compile(
    r"\bwith\s+(?:an?\s+)?" + _PRICE.format("paid") + r"\s+(?:bill|note)\b", re.I
)
# a price that goes with a count: "3 books at $11.99 each", "2 pens for $1.25 each"
_EACH = re.compile(
    r"\b(?P<n>\d+)\s+[a-z]+(?:\s+[a-z]+){0,2}\s+(?:at|for|costing|(?:that|which)\s+costs?|costs?)\s+"
    + _PRICE.format("p")
    + r"\s*(?:each|apiece|a\s+piece)\b",
    re.I,
)
_ANY_PRICE = re.compile(_PRICE.format("p"))
_CHANGE = re.compile(
    r"(?<!percent\s)(?<!percentage\s)\bchange\b(?!\s+(?:in|of|to|from)\b)|\bget\s+back\b"
    r"|\b(?:money|\w+\s+have)\s+left\b",
    re.I,
)


def answer(message: str) -> str | None:
    """The change from what was paid after buying the things priced in the message."""
    paid = _PAID.search(message) or _WITH_BILL.search(message)
    if paid is None or not _CHANGE.search(message):
        return None
    rest = message[: paid.start()] + " " * (paid.end() - paid.start()) + message[paid.end() :]
    costs: list[tuple[sympy.Rational, str]] = []
    for each in _EACH.finditer(rest):
        price, count = R(each["p"]), int(each["n"])
        costs.append((price * count, f"{count} × {money(price)}"))
        rest = rest[: each.start()] + " " * (each.end() - each.start()) + rest[each.end() :]
    costs += [(R(m["p"]), money(R(m["p"]))) for m in _ANY_PRICE.finditer(rest)]
    if not costs or numbers(words_to_digits(_ANY_PRICE.sub(" ", rest))):
        return None  # a number that is no price paid or bought: the story says more than this
    total, given = sum((c for c, _ in costs), R(0)), R(paid["paid"])
    if total > given:
        return f"The things cost {money(total)} dollars, more than the {money(given)} dollars paid, so there is no change: {money(total - given)} dollars are still owed."
    left = given - total
    said = "The change is" if re.search(r"\bchange\b", message, re.I) else "What is left is"
    lines = [f"{said} **{money(left)} dollars**."]
    if len(costs) > 1 or "×" in costs[0][1]:
        shown = " + ".join(said for _, said in costs)
        lines.append(f"1. What it costs: {shown} = {money(total)} dollars.")
        lines.append(
            f"2. Take it from what was paid: {money(given)} − {money(total)} = {money(given - total)}."
        )
    else:
        lines.append(
            f"Take the cost from what was paid: {money(given)} − {money(total)} = {money(given - total)}."
        )
    return "\n\n".join(lines)
