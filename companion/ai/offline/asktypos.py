"""Slips in the words of a math question ("wat is 144 devided by 12", "slove 2x = 8",
"derivitive of x^2", "is 0.5 bigger then 0.45") read as the words meant, so the ask*
handlers see them.

A word is corrected only as a typo of one of the words the handlers ask with (the slip
rules of spelling.one_slip: a vowel for a vowel, neighbours swapped, a letter missing or
extra, the first letter right), and only when exactly one such word fits.
"""

from __future__ import annotations

import re

from companion.ai.offline.spelling import Speller

# the words the math handlers are asked with, five letters or more
_ASK_WORDS = """
    divided divide multiplied multiply times minus equals percent percentage fraction decimal
    derivative differentiate integral integrate antiderivative simplify simplified factor
    factorise factorize expand solve square squared cubed power root average median range
    perimeter circumference diameter radius volume triangle rectangle circle cylinder
    hypotenuse convert subtract quotient product difference increase decrease discount slope
    distance midpoint prime multiple common greatest least probability chance chances rational
    irrational rhombus parallelogram trapezoid quadrilateral
"""
# words that are a slip away from one of those but mean something of their own
_REAL_WORDS = {"primes", "ranges", "times", "roots", "powers", "solved", "solves", "squares"}
_SPELLER = Speller(_REAL_WORDS, set(_ASK_WORDS.split()), min_term=5)
_WHAT = re.compile(r"\b(?:wat|wht|waht|whta|wut|whaat)(?=\s|'?s\b|s\b)", re.I)
_WORD = re.compile(r"[A-Za-z]+")
# "bigger then" is "bigger than": "then" after a comparing word ("find the numerator then
# divide" keeps its "then")
_THEN = re.compile(
    r"\b(bigger|greater|larger|smaller|less|more|fewer|higher|lower|shorter|taller|longer|"
    r"heavier|lighter|older|younger|faster|slower|cheaper|wider|closer|farther|further|better|"
    r"worse|hotter|colder|warmer|deeper|bigger\s+or\s+smaller|more\s+or\s+less)\s+then\b",
    re.I,
)


def corrected(message: str) -> str:
    """The message with each slip of a math question word read as that word."""
    message = _THEN.sub(r"\1 than", _WHAT.sub("what", message))
    return _WORD.sub(lambda m: _read(m[0]), message)


def _read(word: str) -> str:
    fixed = _SPELLER.read(word.lower())
    return word if fixed == word.lower() else fixed
