"""Time to reach a goal at a steady rate: "a bike costs $180 and I save $15 a week, how many
weeks until I can buy it", "she has $20 and saves $8 every week, how many weeks until she
has $100", "a book has 240 pages, reading 30 pages a day how many days to finish".

The rate is an amount per one period ("$15 a week", "30 pages a day"); the question asks for
a count of that period. The goal is the one other amount of the same thing, less what is
already there when a second amount is said to be had. A part period still has to be waited
out, so a count of days or weeks that is not whole is rounded up (hours and minutes are
said exactly). A goal missing gets the method and a question for it, never a number."""

from __future__ import annotations

import math
import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits
from companion.ai.offline.askrates import PER_ONE, amount_text, unit_name, unit_of
from companion.ai.offline.askstories import UNREAD_PARTS

_HOW_MANY = re.compile(r"\bhow\s+many\s+(?:more\s+)?(?P<u>[a-z]{3,})\b", re.I)
# "has $20", "already saved 60 pages": what is there before the rate starts
_FLOWING = frozenset({"hour", "hr", "minute", "min", "second", "sec"})
_UNTIL = re.compile(r"\b(?:until|till|to|reach|reaches|get)\b(?!.*[.,;])", re.I)
_HAD = re.compile(r"\b(?:has|have|had|already|saved|starts?\s+with|got)\s+(?:\w+\s+)?$", re.I)


def answer(message: str) -> str | None:
    """How many periods a rate per period takes to reach the goal the story names; else None."""
    text = words_to_digits(message).replace(",", "")
    asked = _HOW_MANY.search(text)
    if not asked:
        return None
    period = unit_of(asked["u"])
    rate = next((m for m in PER_ONE.finditer(text) if unit_of(m["u"]) == period), None)
    if rate is None:
        return None
    thing = "$" if "$" in rate["b"] or unit_of(rate["v"] or "") == "$" else unit_of(rate["v"] or "")
    if not thing:
        return None
    per = sympy.Rational(rate["b"].lstrip("$"))
    said = [
        (m.start(), sympy.Rational(m["n"] or m["d"]))
        for m in _amounts(thing).finditer(text)
        if not rate.start() <= m.start() < rate.end()
    ]
    if UNREAD_PARTS.search(text) or len(numbers(text)) != 1 + len(said):
        return None  # a number or a part ("half of her earnings") these rules do not place
    if per and not said:
        return _missing_goal(per, thing, period)
    if not per or not 1 <= len(said) <= 2:
        return None
    had = [v for at, v in said if _had(text[max(0, at - 24) : at])]
    goal = max(v for _, v in said)
    start = had[0] if len(had) == 1 and had[0] != goal else sympy.Integer(0)
    if (len(said) == 2 and not start) or goal <= start:
        return None  # two amounts and neither is had: which one is the goal is not said
    return _reply(goal, start, per, thing, period)


def _had(before: str) -> bool:
    """Whether an amount is what is there already ("she has $20"), not the goal ("until she
    has $100")."""
    return bool(_HAD.search(before)) and not _UNTIL.search(before)


def _amounts(thing: str) -> re.Pattern[str]:
    if thing == "$":
        return re.compile(r"\$(?P<n>\d+(?:\.\d+)?)|(?<![\d.$])(?P<d>\d+(?:\.\d+)?)\s+dollars", re.I)
    return re.compile(rf"(?<![\d.$])(?P<n>\d+(?:\.\d+)?)(?P<d>)\s+{thing}", re.I)


def _reply(
    goal: sympy.Rational, start: sympy.Rational, per: sympy.Rational, thing: str, period: str
) -> str:
    need = goal - start
    count = need / per
    # time that runs on (hours, minutes) is said exactly; days, weeks of saving are counted
    whole = count if period in _FLOWING else sympy.Integer(math.ceil(count))
    lines = []
    if start:
        lines.append(
            f"Still needed: {_said(goal, thing)} − {_said(start, thing)} = {_said(need, thing)}."
        )
    lines.append(
        f"Divide by the rate: {_said(need, thing)} ÷ {_said(per, thing)} per {period} = {exact(count)}."
    )
    if whole != count:
        lines.append(
            f"After {whole - 1} {unit_name(period, whole - 1)} the goal is not reached yet, so round up."
        )
    return f"It takes **{exact(whole)} {unit_name(period, whole)}**.\n\n" + "\n\n".join(lines)


def _said(value: sympy.Rational, thing: str) -> str:
    return f"{amount_text(value, thing)} {unit_name(thing, value)}"


def _missing_goal(per: sympy.Rational, thing: str, period: str) -> str:
    """The rate is said but not the goal: the method, and the number still needed."""
    goal = (
        "the price (or the amount to save)"
        if thing == "$"
        else f"how many {unit_name(thing, 2)} in all"
    )
    return (
        f"To find how many {unit_name(period, 2)}, divide the goal by the rate: goal ÷ "
        f"{_said(per, thing)} per {period}, rounded up to a whole {period}.\n\n"
        f"The question doesn't say the goal: tell me {goal} and I'll work it out."
    )
