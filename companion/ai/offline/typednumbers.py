"""Numbers typed in a form that reads two ways, settled by the expected answer and the
question: a decimal comma ("2,5" for 2.5) and a mixed number with a hyphen ("2-1/2").

A comma between digits is a decimal comma only where the expected answer is one number with
a fractional part, and the digits after it are not three ("2,500" is two thousand five
hundred); against a whole number or a list, "2,5" stays two values. "2-1/2" typed without
spaces is the mixed number 2 1/2, as in recipes and measures, where it is the whole answer
or stands before a unit word; before a variable ("2-1/3 n") it is a difference, and where
the question itself subtracts those numbers it is the working left undone. A capital E spaced
between a number and a whole power ("3.2 E 4", "3.2 E -4") is a calculator's power of ten,
as "3.2E4" is; a small "e" so spaced stays Euler's number. A k typed onto a number ("7.5k",
"$2k") is thousands where the expected answer is a number and the question is not in kelvin
("3k" stays 3 times k in algebra). "4 dozen" is 48 (answertext), but 4 where the question
counts in dozens ("how many dozen").
"""

from __future__ import annotations

import re

from companion.ai.offline.mathnumbers import to_number
from companion.ai.offline.mathtext import normalise

__all__ = ["decimal_comma", "dozens_asked", "hyphen_mixed", "spaced_exponent", "thousands_k"]

_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d{1,2}|\d{4,})(?![\d,.])")
_LABEL = re.compile(r"^\s*[a-z]\s*=\s*")
# the whole answer, or before a unit word ("2-1/2 cups"); before a variable ("2-1/3 n",
# "2-2/3 i") it is a difference
_HYPHEN_MIXED = re.compile(
    r"(?<![\w.+\-*/^)])(-?)(\d+)-(\d+)/(\d+)(?=\s*(?:$|[.!?,;]|[A-Za-z]{2,}))"
)

_SPACED_E = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:\s+E\s*|E\s+)([+-]?\s*\d+)(?![\w.])")


_THOUSANDS_K = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[kK](?![\w.])")
_KELVIN = re.compile(r"\bkelvins?\b|\d\s*[kK]\b")  # or a "5k" race in the question


def thousands_k(answer: str, expected: str, question: str) -> str:
    """ "7.5k" as 7500 where the expected answer is a number (see the module)."""
    if to_number(_LABEL.sub("", normalise(expected))) is None or _KELVIN.search(question):
        return answer
    return _THOUSANDS_K.sub(lambda m: f"{float(m[1]) * 1000:g}", answer)


_ASKS_DOZENS = re.compile(r"\bhow\s+many\s+(?:more\s+|fewer\s+)?dozens?\b|\bin\s+dozens\b", re.I)
_DOZEN_WORD = re.compile(r"(?<=\d)\s+dozens?\b", re.I)


def dozens_asked(answer: str, question: str) -> str:
    """ "8 dozen" as 8 where the question asks how many dozen."""
    return _DOZEN_WORD.sub("", answer) if _ASKS_DOZENS.search(question) else answer


def spaced_exponent(answer: str) -> str:
    """ "3.2 E 4" as 3.2E4 (32000): the power of ten a calculator shows."""
    return _SPACED_E.sub(lambda m: f"{m[1]}E{m[2].replace(' ', '')}", answer)


def decimal_comma(answer: str, expected: str) -> str:
    """ "2,5" as 2.5 where the expected answer is one number with a fractional part and the
    answer has one comma; else the answer as typed."""
    value = to_number(_LABEL.sub("", normalise(expected)))
    if value is None or value.is_integer or answer.count(",") != 1:
        return answer
    return _DECIMAL_COMMA.sub(r"\1.\2", answer)


def hyphen_mixed(answer: str, question: str) -> str:
    """ "2-1/2" as the mixed number 2 1/2 (a proper fraction after a whole number), unless
    the question subtracts the same numbers."""
    found = list(_HYPHEN_MIXED.finditer(answer))
    if len(found) != 1:
        return answer
    sign, whole, top, bottom = found[0].groups()
    asked = re.sub(r"\s+", "", normalise(question))
    if not 0 < int(top) < int(bottom) or f"{whole}-{top}/{bottom}" in asked:
        return answer
    start, end = found[0].span()
    return f"{answer[:start]}{sign}{whole} {top}/{bottom}{answer[end:]}"
