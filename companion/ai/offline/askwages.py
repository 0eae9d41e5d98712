"""Pay for hours worked: "he earns $11 an hour and worked 30 hours", and pay with overtime: "I earn $12 an hour and 1.5 times that for hours over 40; I worked 46
hours", "time and a half after 40 hours", "double time for hours over 8 in a day", "$10 per
hour for the first 40 hours and $15 per hour for overtime".

The hours up to the limit are paid the regular rate, the hours past it the overtime rate
(the regular rate times the multiplier, or a rate said outright). Every number of the story
must be placed (the rate, the multiplier, the limit, the hours worked); otherwise (a bonus,
a rate or the limit not said) the reply explains the method and gives no number.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits
from companion.ai.offline.moneytext import dollars, money

R = sympy.Rational
_NUM = r"\d+(?:\.\d+)?"
_HOUR = r"(?:hours?|hrs?|h)\b"
# "$12 an hour", "15 dollars per hour", "$18/hour"
_WAGE = re.compile(
    rf"(?:\$\s*(?P<w>{_NUM})|(?P<w2>{_NUM})\s*(?:dollars?|bucks?))\s*(?:an?|per|/|every|each)\s*{_HOUR}",
    re.I,
)
# "time and a half" (which in_symbols may have written "time and 1/2"), "double time"
_NAMED_AT = re.compile(
    r"\btime[\s-]+and[\s-]+(?:a[\s-]+half|1/2|one[\s-]+half)\b|\b(?P<double>double)[\s-]+time\b",
    re.I,
)
# "1.5 times that", "1.5 times the regular rate", "2 times his pay"
_TIMES = re.compile(
    rf"(?P<m>{_NUM})\s*(?:times|x)\s+(?:that|the|his|her|my|their|your|as|its|regular|normal|usual)\b",
    re.I,
)
_LIMIT = re.compile(
    rf"\b(?:over|after|above|beyond|past|more\s+than|first|(?<=hour\s)for)\s+(?P<t>{_NUM})\s*(?:{_HOUR})?",
    re.I,
)
_WORKED = re.compile(
    rf"\b(?:worked|works|work|working|put\s+in|puts\s+in|logged|logs)\s+(?:for\s+)?(?:a\s+total\s+of\s+)?"
    rf"(?P<h>{_NUM})\s*{_HOUR}",
    re.I,
)
_PAY_ASKED = re.compile(
    r"\bhow\s+much\b[^?.]*\b(?:earn|make|made|paid|pay|get|got)\b|\bwhat\s+(?:is|was|were)\s+"
    r"(?:his|her|my|their|your|the)\s+(?:pay|earnings|wages?)\b",
    re.I,
)
_OVERTIME = re.compile(r"\bover-?time\b", re.I)

METHOD = (
    "Pay with overtime comes in two parts: the hours up to the limit (often 40 a week) at the "
    "regular rate, and each hour past it at the overtime rate (time and a half is 1.5 × the "
    "regular rate, double time 2 ×). Add the two parts. To work it out I need the hourly rate, "
    "the overtime rate or multiplier, the hour limit and the hours worked; tell me the one "
    "that is missing (or what the extra number in the story is for)."
)


def answer(message: str) -> str | None:
    """Regular pay plus overtime pay, worked; method help when a number is not placed."""
    text = words_to_digits(message)
    named = _NAMED_AT.search(text)
    times = _TIMES.search(text)
    limit, worked = _LIMIT.search(text), _WORKED.search(text)
    wages = list(_WAGE.finditer(text))
    if not (named or (_OVERTIME.search(text) and limit) or (times and limit and wages)):
        return _hours_pay(text, wages, worked, limit)
    if (
        not wages
        or not limit
        or not worked
        or len(wages) > 2
        or (len(wages) == 2) == bool(named or times)
    ):
        return METHOD
    rate = R(wages[0]["w"] or wages[0]["w2"])
    if len(wages) == 2:
        extra = R(wages[1]["w"] or wages[1]["w2"])
        factor = None
    else:
        if named:
            factor = R(2) if named["double"] else R(3, 2)
        else:
            factor = R(times["m"]) if times else R(1)
        extra = rate * factor
    placed = len(wages) + 2 + (1 if times and not named else 0)
    if len(numbers(_NAMED_AT.sub(" ", text))) != placed:
        return METHOD
    return _worked(rate, extra, factor, R(limit["t"]), R(worked["h"]))


def _hours_pay(
    text: str, wages: list[re.Match[str]], worked: re.Match[str] | None, limit: re.Match[str] | None
) -> str | None:
    """The rate × the hours, when the story says only those two numbers and asks the pay."""
    if len(wages) != 1 or not worked or limit or _times_said(text) or len(numbers(text)) != 2:
        return None  # "5 hours of overtime at $20 an hour" is left to the rate rules
    if not _PAY_ASKED.search(text):
        return None
    rate, hours = R(wages[0]["w"] or wages[0]["w2"]), R(worked["h"])
    return (
        f"The pay is **{dollars(rate * hours)}**.\n\n"
        f"Pay = hours × rate: {exact(hours)} × {money(rate)} = {money(rate * hours)} dollars."
    )


def _times_said(text: str) -> bool:
    return bool(_TIMES.search(text) or _OVERTIME.search(text))


def _worked(
    rate: sympy.Rational,
    extra: sympy.Rational,
    factor: sympy.Rational | None,
    limit: sympy.Rational,
    hours: sympy.Rational,
) -> str:
    regular, over = min(hours, limit), max(hours - limit, 0)
    total = regular * rate + over * extra
    head = f"The pay is **{dollars(total)}**."
    if not over:
        return (
            f"{head}\n\n{exact(hours)} hours is not more than {exact(limit)}, so there is no "
            f"overtime: {exact(hours)} × {money(rate)} = {money(total)}."
        )
    how = (
        f"{exact(factor)} × {money(rate)} = {money(extra)} dollars an hour"
        if factor
        else f"{money(extra)} dollars an hour"
    )
    return "\n\n".join(
        [
            head,
            f"1. Regular hours: {exact(regular)} × {money(rate)} = {money(regular * rate)} dollars.\n"
            f"2. Overtime rate: {how}.\n"
            f"3. Overtime hours: {exact(hours)} − {exact(limit)} = {exact(over)}, paid "
            f"{exact(over)} × {money(extra)} = {money(over * extra)} dollars.\n"
            f"4. Together: {money(regular * rate)} + {money(over * extra)} = {money(total)} dollars.",
        ]
    )
