"""Skills a session uses, read from what it computes and how it writes math (not from words)."""

from __future__ import annotations

import re
from collections import defaultdict

from companion.ai.offline.cues import topic_cues, without_scoring
from companion.ai.offline.textmemo import per_text
from companion.ai.offline.units import UNIT

_SKILL_OF_OPERATION = {
    "Addition": "elementary_math.addition_and_subtraction_with_regrouping",
    "Subtraction": "elementary_math.addition_and_subtraction_with_regrouping",
    "Multiplication": "elementary_math.multiplication_facts",
    "Division": "elementary_math.long_division",
    "Percentages": "pre_algebra.percents",
    "Fractions": "elementary_math.fraction_basics",
    "Fraction sums": "elementary_math.adding_and_subtracting_fractions",
}
# fractions added or taken away ("1/2 + 1/4", "3/5 - 1/5"): adding fractions, no basics
_FRACTION_SUM = re.compile(r"(?<![\d.])\d{1,2}/\d{1,2}\s*[-+]\s*\d{1,2}/\d{1,2}(?![\d.])")
# a proper fraction written inline ("3/4", "1/5 < 1/2") is a fraction, not a division
_FRACTION = re.compile(r"(?<![\d.])(\d{1,2})/(\d{1,2})(?!\d|\.\d)")
_BARE_FRACTION = re.compile(r"(?<![\d.])\d{1,2}/\d{1,2}(?![\d.])(?!\s*=)")
MULTI_STEP = "elementary_math.multi_step_word_problems"
_DIGIT = re.compile(r"\d")
# numbers computed with, not numbers inside algebra ("3x + 5", "x^2-4") nor a matrix's size
_ARITHMETIC = re.compile(
    r"(?<![a-z^_.\d])\d+(?:\.\d+)?\s*([-+*/×÷x=]|plus|minus|times|divided by)\s*\$?\d+(?:\.\d+)?"
    r"(?![a-z(^\d])(?!\s*matri)|\d\s*(%|percent)|\d,?\s+(plus|minus|times)\s+\$?\d"
    # "108 students ÷ 4 classes": a counted thing between the number and the sign
    r"|(?<![a-z^_.\d])\d+\s+[a-z]+\s*([×÷]|divided by)\s*\d",
    re.I,
)
_NUM = r"(?<![A-Za-z_^])\d"
# a number taken twice over, not a thing done twice ("he did it twice.")
_TIMES_WORD = (
    r"(?:twice|double|triple)(?=\s+(?:as|the|a|an|that|this|his|her|their|its|my|your|it|them|"
    r"what|how|\$?\d))"
)  # a number, not a subscript or exponent ("a_1", "x^2")
# operations said in words next to a number ("I divided 100 by 4", "half of 14")
_WORD_OPERATIONS = tuple(
    (
        re.compile(
            rf"\b(?:{words})\b[^.?!\n]{{0,40}}?{_NUM}|{_NUM}[^.?!\n]{{0,40}}?\b(?:{words})\b", re.I
        ),
        name,
    )
    for words, name in (
        ("add|added|adding|sum of", "Addition"),
        ("subtract|subtracted|subtracting|take away|difference between", "Subtraction"),
        # "twice as many", "double 8", "triple the price": not "taking away 2 bags twice",
        # an action done again
        (rf"multiply|multiplied|multiplying|product of|{_TIMES_WORD}", "Multiplication"),
        ("divide|divided|dividing|half of|split equally|quotient", "Division"),
    )
)
# solving an equation in a letter ("3x = 21", "so x = 7", "divide both sides by 3"): the
# operations said in words there are inverse steps of algebra, not arithmetic worked
_LINEAR_EQUATION = (
    r"(?<![a-z])\d*[a-z]\s*[-+]\s*\d+(?:\.\d+)?\s*=\s*-?\d|(?<![a-z])\d+[a-z]\s*=\s*-?\d|"
    r"(?<![\w'])[a-z]\s*=\s*-?\(?\d|\b(?:let|assume|call)\s+[a-z]\s+(?:be|=|is)\b|"
    r"\bsolve for [a-z]\b|\bin terms of [a-z]\b"
)
_SOLVING = re.compile(rf"{_LINEAR_EQUATION}|\bboth sides\b")
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
    (re.compile(_LINEAR_EQUATION), "algebra_1.linear_equations"),
)
_OPERATIONS = {
    "+": "Addition",
    "-": "Subtraction",
    "*": "Multiplication",
    "x": "Multiplication",
    "×": "Multiplication",
    "/": "Division",
    "÷": "Division",
    "%": "Percentages",
    "percent": "Percentages",
    "plus": "Addition",
    "minus": "Subtraction",
    "times": "Multiplication",
    "divided by": "Division",
}


