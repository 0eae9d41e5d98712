"""Rates in word problems: a rate stated as two amounts ("150 miles in 3 hours", "4 notebooks
cost $10") or as an amount per one of something ("3.50 a gallon", "each box holds 6 eggs"),
then asked per one ("what is its speed", "price per pound", "how much is one notebook") or
scaled to another amount ("how much for 12 gallons", "how many boxes for 40 eggs").

A rate is one amount divided by the other; scaling multiplies by the rate or divides by it,
whichever the units call for. Asked how many containers are needed, a part container still
has to be one, so the count is rounded up. Anything that does not fit gets no number.
Money is written without a dollar sign, so it cannot open a math span."""

from __future__ import annotations

import math
import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits
from companion.ai.offline.askunits import unit_size
from companion.ai.offline.matching import STOPWORDS
from companion.ai.offline.moneytext import money
from companion.ai.offline.plurals import noun_singular

_NUM = r"\$?\d+(?:\.\d+)?"
_NOUN = r"[a-z]{2,}"
# "150 miles in 3 hours", "4 notebooks cost $10", "5 pounds of apples cost $7.50", "a 12-pack
# of juice is $6" (with "is", only a price)
_TWO_AMOUNTS = re.compile(
    rf"(?P<a>{_NUM})\s*(?P<u>{_NOUN})(?:\s+of\s+{_NOUN})?\s+(?:\w+\s+)?"
    rf"(?:in|for|on|using|cost|costs|takes?|needs?|uses?|makes?|(?:is|are|was|were)(?=\s+\$))\s+"
    rf"(?P<b>{_NUM})\s*(?P<v>{_NOUN})?",
    re.I,
)
# "$4.50 for 3 pounds": the price first (v is empty: the unit beside money is money)
_PRICE_FIRST = re.compile(
    rf"(?P<b>\$\d+(?:\.\d+)?)(?P<v>)\s+(?:for|per)\s+(?P<a>\d+(?:\.\d+)?)\s*(?P<u>{_NOUN})", re.I
)
# "pens 4 for $3", "apples are 3 for $2": the thing named before its count
_COUNT_FOR = re.compile(
    rf"\b(?P<u>{_NOUN})\s+(?:(?:are|at|sold\s+at)\s+)?(?P<a>\d+)\s+for\s+(?P<b>\$\d+(?:\.\d+)?)(?P<v>)",
    re.I,
)
# "3.50 a gallon", "25 pages a day", "6 eggs per box"
PER_ONE = re.compile(
    rf"(?P<b>{_NUM})\s*(?P<v>{_NOUN})?\s+(?:a|an|per|each|every)\s+(?P<u>{_NOUN})\b", re.I
)
# "8 litres per 100 km", "3 teachers for every 40 students": a rate over a count of its unit
_PER_COUNT = re.compile(
    rf"(?P<b>{_NUM})\s*(?P<v>[a-z]+)?\s+(?:per|for\s+every|every)\s+(?P<a>\d+(?:\.\d+)?)\s*(?P<u>{_NOUN})\b",
    re.I,
)
# "a 12 pack of soda", "a box of 24 pencils": a pack's price is shared by the items it holds
_PACKS = frozenset({"pack", "box", "bag", "case", "set", "carton", "bundle", "crate"})
# "each box holds 6 eggs", "a bus seats 48 people"
_EACH_HOLDS = re.compile(
    rf"\b(?:each|every|one|a|an)\s+(?P<u>{_NOUN})\s+(?:holds|has|contains|fits|carries|takes|seats)\s+(?P<b>{_NUM})\s*"
    rf"(?P<v>{_NOUN})",
    re.I,
)
_Rate = tuple[sympy.Rational, str, sympy.Rational, str]
_QUESTION = re.compile(r"\b(?:how|what|whats|what's|find|calculate|work\s+out)\b|\?", re.I)
_NOT_UNITS = STOPWORDS | {"whats", "how", "much", "many", "long", "times", "time"}
_PRICED = re.compile(r"\b(?:costs?|price|priced|pay|paid|spend|spent|sells?\s+for)\b", re.I)
_SPEED = re.compile(r"\b(?:speed|how\s+fast|average\s+speed)\b", re.I)
_PER_ASKED = re.compile(
    rf"\bhow\s+much\s+(?:does|do|is|would|will)\s+(?:one|1|each)(?:\s+(?P<u4>{_NOUN}))??"
    rf"\s+(?:cost|be)\b|\b(?:per|a|each)\s+(?P<u>{_NOUN})\s*[?.!]*$|\b(?:how\s+much|what)\s+(?:is|does|do)\s+"
    rf"(?:one|1|a|an|each)\s+(?P<u2>{_NOUN})\b|\bfor\s+(?:one|1)\s+(?P<u3>{_NOUN})\b",
    re.I,
)
_SCALE_ASKED = re.compile(
    rf"\bhow\s+(?:much|many|long|far)\b(?:\s+(?P<w>{_NOUN}))?.*?\b(?:for|in|to|of|with|on|using)(?:\s+[a-z]+)?\s+(?:a\s+)?"
    rf"(?:(?P<c>{_NUM})[\s-]*|(?P<one>an?|one)\s+)(?P<x>{_NOUN})",
    re.I,
)
# "how much do 8 cost", "how much would 12 pencils cost"
_SCALE_COST = re.compile(
    rf"\bhow\s+much\s+(?:do|does|would|will)\s+(?P<c>{_NUM})(?:\s+(?P<x>{_NOUN}))??\s+cost\b", re.I
)
_UNIT_RATE = re.compile(r"\bunit\s+(?:rate|price|cost)\b", re.I)
_TIME = frozenset({"hour", "hr", "minute", "min", "second", "sec", "day", "week"})


