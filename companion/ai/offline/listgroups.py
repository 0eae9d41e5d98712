"""Lists of groups ("19 and 24, 4x^3 and 6x^3"): commas between the groups, "and" inside
each. The grouping is the answer (like terms paired up), so the groups are matched whole,
each compared as a set, in any order."""

from __future__ import annotations

import re
from collections.abc import Callable

from companion.ai.offline.mathequivalence import split_commas
from companion.ai.offline.mathparse import normalise

__all__ = ["groups", "same_groups"]

_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def groups(text: str) -> list[str] | None:
    """The groups of a grouped list, or None when the text is no list of "and" groups."""
    parts = split_commas(normalise(text))
    if len(parts) < 2 or not all(_AND.search(part) for part in parts):
        return None
    return parts


def same_groups(expected: str, answer: str, same: Callable[[str, str], bool]) -> bool | None:
    """Whether the answer has the expected groups (each `same` as one of the expected, none
    used twice); None when the expected answer is not grouped."""
    want = groups(expected)
    if want is None:
        return None
    said = groups(answer)
    if said is None or len(said) != len(want):
        return False
    left = list(said)
    for group in want:
        match = next((g for g in left if same(group, g)), None)
        if match is None:
            return False
        left.remove(match)
    return True
