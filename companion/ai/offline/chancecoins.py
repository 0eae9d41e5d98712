"""Coin events: heads a number of times (exactly, at least, all) or an exact sequence."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from companion.ai.offline.chancereply import TIMES, asks_odds, reply, times_said

_HEADS = re.compile(
    r"\b(?:(?P<how>exactly|at\s+least|at\s+most|no|all|only)\s+)?(?:(?P<n>\d+|a|one)\s+)?"
    r"(?P<side>heads?|tails?)\b"
)
_FLIPS = re.compile(r"\b(?P<n>\d+)\s+(?:fair\s+)?(?:coins|flips|tosses|throws)\b")
_SEQUENCE = re.compile(
    r"\b(heads?|tails?)(?:\s*,\s*|\s+(?:then|followed\s+by|and\s+then)\s+)(heads?|tails?)"
    r"(?:(?:\s*,\s*|\s+(?:then|followed\s+by|and\s+then)\s+)(heads?|tails?))*"
)


def coins(text: str) -> str | None:
    """A coin event: heads a number of times (exactly, at least, all), or an exact sequence."""
    flips_match = _FLIPS.search(text)
    rolls = TIMES.search(text)
    in_a_row = re.search(r"\bin\s+a\s+row\b", text)
    sides = [m for m in _HEADS.finditer(text) if not re.match(r"heads?\s+or\s+tails?", m[0])]
    if sequence := _SEQUENCE.search(text):
        wanted = tuple(w[0].upper() for w in re.findall(r"heads?|tails?", sequence[0]))
        wanted_text = "".join(wanted)
        flips = int(flips_match["n"]) if flips_match else len(wanted)
        if flips != len(wanted):
            return None
        said = " then ".join("heads" if w == "H" else "tails" for w in wanted)
        return _coin_reply(said, flips, lambda o: o == wanted_text, odds=asks_odds(text))
    if not sides:
        return None
    counts = [_coin_count(m) for m in sides]
    if any(c is None for c in counts) or len({m["side"].rstrip("s") for m in sides}) != len(sides):
        return None
    flips = int(flips_match["n"]) if flips_match else (times_said(rolls) if rolls else 0)
    asked = [c for c in counts if c is not None]
    if not flips:
        numbers = [n for _, n in asked if n is not None]
        flips = sum(numbers) if len(sides) == 2 else (numbers[0] if numbers else 1)
    if not 1 <= flips <= 10:
        return None
    tests: list[Callable[[str], bool]] = []
    parts: list[str] = []
    for match, (how, n) in zip(sides, asked, strict=True):
        side = match["side"][0].upper()
        if n is None:  # "heads" alone: every flip when it said how many times, else one flip
            if flips > 1 and not (rolls or in_a_row or how == "all"):
                return None
            how, n = "exactly", flips
        tests.append(_count_test(side, how, n))
        parts.append(_count_said(how, n, "heads" if side == "H" else "tails", flips))
    return _coin_reply(
        " and ".join(parts), flips, lambda o: all(t(o) for t in tests), odds=asks_odds(text)
    )


def _coin_count(match: re.Match[str]) -> tuple[str, int | None] | None:
    how = re.sub(r"\s+", " ", match["how"] or "exactly")
    n = match["n"]
    if how == "no":
        return "exactly", 0
    if how in ("all", "only"):
        return "all", None
    if n is None:
        return (how, None) if how == "exactly" else None
    return how, 1 if n in ("a", "one") else int(n)


def _count_test(side: str, how: str, n: int) -> Callable[[str], bool]:
    tests = {
        "exactly": lambda c: c == n,
        "at least": lambda c: c >= n,
        "at most": lambda c: c <= n,
        "all": lambda c: c == n,
    }
    return lambda o: tests[how](o.count(side))


def _count_said(how: str, n: int, side: str, flips: int) -> str:
    if n == flips and how in ("exactly", "all"):
        return f"{side} every time" if flips > 1 else side
    name = side if n != 1 else side.rstrip("s")
    return (
        f"{'' if how == 'exactly' else how + ' '}{n} {name}"
        if how != "exactly"
        else f"exactly {n} {name}"
    )


def _coin_reply(said: str, flips: int, holds: Callable[[str], bool], *, odds: bool) -> str:
    space = ["".join(o) for o in itertools.product("HT", repeat=flips)]
    favourable = [o for o in space if holds(o)]
    where = (
        "heads (H) or tails (T)"
        if flips == 1
        else f"every sequence of {flips} flips (2{' × 2' * (flips - 1)}), H for heads and T for tails"
    )
    event = f"{said} in {flips} flips" if flips > 1 else said
    note = ""
    if len(favourable) == 1 and flips > 1:
        note = f"Check: each flip is independent with chance 1/2, so multiply: (1/2)^{flips}."
    return reply(event, where, len(space), favourable, note, odds=odds)
