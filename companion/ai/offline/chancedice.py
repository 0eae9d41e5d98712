"""Dice events: faces, sums, doubles, several dice or rolls, counted over every outcome."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import sympy

from companion.ai.offline.chancereply import TIMES, asks_odds, reply, times_said

_Outcome = tuple[int, ...]

_SIDES = re.compile(r"\b(\d+)[\s-]*(?:sided|faced)\b|\bd(\d+)\b")
_DICE_COUNT = re.compile(
    r"\b(?P<n>\d+)\s+(?:fair\s+|standard\s+|regular\s+|normal\s+)?(?:\d+[\s-]*sided\s+)?dice\b"
    r"|\b(?P<pair>pair)\s+of\s+dice\b"
)
_SUM = re.compile(
    r"\b(?:sum|total|add\s+up|adds\s+up|added)\b\s*(?:of\s+|is\s+|to\s+|equals?\s+|equal\s+to\s+|being\s+)*"
    r"(?P<cmp>(?:greater|more|higher|bigger|larger|less|lower|smaller|fewer)\s+than\s+|at\s+least\s+|"
    r"at\s+most\s+|over\s+|under\s+|above\s+|below\s+)?(?P<n>\d+)"
    r"(?:\s+or\s+(?P<after>more|higher|greater|above|over|less|lower|fewer|below|under))?"
)
_DOUBLES = re.compile(r"\b(?:doubles?|a\s+double|the\s+same\s+(?:number|value))\b(?!\s+\d)")


def dice(text: str) -> str | None:
    """A die event: a face, a kind of face (even, prime, more than 4) or the sum of the dice."""
    sides_match = _SIDES.search(text)
    sides = int(next(g for g in sides_match.groups() if g)) if sides_match else 6
    count_match = _DICE_COUNT.search(text)
    rolls = TIMES.search(text)
    count = (
        (2 if count_match["pair"] else int(count_match["n"]))
        if count_match
        else (times_said(rolls) if rolls else 1)
    )
    if not count_match and not rolls and (same := re.search(r"\b(\d)\s+\d+'?s\b", text)):
        count = int(same[1])  # "two 6s": as many dice as sixes
    if count_match and rolls:
        count *= times_said(rolls)
    if (
        count_match is None
        and not rolls
        and (_SUM.search(text) or _DOUBLES.search(text) or "both" in text)
    ):
        count = 2  # a sum or doubles needs two dice
    elif count_match is None and not rolls and re.search(r"\bdice\b", text):
        count = 1 if re.search(r"\b(?:a|one|1|single)\s+(?:fair\s+)?dice\b", text) else 0
    if not 1 <= count <= 4 or not 2 <= sides <= 100:
        return None
    faces = range(1, sides + 1)
    space = list(itertools.product(faces, repeat=count))
    rest = _SIDES.sub(" ", _DICE_COUNT.sub(" ", TIMES.sub(" each time ", text)))
    read = _dice_event(rest, count)
    if read is None:
        return None
    said, holds, every = read
    favourable = [o for o in space if holds(o)]
    shown = [_dice_outcome(o) for o in favourable]
    die = f"a {sides}-sided die" if sides != 6 else "a die"
    where = (
        f"the faces of {die}: {', '.join(map(str, faces))}"
        if count == 1
        else f"every ordered result of {count} dice ({sides} × {' × '.join([str(sides)] * (count - 1))})"
    )
    note = ""
    if every:
        one = sum(1 for f in faces if holds((f,) * count))
        note = f"Check: the rolls are independent, so multiply: ({one}/{sides})^{count}."
    return reply(said, where, len(space), shown, note, odds=asks_odds(text))


def _dice_outcome(outcome: _Outcome) -> str:
    return str(outcome[0]) if len(outcome) == 1 else "(" + ", ".join(map(str, outcome)) + ")"


def _dice_event(text: str, count: int) -> tuple[str, Callable[[_Outcome], bool], bool] | None:
    """What the event says, a test of an outcome and whether it asks the same of every die;
    None when it is not read in full."""
    if count > 1 and (total := _SUM.search(text)):
        summed = _compared(total["cmp"], total["after"], int(total["n"]))
        if summed is None:
            return None
        said, test = summed
        return f"a sum {said} with {count} dice", lambda o: test(sum(o)), False
    if count > 1 and _DOUBLES.search(text) and not re.search(r"\d", text):
        return f"rolling doubles with {count} dice", lambda o: len(set(o)) == 1, False
    if count == 1:
        single = face(text)
        if single is None:
            return None
        said, test = single
        return f"rolling {said}", lambda o: test(o[0]), False
    none = re.compile(r"\b(?:not|no|never|neither|none)\b")
    each = face(re.sub(r"\b\d+\s+(?=\d+'?s\b)", " ", none.sub(" ", text)))
    if each is None:
        return None
    said, test = each
    if re.search(r"\bat\s+least\s+(?:one|1)\b", text):
        return (
            f"at least one die showing {said} with {count} dice",
            lambda o: any(map(test, o)),
            False,
        )
    if none.search(text):
        return f"no die showing {said} with {count} dice", lambda o: not any(map(test, o)), False
    if re.search(r"\b(?:both|all|every|each|twice|in\s+a\s+row|\d+\s+times)\b", text) or _plural(
        text
    ):
        return f"{said} on all {count} dice", lambda o: all(map(test, o)), True
    return None  # "a 6 with two dice": at least one, or both? Not guessed.


def _plural(text: str) -> bool:
    """ "Two 6s" or "double six": the same face on every die."""
    return bool(re.search(r"\b\d+\s+\d+'?s\b|\bdouble\s+\d+\b|\b\d+\s+(?:even|odd)s?\b", text))


_COMPARE = (
    (
        r"(?:greater|more|higher|bigger|larger)\s+than|over|above",
        "greater than",
        lambda a, b: a > b,
    ),
    (r"(?:less|lower|smaller|fewer)\s+than|under|below", "less than", lambda a, b: a < b),
    (r"at\s+least|(?P<x>)or\s+(?:more|higher|greater|above|over)", "at least", lambda a, b: a >= b),
    (r"at\s+most|(?P<x>)or\s+(?:less|lower|fewer|below|under)", "at most", lambda a, b: a <= b),
)


def _compared(
    before: str | None, after: str | None, n: int
) -> tuple[str, Callable[[int], bool]] | None:
    """ "greater than 4", "at least 5", "5 or more", or exactly n."""
    said = (before or (f"or {after}" if after else "")).strip()
    if not said:
        return f"of {n}", lambda v: v == n
    for pattern, name, test in _COMPARE:
        if re.fullmatch(pattern.replace("(?P<x>)", ""), said):
            return f"{name} {n}", lambda v, t=test: t(v, n)
    return None


_FACE_KIND = {
    "even": ("an even number", lambda v: v % 2 == 0),
    "odd": ("an odd number", lambda v: v % 2 == 1),
    "prime": ("a prime number", lambda v: sympy.isprime(v)),
}
_FACE_COMPARE = re.compile(
    r"\b(?P<cmp>(?:greater|more|higher|bigger|larger|less|lower|smaller|fewer)\s+than|at\s+least|"
    r"at\s+most|over|under|above|below)\s+(?:a\s+|an\s+)?(?P<n>\d+)\b"
    r"|\b(?P<n2>\d+)\s+or\s+(?P<after>more|higher|greater|above|over|less|lower|fewer|below|under)\b"
)


def face(text: str) -> tuple[str, Callable[[int], bool]] | None:
    """A face or kind of face: "a 6", "a 1 or a 2", "an even number", "more than 4", "not a 3".
    "Between 2 and 5" may or may not take in 2 and 5, so it is not read."""
    if re.search(r"\bbetween\b", text):
        return None
    negated = bool(re.search(r"\bnot\s+(?:getting\s+|rolling\s+)?(?:a|an)?\b", text))
    kinds = [k for k in _FACE_KIND if re.search(rf"\b{k}\b", text)]
    if compared := _FACE_COMPARE.search(text):
        read = _compared(compared["cmp"], compared["after"], int(compared["n"] or compared["n2"]))
        if read is None or kinds:
            return None
        said, test = read
        said = f"a number {said}"
    elif len(kinds) == 1:
        said, test = _FACE_KIND[kinds[0]]
    else:
        named = [int(n) for n in re.findall(r"\b(\d+)(?:'?s)?\b", text)]
        if not named or kinds or len(named) > 3:
            return None
        said = " or ".join(f"a {n}" if n != 8 and n != 11 and n != 18 else f"an {n}" for n in named)
        values = set(named)
        test = values.__contains__
    if negated:
        return f"not {said}", lambda v: not test(v)
    return said, test
