"""The final answer in what a student typed: a sentence, number words, hedges between values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy

from companion.ai.offline.answertext import (
    HEDGE,
    final_text,
    letters_ok,
    number_words,
    without_prose,
)
from companion.ai.offline.labelledvalues import named_values
from companion.ai.offline.mathequivalence import as_product, both_signs, equivalent, solution_parts
from companion.ai.offline.mathnumbers import THOUSANDS
from companion.ai.offline.mathparse import normalise, parse_math, to_number
from companion.ai.offline.matrices import bare_rows
from companion.ai.offline.solvingsteps import solved_value
from companion.ai.offline.workings import NUMBER, chain, chain_in, reused

# "40 to 45", "about 40-45", "between 40 and 45": a range is two answers, not one
_RANGE_LEAD = r"(?:about|around|roughly|approximately|maybe|probably|somewhere|between|from)"
_RANGE = re.compile(
    rf"^(?:(?P<lead>{_RANGE_LEAD})\s+)*(?P<a>-?\$?\d[\d,]*(?:\.\d+)?)\s*(?P<sep>to|-)\s*"
    r"(?P<b>-?\$?\d[\d,]*(?:\.\d+)?)(?:\s+[A-Za-z]+)?$",
    re.I,
)
_NONE = re.compile(r"(?:none|nothing|not\s+any)(?:\s+(?:left|at\s+all|of\s+them))?", re.I)
_SPLIT = re.compile(rf"\s*(?:[,;]|{HEDGE.pattern}|\band\b)\s*", re.I)
# a number in a sentence; "12 000" (thousands set apart by a space) is one number
_NUMBER_TOKEN = re.compile(
    r"(?<![\w.^])-?\$?(?:\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d/.,])|\d[\d,]*(?:\.\d+)?"
    r"(?:\s+\d+/\d+|\s*/\s*\d+(?:\.\d+)?)?)\s*%?"
)
_SO = re.compile(
    r"(?:\s*[,;.]\s*|\s+)(?:so|therefore|thus|hence|which gives|giving)\b[,:]?\s*", re.I
)
# "1 and 1/2" for one value is the mixed number 1 1/2 (in a list, two answers)
_MIXED_AND = re.compile(r"(?<![\d.])(\d+)\s+and\s+(\d+)\s*/\s*(\d+)(?![\d.])")
# "from the 4", "of the 12 eggs": a number the question gives, named by "the" as known
_DEFINITE = re.compile(r"\bthe\s+$", re.I)
_ZERO = re.compile(r"=\s*0\s*$")
_LABEL = re.compile(r"^\s*(?:[A-Za-z]\w*'*\s*(?:\(\s*[a-z]\s*\))?|[a-z])\s*=\s*(?=\S)")


@dataclass(frozen=True)
class Reading:
    """How an answer was read: the math in it, and every distinct value when it hedges."""

    text: str
    values: tuple[str, ...] = field(default_factory=tuple)
    false_link: str = ""  # "14/25 = 7/12": working typed with the answer that is not true

    @property
    def hedged(self) -> bool:
        return len(self.values) > 1


def given_numbers(question: str) -> frozenset[object]:
    """The numbers a question states ("40 boxes", "$1,200", "four times") as exact values."""
    text = THOUSANDS.sub("", number_words(normalise(question)))
    return frozenset(v for m in NUMBER.finditer(text) if (v := to_number(m[0])) is not None)


def _math(text: str, symbols: set[str] | None) -> str | None:
    """The longest word-suffix of the text that reads as a number or as math."""
    starts = [0, *(m.end() for m in re.finditer(r"\s+", text))]
    for start in starts:
        tail = text[start:].strip()
        if not tail:
            continue
        if to_number(tail) is not None:
            return tail
        if letters_ok(_LABEL.sub("", tail), symbols) and parse_math(tail) is not None:
            return tail
    return None


def _drop_label(text: str, keep: bool) -> str:
    """ "f(x) = 3x^2" -> "3x^2" when the expected answer is not an equation."""
    return text if keep else _LABEL.sub("", text)


_OPEN, _CLOSE = "([{", ")]}"


def bracketed(text: str) -> list[str]:
    """The outermost bracketed groups holding a comma: points "(3, 4)", matrices "[[1, 2]]"."""
    groups, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in _OPEN:
            start = i if depth == 0 else start
            depth += 1
        elif char in _CLOSE and depth > 0:
            depth -= 1
            if depth == 0 and "," in text[start:i]:
                groups.append(text[start : i + 1])
    return groups


def _point(text: str) -> Reading:
    """The point or matrix in a sentence ("the midpoint is (3, 4)"), or rows typed without
    brackets ("1 2; 3 4"); two different ones hedge."""
    groups = bracketed(text)
    if not groups and (rows := bare_rows(text)):
        groups = [rows]
    distinct: list[str] = []
    for group in groups:
        if not any(equivalent(group, seen) for seen in distinct):
            distinct.append(group)
    if len(distinct) == 1:
        return Reading(distinct[0])
    if not distinct:  # "x = 3 and y = 5" names the coordinates
        return Reading(without_prose(text))
    return Reading(" or ".join(distinct), tuple(distinct))


def read_answer(
    answer: str,
    *,
    symbols: set[str] | None = None,
    equation: bool = False,
    listed: bool = False,
    point: bool = False,
    given: frozenset[object] = frozenset(),
) -> Reading:
    """The final answer in a typed answer; `symbols` are the variables it may use.

    `listed`: the expected answer is a list ("x = 2, y = 3"), so the answer is read whole.
    `point`: the expected answer is one point or matrix, which is found in a sentence.
    `given`: the numbers the question states, which a sentence may restate on the way.
    """
    if (point or listed) and (named := named_values(final_text(answer))):
        return Reading(named)  # "x = 2, so y = 3"
    if point:
        return _point(final_text(answer))
    if listed:
        return Reading(without_prose(_concluded(final_text(answer))))
    if not equation and (solved := solved_value(final_text(answer), symbols)):
        return Reading(solved)  # "3x = 12 so x = 4": the step is working
    text = _MIXED_AND.sub(_mixed, _drop_label(final_text(answer), equation))
    text = "0" if _NONE.fullmatch(text) else text  # "none left" to "how many are left?"
    if spread := _range(text):
        return spread
    if len(signed := _distinct(both_signs(text))) > 1:  # "±3" is two answers, 3 and -3
        return Reading(" or ".join(signed), tuple(signed))
    if not equation and (whole_chain := chain(text, symbols)):
        return Reading(whole_chain.result, false_link=whole_chain.false_link)
    whole = _math(text, symbols)
    if whole == text:
        return Reading(text)
    found, false_link = _found(text, symbols, equation)
    tokens = [t.strip() for t in _NUMBER_TOKEN.findall(text)]
    tokens = [t for t in tokens if to_number(t) is not None]
    if not found or (given and all(value_of(f) in given for f in found)):
        found = _new_number(text, tokens, given) or found or tokens
    distinct = _distinct(_answers_only(text, found, given))
    if len(distinct) == 1 and _denied(text, distinct[0]):
        return Reading("")  # "not 5", "the answer is not 5": no answer is given
    if len(distinct) == 1:
        return Reading(distinct[0], false_link=false_link)
    if not distinct:
        return Reading("")
    return Reading(" or ".join(distinct), tuple(distinct), false_link)


def _mixed(m: re.Match[str]) -> str:
    """A whole number and a proper fraction joined by "and" as one mixed number."""
    return f"{m[1]} {m[2]}/{m[3]}" if 0 < int(m[2]) < int(m[3]) else m[0]


def _concluded(text: str) -> str:
    """ "(x-2)(x+3)=0 so x=2 or x=-3": the list that working concludes with, after its last
    "so" or "therefore", when that is a list or the working sets something to zero ("x = 2,
    so y = 3" stays whole)."""
    conclusions = list(_SO.finditer(text))
    if not conclusions:
        return text
    head, tail = text[: conclusions[-1].start()], text[conclusions[-1].end() :]
    return tail if solution_parts(tail) or _ZERO.search(head) else text


def _range(text: str) -> Reading | None:
    """ "39 to 40", "about 39-40" as the two answers they are ("39-40" alone is a difference)."""
    spread = _RANGE.match(text)
    if spread is None or not (spread["sep"].lower() == "to" or spread["lead"]):
        return None
    return Reading(f"{spread['a']} or {spread['b']}", (spread["a"], spread["b"]))


def _denied(text: str, value: str) -> bool:
    return re.search(rf"\b(?:not|never|isn'?t)\s+{re.escape(value)}", text, re.I) is not None


def _new_number(text: str, tokens: list[str], given: frozenset[object]) -> list[str]:
    """ "40 apples in the 5 boxes": when what a sentence ends with only restates the question,
    the one number in it the question does not give is the answer; where it gives them all,
    the one number not named with "the"."""
    if HEDGE.search(text) or not re.search(r"[A-Za-z]{2}", text):
        return []
    new = _distinct([t for t in tokens if value_of(t) not in given])
    if not new:  # "24 cards from the 4 packs" where both are given: "the" names the 4 as known
        new = _distinct([t for t in tokens if not _named_known(text, t)])
    return new if len(new) == 1 else []


def _named_known(text: str, token: str) -> bool:
    """Whether the text names the number with "the" ("from the 4 packs") as a known one."""
    return re.search(rf"\bthe\s+{re.escape(token)}(?![\d.])", text, re.I) is not None


def _found(text: str, symbols: set[str] | None, equation: bool) -> tuple[list[str], str]:
    """The math each part of a sentence ends with, and the first false link of its working."""
    found: list[str] = []
    false_link = ""
    for part in _SPLIT.split(text):
        if not part or HEDGE.fullmatch(part):
            continue
        part = _drop_label(part, equation)
        if not equation and (steps := chain_in(part, symbols)):
            found.append(steps.result)
            false_link = false_link or steps.false_link
        elif math := _math(part, symbols):
            found.append(math)
    return found, false_link


def _answers_only(text: str, found: list[str], given: frozenset[object]) -> list[str]:
    """The found values without the steps around the answer: a result the working goes on
    to use, and a number the question gives, restated in a sentence ("there are 5 boxes, so
    40", "40 apples in the 5 boxes", "40, from the 5 boxes": "the" names it as known)
    while another value is the answer. A hedge word keeps
    every value, so "5 or 40" stays two answers."""
    if len(found) < 2 or HEDGE.search(text):
        return found
    sentence = re.search(r"[A-Za-z]{2}", text) is not None
    kept, at, known = [], 0, []
    for i, item in enumerate(found):
        where = text.find(item, at)
        at = where + len(item) if where >= 0 else at
        if i == len(found) - 1 or not reused(text, item, at):
            kept.append(item)
            known.append(bool(_DEFINITE.search(text[: max(where, 0)])) and value_of(item) in given)
    if not sentence:
        return kept
    if any(known) and not all(known):  # "15 in total, from the 4 canvases"
        kept = [item for item, old in zip(kept, known, strict=True) if not old]
    restated = [value_of(item) in given for item in kept]
    before = [item for item, old in zip(kept, restated, strict=True) if not old]
    if len(_distinct(before + kept[-1:])) == 1:
        return kept[-1:]  # givens before the final number
    return before or kept  # givens around the one new number


def _distinct(found: list[str]) -> list[str]:
    """The found answers without repeats of the same value."""
    out: list[str] = []
    keys: set[object] = set()
    for item in found:
        key = value_of(item)
        if key not in keys:
            keys.add(key)
            out.append(item)
    return out


def value_of(text: str) -> object:
    """The number or expression a found answer stands for ("x = 3" -> 3)."""
    number = to_number(text)
    if number is not None and (product := as_product(text)) is not None:
        return product  # "3xy" is no 3 of a unit "xy"
    if number is not None:
        return number
    parsed = parse_math(text)
    if isinstance(parsed, sympy.Eq) and parsed.lhs.is_Symbol:  # "x > 3" is no value of x
        return parsed.rhs if parsed.lhs not in parsed.rhs.free_symbols else parsed
    return parsed
