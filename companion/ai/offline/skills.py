"""Skills a session uses, read from what it computes and how it writes math (not from words)."""

from __future__ import annotations

import re
from collections import defaultdict

from companion.ai.offline.cues import topic_cues, without_scoring
from companion.ai.offline.notationskills import LINEAR_EQUATION, notation_skills
from companion.ai.offline.textmemo import per_text

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
    r"|(?<![a-z^_.\d])\d+\s+[a-z]+\s*([×÷]|divided by)\s*\d"
    # "15 mangoes + 60 mangoes = 75", "60 mangoes/4 = 15": with the counted thing, a sign
    # computes when a result follows ("5 years - 7 years old" is a range)
    r"|(?<![a-z^_.\d])\d+(?:\.\d+)?\s+[a-z]+\s*([-+*/x]|plus|minus|times)\s*\$?\d+(?:\.\d+)?"
    r"(?:\s*[a-z]+)?\s*=",
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
_SOLVING = re.compile(rf"{LINEAR_EQUATION}|\bboth sides\b")
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
        _OPERATIONS.get((m[1] or m[2] or m[3] or m[4] or m[5]).lower())
        for m in _ARITHMETIC.finditer(text)
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
    notation = notation_skills(texts)
    # a problem whose shape names its skill ("the cost for 1 pound") is that skill's problem,
    # and algebra written out ("3x + 5 = 20", "f(x) =", "x^2") is no story; decimals, signed
    # numbers and units are written in stories too
    algebra = [
        c for c in notation if not c.startswith(("elementary_math.", "pre_algebra.", "physics."))
    ]
    named = skills or shapes or has_terms or algebra
    if not named and len(quantities) >= max(3, 0.4 * len(texts)):
        skills[MULTI_STEP] = quantities
    dividing = division_steps(texts)
    if dividing:
        skills[_SKILL_OF_OPERATION["Division"]] = sorted(
            {*skills.get(_SKILL_OF_OPERATION["Division"], []), *dividing}
        )
    for cid, used in [*notation.items(), *shapes.items()]:
        skills[cid] = sorted({*skills.get(cid, []), *used})
    if one_step_division(texts):
        skills.pop(LONG_DIVISION, None)
    return skills, set(notation) - computed
