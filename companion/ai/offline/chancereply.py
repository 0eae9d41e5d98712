"""What every simple-probability reply shares: the exact fraction with its outcomes counted,
odds when asked, and how many times an experiment is repeated ("twice", "3 times")."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import sympy

TIMES = re.compile(r"\b(?:(?P<n>\d+)\s+times|(?P<word>twice|thrice))\b", re.I)
_WORD_TIMES = {"twice": 2, "thrice": 3}
LIST_AT_MOST = 12  # favourable outcomes listed in full up to this many


def reply(
    event: str, space: str, possible: int, favourable: Sequence[str], note: str = "", *, odds: bool
) -> str:
    """The probability as favourable ÷ possible, the outcomes counted, and a decimal and percent."""
    value = sympy.Rational(len(favourable), possible)
    shown = f"$\\frac{{{value.p}}}{{{value.q}}}$" if value.q != 1 else str(value.p)
    percent = float(value) * 100
    lines = [
        f"The probability of {event} is **{shown}** (about {float(value):.4g}, or {percent:.4g}%)."
        if 0 < value < 1
        else f"The probability of {event} is **{shown}**.",
        f"1. Possible outcomes: {space} ({possible} in all, each equally likely).",
    ]
    if not favourable:
        lines.append("2. Favourable outcomes: none, so the event is impossible.")
    elif len(favourable) <= LIST_AT_MOST:
        lines.append(f"2. Favourable outcomes: {', '.join(favourable)} ({len(favourable)} in all).")
    else:
        lines.append(f"2. Favourable outcomes: {len(favourable)}.")
    step = f"{len(favourable)}/{possible}"
    simplified = f" = {value.p}/{value.q}" if value.q != possible and value != 0 else ""
    lines.append(f"3. Probability = favourable ÷ possible = {step}{simplified}.")
    if note:
        lines.append(note)
    if odds:  # odds set the favourable against the unfavourable, not against all outcomes
        against, common = possible - len(favourable), math.gcd(len(favourable), possible)
        lowest = f" = {len(favourable) // common} to {against // common}" if common > 1 else ""
        lines.append(
            f"As odds: {len(favourable)} to {against}{lowest} in favour (favourable to unfavourable),"
            " which is not the same as the probability."
        )
    return "\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:])


def asks_odds(text: str) -> bool:
    """Whether the question asks for odds (favourable to unfavourable) as well."""
    return bool(re.search(r"\bodds\b", text))


def times_said(match: re.Match[str]) -> int:
    """How many times a `TIMES` match says ("3 times", "twice")."""
    return _WORD_TIMES[match["word"]] if match["word"] else int(match["n"])
