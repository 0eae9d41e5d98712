"""Working typed with an answer: chains of equal values and numbers that are not the answer.

"14/24 = 7/12" and "5 x 8 = 40" are a chain of equal values; the answer is the last link,
and only when every link is true ("14/25 = 7/12" is wrong working). In a sentence, a
number the working uses again ("9 eggs, 9 * 2 = 18") is a step on the way, not a second
answer (answers.py also sets aside the numbers the question gives). A check said in words
("3 times 4 is 12") is the chain it states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from companion.ai.offline.mathequivalence import equivalent
from companion.ai.offline.mathparse import parse_math, to_number

_EQUALS = re.compile(r"(?<![<>!=])=(?!=)")
_BARE_LABEL = re.compile(r"^\s*[A-Za-z]\w*'*\s*(?:\(\s*[a-z]\s*\))?\s*$")
# a word before a chain that makes it the tail of a longer expression ("5 boxes x 8 = 40")
_OPERATOR_BEFORE = re.compile(
    r"(?:[-+*/x×^(]|\b(?:times|plus|minus|over|by|of|multiplied|divided|add|subtract))\s*$",
    re.I,
)
NUMBER = re.compile(r"(?<![\w.^])\d+(?:\.\d+)?")
# a number as typed, not worked out ("48", "$5.00", "3/4", "85%"); "6*8" and "2^5" are working
_PLAIN = re.compile(r"^-?\$?\d[\d,]*(?:\.\d+)?(?:\s*/\s*\d+)?\s*%?$")
# "48 eggs" as the first side of "48 eggs = 6 x 8": the number with the noun it counts
_COUNTED = re.compile(r"^(-?\$?\d[\d,]*(?:\.\d+)?)\s+[A-Za-z]{2,}$")
_DECIMALS = re.compile(r"\.(\d+)")
# "3 times 4 is 12", "10 minus 1 makes 9": a check said in words, one operation and its result
_WORDED_CHECK = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s+(times|multiplied\s+by|plus|minus|divided\s+by)\s+"
    r"(\d+(?:\.\d+)?)\s+(?:is|makes|equals|gives)\s+(?=-?\d)",
    re.I,
)
_OPERATORS = {"times": "*", "multiplied": "*", "plus": "+", "minus": "-", "divided": "/"}


@dataclass(frozen=True)
class Chain:
    """The sides of "a = b = c" and the first link that is not true, if any."""

    sides: tuple[str, ...]
    false_link: str = ""

    @property
    def last(self) -> str:
        return self.sides[-1]

    @property
    def result(self) -> str:
        """The value the working comes to: its last side, or, where the student typed the
        result first and its working after ("48 = 6 x 8"), that first side."""
        first = _COUNTED.sub(r"\1", self.sides[0])
        typed_first = _PLAIN.match(first) and not _PLAIN.match(_COUNTED.sub(r"\1", self.last))
        return first if typed_first and not self.false_link else self.last


def _value(side: str, symbols: set[str] | None) -> object:
    number = to_number(side)
    if number is not None:
        return number
    parsed = parse_math(side.replace("$", ""))
    if parsed is None or getattr(parsed, "is_Relational", False):
        return None
    names = {str(s) for s in parsed.free_symbols}
    return parsed if symbols is None or names <= symbols else None


def _link_holds(left: str, right: str) -> bool:
    """Equal values; a right side written with decimals may be rounded to its places."""
    places = _DECIMALS.search(right)
    tol = 0.5 * 10.0 ** -len(places[1]) * (1 + 1e-9) if places else 0.0
    clean = (left.replace("$", ""), right.replace("$", ""))
    return equivalent(*clean, abs_tol=tol)


def chain(text: str, symbols: set[str] | None = None) -> Chain | None:
    """The text as a chain of two or more equal values, or None when it is not one.

    "x = 5" names a value and "2x = 4" is an equation: neither is a chain.
    """
    sides = tuple(s.strip() for s in _EQUALS.split(text))
    if len(sides) < 2 or not all(sides) or _BARE_LABEL.match(sides[0]):
        return None
    values = [_value(_COUNTED.sub(r"\1", s) if i == 0 else s, symbols) for i, s in enumerate(sides)]
    if any(v is None for v in values):
        return None
    numeric = all(not getattr(v, "free_symbols", None) for v in values)
    for left, right in pairwise((_COUNTED.sub(r"\1", sides[0]), *sides[1:])):
        if not _link_holds(left, right):
            return Chain(sides, f"{left} = {right}") if numeric else None
    return Chain(sides)


def chain_in(part: str, symbols: set[str] | None = None) -> Chain | None:
    """The longest chain ending a sentence part ("so she makes 9 * 2 = $18").

    A chain that continues an expression before it ("5 boxes x 8 apples = 40") is only
    its tail, so its links are not checked: its last side is still the result.
    """
    starts = [0, *(m.end() for m in re.finditer(r"\s+", part))]
    for start in starts:
        found = chain(part[start:], symbols)
        if found is None:
            continue
        if found.false_link and _OPERATOR_BEFORE.search(part[:start]):
            return Chain(found.sides)
        return found
    return None


def worded_checks(text: str) -> str:
    """ "3 times 4 is 12" -> "3 * 4 = 12": a check said in words as the chain it states."""

    def symbols(m: re.Match[str]) -> str:
        return f"{m[1]} {_OPERATORS[m[2].split()[0].lower()]} {m[3]} = "

    return _WORDED_CHECK.sub(symbols, text)


def reused(text: str, found: str, after: int) -> bool:
    """Whether the number in `found` is an operand of working later in the text."""
    number = NUMBER.search(found.replace(",", ""))
    if number is None:
        return False
    digits = re.escape(number[0])
    operand = (
        rf"(?<![\w.]){digits}(?![\w.])\s*[-+*/x×]\s*\$?\d|\d\s*[-+*/x×]\s*\$?{digits}(?![\w.])"
    )
    return re.search(operand, text[after:]) is not None
