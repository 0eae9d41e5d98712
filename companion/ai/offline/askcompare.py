"""Comparisons of numbers: which of two is bigger or smaller, whether a claim about two is
true ("is 5/9 > 1/2?", "is 1/3 equal to 0.33?", "is -5 colder than -2?"), and the order of a
list of them, and of two expressions worked out first ("is 3 squared bigger than 2 cubed",
"which is bigger, 2^5 or 5^2"). "What is 5 more than 3" asks for a number, not a verdict: it
is worked as 3 + 5."""

from __future__ import annotations

import math
import re

import sympy

from companion.ai.offline.askclaims import side_value
from companion.ai.offline.askformat import SIMPLE_NUMBER, dec, exact, number, value_text
from companion.ai.offline.mathintents import (
    ASKS_SMALLER,
    COMPARE,
    COMPARE_LIST,
    COMPARE_VERB,
    COMPARE_WORDS,
    DESCENDING,
    LISTED_NUMBER,
    NUMBER_LIST,
    ORDER_ASKED,
)

_SMALLER = ("smaller", "less", "lower")
_SAID = {
    "equal": "equal to",
    "at least": "greater than or equal to",
    "at most": "less than or equal to",
}
_SIGNS = {">": "bigger", "<": "smaller", ">=": "at least", "<=": "at most"}


def answer(message: str) -> str | None:
    """The worked comparison a message asks for, else None."""
    return order(message) or temperature(message) or compare(message)


# "which is colder, -12 degrees or -8 degrees": the lower temperature is the colder one
_TEMPERATURE = re.compile(r"\b(?:(?P<low>colder|cooler)|warmer|hotter)\b", re.I)
_DEGREES = re.compile(
    r"\s*(?:°\s*[CF]?|degrees?(?:\s+(?:celsius|fahrenheit|[CF]))?)(?![a-z])", re.I
)


# "is -5 colder than -2?", "is -1 degrees warmer than -10 degrees": a claim to check
_TEMPERATURE_CLAIM = re.compile(
    rf"^\s*is\s+(?P<a>{SIMPLE_NUMBER})\s+(?P<w>colder|cooler|warmer|hotter)\s+than\s+"
    rf"(?P<b>{SIMPLE_NUMBER})\s*\??\s*$",
    re.I,
)


def temperature(message: str) -> str | None:
    """Which of two temperatures is colder or warmer, or whether one is, else None."""
    if claim := _TEMPERATURE_CLAIM.search(_DEGREES.sub("", message)):
        return _temperature_claim(claim)
    asked = _TEMPERATURE.search(message)
    match = COMPARE.search(_DEGREES.sub("", message)) if asked else None
    if not asked or not match or match["op"] or match["sign"] or match["conn"]:
        return None
    a, b = number(match["a"]), number(match["b"])
    if a is None or b is None or a == b:
        return None
    (_, sl), (_, sh) = sorted(((a, match["a"].strip()), (b, match["b"].strip())))
    first, second = (sl, sh) if asked["low"] else (sh, sl)
    rule = "the lower temperature is the colder" if asked["low"] else "the higher is the warmer"
    return (
        f"**{first}°** is {asked[0].lower()} than {second}°: {rule} one.\n\n"
        f"On the number line {sh} sits to the right of {sl}."
    )


# a number that is an operand of something else, not a value compared: "anything to the power
# of 0 equal to 1", "is 2 times 3 bigger than 5", "1 less than 3 squared"
_OPERAND_BEFORE = re.compile(r"(?:\b(?:of|power|times|plus|minus|over|by)|[-+*/^×÷])\s*$", re.I)
_OPERAND_AFTER = re.compile(
    r"^\s*(?:[-+*/^×÷]|(?:of|times|plus|minus|over|squared|cubed|divided)\b|to\s+the\s+power)",
    re.I,
)


def _temperature_claim(claim: re.Match[str]) -> str | None:
    a, b = number(claim["a"]), number(claim["b"])
    if a is None or b is None:
        return None
    sa, sb, word = claim["a"], claim["b"], claim["w"].lower()
    low = word in ("colder", "cooler")
    holds = a < b if low else a > b
    rule = "the lower temperature is the colder" if low else "the higher is the warmer"
    verdict = f"Yes, {sa}° is {word}" if holds else f"No, {sa}° is not {word}"
    sh, sl = (sa, sb) if a > b else (sb, sa)
    where = "they are the same point" if a == b else f"{sh} sits to the right of {sl}"
    return f"{verdict} than {sb}°: {rule} one.\n\nOn the number line {where}."