@per_text
def _operations(text: str) -> tuple[str, ...]:
    """The operations one text computes with, sorted."""
    text = without_scoring(text)
    names = {
        _OPERATIONS.get((m[1] or m[2] or m[3] or m[4]).lower()) for m in _ARITHMETIC.finditer(text)
    }
    if not _SOLVING.search(text):
        names |= {name for pattern, name in _WORD_OPERATIONS if pattern.search(text)}
    return tuple(sorted(n for n in names if n))


def arithmetic_turns(texts: list[str]) -> dict[str, list[int]]:
    """Operation name -> indices of the texts that compute with it ("5*80", "20%")."""
    found: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        for name in _operations(text):
            found[name].append(i)
    return dict(found)


def arithmetic_skills(texts: list[str]) -> dict[str, list[int]]:
    """KB concept id -> turns computing with it; several operations also make a multi-step problem."""
    found = arithmetic_turns(texts)
    both_in_one = any(
        len([n for n in _operations(text) if n != "Percentages"]) >= 2 for text in texts
    )
    fractions = [i for i, text in enumerate(texts) if _proper_fraction(text)]
    if fractions:
        # beside proper fractions, "16/8" with no result is an improper fraction, not a division
        fractions += [i for i in found.get("Division", []) if _improper_fractions_only(texts[i])]
        sums = {i for i in fractions if _FRACTION_SUM.search(texts[i])}
        if sums:
            found["Fraction sums"] = sorted(sums)
        if set(fractions) - sums:
            found["Fractions"] = sorted(set(fractions) - sums)
        if found.get("Division") and set(found["Division"]) <= set(fractions):
            del found["Division"]
    special = ("Percentages", "Fractions", "Fraction sums")
    operations = {name for name in found if name not in special}
    computing = sorted({t for name in operations for t in found[name]})
    skills: dict[str, list[int]] = defaultdict(list)
    if len(operations) >= 2 and (len(computing) >= 3 or both_in_one):
        skills[MULTI_STEP] = computing
    for name in operations:
        skills[_SKILL_OF_OPERATION[name]] += found[name]
    for name in special:
        if name in found:
            skills[_SKILL_OF_OPERATION[name]] += found[name]
    return {cid: sorted(set(turns)) for cid, turns in skills.items()}


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


_PRODUCT = re.compile(
    r"(\d+)\s*(?:[*x×]|times)\s*(\d+)|(?:multiply|product of)\D{0,12}?(\d+)\D{1,8}?(\d+)", re.I
)
_TAKE_AWAY = re.compile(r"(\d+)\s*(?:-|minus)\s*(\d+)|(\d+)\s+below\s+(\d+)", re.I)


