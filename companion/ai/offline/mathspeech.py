"""Algebra said aloud, written in symbols: "x squared times sin x" is "x^2*sin x", "3x to the
fourth" is "3x^4", "e to the 2x" is "e^(2x)", "the square root of x" is "sqrt(x)".

Only words next to a variable or a function are read, so "3 times as old" and "a squared
sheet" stay as they are (numbers alone are askarith's)."""

from __future__ import annotations

import re
from collections.abc import Callable

from companion.ai.offline.answertext import number_words
from companion.ai.offline.spokenpowers import ORDINALS

# a one-letter variable word; "a" and "i" are English words first
_VAR = r"(?<![\w^])(?:\d*[b-hj-z])(?![\w(])"
_FUNC = r"(?:sin|cos|tan|sec|csc|cot|ln|log|sqrt|e)\b"
_POWER_WORD = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINALS) + ")"


def _power(match: re.Match[str]) -> str:
    word = match[2].lower()
    return f"{match[1]}^{ORDINALS.get(word) or re.sub(r'(st|nd|rd|th)$', '', word)}"


_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(rf"({_VAR}|\))\s+squared\b", re.I), r"\1^2"),
    (re.compile(rf"({_VAR}|\))\s+cubed\b", re.I), r"\1^3"),
    # "e to the 2x", "e to the power of x": the whole exponent in brackets
    (
        re.compile(
            r"\be\s+(?:raised\s+)?to\s+the\s+(?:power\s+(?:of\s+)?)?(-?\d*[a-z]|-?\d+)\b", re.I
        ),
        r"e^(\1)",
    ),
    (
        re.compile(rf"({_VAR}|\))\s+(?:raised\s+)?to\s+the\s+({_POWER_WORD})(?:\s+power)?\b", re.I),
        _power,
    ),
    (
        re.compile(rf"({_VAR}|\))\s+(?:raised\s+)?to\s+the\s+power\s+(?:of\s+)?(\d+)\b", re.I),
        r"\1^\2",
    ),
    (re.compile(rf"(?:the\s+)?square\s+root\s+of\s+({_VAR})", re.I), r"sqrt(\1)"),
    (re.compile(rf"(?:the\s+)?(?:natural\s+)?log\s+of\s+({_VAR})", re.I), r"ln(\1)"),
    # "x^2 times sin x", "3 times x": times before a variable or a function
    (re.compile(rf"(?<=[\w)])\s+(?:times|multiplied\s+by)\s+(?={_FUNC}|{_VAR}|\()", re.I), "*"),
)


# "how many 1/8s are in 1/2": the second divided by the first
_HOW_MANY_IN = re.compile(
    r"\bhow\s+many\s+(\d+\s*/\s*\d+)(?:'?s)?\s+(?:are\s+)?(?:there\s+)?in\s+"
    r"(\d+(?:\s+\d+\s*/\s*\d+|\s*/\s*\d+)?)(?=\s*[?.!]*\s*$)",
    re.I,
)


# "negative 4", "negative two": a minus sign said before a number
_NEGATIVE = re.compile(r"\bnegative\s+(?=(\d|\.\d|[a-z]+\b))", re.I)


def _negative(match: re.Match[str]) -> str:
    word = match[1]
    return "-" if word[-1].isdigit() or number_words(word) != word else match[0]


def in_symbols(message: str) -> str:
    """The message with spoken algebra written as symbols ("how many 1/8s are in 1/2" as the
    division it is, "negative 4" as -4); other words unchanged."""
    for pattern, template in _RULES:
        message = pattern.sub(template, message)
    message = _NEGATIVE.sub(_negative, message)
    message = _HOW_MANY_IN.sub(r"\2 divided by \1", message)
    return message