def answer(message: str) -> str | None:
    """A rate, or an amount scaled by one, worked from a word problem; else None."""
    text = re.sub(r"(\d)-(?=[a-z])", r"\1 ", words_to_digits(message).replace(",", ""), flags=re.I)
    if not _QUESTION.search(text) or (stated := _rate(text)) is None:
        return None
    rate, (start, end), held = stated
    _, v, _, u = rate
    asking = f"{text[:start]} ; {text[end:]}"  # the rest of the problem, where the question is
    if _SPEED.search(asking):
        per = u if u in _TIME else v if v in _TIME else ""
        if _unread(asking):
            return None  # another number in the story: these rules do not place it
        return _per_hour(rate) or (_per_one(rate, per) if per else None)
    if asked := _PER_ASKED.search(asking):
        if _unread(asking, asked.span()):
            return None
        per = unit_of(asked["u"] or asked["u2"] or asked["u3"] or asked["u4"] or u)
        return _per_one(rate, per) or _scaled(asking, rate, held)  # "2 hours a day ... a week"
    if _UNIT_RATE.search(asking):  # money over the amount, an amount over time, else per the second
        return (
            None if _unread(asking) else _per_one(rate, u if v == "$" else u if u in _TIME else v)
        )
    return _scaled(asking, rate, held)


def _unread(text: str, *spans: tuple[int, int]) -> bool:
    """Whether the text holds a number outside the spans the answer reads: a story with a
    number no rule placed gets no number rather than a wrong one."""
    for start, end in sorted(spans, reverse=True):
        text = f"{text[:start]} ; {text[end:]}"
    return bool(numbers(text))


def _rate(text: str) -> tuple[_Rate, tuple[int, int], bool] | None:
    """(b, v, a, u): b of v go with a of u (a unit missing beside money is money), where the
    text states it, and whether u is a container that holds the v ("each box holds 6 eggs")."""
    held = _EACH_HOLDS.search(text)
    match = held or PER_ONE.search(text)
    if not held and (counted := _PER_COUNT.search(text)):
        match = None
        a, u = _value(counted["a"]), unit_of(counted["u"])
        named = counted["v"] if counted["v"] and counted["v"].lower() not in _NOT_UNITS else ""
        v = "$" if "$" in counted["b"] or (not named and _PRICED.search(text)) else unit_of(named)
        if v and u and v != u and a:
            return (_value(counted["b"]), v, a, u), counted.span(), False
    if match:
        a, u = sympy.Rational(1), unit_of(match["u"])
    elif (
        (match := _PRICE_FIRST.search(text))
        or (match := _COUNT_FOR.search(text))
        or (match := _TWO_AMOUNTS.search(text))
    ):
        a, u = _value(match["a"]), unit_of(match["u"])
    else:
        return None
    named = match["v"] if match["v"] and match["v"].lower() not in _NOT_UNITS else ""
    v = "$" if "$" in match["b"] or (not named and _PRICED.search(text)) else unit_of(named)
    if not v or not u or v == u or a == 0 or u in _NOT_UNITS:
        return None
    span = match.start(), match.end() if named or not match["v"] else match.end("b")
    return (_value(match["b"]), v, a, u), span, held is not None


def _per_one(rate: _Rate, per: str) -> str | None:
    """The amount that goes with one of `per`."""
    b, v, a, u = rate
    if per == v:  # asked per the other unit: turn the rate round
        b, v, a, u = a, u, b, v
    if per != u and u in _PACKS and per not in _PACKS:  # "a 12 pack ... per can": 12 cans
        u = per
    if per != u:
        return None
    each = b / a
    return (
        f"That is **{amount_text(each, v)} {unit_name(v, each)} per {u}**.\n\n"
        f"Rate = {amount_text(b, v)} {unit_name(v, b)} ÷ {exact(a)} {unit_name(u, a)} = {amount_text(each, v)}."
    )


