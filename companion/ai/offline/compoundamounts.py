"""An amount said in two or more units of one kind ("2 hours and 30 minutes", "3 dollars and
50 cents", "5 feet 6 inches"), as one number in the unit the question asks for.

"2 hours and 30 minutes" is 150 when the question asks "how many minutes", 2.5 when it asks
for hours; read as two numbers it would be a hedge, or worse, only its minutes. When the
question names no unit of that kind, the amount stays as typed (it is not one number).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

import sympy

from companion.ai.offline.askunits import unit_size

__all__ = ["asked_size", "in_asked_unit"]

_PART = r"\d+(?:\.\d+)?\s*[A-Za-z]+"
_COMPOUND = re.compile(rf"(?<![\w.$]){_PART}(?:\s*(?:,|\band\b)?\s*{_PART})+\b", re.I)
_ONE = re.compile(r"(\d+(?:\.\d+)?)\s*([A-Za-z]+)")
# "how many minutes", "in hours", "number of cents", "how much money" (dollars)
_ASKED = re.compile(r"\b(?:how\s+many|in|into|number\s+of)\s+([A-Za-z]+)", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_MONEY = re.compile(
    r"\bhow\s+much\s+(?:money|did|does|do|will|would|is|was|are)\b|\$\s*\d|\bdollars?\b", re.I
)
# "$30 and 5 cents": the dollar sign read as the word, so the amount is one of two units
_SIGNED_DOLLARS = re.compile(r"\$\s*(\d+(?:\.\d+)?)(?=\s*(?:,|\band\b)?\s*\d+\s*cents?\b)", re.I)


def asked_size(question: str, kind: str) -> sympy.Rational | None:
    """The size of the unit of this kind the question names for its answer ("how many
    minutes", "in meters"), if it names one."""
    for word in reversed(_ASKED.findall(question)):
        if (size := unit_size(word)) and size[0] == kind:
            return size[1]
    return None


def _asked(question: str, kind: str) -> sympy.Rational | None:
    """The size of the unit of this kind the question asks its answer in ("how much money"
    is dollars, as is money in a question priced in dollars)."""
    if (size := asked_size(question, kind)) is not None:
        return size
    return sympy.Integer(1) if kind == "money" and _MONEY.search(question) else None


def _total(text: str) -> tuple[str, sympy.Rational] | None:
    """The kind and the total in base units of "2 hours and 30 minutes": every part a unit of
    one kind, from the largest unit down; None for anything else."""
    kinds, sizes, total = set(), [], sympy.Integer(0)
    for number, word in _ONE.findall(text):
        if (unit := unit_size(word)) is None:
            return None
        kinds.add(unit[0])
        sizes.append(unit[1])
        total += sympy.Rational(number) * unit[1]
    descending = all(big > small for big, small in pairwise(sizes))
    return (kinds.pop(), total) if len(kinds) == 1 and descending else None


def _decimal(value: sympy.Rational) -> str:
    exact = Decimal(int(value.p)) / Decimal(int(value.q))
    return format(exact.normalize(), "f") if exact * int(value.q) == int(value.p) else str(value)


def _own(expected: str, kind: str) -> sympy.Rational | None:
    """The size of the unit of this kind the expected answer is written in ("90 minutes")."""
    units = {size for word in _WORD.findall(expected) if (size := unit_size(word))}
    return units.pop()[1] if len(units) == 1 and next(iter(units))[0] == kind else None


def in_asked_unit(answer: str, question: str, expected: str = "") -> str:
    """The answer with each amount in several units written as one number of the unit the
    question asks for ("2 hours and 30 minutes" -> "150" for "how many minutes"), or, where
    it asks for none, of the unit the expected answer is written in ("90 minutes")."""

    def one(m: re.Match[str]) -> str:
        total = _total(m[0])
        asked = (_asked(question, total[0]) or _own(expected, total[0])) if total else None
        return _decimal(total[1] / asked) if total and asked else m[0]

    return _COMPOUND.sub(one, _SIGNED_DOLLARS.sub(r"\1 dollars", answer))
