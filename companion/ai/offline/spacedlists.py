"""Values a student lists with only spaces between them ("2 5 8 11", "x=3 y=5"), given the
commas they stand for.

Two numbers side by side are never a product in writing ("2 5" is not 10): they are a list,
so a list is compared as one and several values for one expected number are a hedge. A
space before three digits is a thousands separator ("1 200"), and a whole number before a
fraction is a mixed number ("2 1/2"); both stay one number.
"""

from __future__ import annotations

import re

from companion.ai.offline.mathnumbers import to_number

__all__ = ["spaced_lists"]

_NUMBER = r"-?\d+(?:\.\d+)?"
# two or more numbers with only spaces between them, no operator, letter or bracket around
_RUN = re.compile(rf"(?<![\w.,/^*+\-)])\s*{_NUMBER}(?:\s+{_NUMBER})+(?![\w.,/^*(%])")
_NAME = r"[A-Za-z](?:_?\d+)?"
# the space before a name and its "=" ("x=3 y=5"): where a new labelled value starts
_BEFORE_LABEL = re.compile(rf"\s+(?={_NAME}\s*=(?!=))")
# a list already separated ("x = 1 and y = 4", "x = 2 or x = 3") is left as it is
_SEPARATOR = re.compile(r"[,;]|\b(?:and|or|but|not)\b", re.I)
_LABELLED = re.compile(rf"{_NAME}\s*=\s*[^=\s][^=]*")


def _numbers(m: re.Match[str]) -> str:
    run = m[0].strip()
    if to_number(run) is not None:  # "1 200", "12 500 000": one number
        return m[0]
    lead = m[0][: len(m[0]) - len(m[0].lstrip())]
    return lead + ", ".join(run.split())


def _labels(text: str) -> str:
    pieces = _BEFORE_LABEL.split(text)
    if len(pieces) < 2 or "=" not in pieces[0] or _SEPARATOR.search(text):
        return text
    head = re.search(rf"{_NAME}\s*=\s*[^=]+$", pieces[0])
    if head is None or not all(_LABELLED.fullmatch(p) for p in pieces[1:]):
        return text
    return ", ".join(pieces)


def spaced_lists(text: str) -> str:
    """ "2 5 8 11" -> "2, 5, 8, 11"; "x=3 y=5" -> "x=3, y=5"; anything else unchanged."""
    return _labels(_RUN.sub(_numbers, text))
