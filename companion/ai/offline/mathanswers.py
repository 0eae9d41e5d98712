"""Whether an expected answer is math (graded by its value) or words."""

from __future__ import annotations

import re

from companion.ai.offline.answerwords import HYPHEN
from companion.ai.offline.chemnames import is_formula
from companion.ai.offline.mathparse import normalise, to_number

_PROSE = re.compile(r"[A-Za-z]{4,}")
# a word of three letters or more that is no function name ("csc", "cot") and no "and"
_WORD = re.compile(r"\b(?!(?:and|csc|sec|cot|abs|det|lim|max|min|mod|gcd|lcm)\b)[A-Za-z]{3,}")
MATH_NAMES = re.compile(
    r"sqrt|arcsin|arccos|arctan|sin|cos|tan|log|exp|pi|theta|oo|infinity|inf|degrees?"
)
_MATH_CHARS = re.compile(r"[\d=<>+\-*/^()|]")
_CONSTANT = re.compile(r"[-+]?\s*(?:pi|oo|inf|infinity)", re.IGNORECASE)


def is_math_answer(expected: str) -> bool:
    """Whether an expected answer is math (a number, expression, equation or list of them)."""
    if is_formula(expected):  # "CO2", "H2SO4": a substance, not math
        return False
    plain = normalise(expected)
    if to_number(plain) is not None or _CONSTANT.fullmatch(plain):
        return True
    words = MATH_NAMES.sub("", HYPHEN.sub(" ", plain))  # "one-to-one" is words
    if _PROSE.search(words) or len(_WORD.findall(words)) >= 2:
        return False
    return bool(_MATH_CHARS.search(plain))
