"""The score still needed for a target average: "my average on 4 tests is 85, what do I need
on the 5th test to get an average of 87". The scores so far add up to their average times
their count; the target needs its average times one more score; the next score is what
the second total lacks. Two averages and one count must be said, else no number."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits

_ITEMS = r"(?:tests?|quiz(?:zes)?|exams?|games?|scores?|assignments?|rounds?|subjects?)"
_COUNT = re.compile(rf"(?<![\d.])(?P<n>\d+)\s+{_ITEMS}\b", re.I)
_AVERAGE = re.compile(
    r"\b(?:average|mean)\b(?:\s+(?:score|grade|mark))?(?:\s+(?:on|of|for|in|over)\s+"
    rf"(?:(?:my|the|her|his|their|first|last)\s+)*\d+\s+{_ITEMS})?\s+(?:is|was|of|=)\s+"
    r"(?P<a>\d+(?:\.\d+)?)",
    re.I,
)
_NEED = re.compile(
    r"\b(?:need|needs|have\s+to|has\s+to|must)\b.*?\b(?:next|\d+(?:st|nd|rd|th)|last|final)\b",
    re.I,
)
_NTH = re.compile(rf"\b(?P<k>\d+)(?:st|nd|rd|th)\s+{_ITEMS}\b", re.I)


def answer(message: str) -> str | None:
    """The next score that brings an average to its target; else None."""
    text = words_to_digits(message).replace(",", "")
    averages, counts = list(_AVERAGE.finditer(text)), list(_COUNT.finditer(text))
    if len(averages) != 2 or len(counts) != 1 or not _NEED.search(text):
        return None
    n = int(counts[0]["n"])
    nth = _NTH.search(text)
    if n == 0 or (nth and int(nth["k"]) != n + 1):
        return None
    now, target = (sympy.Rational(m["a"]) for m in averages)
    have, want = now * n, target * (n + 1)
    needed = want - have
    return "\n\n".join(
        [
            f"You need **{exact(needed)}** on the next one.",
            f"1. The {n} scores so far add up to {exact(now)} × {n} = {exact(have)}.\n"
            f"2. An average of {exact(target)} over {n + 1} needs a total of "
            f"{exact(target)} × {n + 1} = {exact(want)}.\n"
            f"3. The next score makes up the difference: {exact(want)} − {exact(have)} = {exact(needed)}.",
        ]
    )
