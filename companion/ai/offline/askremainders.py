"""Sharing equally with something left over: "24 cookies shared equally among 5 kids, how
many does each get and how many are left", "50 students on buses that hold 12 each, how
many full buses and how many left over". Division with a remainder: the whole-number
quotient is each share (or the count of full groups), the remainder what is left."""

from __future__ import annotations

import re

from companion.ai.offline.askformat import words_to_digits

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
_LEFT = re.compile(
    r"\b(?:left(?:\s+over)?|leftover|remain(?:s|ing|der)?|extra|spare)\b(?!\s+(?:with|from))", re.I
)


def answer(message: str) -> str | None:
    """Each share (or the full groups) and what is left over, when both are asked."""
    text = words_to_digits(message)
    if not _LEFT.search(text):
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
    held = _HOLDS.search(text)
    if held is None or not int(held["m"]):
        return None
    n, m, things, who = int(held["n"]), int(held["m"]), held["things"], held["who"]
    q, r = divmod(n, m)
    return (
        f"There are **{q} full {who}**, with **{r} {things}** left over.\n\n"
        f"{n} ÷ {m} = {q} remainder {r}: {q} {who} hold {m} × {q} = {m * q}, "
        f"and {n} − {m * q} = {r}." + (f" Fitting all {n} takes {q + 1} {who}." if r else "")
    )
