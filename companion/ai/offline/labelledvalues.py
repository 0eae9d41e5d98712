"""The values a system's answer names, out of the sentence and working around them.

"x = 2, so y = 3", "x is 2 and y is 3" and "x = 2, then 2 + y = 5 so y = 3" all name x = 2
and y = 3: the values are read as "x = 2, y = 3" (compared by name, so the order they come
in does not matter). An equation that is not a name and a value ("2 + y = 5") is working
and dropped. A name given two values ("x = 2, so x = 3"), or a bare number beside the named
values, leaves the answer as typed.
"""

from __future__ import annotations

import re

from companion.ai.offline.mathnumbers import to_number

__all__ = ["named_values"]

# the pieces of a sentence: commas, semicolons and the words that link steps
_LINKS = re.compile(
    r"\s*(?:[,;]|\b(?:and|so|then|therefore|thus|hence|which\s+gives|giving|gives)\b)\s*", re.I
)
# "x = 2", "y is 3", "we get x = -1/2": a letter named with one value at the end of a piece
_NAMED = re.compile(
    r"^(?:[A-Za-z']+\s+)*?(?P<name>[a-z])\s*(?:=|\bis\b|\bequals\b)\s*(?P<value>-?[\d./\s]+)$"
)

_NAME_FIRST = re.compile(r"^(?:[A-Za-z']+\s+)*?[a-z]\s*(?:=|\bis\b|\bequals\b)")


def named_values(text: str) -> str | None:
    """ "x = 2, so y = 3" -> "x = 2, y = 3"; None unless the text names two or more letters
    one value each, among pieces that are otherwise working (an equation) or link words."""
    named: dict[str, str] = {}
    for piece in _LINKS.split(text.strip().rstrip(".")):
        if not piece:
            continue
        match = _NAMED.match(piece)
        if match and to_number(match["value"]) is not None:
            if match["name"] in named:
                return None
            named[match["name"]] = match["value"].strip().rstrip(".")
        elif "=" not in piece or _NAME_FIRST.match(piece):
            return None  # a bare number, words, or a name given other math ("x = sqrt(2)")
    if len(named) < 2:
        return None
    return ", ".join(f"{name} = {value}" for name, value in named.items())
