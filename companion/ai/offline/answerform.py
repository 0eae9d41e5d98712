"""The form a question asks its answer in: a fraction in lowest terms, a mixed number, a
fraction or a decimal, a list in a fixed order.

Answers are graded by value, so "14/24" equals "7/12". When the question asks for lowest
terms (simplest or reduced form, "simplify" a fraction) or for a mixed number, a right
value written in another form is not the answer asked for; these checks say why.
"""

from __future__ import annotations

import re
from math import gcd

from companion.ai.offline.mathnumbers import THOUSANDS, to_number
from companion.ai.offline.mathtext import normalise

__all__ = ["as_ordered_list", "asks_lowest_terms", "asks_order", "asks_percent", "form_problem"]

_LOWEST = re.compile(
    r"\blowest\s+terms\b|\bsimplest\s+form\b|\breduced\s+(?:form|fraction)\b|\bsimplif(?:y|ied)\b"
    r"|\breduce\b",
    re.IGNORECASE,
)


def asks_lowest_terms(question: str) -> bool:
    """Whether the question asks for lowest terms (simplest or reduced form, "simplify")."""
    return bool(_LOWEST.search(question))


_MIXED_ASKED = re.compile(r"\bmixed\s+(?:number|numeral|fraction)\b", re.IGNORECASE)
_FRACTION = re.compile(r"(?<![\d.])(\d+)\s*/\s*(\d+)(?![\d.])")
_MIXED = re.compile(r"^\s*[-+]?\s*\d+\s+(\d+)\s*/\s*(\d+)\s*$")


_PERCENT_ASKED = re.compile(
    r"\b(?:what|which|how\s+many)\s+(?:is\s+the\s+|was\s+the\s+)?percent(?:age)?\b"
    r"|\b(?:as|in|by)\s+(?:a\s+)?(?:what\s+)?percent(?:age)?\b|\bnearest\s+percent\b",
    re.IGNORECASE,
)


def asks_percent(question: str) -> bool:
    """Whether the question asks for a percent ("What percentage of the kittens ...?",
    "expressed as a percentage"), not a count that merely mentions one ("If 60% are girls,
    how many boys ...?")."""
    return bool(_PERCENT_ASKED.search(question))


_EXTREME = r"(?:least|smallest|lowest|greatest|largest|highest|biggest)"
_ORDER_ASKED = re.compile(
    rf"\b{_EXTREME}\s+to\s+(?:the\s+)?{_EXTREME}\b"
    r"|\b(?:increasing|decreasing|ascending|descending|numerical|alphabetical|reverse)\s+order\b"
    r"|\bin\s+(?:that\s+|this\s+|the\s+same\s+)?order\b(?!\s+to\b)|\b(?:arrange|rank|sort)\b"
    r"|\border\s+(?:the|these|them|from)\b|\brespectively\b|\bsequence\b"
    r"|\b(?:first|next|last)\s+(?:\w+\s+)?terms\b|\ba_\{?[n1]\b"  # a sequence's terms
    # "in the form a,b", "form: a_1,a_2", "(a,b), with a > b": the letters name the places
    r"|\bform\s*:?\s*\(?\s*[a-z](?:_?\d+)?\s*,|\bwith\s+[a-z]\s*[<>]=?\s*[a-z]\b"
    r"|\bwhere\s+[a-z]\s+is\s+(?:greater|less|larger|smaller)\s+than\b"
    r"|\b(?:is|are|comes?|goes|listed)\s+first\b",
    re.IGNORECASE,
)
# quantities a question can ask for together, one value each (a plural, "the x-intercepts",
# may be several values in any order); it lists them in the order it names them
_QUANTITY = (
    r"(?:amplitude|period|(?:phase|horizontal|vertical)(?:\s+and\s+vertical)?\s+shifts?"
    r"|midline|vertex|focus|directrix"
    r"|cent(?:er|re)|radius|domain|range|slope|[xy]-intercept|asymptote|mean|median|mode"
    r"|variance|standard\s+deviation|quotient|remainder|degree|leading\s+coefficient"
    r"|eccentricity|magnitude|direction|length|width|height|base|maximum|minimum)"
)
_QUANTITIES_ASKED = re.compile(
    rf"\b(?:find|give|state|determine|identify|compute|calculate|what\s+(?:is|are))\s+"
    rf"(?:the\s+|its\s+)?{_QUANTITY}(?:\s*,\s*(?:the\s+|its\s+)?{_QUANTITY})*"
    rf"\s*,?\s+and\s+(?:the\s+|its\s+)?{_QUANTITY}\b",
    re.IGNORECASE,
)
_SOLUTIONS_ASKED = re.compile(r"\b(?:solve|solutions?|roots?|zeros?|zeroes)\b", re.IGNORECASE)


def asks_order(question: str) -> bool:
    """Whether the question fixes the order of a listed answer: it asks to order or arrange
    values ("from least to greatest", "in increasing order"), for the terms of a sequence,
    for values "respectively" or "in the form a,b", or for several named quantities ("the
    amplitude and the period"); a solution set ("solve", "find all roots") has no order."""
    if _ORDER_ASKED.search(question):
        return True
    return bool(_QUANTITIES_ASKED.search(question)) and not _SOLUTIONS_ASKED.search(question)


_CHAIN = re.compile(r"\s*([<>])\s*")