_BIGGER = r"bigger|greater|larger|more|higher|smaller|less|lower"
_EXPRESSION_CLAIM = re.compile(
    rf"^\s*is\s+(?P<a>.+?)\s+(?P<op>{_BIGGER})\s+than\s+(?P<b>.+?)\s*[?!.]*\s*$", re.I
)
_EXPRESSION_WHICH = re.compile(
    rf"\bwhich(?:\s+one|\s+number)?\s+is\s+(?:the\s+)?(?P<op>{_BIGGER}|biggest|largest|"
    rf"greatest|smallest|least)\s*[,:;]?\s*(?P<a>[^,:;]+?)\s+or\s+(?P<b>.+?)\s*[?!.]*\s*$",
    re.I,
)


def expressions(message: str) -> str | None:
    """Whether one worked-out expression is bigger than another, or which of two is; None when
    both sides are plain numbers (compare's) or a side is not arithmetic."""
    match = _EXPRESSION_CLAIM.search(message) or _EXPRESSION_WHICH.search(message)
    if not match:
        return None
    said = [match[k].strip() for k in ("a", "b")]
    if all(number(s) is not None for s in said):
        return None
    values = [number(s) if number(s) is not None else side_value(s) for s in said]
    a, b = values
    if a is None or b is None or not (a.is_real and b.is_real):
        return None
    (sa, sb), sides = said, list(zip(said, values, strict=True))
    shown = [s if number(s) is not None else f"{s} = {value_text(v)}" for s, v in sides]
    worked = f"Work out each side first: {shown[0]} and {shown[1]}."
    smaller = match["op"].lower() in (*_SMALLER, "smallest", "least")
    if a == b:
        return f"Neither: they are **equal**, both {value_text(a)}.\n\n{worked}"
    if message.lower().lstrip().startswith("which"):
        pick = (sa, a) if (a < b) == smaller else (sb, b)
        rest = (sb, b) if pick[0] == sa else (sa, a)
        word = "smaller" if smaller else "bigger"
        return (
            f"**{pick[0]} = {value_text(pick[1])}** is {word}: {value_text(pick[1])} "
            f"{'<' if smaller else '>'} {value_text(rest[1])}"
            f"{f' ({rest[0]})' if number(rest[0]) is None else ''}.\n\n{worked}"
        )
    holds = a < b if smaller else a > b
    than = f"{'smaller' if smaller else 'bigger'} than"
    verdict = f"Yes: {shown[0]} is {than}" if holds else f"No: {shown[0]} is not {than}"
    return f"{verdict} {shown[1]} ({value_text(a)} {'<' if a < b else '>'} {value_text(b)})."


_WHAT_IS = re.compile(r"\bwhat(?:'s|\s+is|\s+number\s+is)\s*$", re.I)


def compare(message: str) -> str | None:
    """Which of two numbers is bigger, or whether the claim made about them holds."""
    match = COMPARE.search(message)
    if not match or not COMPARE_WORDS.search(message):
        return None
    if _OPERAND_BEFORE.search(message[: match.start("a")]) or _OPERAND_AFTER.search(
        message[match.end("b") :]
    ):
        return None
    if match["conn"] and not COMPARE_VERB.search(message):
        return None  # "to" and "with" join two numbers only in "compare a to b"
    a, b = number(match["a"]), number(match["b"])
    if a is None or b is None:
        return None
    sa, sb = match["a"].strip(), match["b"].strip()
    if match["op"] and _WHAT_IS.search(message[: match.start()]):
        return _offset(match["op"], (a, sa), (b, sb))  # "what is 5 more than 3": a sum
    claim = _claim(match["op"] or _SIGNS.get(match["sign"] or "", ""))
    verdict = _verdict(message, claim, (a, sa), (b, sb))
    return "\n\n".join([verdict, *_common_denominator(a, b, sa, sb)])


def _offset(op: str, first: tuple, second: tuple) -> str | None:
    """ "5 more than 3" is 3 + 5 and "2 less than 10" is 10 − 2; other wordings get None."""
    (a, sa), (b, sb) = first, second
    op = " ".join(op.lower().split())
    if op not in (f"{word} than" for word in ("more", "higher", "greater", "less", "lower")):
        return None
    down = op.split()[0] in _SMALLER
    value = b - a if down else b + a
    said = f"{sb} − {sa}" if down else f"{sb} + {sa}"
    return f"{sa} {op} {sb} is **{exact(value)}**: {said} = {exact(value)}."


