"""The final answer in what a student typed: a sentence, number words, hedges between values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from companion.ai.offline.mathnumbers import THOUSANDS
from companion.ai.offline.mathparse import equivalent, normalise, parse_math, to_number
from companion.ai.offline.mathtext import FUNCTION_NAMES

_UNITS = {
    word: n
    for n, word in enumerate(
        re.findall(
            r"\w+",
            "zero one two three four five six seven eight nine ten eleven twelve thirteen"
            " fourteen fifteen sixteen seventeen eighteen nineteen",
        )
    )
}
_TENS = {
    word: 10 * n
    for n, word in enumerate(
        re.findall(r"\w+", "_ _ twenty thirty forty fifty sixty seventy eighty ninety")
    )
    if n > 1
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, *_SCALES])
_NUMBER_WORDS = re.compile(
    rf"\b(?:{_NUMBER_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_NUMBER_WORD}))*\b", re.IGNORECASE
)
# "The answer is 16", "final answer: 16", "answer = 16": what follows the last one counts.
_MARKER = re.compile(
    r"\b(?:final\s+)?answer(?:\s+(?:is|would\s+be|will\s+be|should\s+be)|\s*[:=]|'s)\s*", re.I
)
_REASON = re.compile(r"\s+\b(?:because|since)\b.*$", re.I | re.S)
HEDGE = re.compile(
    r"\b(?:or|but|not|maybe|perhaps|probably|possibly|either|might|could|unless)\b", re.I
)
_SPLIT = re.compile(rf"\s*(?:[,;]|{HEDGE.pattern}|\band\b)\s*", re.I)
_NUMBER_TOKEN = re.compile(
    r"(?<![\w.^])-?\$?\d[\d,]*(?:\.\d+)?(?:\s+\d+/\d+|\s*/\s*\d+(?:\.\d+)?)?\s*%?"
)
_LABEL = re.compile(r"^\s*(?:[A-Za-z]\w*'*\s*(?:\(\s*[a-z]\s*\))?|[a-z])\s*=\s*(?=\S)")
_NAMES = {*FUNCTION_NAMES, "pi", "theta", "e", "arcsin", "arccos", "arctan"}
_NAMES |= {"oo", "inf", "infinity"}
_LEAD_WORD = re.compile(r"I|[A-Za-z']{2,}:?")  # a prose word, not a one-letter variable


@dataclass(frozen=True)
class Reading:
    """How an answer was read: the math in it, and every distinct value when it hedges."""

    text: str
    values: tuple[str, ...] = field(default_factory=tuple)

    @property
    def hedged(self) -> bool:
        return len(self.values) > 1


def _words_to_number(words: str) -> str:
    """ "one hundred twenty-five" -> "125"."""
    total, current = 0, 0
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total, current = total + max(current, 1) * _SCALES[word], 0
    return str(total + current)


def number_words(text: str) -> str:
    """Spelled-out numbers ("sixteen", "twenty-five") as digits; a lone "one" in a sentence
    is usually a pronoun ("each one costs $16"), so it stays a word."""
    alone = text.strip().lower() == "one"
    return _NUMBER_WORDS.sub(
        lambda m: m[0] if m[0].lower() == "one" and not alone else _words_to_number(m[0]), text
    )


def final_text(answer: str) -> str:
    """The answer after its last "the answer is", without reasons or end punctuation."""
    text = THOUSANDS.sub("", number_words(normalise(answer))).strip()
    markers = list(_MARKER.finditer(text))
    if markers:
        text = text[markers[-1].end() :]
    text = _REASON.sub("", text)
    return text.strip().rstrip(".!?").strip()


def _without_lead_in(text: str) -> str:
    """A list typed after words ("I got x = 2 or x = -3", "so -6, 1 and 6") without them."""
    words = text.split()
    lead = 0
    while lead < len(words) - 1 and _LEAD_WORD.fullmatch(words[lead]):
        if words[lead].lower().rstrip(":") in _NAMES:
            break
        lead += 1
    return " ".join(words[lead:])


def _letters_ok(text: str, symbols: set[str] | None) -> bool:
    """Every letter run is a function, a constant or one of the expected's variables."""
    for run in re.findall(r"[A-Za-z]+", text):
        if run.lower() in _NAMES:
            continue
        allowed = symbols if symbols is not None else set("abcdfghjkmnpqrstuvwxyz")
        if not all(ch in allowed for ch in run) or (symbols is None and len(run) > 2):
            return False
    return True


def _math(text: str, symbols: set[str] | None) -> str | None:
    """The longest word-suffix of the text that reads as a number or as math."""
    starts = [0, *(m.end() for m in re.finditer(r"\s+", text))]
    for start in starts:
        tail = text[start:].strip()
        if not tail:
            continue
        if to_number(tail) is not None:
            return tail
        if _letters_ok(_LABEL.sub("", tail), symbols) and parse_math(tail) is not None:
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
    """The point or matrix in a sentence ("the midpoint is (3, 4)"); two different ones hedge."""
    distinct: list[str] = []
    for group in bracketed(text):
        if not any(equivalent(group, seen) for seen in distinct):
            distinct.append(group)
    if len(distinct) == 1:
        return Reading(distinct[0])
    return Reading(" or ".join(distinct), tuple(distinct)) if distinct else Reading(text)


def read_answer(
    answer: str,
    *,
    symbols: set[str] | None = None,
    equation: bool = False,
    listed: bool = False,
    point: bool = False,
) -> Reading:
    """The final answer in a typed answer; `symbols` are the variables it may use.

    `listed`: the expected answer is a list ("x = 2, y = 3"), so the answer is read whole.
    `point`: the expected answer is one point or matrix, which is found in a sentence.
    """
    if point:
        return _point(final_text(answer))
    if listed:
        return Reading(_without_lead_in(final_text(answer)))
    text = _drop_label(final_text(answer), equation)
    whole = _math(text, symbols)
    if whole == text:
        return Reading(text)
    parts = [p for p in _SPLIT.split(text) if p and not HEDGE.fullmatch(p)]
    found = [m for p in parts if (m := _math(_drop_label(p, equation), symbols))]
    if not found:
        tokens = [t.strip() for t in _NUMBER_TOKEN.findall(text)]
        found = [t for t in tokens if to_number(t) is not None]
    distinct = _distinct(found)
    if len(distinct) == 1:
        return Reading(distinct[0])
    return Reading(" or ".join(distinct), tuple(distinct)) if distinct else Reading("")


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
    if number is not None:
        return number
    parsed = parse_math(text)
    lhs = getattr(parsed, "lhs", None)
    if lhs is not None and lhs.is_Symbol and lhs not in parsed.rhs.free_symbols:
        return parsed.rhs
    return parsed
