"""Answers that leave the work undone, though their value is right: the working for a number
set up from the question's numbers and not carried out ("3 x 6" or "6 + 6 + 6" for 18, "22^2" for 484), a product multiplied out
where the question asks to factor ("x^2 + 2x - 15" for (x - 3)(x + 5)), and a bound ("at
least 18", "18+") where one value is asked.

Fractions and mixed numbers ("3/4", "2 1/2") are numbers, and scientific notation ("3 x
10^4") a way to write one, so neither is working left undone; a fraction that comes out
whole ("180/15" for 12) is a division not carried out.
"""

from __future__ import annotations

import re

from companion.ai.offline.answers import given_numbers
from companion.ai.offline.mathnumbers import THOUSANDS, to_number
from companion.ai.offline.mathtext import normalise

__all__ = ["bound_given", "undone_work"]

# an expected answer that is one number: "18", "$1,080", "2.5", "-3/8", "4 1/2 cups", "35%"
_ONE_NUMBER = re.compile(
    r"^-?\$?\d+(?:\.\d+)?(?:\s+\d+\s*/\s*\d+|\s*/\s*\d+)?\s*%?(?:\s*[A-Za-z][A-Za-z ]*)?$"
)
_TERM = r"\(?\s*-?\$?\d+(?:\.\d+)?\s*\)?"
# numbers joined by signs, at least one of them no fraction bar: "3*6", "6 + 6 + 6", "22^2"
_ARITHMETIC = re.compile(rf"^{_TERM}(?:\s*[-+*/^]\s*{_TERM})+$")
_WORKING_SIGN = re.compile(r"(?<=[\d)\s])[-+*^]")
_QUOTIENT = re.compile(r"^(\d+)\s*/\s*(\d+)$")
_POWER_OF_TEN = re.compile(r"(?:^|\*)\s*10\s*\^")
# "Factor x^2 + 2x - 15", "factorise completely"; not "a factor of 12", "common factor"
_FACTOR_ASKED = re.compile(
    r"(?<!common )\bfactor(?:ise|ize)?\b(?!\s+(?:of|tree|pairs?|theorem)\b)"
    r"|\bfactored\s+form\b|\bcompletely\s+factored\b",
    re.I,
)
_BOUND = re.compile(
    r"\b(?:at\s+(?:least|most)|no\s+(?:more|less|fewer)\s+than|up\s+to|(?:more|less|fewer)\s+than"
    r"|a\s+(?:minimum|maximum)\s+of)\s+(?=[-$]?\d)"
    r"|(?<=\d)\+(?!\s*[-\d(.$])|(?<=\d)\s+or\s+(?:more|less|fewer)\b",
    re.I,
)
# "it adds up to 18", "7.5 rounds up to 8": a verb before "up to" makes it a result
_REACHES = re.compile(
    r"\b(?:add|sum|come|came|round|go|went|make|made|total|end)(?:s|ed|ing)?\s+$", re.I
)
_BOUND_ASKED = re.compile(r"\b(?:least|most|minimum|maximum|fewest|more|less|fewer)\b", re.I)


def _plain(text: str) -> str:
    return THOUSANDS.sub("", normalise(text)).strip().rstrip(".").strip()


def _one_number(expected: str) -> bool:
    return _ONE_NUMBER.match(_plain(expected)) is not None


def _whole_quotient(expected: str, text: str) -> bool:
    """ "180/15" for a whole number: a division left undone, not a fraction."""
    split = _QUOTIENT.match(text)
    return (
        split is not None
        and "/" not in _plain(expected)
        and int(split[2]) > 1
        and int(split[1]) % int(split[2]) == 0
    )


def _unworked(question: str, expected: str, read: str) -> bool:
    """Whether the answer read is numbers joined by signs, some of them the question's own,
    for an expected single number."""
    text = _plain(read)
    if not _one_number(expected) or _ARITHMETIC.match(text) is None:
        return False
    given = given_numbers(question)
    if not any(to_number(n) in given for n in re.findall(r"\d+(?:\.\d+)?", text)):
        return False
    signed = _WORKING_SIGN.search(text.lstrip("-( ")) is not None
    return (signed and not _POWER_OF_TEN.search(text)) or _whole_quotient(expected, text)


def _unfactored(question: str, expected: str, read: str) -> bool:
    """A polynomial with no bracket where the question asks to factor and the expected
    answer is a product of brackets."""
    want, said = _plain(expected), _plain(read)
    return (
        _FACTOR_ASKED.search(question) is not None
        and "(" in want
        and "(" not in said
        and re.search(r"[a-z]", said) is not None
    )


def undone_work(question: str, expected: str, read: str) -> str | None:
    """Why an answer whose value is right leaves the work undone, or None when it does not."""
    if _unworked(question, expected, read):
        return "That is the working, not its result: work it out to one number."
    if _unfactored(question, expected, read):
        return "That has the right value, but the question asks for it factored, as a product."
    return None


def bound_given(question: str, expected: str, answer: str) -> str | None:
    """The words that make an answer a bound ("at least 18", "18+", "18 or more") where
    the question asks for one number and names no bound itself."""
    if not _one_number(expected) or _BOUND_ASKED.search(question):
        return None
    text = normalise(answer)
    for bound in _BOUND.finditer(text):
        if not _REACHES.search(text[: bound.start()]):
            return bound[0].strip()
    return None
