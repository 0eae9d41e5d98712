"""Skills a session's math notation shows, whatever words surround it ("lim", "log", "f(x) =",
"x^2", "3x + 5 =", "1 ft = 12 in")."""

from __future__ import annotations

import re
from collections import defaultdict

from companion.ai.offline.textmemo import per_text
from companion.ai.offline.units import UNIT

# an equation in a letter ("3x = 21", "so x = 7", "let x be the price", "solve for y")
LINEAR_EQUATION = (
    r"(?<![a-z])\d*[a-z]\s*[-+]\s*\d+(?:\.\d+)?\s*=\s*-?\d|(?<![a-z])\d+[a-z]\s*=\s*-?\d|"
    r"(?<![\w'])[a-z]\s*=\s*-?\(?\d|\b(?:let|assume|call)\s+[a-z]\s+(?:be|=|is)\b|"
    r"\bsolve for [a-z]\b|\bin terms of [a-z]\b"
)
_UNIT = rf"(?:{UNIT}|in)"  # "1 ft = 12 in"
# "How many seconds are in one minute?", "convert 3 feet to inches", "1 ft = 12 in"
_CONVERSION = re.compile(
    rf"\bhow many {_UNIT}\b[^.?!\n]{{0,20}}?\bin (?:a|an|one|\d+(?:\.\d+)?)\s*{_UNIT}\b|"
    rf"\bconvert\b[^.?!\n]{{0,30}}?\b(?:to|into) {_UNIT}\b|"
    rf"\b\d+(?:\.\d+)?\s*{_UNIT}\s*=\s*\d+(?:\.\d+)?\s*{_UNIT}\b",
    re.I,
)
# notation that shows which skill is in use, whatever words surround it
_NOTATION = (
    (re.compile(r"\blim(?:_|\b)"), "calculus.limits"),
    (re.compile(r"\bd/dx|\bdy/dx|\b[fgy]'\s*\(|[fgy]′"), "calculus.definition_of_the_derivative"),
    # ∫, or the integral typed out ("int_3^6 ... dx", "int x^(-3) dx")
    (re.compile(r"∫|\bint(?:_|\s)[^.?!\n]{0,60}?\bd[a-z]\b"), "calculus.antiderivatives"),
    (re.compile(r"\b(?:log|ln)\b"), "algebra_2.logarithms"),
    # P(A), P(A and B), P(X = 3): the probability of an event
    (re.compile(r"\bP\s*\(\s*(?:[A-Z]\b|not\b)"), "statistics.basic_probability"),
    (re.compile(r"\b(?:sin|cos|tan|sec|csc|cot)\b"), "trigonometry.right_triangle_trigonometry"),
    (re.compile(r"√|\bsqrt\b"), "algebra_2.radicals_and_rational_exponents"),
    # derived SI units belong to physics, unlike the km and kg of a word problem
    (
        re.compile(
            r"\d\s*\(?(?:N|J|W|Pa|Hz|m/s|N/m|N·m|kg·m/s|m/s\^?2|rad/s|\(m\)/\(s(?:\^?2)?\))\)?"
            r"(?![A-Za-z])"
        ),
        "physics.units_and_measurement",
    ),
    (re.compile(r"\b[a-zA-Z]\s*\(\s*[a-z0-9]+\s*\)\s*="), "algebra_1.functions"),
    # an inequality on an expression in a variable ("x-15<4", "3x+y>5", "2x-y leq 10")
    (
        re.compile(
            r"(?<![A-Za-z])(?:\d+[a-z]|[a-z]\s*[-+]\s*\d*[a-z0-9.]+)\s*"
            r"(?:[-+]\s*\d*[a-z0-9.]+\s*)*(?:[<>≤≥]|\b[lg]eq\b)"
        ),
        "algebra_1.linear_inequalities",
    ),
    # Euler's e raised to a power ("e^-0.5", "e^(kt)"): an exponential function
    (
        re.compile(r"(?<![A-Za-z])e\s*(?:\^|\*\*)\s*[-(a-z0-9]"),
        "algebra_1.exponential_growth_and_decay",
    ),
    (_CONVERSION, "elementary_math.measurement_and_unit_conversion"),
    # a number written with a decimal point, outside money ("16.50 < 20", "0.3 + 0.45")
    (re.compile(r"(?<![$\d.,])\d+\.\d+(?![\d.])"), "elementary_math.decimals"),
    # a signed number inside a computation or a pair ("(-3, 0)", "= -5", "* -2"): past grade 5
    (re.compile(r"(?:^|[(=+*/×÷,])\s*[-−]\s?\(?\d"), "pre_algebra.integer_operations"),
    # x^2, not Euler's e^2 nor a unit such as (m^2); "(x^2)/(16)" is a term of an equation
    (
        re.compile(r"\b\d*[a-df-z]\s*(?:\^|\*\*)\s*[2-9](?!\)(?!\s*[/+*=-]))"),
        "algebra_1.polynomials",
    ),
    (re.compile(LINEAR_EQUATION), "algebra_1.linear_equations"),
)


def notation_skills(texts: list[str]) -> dict[str, list[int]]:
    """KB concept id -> turns whose notation uses it ("lim", "log", "f(x) =", "x^2", "3x + 5 =")."""
    found: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        for cid in _notation(text):
            found[cid].append(i)
    return dict(found)


@per_text
def _notation(text: str) -> tuple[str, ...]:
    """The skills one text's notation shows, in `_NOTATION` order (a skill once)."""
    return tuple(dict.fromkeys(cid for pattern, cid in _NOTATION if pattern.search(text)))