def _per_hour(rate: _Rate) -> str | None:
    """A speed over a distance in km or miles and a time in minutes is said per hour, as
    speeds in those units are ("12 km in 30 minutes" is 24 km per hour)."""
    b, v, a, u = rate
    if v in ("minute", "min"):  # the time first: turn the rate round
        b, v, a, u = a, u, b, v
    if u not in ("minute", "min") or v not in ("km", "kilometer", "kilometre", "mile"):
        return None
    hours = a / 60
    reply = _per_one((b, v, hours, "hour"), "hour")
    if reply is None:
        return None
    head, rest = reply.split("\n\n", 1)
    note = (
        f"First the time in hours: {exact(a)} minutes = {exact(hours)} {unit_name('hour', hours)}."
    )
    return f"{head}\n\n{note} {rest}"


def _scaled(text: str, rate: _Rate, held: bool) -> str | None:
    """The amount that goes with another amount of one side of the rate; a count of
    containers is rounded up, as a part container still has to be a whole one."""
    b, v, a, u = rate
    asked = _SCALE_ASKED.search(text) or _SCALE_COST.search(text)
    if asked is None:
        return None
    said = asked["c"] if asked["c"] is not None else "1"  # "in a week": one week
    c, x = _value(said), unit_of(asked["x"]) if asked["x"] else u
    made, read = "", [asked.span("c" if asked["c"] is not None else "x")]
    if x != u and (linked := _linked(text, u, x)):  # "works 25 hours a week": the story's own link
        link = _value(linked["b"])
        made = f"First make it {unit_name(u, 2)}: {exact(c)} × {exact(link)} = {exact(c * link)} {unit_name(u, 2)}. "
        c, x = c * link, u
        read.append(linked.span("b"))
    if _unread(text, *read):
        return None
    if x != u and (sizes := _same_kind(asked["x"] or "", u)):
        made = f"First make it {unit_name(u, 2)}: {exact(c)} {asked['x']} = {exact(c * sizes)} {unit_name(u, 2)}. "
        c, x = c * sizes, u
    if x == u:
        result, unit, shown = b / a * c, v, f"{exact(c)} × {amount_text(b, v)}{_over(a)}"
    elif x == v and b:
        result, unit, shown = a / b * c, u, f"{exact(c)} ÷ {amount_text(b, v)}{_times(a)}"
    else:
        return None
    if asked.groupdict().get("w") and unit_of(asked["w"]) in (u, v) and unit_of(asked["w"]) != unit:
        return None  # asked in the other unit than the one the rate gives
    lines = [f"{made}{shown} = {amount_text(result, unit)}."]
    if held and unit == u and result != int(result):
        lines.append(f"A part {unit} still has to be a whole one, so round up.")
        result = sympy.Rational(math.ceil(result))
    head = f"The answer is **{amount_text(result, unit)} {unit_name(unit, result)}**."
    return "\n\n".join([head, *lines])


def _linked(text: str, unit: str, asked: str) -> re.Match[str] | None:
    """How many of the rate's unit go with one asked unit where the story says so ("$12 an
    hour ... 25 hours a week ... in 4 weeks": 25 hours a week); else None."""
    for match in PER_ONE.finditer(text):
        if match["v"] and unit_of(match["v"]) == unit and unit_of(match["u"]) == asked:
            return match
    return None


def _same_kind(asked: str, unit: str) -> sympy.Rational | None:
    """How many of the rate's unit one asked unit is, when both measure one thing (hours and
    minutes: "per minute ... in 2 hours" is 120 minutes); else None."""
    one, other = unit_size(asked), unit_size(unit)
    return one[1] / other[1] if one and other and one[0] == other[0] else None


def _over(a: sympy.Rational) -> str:
    return "" if a == 1 else f" ÷ {exact(a)}"


def _times(a: sympy.Rational) -> str:
    return "" if a == 1 else f" × {exact(a)}"


def _value(text: str) -> sympy.Rational:
    return sympy.Rational(text.replace("$", ""))


def unit_of(word: str) -> str:
    word = word.lower()
    if word in ("dollars", "dollar", "bucks", "buck", "$"):
        return "$"
    return noun_singular(word)


def unit_name(unit: str, value: sympy.Rational) -> str:
    if unit == "$":
        return "dollars" if value != 1 else "dollar"
    return unit if value == 1 else _plural(unit)


def _plural(unit: str) -> str:
    if not re.search(r"[aeiouy]", unit):  # km, ft, mph: abbreviations keep their form
        return unit
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"
    return unit + ("es" if unit.endswith(("ch", "sh", "x", "s")) else "s")


def amount_text(value: sympy.Rational, unit: str) -> str:
    return money(value) if unit == "$" else exact(value)
