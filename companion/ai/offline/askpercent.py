"""Percent questions: a percent of a number, what percent one number is of another,
percent change between two values, and a number increased or decreased by a percent."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy

from companion.ai.offline.askformat import (
    NUMBER,
    NUMBER_AT,
    exact,
    numbers,
    plain,
    words_to_digits,
)
from companion.ai.offline.moneytext import IN_MONEY, money
from companion.ai.offline.percentshares import percent_of, what_percent

_CHANGE = re.compile(
    r"\bpercent(?:age)?\s+(?:of\s+)?(?P<kind>change|increase|decrease|difference|growth|drop|decline)\b"
    r"|\b(?P<kind2>increase|decrease|change|rise|drop|growth)\b.*?\bin\s+percent|(?P<kind3>by\s+what\s+percent)",
    re.I,
)
_FROM_TO = re.compile(rf"\bfrom\s+(?P<a>{NUMBER})\s+to\s+(?P<b>{NUMBER})", re.I)
# "a tv was $500 and now it's $400", "it used to cost 40 and now costs 50": old, then new
_WAS_NOW = re.compile(
    rf"\b(?:was|were|cost|used\s+to\s+(?:be|cost))\s+(?P<a>{NUMBER})\b.*?\bnow\s+"
    rf"(?:(?:it|they|that|this)(?:'?s|\s+is|\s+are)\s+|is\s+|are\s+|costs?\s+|at\s+)?(?P<b>{NUMBER})",
    re.I,
)
_APPLY = re.compile(
    r"\b(?P<verb>increase[sd]?|decrease[sd]?|raise[sd]?|reduce[sd]?|lower(?:s|ed)?|discount(?:s|ed)?|"
    r"marks?\s+up|marked\s+up|marks?\s+down|marked\s+down)\s+(?:an?\s+|the\s+|its\s+)?"
    rf"(?P<n>{NUMBER})(?:\s+[a-z]+){{0,2}}?\s+by\s+"
    rf"(?P<p>{NUMBER})\s*(?:%|percent)",
    re.I,
)
# "$50 ... goes up 10%", "a price of 80 drops by 25 percent": the same, said of the number
_MOVES = re.compile(
    rf"(?P<n>{NUMBER})(?:\s+[A-Za-z]+){{0,4}}?\s+(?:goes\s+|went\s+|is\s+|was\s+|gets\s+)?"
    r"(?P<verb>up|down|increase[sd]?|decrease[sd]?|rises|rose|falls|fell|drops|dropped|grows|grew)"
    rf"\s+(?:by\s+)?(?P<p>{NUMBER})\s*(?:%|percent)",
    re.I,
)
_REPEATED = re.compile(
    r"\b(?:each|every|per|a)\s+(?:year|month|week|day)|\bannual|\bcompound|\byears\b", re.I
)
_UP = re.compile(r"up|increase|rise|rose|grow|grew|raise|marke?d?s?\s+up", re.I)
# "20% more than 50", "30 percent less than 200": the number moved by that percent
_MORE_THAN = re.compile(
    rf"(?P<p>{NUMBER})\s*(?:%|percent)\s+(?P<verb>more|greater|higher|bigger|larger|less|lower|smaller|fewer)"
    rf"\s+than\s+(?P<n>{NUMBER})",
    re.I,
)
_MORE = re.compile(r"more|greater|higher|bigger|larger", re.I)
# "30 is 20% of what number", "20% of what number is 30", "20% of a number is 30"
_WHOLE = re.compile(
    rf"(?P<part>{NUMBER})\s+is\s+(?P<p>{NUMBER})\s*(?:%|percent)\s+of\s+what\b"
    rf"|(?P<p2>{NUMBER})\s*(?:%|percent)\s+of\s+(?:what|a|the)(?:\s+number)?\s+is\s+(?P<part2>{NUMBER})",
    re.I,
)
_OFF = re.compile(
    rf"(?P<p>{NUMBER})\s*(?:%|percent)\s+(?:off|discount|markdown|sale)\b"
    rf"|\bdiscount(?:ed)?\s+(?:of|by)\s+(?P<p2>{NUMBER})\s*(?:%|percent)",
    re.I,
)
_EXTRA = re.compile(
    rf"(?P<p>{NUMBER})\s*(?:%|percent)\s+(?:sales\s+)?(?:tax|tip|markup|gratuity)\b"
    rf"|\b(?:tax|tip|markup)\s+(?:(?:of|is|at)\s+)?(?P<p2>{NUMBER})\s*(?:%|percent)",
    re.I,
)

# "how much is the tip", "how much do i save": the question asks for the part, not the total
_PART_ASKED = re.compile(
    r"\b(?:how\s+much|what)\s+(?:is|was|will|would|should)?\s*(?:be\s+)?(?:the|my|your)\s+"
    r"(?:tip|tax|discount|markup|gratuity|savings?)\b"
    r"|\bhow\s+much\s+(?:do|did|will|would|can|should)\s+(?:i|you|we|they|he|she)\s+"
    r"(?:save|tip)\b"
    # "what's 15% tip on $48", "how much is a 6% tax on $80": the part is the question's object
    r"|\b(?:what|how\s+much)(?:'s|\s+is|\s+was|\s+would\s+be|\s+will\s+be|\s+would)\s+"
    r"(?:an?\s+|the\s+)?\$?\d[\d,.]*\s*(?:%|percent)\s+(?:sales\s+)?"
    r"(?:tip|tax|discount|markup|gratuity)\b(?![^?]*\b(?:total|in all|altogether|pay)\b)",
    re.I,
)

_EXTRA_NAME = re.compile(r"\b(?:tax|tip|markup|gratuity)\b", re.I)


def answer(message: str) -> str | None:
    """A worked percent answer, else None."""
    text = words_to_digits(message)
    handlers = (
        percent_change,
        apply_percent,
        successive,
        discount,
        whole_of_percent,
        percent_of,
        what_percent,
    )
    for handler in handlers:
        if reply := handler(text):
            return reply
    return None


def percent_change(text: str) -> str | None:
    """(new − old) ÷ old × 100, called an increase or a decrease by its sign."""
    kind = _CHANGE.search(text)
    values = _FROM_TO.search(text) or _WAS_NOW.search(text)
    if not kind or not values:
        return None
    old, new = numbers(values["a"]), numbers(values["b"])
    if not old or not new or old[0] == 0:
        return (
            None
            if not old or not new
            else "A percent change from 0 is undefined: there is nothing to compare the change with."
        )
    a, b = old[0], new[0]
    change = (b - a) / a * 100
    word = "increase" if change > 0 else "decrease" if change < 0 else "change"
    say = _amounts(text)
    return "\n\n".join(
        [
            f"From {say(a)} to {say(b)} is a **{_pct(abs(change))} {word}**.",
            f"1. The change: {say(b)} − {say(a)} = {say(b - a)}.\n\n"
            f"2. Divide its size by the original value: {say(abs(b - a))} ÷ {say(a)} = {_approx(abs(b - a) / a)}.\n\n"
            f"3. Multiply by 100: {_pct(abs(change))}.",
        ]
    )


def apply_percent(text: str) -> str | None:
    """Increase or decrease a number by a percent: multiply by (1 ± p/100)."""
    claim = re.match(r"\s*(?:is|are)\b", text, re.I)  # "is 20% more than 0.1?" compares
    match = _APPLY.search(text) or (None if claim else _MORE_THAN.search(text))
    match = match or (None if _REPEATED.search(text) else _MOVES.search(text))
    if not match:
        return None
    n, p = numbers(match["n"]), numbers(match["p"])
    if not n or not p:
        return None
    up = bool(_UP.match(match["verb"]) or _MORE.match(match["verb"]))
    factor = 1 + p[0] / 100 if up else 1 - p[0] / 100
    result = n[0] * factor
    part = n[0] * p[0] / 100
    sign, say = "+" if up else "−", _amounts(text)
    return "\n\n".join(
        [
            f"{say(n[0])} {'increased' if up else 'decreased'} by {plain(p[0])}% is **{say(result)}**.",
            f"1. {plain(p[0])}% of {say(n[0])} is {say(n[0])} × {_approx(p[0] / 100)} = {say(part)}.\n\n"
            f"2. {say(n[0])} {sign} {say(part)} = {say(result)} "
            f"(or in one step: {say(n[0])} × {_approx(factor)} = {say(result)}).",
        ]
    )


def whole_of_percent(text: str) -> str | None:
    """The whole when a percent of it is known: part ÷ (p/100)."""
    match = _WHOLE.search(text)
    if not match:
        return None
    part, p = numbers(match["part"] or match["part2"]), numbers(match["p"] or match["p2"])
    if not part or not p or p[0] == 0:
        return None
    whole = part[0] / (p[0] / 100)
    return "\n\n".join(
        [
            f"{plain(part[0])} is {plain(p[0])}% of **{plain(whole)}**.",
            f"1. {plain(p[0])}% of the number is {plain(part[0])}, so"
            f" {_approx(p[0] / 100)} × number = {plain(part[0])}.\n\n"
            f"2. Divide: {plain(part[0])} ÷ {_approx(p[0] / 100)} = {plain(whole)}.\n\n"
            f"Check: {plain(p[0])}% of {plain(whole)} is {plain(whole * p[0] / 100)}.",
        ]
    )


def _pct(value: sympy.Rational) -> str:
    return (
        f"{plain(value)}%"
        if value.q == 1 or exact(value) == plain(value)
        else f"about {plain(value)}%"
    )


def _approx(value: sympy.Rational) -> str:
    return exact(value) if exact(value) == plain(value) else f"about {plain(value)}"


def successive(text: str) -> str | None:
    """A price after two or more percent changes in turn (20% off, then 5% tax): each
    percent is of the price as it stands after the one before."""
    changes = sorted(
        [(m, True) for m in _OFF.finditer(text)] + [(m, False) for m in _EXTRA.finditer(text)],
        key=lambda c: c[0].start(),
    )
    inside = [range(*m.span()) for m, _ in changes]
    prices = [n for m in NUMBER_AT.finditer(text) if not any(m.start() in r for r in inside)
              for n in numbers(m[0])]  # fmt: skip
    if len(changes) < 2 or len(prices) != 1:
        return None
    price, steps, say = prices[0], [], _amounts(text)
    for match, off in changes:
        p = numbers(match["p"] or match["p2"])[0]
        part = price * p / 100
        after = price - part if off else price + part
        sign = "−" if off else "+"
        steps.append(f"{say(price)} {sign} {plain(p)}% of it ({say(part)}) = {say(after)}.")
        price = after
    return f"The final price is **{say(price)}**.\n\n" + "\n".join(
        f"{i}. {step}" for i, step in enumerate(steps, 1)
    )


def discount(text: str) -> str | None:
    """A price after a percent off, or with a percent tax or tip added."""
    match, off = _OFF.search(text), True
    if not match:
        match, off = _EXTRA.search(text), False
    if not match:
        return None
    percent = numbers(match["p"] or match["p2"])
    others = [m for m in NUMBER_AT.finditer(text) if not match.start() <= m.start() < match.end()]
    if any(m[0].endswith("%") or re.match(r"\s*percent", text[m.end() :], re.I) for m in others):
        return None  # another percent (a tax after a discount) this rule does not read
    prices = [n for n in (numbers(m[0]) for m in others) if n]
    if not percent or len(prices) != 1:
        return None  # which number is the price? ask rather than guess
    p, price, say = percent[0], prices[0][0], _amounts(text)
    part = price * p / 100
    total = price - part if off else price + part
    what = "sale price" if off else "total"
    sign = "−" if off else "+"
    head = f"The {what} is **{say(total)}**."
    if _PART_ASKED.search(text):
        named = _EXTRA_NAME.search(match[0])
        amount = "discount" if off or named is None else named[0].lower()
        head = f"The {amount} is **{say(part)}** (the {what} would be {say(total)})."
    return "\n\n".join(
        [
            head,
            f"1. {plain(p)}% of {say(price)} is {say(price)} × {_approx(p / 100)} = {say(part)}.\n\n"
            f"2. {say(price)} {sign} {say(part)} = {say(total)}.",
        ]
    )


def _amounts(text: str) -> Callable[[sympy.Rational], str]:
    """How the amounts of a question are written: as money when it is about money."""
    return money if IN_MONEY.search(text) else plain
