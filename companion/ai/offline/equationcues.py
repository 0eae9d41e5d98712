"""Equation cues: where two lines meet, two equations in the same two unknowns ("x + y = 10
and x - y = 2", "y = x + 3 and y = 2x + 1") and a quadratic to solve name their skill when no
term does (see `cues.topic_cues`)."""

from __future__ import annotations

import re

_UNKNOWN = r"(?<![\w.])(?:\d+(?:\.\d+)?)?"  # an unknown's coefficient, written onto it: "2x"
_END = r"(?![\w.])"
EQUATION_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # where two lines meet: "where do the lines y = x + 1 and y = 5 - x intersect?"
    (
        re.compile(
            r"\bwhere (?:do|does|will) (?:the )?(?:two )?(?:lines|graphs|equations)\b[^?\n]{0,60}"
            r"\b(?:intersect|cross|meet)\b",
            re.I,
        ),
        "algebra_1.systems_of_equations",
    ),
    # two equations in the same two unknowns: "x + y = 10 and x - y = 2", "2x + y = 7, x - y = 2"
    (
        re.compile(
            rf"{_UNKNOWN}([a-z]){_END}\s*[-+]\s*{_UNKNOWN}(?!\1)([a-z]){_END}\s*=\s*-?\d[\d.]*"
            r"\s*(?:,|;|&|\band\b)(?:\s*[a-z]{2,}\b){0,3}\s*"  # "and their difference"
            rf"{_UNKNOWN}(?:\1{_END}\s*[-+]\s*{_UNKNOWN}\2|\2{_END}\s*[-+]\s*{_UNKNOWN}\1)"
            rf"{_END}\s*=\s*-?\d",
            re.I,
        ),
        "algebra_1.systems_of_equations",
    ),
    # two lines in slope form in the same unknowns: "y = x + 3 and y = 2x + 1"
    (
        re.compile(
            rf"(?<![\w.])([a-z])\s*=\s*[-\d.]*\s*(?!\1)([a-z]){_END}\s*[-+]\s*\d[\d.]*\s*(?:,|;|"
            rf"\band\b)\s*\1\s*=\s*[-\d.]*\s*\2{_END}\s*[-+]\s*\d",
            re.I,
        ),
        "algebra_1.systems_of_equations",
    ),
    # a quadratic equation to solve: "what are the solutions of x^2 - 9 = 0", "solve x² = 16"
    (
        re.compile(
            r"\b(?:solve|solutions?|roots?|zeros?)\b[^.?!\n]{0,30}?\b[a-z]\s*(?:\^\s*2|²)"
            r"[^=\n]{0,25}=",
            re.I,
        ),
        "algebra_1.solving_quadratic_equations",
    ),
)
