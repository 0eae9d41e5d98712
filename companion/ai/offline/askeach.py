"""One amount taken a number of times: "3 shirts at $12.50 each", "if one ticket costs $8.75
how much do 4 tickets cost", "a recipe needs 3/4 cup of sugar, how much for 3 batches".
The total is the count × the amount for one; money is written in dollars as moneytext
writes it (cents only when there are some), an amount in a fraction as a mixed number with its decimal."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits
from companion.ai.offline.moneytext import dollars, money

R = sympy.Rational
_MONEY = r"\$\s*(?P<p>\d+(?:\.\d{1,2})?)|(?P<c>\d+(?:\.\d{1,2})?)\s*(?:dollars?|bucks?)"
_EACH = re.compile(
    rf"\b(?P<n>\d+)\s+(?P<what>[a-z]+(?:\s+[a-z]+)?)\s+(?:at|for|cost(?:ing|s)?)\s+(?:{_MONEY})\s*"
    r"(?:each|apiece|a\s+piece|per\s+\w+|a\s+(?:each|piece))\b",
    re.I,
)
# "12 friends each pay $5", "4 kids each gave 3 dollars": what each one puts in
_EACH_PAYS = re.compile(
    rf"\b(?P<n>\d+)\s+(?P<what>[a-z]+)\s+(?:each\s+|all\s+|every\s+one\s+)(?:pay|paid|pays|give|gave|gives|"
    rf"spend|spent|spends|bring|brought|brings|put\s+in|chip\s+in|chipped\s+in|donate[sd]?|"
    rf"save[sd]?|earn(?:s|ed)?|raise[sd]?)\s+(?:in\s+)?(?:{_MONEY})",
    re.I,
)
# "some pencils at $2 each": the price is said but not how many
_SOME_EACH = re.compile(
    rf"\b(?:some|a\s+few|several|a\s+bunch\s+of|a\s+lot\s+of)\s+(?P<what>[a-z]+)\s+(?:at|for|cost(?:ing|s)?)\s+"
    rf"(?:{_MONEY})\s*(?:each|apiece|a\s+piece)\b",
    re.I,
)
_ONE_COSTS = re.compile(
    rf"\b(?:one|a|an|1)\s+(?:[a-z]+\s+)?(?P<what>[a-z]+)\s+costs?\s+(?:{_MONEY}).*?\bhow\s+much\s+"
    r"(?:do|does|would|will|for)\s+(?P<n>\d+)(?:\s+(?P<again>[a-z]+))?",
    re.I,
)
# "pencils cost $0.35 each, how much do 6 pencils cost": the price of one said of them all
_THEY_COST = re.compile(
    rf"\b(?P<what>[a-z]+)\s+(?:cost|are|sell\s+for)\s+(?:{_MONEY})\s*(?:each|apiece|a\s+piece)\b.*?"
    r"\bhow\s+much\s+(?:do|does|would|will|for)\s+(?P<n>\d+)(?:\s+(?P<again>[a-z]+))?",
    re.I,
)
# "how many pens can i buy with $10" with the price of one said: whole ones only
_AFFORD = re.compile(
    r"\bhow\s+many\s+(?P<what>[a-z]+)\s+(?:can|could)\s+\w+\s+(?:buy|get|afford|purchase)\b", re.I
)
_BUDGET = re.compile(
    r"\b(?:with|have|has|had|got|spend)\s+(?:only\s+|just\s+)?\$(?P<b>\d+(?:\.\d{1,2})?)", re.I
)
_HOW_MUCH = re.compile(r"\bhow\s+much\b|\btotal\b|\baltogether\b|\bspen[dt]\b|\bcost\b", re.I)
_BATCH_AMOUNT = re.compile(
    r"(?P<a>\d+\s+\d+/\d+|\d+/\d+|\d+(?:\.\d+)?)\s*(?P<u>cups?|teaspoons?|tablespoons?|tsp|tbsp|"
    r"grams?|g|ounces?|oz|pounds?|lbs?|eggs?|liters?|ml|kg)\b(?:\s+of\s+(?P<what>[a-z]+))?",
    re.I,
)
_BATCHES = re.compile(
    r"\bfor\s+(?P<n>\d+)\s+(?:batch(?:es)?|recipes?|cakes?|loaves|pies|trays?)\b"
    r"|\b(?P<n2>\d+)\s+(?:batch(?:es)?|times\s+the\s+recipe)\b",
    re.I,
)


def answer(message: str) -> str | None:
    """The total of a count of one price, or of a recipe made several times."""
    if afforded := _afford(words_to_digits(message)):
        return afforded
    if not _HOW_MUCH.search(message):
        return None
    items = list(_EACH.finditer(message))
    if len(items) > 1 and len(numbers(message)) == 2 * len(items):  # every number an item's
        return _bought(items)
    if pays := _EACH_PAYS.search(words_to_digits(message)):
        n, price = int(pays["n"]), R(pays["p"] or pays["c"])
        return (
            f"{n} × {dollars(price)} = **{dollars(n * price)}**.\n\n"
            f"Each of the {n} {pays['what']} puts in {dollars(price)}, so together it is {n} times as much."
        )
    if some := _SOME_EACH.search(message):
        return (
            f"The total is the number of {some['what']} × {dollars(R(some['p'] or some['c']))}.\n\n"
            f"The question doesn't say how many {some['what']}: tell me and I'll multiply it out."
        )
    each = _EACH.search(message) or _ONE_COSTS.search(message) or _THEY_COST.search(message)
    if each and len(numbers(words_to_digits(message))) != 2:
        each = None  # another number (a payment, a second item): the story says more
    again = each.groupdict().get("again") if each else None
    if each and again and again.lower() not in _NOT_ITEMS and not _same(each["what"], again):
        each = None  # "a phone plan costs $30 ... how much for 200 texts": not 200 plans
    if each:
        n, price = int(each["n"]), R(each["p"] or each["c"])
        total = n * price
        return (
            f"{n} × {dollars(price)} = **{dollars(total)}**.\n\n"
            f"Each one costs {dollars(price)}, so {n} of them cost {n} times as much."
        )
    counts, amount = list(_BATCHES.finditer(message)), _BATCH_AMOUNT.search(message)
    batches = counts[0] if len(counts) == 1 else None  # "3 cups for 2 batches": a proportion
    if batches and amount and amount.end() <= batches.start():
        n = int(batches["n"] or batches["n2"])
        one = _amount(amount["a"])
        unit = amount["u"]
        total = n * one
        shown = _mixed(total)
        plural = unit if total <= 1 or unit.endswith("s") else f"{unit}s"
        of = f" of {amount['what']}" if amount["what"] else ""
        decimal = f" = {exact(total)}" if "/" in shown and (total * 100).q == 1 else ""
        return (
            f"{n} × {amount['a']} {unit}{of} = **{shown} {plural}**{decimal}.\n\n"
            f"One needs {amount['a']} {unit}, so {n} need {n} times as much."
        )
    return None


_NOT_ITEMS = frozenset(
    {"cost", "costs", "be", "of", "in", "for", "all", "altogether", "total", "more"}
)


def _same(one: str, other: str) -> bool:
    """Whether two words name one thing ("ride", "rides"; "box", "boxes")."""
    stem = re.sub(r"(?:es|s)$", "", one.lower())
    return other.lower().startswith(stem[: max(3, len(stem) - 1)])


def _afford(text: str) -> str | None:
    """How many whole items a budget buys at one price, and the change left."""
    asked, budget = _AFFORD.search(text), _BUDGET.search(text)
    prices = [
        m
        for m in re.finditer(r"\$(\d+(?:\.\d{1,2})?)", text)
        if budget and m.start() != budget.start("b") - 1
    ]
    if not asked or not budget or len(prices) != 1 or not R(prices[0][1]):
        return None
    have, price = R(budget["b"]), R(prices[0][1])
    count = int(have // price)
    left = have - count * price
    change = f", with {dollars(left)} left over" if left else ""
    return (
        f"You can buy **{count} {asked['what']}**{change}.\n\n"
        f"{dollars(have)} ÷ {dollars(price)} = {exact(have / price)}: only whole {asked['what']} "
        f"can be bought, so {count}."
    )


def _bought(items: list[re.Match[str]]) -> str:
    """Several counts each at its own price ("3 shirts at $12 each and 2 pants at $25 each"):
    each count times its price, then the sum."""
    costs = [(int(m["n"]), m["what"], R(m["p"] or m["c"])) for m in items]
    total = sum((n * price for n, _, price in costs), R(0))
    lines = [
        f"{n} {what}: {n} × {dollars(price)} = {dollars(n * price)}." for n, what, price in costs
    ]
    shown = " + ".join(money(n * price) for n, _, price in costs)
    return "\n\n".join(
        [
            f"The total is **{dollars(total)}**.",
            "\n".join(lines),
            f"Together: {shown} = {dollars(total)}.",
        ]
    )


def _amount(text: str) -> sympy.Rational:
    if mixed := re.fullmatch(r"(\d+)\s+(\d+)/(\d+)", text):
        return int(mixed[1]) + R(int(mixed[2]), int(mixed[3]))
    if "/" in text:
        top, bottom = text.split("/")
        return R(int(top), int(bottom))
    return R(text)


def _mixed(value: sympy.Rational) -> str:
    """9/4 -> "2 1/4"; whole numbers and decimals as they are."""
    if value.q == 1:
        return str(value.p)
    whole, part = divmod(value.p, value.q)
    return f"{whole} {part}/{value.q}" if whole else f"{part}/{value.q}"
