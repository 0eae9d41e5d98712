"""Sharing equally. Things with something left over: "24 cookies shared equally among 5
kids, how many does each get and how many are left", "50 students on buses that hold 12
each, how many full buses and how many left over", "26 students into groups of 4": the
whole-number quotient is each share (or the count of full groups), the remainder what is
left. Money split evenly ("split a $45 bill between 4 friends"): the amount ÷ the people; split
"with 4 friends", the one splitting pays a share too (5 people).
How many containers are needed ("how many buses for 50 students if each bus holds 12"):
every one must fit, so a part-filled container counts (the quotient rounded up)."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import numbers, words_to_digits
from companion.ai.offline.asksharedtotals import people_sharing
from companion.ai.offline.moneytext import money

# "24 cookies (are) shared equally among 5 kids", "divide 30 pencils between 4 students"
_SHARED = re.compile(
    r"\b(?P<n>\d+)\s+(?P<things>[a-z]+)\s+(?:(?:are|is|were|was|get|gets)\s+)?"
    r"(?:shared|split|divided|handed\s+out|given\s+out|passed\s+out|shared\s+out)\s+"
    r"(?:out\s+)?(?:equally\s+|evenly\s+)?(?:among|between|to|into|by|with)\s+(?P<m>\d+)\s+(?P<who>[a-z]+)"
    r"|\b(?:share|split|divide|hand\s+out|give\s+out)\s+(?P<n2>\d+)\s+(?P<things2>[a-z]+)\s+"
    r"(?:equally\s+|evenly\s+)?(?:among|between|to|into|with)\s+(?P<m2>\d+)\s+(?P<who2>[a-z]+)",
    re.I,
)
# "50 students ... buses that hold 12 each", "boxes that fit 6 eggs each"
_HOLDS = re.compile(
    r"\b(?P<n>\d+)\s+(?P<things>[a-z]+)\b.*?\b(?P<who>[a-z]+)\s+(?:that|which)\s+(?:each\s+)?"
    r"(?:holds?|fits?|seats?|takes?|carr(?:y|ies))\s+(?P<m>\d+)(?:\s+[a-z]+)?(?:\s+each)?\b",
    re.I,
)
# "26 students into groups of 4", "pack 50 eggs in cartons of 12"
_GROUPS = re.compile(
    r"\b(?P<n>\d+)\s+(?P<things>[a-z]+)\b.*?\b(?:into|in)\s+(?P<who>[a-z]+)\s+of\s+(?P<m>\d+)\b",
    re.I,
)
# "split a $45 bill between 4 friends", "5 people share $62", "divide $100 among 3 kids"
_MONEY = re.compile(
    r"\b(?:split|share|divide)\s+(?:an?\s+|the\s+)?\$(?P<x>\d+(?:\.\d{1,2})?)(?:\s+[a-z]+)?\s+"
    r"(?:equally\s+|evenly\s+)?(?:between|among|by|with)\s+(?P<m>\d+)\s+(?P<who>[a-z]+)"
    r"|\b(?P<m2>\d+)\s+(?P<who2>[a-z]+)\s+(?:split|share|divide)\s+(?:an?\s+|the\s+)?\$(?P<x2>\d+(?:\.\d{1,2})?)",
    re.I,
)
# "a meal costs $23.40 and we split it between 2 people": the amount said first, then "it"
_MONEY_IT = re.compile(
    r"\$(?P<x>\d+(?:\.\d{1,2})?)[^.?!$\d]*?\b(?:split|share|divide)\s+(?:it|the\s+(?:bill|cost|check))\s+"
    r"(?:equally\s+|evenly\s+)?(?:between|among|by|with)\s+(?P<m>\d+)\s+(?P<who>[a-z]+)",
    re.I,
)
# "how many buses are needed", "how many vans do they need" with "each bus holds 12"
_NEEDED = re.compile(
    r"\bhow\s+many\s+(?P<who>[a-z]+)\s+(?:(?:are|is|will|would|do|does|did|shall)\s+)?"
    r"(?:(?:we|they|you|i|he|she|it|be)\s+)*(?:needed|need)\b",
    re.I,
)
_EACH = re.compile(
    r"\beach\s+(?P<one>[a-z]+)\s+(?:holds?|fits?|seats?|takes?|carr(?:y|ies))\s+(?P<m>\d+)\b",
    re.I,
)
_COUNT = re.compile(r"\b(?P<n>\d+)\s+(?P<things>[a-z]+)", re.I)
_LEFT = re.compile(
    r"\b(?:left(?:\s+over)?|leftover|remain(?:s|ing|der)?|extra|spare)\b(?!\s+(?:with|from))", re.I
)


def answer(message: str) -> str | None:
    """Each share (or the full groups) and what is left over, when both are asked."""
    text = words_to_digits(message)
    if money := _MONEY.search(text) or _MONEY_IT.search(text):
        return _money(money) if len(numbers(text)) == 2 else None
    if (needed := _NEEDED.search(text)) and (each := _EACH.search(text)):
        return _containers(text, needed["who"], each)
    held = _HOLDS.search(text) or _GROUPS.search(text)
    counted = held and re.search(rf"\bhow\s+many\s+{re.escape(held['who'])}\b", text, re.I)
    if not _LEFT.search(text) and not counted:  # the groups themselves asked: "how many boxes"
        return None
    if shared := _SHARED.search(text):
        n = int(shared["n"] or shared["n2"])
        m = int(shared["m"] or shared["m2"])
        things, who = shared["things"] or shared["things2"], shared["who"] or shared["who2"]
        if not m:
            return None
        q, r = divmod(n, m)
        return (
            f"Each of the {m} {who} gets **{q} {things}**, and **{r} {things}** "
            f"{'is' if r == 1 else 'are'} left over.\n\n"
            f"{n} ÷ {m} = {q} remainder {r}: {m} × {q} = {m * q}, and {n} − {m * q} = {r}."
        )
    if held is None or not int(held["m"]):
        return None
    n, m, things, who = int(held["n"]), int(held["m"]), held["things"], held["who"]
    q, r = divmod(n, m)
    if not r:
        return f"That makes **{q} {who}**.\n\n{n} ÷ {m} = {q}: every one of the {who} is full."
    return (
        f"There are **{q} full {who}**, with **{r} {things}** left over.\n\n"
        f"{n} ÷ {m} = {q} remainder {r}: {q} {who} hold {m} × {q} = {m * q}, "
        f"and {n} − {m * q} = {r}." + (f" Fitting all {n} takes {q + 1} {who}." if r else "")
    )


def _money(match: re.Match[str]) -> str | None:
    """An amount of money split evenly: each pays the amount ÷ the number of people."""
    found = match.groupdict()
    x = sympy.Rational(found["x"] or found.get("x2") or 0)
    m, who = int(found["m"] or found.get("m2") or 0), found["who"] or found.get("who2")
    if not m:
        return None
    paying = re.search(r"\b(?:bill|check|cost|pay|rent|price)\b", match.string, re.I)
    verb = "pays" if paying else "gets"
    if (everyone := people_sharing(match.group())) and everyone != m:
        # "I split a $60 pizza with 2 friends": the one splitting pays a share too
        each = x / everyone
        return (
            f"Each of the {everyone} people {verb} **{money(each)} dollars**.\n\n"
            f"Splitting with {m} {who} makes {everyone} people: {money(x)} ÷ {everyone} = {money(each)}."
        )
    each = x / m
    return (
        f"Each of the {m} {who} {verb} **{money(each)} dollars**.\n\n"
        f"{money(x)} ÷ {m} = {money(each)}."
    )


def _containers(text: str, who: str, each: re.Match[str]) -> str | None:
    """The containers a count needs when each holds `m`: every one must fit."""
    if not who.lower().startswith(each["one"].lower()[:3]):
        return None  # "how many buses" with "each bus": the same container
    counts = [c for c in _COUNT.finditer(text) if not each.start() <= c.start() < each.end()]
    counts = [c for c in counts if not c["things"].lower().startswith(each["one"].lower()[:3])]
    m = int(each["m"])
    if len(counts) != 1 or not m:
        return None
    n, things = int(counts[0]["n"]), counts[0]["things"]
    q, r = divmod(n, m)
    need = q + (1 if r else 0)
    if not r:
        return f"**{need} {who}** are needed.\n\n{n} ÷ {m} = {q}: every {each['one']} is full."
    return (
        f"**{need} {who}** are needed.\n\n{n} ÷ {m} = {q} remainder {r}: {q} full {who} take "
        f"{m * q} {things}, and the {r} left over need one more {each['one']}."
    )
