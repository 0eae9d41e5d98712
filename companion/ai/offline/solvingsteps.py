"""The steps of solving typed with the value they lead to: "3x = 12 so x = 4", "3x=12, x=4",
"x = 4 as 3x = 12", "x = 4. I added 5 to both sides to get 3x = 12".

An equation in the variable that is not the variable's value ("3x = 12") is a step on the
way to it, not a second answer, where the one value the student names for the variable
("x = 4", "x is 4") makes every such step true. A hedge word keeps every value, a step the
value does not solve is no step of it, a true check in numbers that uses the value ("x = 4
as 3 * 4 = 12") is a step, and a number left alone ("x = 4, 5") is another answer.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.answertext import HEDGE
from companion.ai.offline.mathparse import parse_math, to_number

__all__ = ["solved_value"]

_VALUE = r"-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?"
# "x = 4", "x is 4", "x equals 4": a letter alone, then its value
_NAMED = re.compile(
    rf"(?<![\w^*/.)])([a-z])\s*(?:=|\bis\b|\bequals\b)\s*({_VALUE})(?![\w^/*(]|\.\d)", re.I
)
# where one statement of the working ends and the next begins
_CLAUSE = re.compile(
    r"\s*(?:[,;]|=>|→|\.\s+|\b(?:so|then|therefore|thus|hence|and|as|because|since|giving|"
    r"gives?|to\s+get|which\s+is)\b)\s*",
    re.I,
)
_WORDS = re.compile(r"[A-Za-z]{2,}")


def _equation(clause: str) -> sympy.Eq | None:
    """The longest word-suffix of a clause that reads as an equation ("to get 3x = 12")."""
    starts = [0, *(m.end() for m in re.finditer(r"\s+", clause))]
    for start in starts:
        tail = clause[start:].strip()
        if "=" not in tail:
            return None
        parsed = parse_math(tail)
        if isinstance(parsed, sympy.Eq):
            return parsed
    return None


def _holds(equation: sympy.Eq, values: dict[sympy.Symbol, object]) -> bool:
    try:
        return sympy.simplify((equation.lhs - equation.rhs).subs(values)) == 0
    except (TypeError, ValueError, AttributeError):
        return False


def _uses(clause: str, value: object) -> bool:
    """Whether a numeric check uses the value ("3 * 4 = 12" checks x = 4)."""
    return any(to_number(n) == value for n in re.findall(r"(?<![\w.])\d+(?:\.\d+)?", clause))


def solved_value(text: str, symbols: set[str] | None) -> str | None:
    """The value a student names for the one variable, where the rest of what they typed
    is steps that value solves (true equations in it, prose); None otherwise."""
    if HEDGE.search(text):
        return None
    named = [(m[1], m[2]) for m in _NAMED.finditer(text) if not symbols or m[1] in symbols]
    values = {(letter, to_number(value)) for letter, value in named}
    if len(values) != 1 or None in next(iter(values)):
        return None
    letter, value = next(iter(values))
    variable = sympy.Symbol(letter)
    steps = 0
    for clause in _CLAUSE.split(text):
        if not clause or not re.search(r"\d", clause) or _NAMED.fullmatch(clause.strip()):
            continue
        equation = _equation(clause)
        if equation is None:
            if not _WORDS.search(clause):
                return None  # a number alone: another answer
            continue
        if not _holds(equation, {variable: value}):
            return None
        steps += variable in equation.free_symbols or _uses(clause, value)
    return named[-1][1] if steps else None