def division_steps(texts: list[str]) -> list[int]:
    """Turns of long division's cycle: a product then taken away from the part being divided.

    "Multiply 6 and 26" then "163 - 156" (or "write 156 below 163") is dividing 163 by 26.
    """
    products: dict[int, int] = {}
    steps: set[int] = set()
    for i, text in enumerate(texts):
        for m in _TAKE_AWAY.finditer(text):
            big, small = (m[1], m[2]) if m[1] else (m[4], m[3])
            if int(small) in products and int(big) > int(small):
                steps |= {products[int(small)], i}
        for m in _PRODUCT.finditer(text):
            a, b = (m[1], m[2]) if m[1] else (m[3], m[4])
            products.setdefault(int(a) * int(b), i)
    return sorted(steps)


LONG_DIVISION = _SKILL_OF_OPERATION["Division"]
_DIVISION = re.compile(
    r"(?<![\d.,/])(\d[\d,]*(?:\.\d+)?)\s*(?:/|÷|divided by)\s*(\d[\d,]*(?:\.\d+)?)(?![\d/])"
    r"|\bdivid(?:e|ed|ing)\s+(\d[\d,]*)\s+(?:by|into)\s+(\d[\d,]*)",
    re.I,
)


def one_step_division(texts: list[str]) -> bool:
    """The session divides only in one step ("24 / 6", "50 / 6"): a quotient under 10 needs
    no long division, which takes a dividend of several digits worked down in steps."""
    found = False
    for text in texts:
        for m in _DIVISION.finditer(without_scoring(text)):
            a, b = (m[1], m[2]) if m[1] else (m[3], m[4])
            dividend, divisor = float(a.replace(",", "")), float(b.replace(",", ""))
            if divisor and dividend / divisor >= 10:
                return False
            found = True
    return found and not division_steps(texts)


# words every division uses ("56 divided by 8", "division facts", "the quotient"): beside
# divisions worked in one step they name no long division, which takes its own terms (a
# remainder, a divisor, "bring down") or a quotient of several digits
DIVISION_WORDS = frozenset({("divide",), ("divided",), ("dividing",), ("division",), ("quotient",)})


def division_named_only(
    phrases: set[tuple[str, ...]], skills: dict[str, list[int]], texts: list[str]
) -> bool:
    """Long division named only by words any division uses, every division worked in one step."""
    named = bool(phrases) and phrases <= DIVISION_WORDS
    return named and LONG_DIVISION not in skills and one_step_division(texts)


def _improper_fractions_only(text: str) -> bool:
    """Every slash in the text joins two short numbers with no result after it ("16/8")."""
    slashes = text.count("/")
    return slashes > 0 and len(_BARE_FRACTION.findall(text)) == slashes


@per_text
def _proper_fraction(text: str) -> bool:
    return any(0 < int(a) < int(b) for a, b in _FRACTION.findall(text))


def session_skills(
    texts: list[str], *, has_terms: bool, cues: bool = True
) -> tuple[dict[str, list[int]], set[str]]:
    """KB concept id -> turns using it, and the ids seen only in notation (weaker evidence).

    A dialogue that keeps reasoning with quantities but names no skill is a word problem;
    with `cues`, the shape of a worked K-12 problem (cues.py) is evidence too.
    """
    skills = arithmetic_skills(texts)
    computed = set(skills)
    quantities = [i for i, text in enumerate(texts) if _DIGIT.search(without_scoring(text))]
    shapes = topic_cues(texts) if cues else {}
    # a problem whose shape names its skill ("the cost for 1 pound") is that skill's problem
    if not skills and not shapes and not has_terms and len(quantities) >= max(3, 0.4 * len(texts)):
        skills[MULTI_STEP] = quantities
    dividing = division_steps(texts)
    if dividing:
        skills[_SKILL_OF_OPERATION["Division"]] = sorted(
            {*skills.get(_SKILL_OF_OPERATION["Division"], []), *dividing}
        )
    notation = notation_skills(texts)
    for cid, used in [*notation.items(), *shapes.items()]:
        skills[cid] = sorted({*skills.get(cid, []), *used})
    if one_step_division(texts):
        skills.pop(LONG_DIVISION, None)
    return skills, set(notation) - computed
