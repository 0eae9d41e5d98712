"""The runs of math in a chat message ("solve 3x+5=20" -> "3x+5=20") that parse, and what
they hold: an equation, or the same math as another text."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.mathparse import parse_math

# "solve for x 3x+7=22": "for x" names the unknown, it is not a factor of the equation
_SPLIT = re.compile(
    r"[:;,]|\b(?:so|then|therefore|thus|which\s+gives|gives|means|and)\b|=>|→"
    r"|\bfor\s+[a-z]\b(?!\s*[=<>])",
    re.I,
)
_TOKEN = re.compile(r"^[0-9A-Za-z+\-*/^().=<>!²³√π×÷−|]+$")
_MATHY = re.compile(r"[=<>+*/^()²³√×÷]|\d\s*[a-z]|\d\s*[-−]\s*\d")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def math_spans(message: str) -> list[str]:
    """Runs of math in a message ("solve 3x+5=20" -> ["3x+5=20"]) that parse."""
    spans: list[str] = []
    for segment in _SPLIT.split(_DATE.sub(" ", message)):
        run: list[str] = []
        raws = [*segment.split(), ""]
        for at, raw in enumerate(raws):
            token = raw.rstrip("?.!")
            mathy = bool(token and _TOKEN.match(token) and _mathy_token(token))
            # "a - b = 1": a lone "a" before an operator is a variable, not the article
            mathy = mathy or (token in ("a", "A") and bool(re.match(r"[-+*/^=<>]", raws[at + 1])))
            if mathy:
                run.append(token)
            if mathy and token == raw:
                continue  # an end mark closes the run: "Solve for x. 7x - 4 = 8"
            text = " ".join(run)
            if run and _MATHY.search(text) and parse_math(text) is not None:
                spans.append(text)
            run = []
    return spans


def _mathy_token(token: str) -> bool:
    """Numbers, operators, single-letter variables, or anything with a digit or operator."""
    if len(token) == 1 and token.isalpha():
        return token not in "aAI"  # articles and "I" are words, not variables
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", token, re.I):
        return False  # "4th" is an ordinal, not 4·h·t
    return bool(re.search(r"[\d=<>+\-*/^()²³√×÷−|]", token))


def has_equation(text: str) -> bool:
    """Whether the text contains an equation that parses."""
    return any(isinstance(parse_math(s), sympy.Eq) for s in math_spans(text))


def same_math(a: str, b: str) -> bool:
    """Whether both texts contain the same parsed equation or expression."""
    left = {parse_math(s) for s in math_spans(a)}
    return any(parse_math(s) in left for s in math_spans(b))
