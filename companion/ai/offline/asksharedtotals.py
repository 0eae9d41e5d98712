"""A total shared evenly: "a $60 dinner plus a $12 tip, split between 3 people", "4 friends
split a $38 pizza and a $10 delivery fee", "we are 3 and the food was $27, drinks $8, tip
$4.50, how much does each of us pay". The amounts are added, then the total is divided by
the people.

It answers only when every number of the question is one of the amounts or the count of
people, and nothing takes money away (a coupon, a discount, a percent, money already
paid): else another rule, or method help."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import numbers, words_to_digits
from companion.ai.offline.moneytext import money

_AMOUNT = re.compile(r"\$\s*(\d[\d,]*(?:\.\d{1,2})?)\b(?!\s*%)")
_SPLIT = re.compile(r"\b(?:split|share[ds]?|splits|divided?|splitting|sharing)\b", re.I)
_WHO = (
    r"(?:people|persons|friends|roommates|kids|children|students|coworkers|brothers|sisters"
    r"|siblings|guests|players|cousins|classmates|teammates|others)"
)
# the people and who is added to them: "between 3 people", "3 friends split", "split 3 ways",
# "we are 3", "the 4 of us"; "with 2 friends" and "me and 2 friends" count the speaker too
_PEOPLE = (
    (re.compile(r"\b(?:between|among|amongst|by)\s+(?:the\s+)?(?P<m>\d+)\b", re.I), 0),
    (re.compile(rf"\bwith\s+(?:(?:his|her|my|their|our|your)\s+)?(?P<m>\d+)\s+{_WHO}", re.I), 1),
    (re.compile(rf"\b(?:me|i|myself)\s+and\s+(?:my\s+)?(?P<m>\d+)\s+{_WHO}", re.I), 1),
    (re.compile(rf"\b(?P<m>\d+)\s+{_WHO}\s+and\s+(?:i|me|myself)\b", re.I), 1),
    (
        re.compile(
            rf"\b(?P<m>\d+)\s+(?:{_WHO}|of\s+(?:us|them|you))\s+(?:(?:want\s+to|will|are\s+going\s+to|decide\s+to)\s+)?(?:split|share|divide)",
            re.I,
        ),
        0,
    ),
    (re.compile(r"\b(?P<m>\d+)\s+ways\b", re.I), 0),
    (re.compile(r"\b(?:we|there)\s+(?:are|were)\s+(?P<m>\d+)\b(?!\s*(?:dollars|%))", re.I), 0),
)
# what takes money away, or a number the amounts do not place
_OTHER = re.compile(
    r"%|\bpercent|\b(?:coupons?|discounts?|off|minus|subtract|less|refunds?|rebates?|credits?"
    r"|vouchers?|change|paid|already|left|saved?|each\s+(?:cost|costs|at))\b",
    re.I,
)


def people_sharing(text: str) -> int | None:
    """How many people share: "between 3 people" is 3, "with 2 friends" is 3 (the speaker
    pays a share too), "split 4 ways" is 4; None when the question names no count."""
    found = next(((hit, extra) for p, extra in _PEOPLE if (hit := p.search(text))), None)
    return int(found[0]["m"]) + found[1] if found and int(found[0]["m"]) else None


def answer(message: str) -> str | None:
    """Each person's share of several amounts added together, else None."""
    text = words_to_digits(message)
    if not _SPLIT.search(text) and not re.search(r"\beach\s+of\s+(?:us|them)\b", text, re.I):
        return None
    amounts = [sympy.Rational(a.replace(",", "")) for a in _AMOUNT.findall(text)]
    if len(amounts) < 2 or _OTHER.search(text):
        return None
    m = people_sharing(text)
    if m is None or len(numbers(text)) != len(amounts) + 1:
        return None
    total = sum(amounts, sympy.Integer(0))
    each = total / m
    return (
        f"Each person pays **{money(each)} dollars**.\n\n"
        f"1. Add up what it costs: {' + '.join(money(a) for a in amounts)} = {money(total)} dollars.\n"
        f"2. Share it among the {m}: {money(total)} ÷ {m} = {money(each)}."
    )
