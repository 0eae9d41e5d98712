"""Two inequalities on one variable in one message: "x < -1 or x > 6", "2x + 1 > 5 and
x < 10", and "x < -1, x > 6", where a comma could mean either, so both readings are given.

"and" is the numbers that satisfy both (an intersection); "or" the numbers that satisfy
either (a union). Each inequality is solved first, then the two solution sets combined.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.mathparse import parse_math
from companion.ai.offline.mathspans import math_spans
from companion.ai.offline.mathsteps import interval_text

_OR = re.compile(r"\bor\b|∪", re.I)
_AND = re.compile(r"\band\b|\bboth\b|&|∩|\bbut\b", re.I)


def answer(message: str) -> str | None:
    """Both inequalities solved and combined by the word between them; None otherwise."""
    found = [(s, parse_math(s)) for s in math_spans(message)]
    rels = [(s, r) for s, r in found if isinstance(r, sympy.Rel) and not isinstance(r, sympy.Eq)]
    if len(rels) != 2 or len(found) != 2:
        return None
    symbols = rels[0][1].free_symbols | rels[1][1].free_symbols
    if len(symbols) != 1:
        return None
    (var,) = symbols
    (first, a), (second, b) = rels
    sets = [sympy.solveset(r, var, sympy.S.Reals) for r in (a, b)]
    between = message[message.find(first) + len(first) : message.rfind(second)]
    solved = _solved_each([first, second], sets, var)
    if _OR.search(between):
        return "\n\n".join([*solved, _either(sets, var)])
    if _AND.search(between):
        return "\n\n".join([*solved, _both(sets, var)])
    if not re.search(r"[,;]", between):
        return None
    return "\n\n".join(
        [
            "A comma between two inequalities can be read two ways, so here are both:",
            *solved,
            f"- Read as **and** (both at once, as in a system): {_both(sets, var)}",
            f"- Read as **or** (either one, as in a list of answers): {_either(sets, var)}",
            'Write "and" or "or" between them to say which one you mean.',
        ]
    )


def _solved_each(texts: list[str], sets: list[sympy.Set], var: sympy.Symbol) -> list[str]:
    """ "2x + 1 > 5 gives x > 2" for each inequality not already solved for the variable."""
    lines = []
    for text, solution in zip(texts, sets, strict=True):
        solved = interval_text(solution, var)
        typed = re.sub(r"\s", "", text).replace("<=", "≤").replace(">=", "≥")
        if re.sub(r"\s", "", solved) != typed:
            lines.append(f"{text} gives {solved}.")
    return lines


def _either(sets: list[sympy.Set], var: sympy.Symbol) -> str:
    union = sympy.Union(*sets)
    if union == sympy.S.Reals:
        return "**every real number** works: each number satisfies at least one of them."
    if isinstance(union, sympy.Union):
        shown = " or ".join(interval_text(s, var) for s in union.args)
        return f"**{shown}**: a number needs to satisfy only one of them."
    return f"**{interval_text(union, var)}**: a number needs to satisfy only one of them."


def _both(sets: list[sympy.Set], var: sympy.Symbol) -> str:
    both = sympy.Intersection(*sets)
    if both is sympy.S.EmptySet:
        return "**no solution**: no number satisfies both at once."
    return f"**{interval_text(both, var)}**: a number must satisfy both at once."