def as_ordered_list(answer: str) -> str | None:
    """ "-3 < 1/2 < 4" -> "-3, 1/2, 4", "4 > 1/2 > -3" -> "4, 1/2, -3": numbers put in order
    with "<" (or ">") list them in the order written; None for anything else (a variable,
    a mixed chain, one value)."""
    pieces = _CHAIN.split(_plain(answer))
    parts, signs = pieces[::2], set(pieces[1::2])
    if len(parts) < 2 or len(signs) != 1 or "=" in answer:
        return None
    return ", ".join(parts) if all(to_number(p) is not None for p in parts) else None


def _plain(text: str) -> str:
    return THOUSANDS.sub("", normalise(text)).strip().rstrip(".")


def _unreduced(text: str) -> tuple[int, int, int] | None:
    """The first fraction written with a common factor (or over 1): (top, bottom, factor)."""
    for match in _FRACTION.finditer(_plain(text)):
        top, bottom = int(match[1]), int(match[2])
        if bottom and (gcd(top, bottom) > 1 or bottom == 1):
            return top, bottom, gcd(top, bottom)
    return None


def _rational(text: str) -> bool:
    value = to_number(text)
    return value is not None and value.is_Rational


def _not_lowest(question: str, expected: str, answer: str) -> str | None:
    if not _LOWEST.search(question) or not _rational(expected) or _unreduced(expected):
        return None
    found = _unreduced(answer)
    if found is None:
        return None
    top, bottom, factor = found
    if bottom == 1:
        return f"That has the right value, but {top}/1 is not in lowest terms: write it as {top}."
    return (
        f"That has the right value, but {top}/{bottom} is not in lowest terms: divide the top"
        f" and bottom by {factor}, their greatest common factor."
    )


def _not_mixed(question: str, expected: str, answer: str) -> str | None:
    if not _MIXED_ASKED.search(question) or not _MIXED.match(_plain(expected)):
        return None
    written = _MIXED.match(_plain(answer))
    if written and int(written[1]) < int(written[2]):
        return None
    return (
        "That has the right value, but it is not written as a mixed number: a whole number"
        " and a proper fraction, like 3 1/2."
    )


# "as a fraction", "in fraction form", "as a decimal" ("decimal places" asks for rounding)
_FRACTION_ASKED = re.compile(
    r"\b(?:as|into|to)\s+an?\s+(?:(?:proper|improper|common|simplified|single)\s+)?fraction\b"
    r"|\bfraction\s+form\b",
    re.IGNORECASE,
)
_DECIMAL_ASKED = re.compile(
    r"\b(?:as|into|to)\s+a\s+decimal\b(?!\s+places?)|\bdecimal\s+(?:form|notation)\b",
    re.IGNORECASE,
)
_DECIMAL_POINT = re.compile(r"\d?\.\d")


def _other_notation(question: str, expected: str, answer: str) -> str | None:
    """A decimal where the question asks for a fraction, or a fraction where it asks for a
    decimal (the expected answer written in the form asked)."""
    want, said = _plain(expected), _plain(answer)
    if _FRACTION_ASKED.search(question) and "/" in want and "/" not in said:
        return "That has the right value, but the question asks for a fraction, like 3/4."
    if _DECIMAL_ASKED.search(question) and _DECIMAL_POINT.search(want) and "/" in said:
        return "That has the right value, but the question asks for a decimal, like 0.75."
    return None


_PERCENT = re.compile(r"%|\bpercent\b", re.IGNORECASE)


def _not_percent(question: str, expected: str, answer: str) -> str | None:
    """The decimal of a percent where the question asks for the percent ("0.25" for 25%),
    and a percent where it asks for a decimal or a fraction ("Write 25% as a decimal")."""
    typed = bool(_PERCENT.search(answer))
    if typed and not _PERCENT.search(expected):
        if _DECIMAL_ASKED.search(question) or _FRACTION_ASKED.search(question):
            return "That has the right value, but the question asks for it without a percent."
        return None
    number = _PERCENT.sub("", _plain(expected)).strip()
    bare, said = to_number(number), to_number(_plain(answer))
    if typed or not asks_percent(question) or bare is None or said is None:
        return None
    if abs(said - bare / 100) >= abs(said - bare):  # "33.33" rounds 33.3%; 0.25 is 25%
        return None
    return f"That has the right value, but the question asks for a percent: write it as {number}%."


# "3.2 × 10^5", "3.2*10^-4", "3.2e5": a number from 1 to 10 times a power of ten
_SCIENTIFIC = re.compile(
    r"^-?[1-9](?:\.\d+)?\s*(?:\*\s*10\s*\^\s*\(?\s*[-+]?\d+\s*\)?|[eE][-+]?\d+)$"
)
_SCIENTIFIC_ASKED = re.compile(r"\bscientific\s+notation\b", re.IGNORECASE)


def _not_scientific(question: str, expected: str, answer: str) -> str | None:
    """The right value not in scientific notation where the question asks for it."""
    if not _SCIENTIFIC_ASKED.search(question) or not _SCIENTIFIC.match(_plain(expected)):
        return None
    if _SCIENTIFIC.match(_plain(answer)):
        return None
    return (
        "That has the right value, but the question asks for scientific notation: a number"
        " from 1 to 10 times a power of ten, like 3.2 × 10^5."
    )


def form_problem(question: str, expected: str, answer: str) -> str | None:
    """Why a right value is not in the form the question asks for, or None when it is."""
    return (
        _not_lowest(question, expected, answer)
        or _not_mixed(question, expected, answer)
        or _other_notation(question, expected, answer)
        or _not_percent(question, expected, answer)
        or _not_scientific(question, expected, answer)
    )
