"""One pick from things numbered 1 to n, each as likely as the others: a spinner with equal
sections, cards, balls or tickets numbered 1 to n, a number chosen from 1 to n. The event
is read as a die face is ("greater than 5", "an even number", "a 7") over the n numbers."""

from __future__ import annotations

import re

from companion.ai.offline.chancedice import face
from companion.ai.offline.chancereply import asks_odds, reply

NUMBERED = re.compile(
    r"\b(?:numbered|labell?ed|marked|(?:chosen|picked|selected|drawn)\s+(?:at\s+random\s+)?"
    r"(?:from|between))\s+(?:from\s+)?(?P<lo>\d+)\s*(?:to|-|–|through|and)\s*(?P<hi>\d+)\b",
    re.I,
)
_SPINNER = re.compile(r"\bspinner\b", re.I)
_MANY = re.compile(r"\b(?:two|both|twice|\d+\s+times|in\s+a\s+row|again|then)\b", re.I)
_LARGEST = 1000  # more numbers than this are not listed and counted here


def numbered(text: str, asked_at: int) -> str | None:
    """The probability of an event on one pick from the numbers lo..hi; else None. A spinner
    counts only when its sections are said to be equal."""
    space = NUMBERED.search(text)
    if space is None or (_SPINNER.search(text) and not re.search(r"\bequal", text, re.I)):
        return None
    lo, hi = int(space["lo"]), int(space["hi"])
    if hi <= lo or hi - lo >= _LARGEST or _MANY.search(text[asked_at:]):
        return None
    event = (
        text[max(asked_at, space.end()) :]
        if space.start() < asked_at
        else text[asked_at : space.start()]
    )
    read = face(event)
    if read is None:
        return None
    said, test = read
    numbers = range(lo, hi + 1)
    favourable = [str(n) for n in numbers if test(n)]
    return reply(
        f"getting {said}",
        f"the numbers {lo} to {hi}",
        len(numbers),
        favourable,
        odds=asks_odds(text),
    )