def _claim(op: str) -> str:
    """What a wording claims: bigger, smaller, equal, at least, at most, or either (none)."""
    op = " ".join(op.lower().split())
    if "or equal" in op:
        return "at most" if op.split()[0] in _SMALLER else "at least"
    if " or " in op:
        return "either"  # "bigger or smaller than": asks which, claims nothing
    if op.startswith(("equal", "the same")):
        return "equal"
    if op.startswith(("at least", "at most")):
        return op[:8]
    return "" if not op else ("smaller" if op.split()[0] in _SMALLER else "bigger")


def _verdict(message: str, claim: str, first: tuple, second: tuple) -> str:
    (a, sa), (b, sb) = first, second
    bigger, smaller = (sa, sb) if a > b else (sb, sa)
    if a == b:
        yes = claim in ("equal", "at least", "at most")
        return f"{'Yes, t' if yes else 'T'}hey are equal: {sa} = {sb}."
    if claim in ("", "either"):
        asks_smaller = claim == "" and ASKS_SMALLER.search(message)
        return (
            f"{smaller} is smaller than {bigger}."
            if asks_smaller
            else f"{bigger} is bigger than {smaller}."
        )
    holds = {"bigger": a > b, "smaller": a < b, "at least": a > b, "at most": a < b, "equal": False}
    said = _SAID.get(claim, f"{claim} than")
    if holds[claim]:
        return f"Yes, {sa} is {said} {sb}."
    return f"No, {sa} is not {said} {sb}: {bigger} is the bigger one."


def order(message: str) -> str | None:
    """Three or more numbers put in order, the largest or smallest named as asked."""
    run = NUMBER_LIST.search(message)
    if not run or not COMPARE_LIST.search(message):
        return None
    typed = [m.strip() for m in LISTED_NUMBER.findall(run[0])]
    read = [(value, t) for t in typed if (value := number(t)) is not None]
    if len(typed) < 3 or len(read) < len(typed):
        return None
    pairs = sorted(read, key=lambda p: p[0])
    smallest = bool(ASKS_SMALLER.search(message))
    named = pairs[0][1] if smallest else pairs[-1][1]
    lcd = math.lcm(*(int(v.q) for v, _ in pairs))
    if lcd <= 1000 and all("." not in t and "%" not in t for t in typed):
        shown = ", ".join(f"{t} = {v * lcd}/{lcd}" for v, t in pairs)
    else:
        shown = ", ".join(f"{t} = {dec(v)}" if t != dec(v) else t for v, t in pairs)
    word = "smallest" if smallest else "largest"
    rising = f"From smallest to largest: {' < '.join(t for _, t in pairs)}."
    if ORDER_ASKED.search(message):
        falling = DESCENDING.search(message)
        line = (
            " > ".join(t for _, t in reversed(pairs))
            if falling
            else " < ".join(t for _, t in pairs)
        )
        headline = f"In order: **{line}**."
    else:
        headline = f"The {word} is **{named}**.\n\n{rising}"
    return "\n\n".join([headline, f"Written to compare: {shown}."])


def _common_denominator(a: sympy.Rational, b: sympy.Rational, sa: str, sb: str) -> list[str]:
    if a.q == 1 and b.q == 1:
        return [f"On the number line {max(a, b)} sits to the right of {min(a, b)}."]
    if "." in sa + sb or "%" in sa + sb:
        shown = [f"{t} = {dec(v)}" if t != dec(v) else t for t, v in ((sa, a), (sb, b))]
        return [f"As decimals: {shown[0]} and {shown[1]}; compare them place by place."]
    lcd = math.lcm(int(a.q), int(b.q))
    ea, eb = a * lcd, b * lcd
    return [
        f"Write both with the common denominator {lcd}: "
        f"$\\frac{{{a.p}}}{{{a.q}}} = \\frac{{{ea}}}{{{lcd}}}$ and "
        f"$\\frac{{{b.p}}}{{{b.q}}} = \\frac{{{eb}}}{{{lcd}}}$.",
        f"Now compare the numerators: {ea} {'>' if ea > eb else '<' if ea < eb else '='} {eb}. "
        f"(As decimals: {dec(a)} and {dec(b)}.)",
    ]
