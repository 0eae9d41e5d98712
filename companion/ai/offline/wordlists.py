"""Worded answers that list several things, compared part by part.

A list of words ("HH, HT, TH, TT", "red, green, blue") is compared as words, not as algebra:
the same words in any order (in the question's order when it fixes one), none missing and
none added. Values with labels ("Devon = 38, Cooper = 12", "51 dimes and 17 quarters",
"Helen 57 mph, Anne 53 mph", "x = adjacent, y = opposite") are matched by their labels, so
the same pairs in another order are right and swapped values are wrong.
"""

from __future__ import annotations

import re
from collections import Counter

from companion.ai.offline.answerwords import is_unit
from companion.ai.offline.letterlabels import raw_words
from companion.ai.offline.mathequivalence import equivalent, split_top
from companion.ai.offline.mathparse import normalise

__all__ = ["listed_mismatch"]

_WORD_ITEM = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")
_BRACES = re.compile(r"\{([^{}]*)\}")
# "The sample space is HH, ...", "S = HH, ...": the words before the list
_LEAD_IN = re.compile(r"^[^,]*?(?:\b(?:is|are)\b|[=:])\s*", re.IGNORECASE)
_NAMED = re.compile(r"^\s*([A-Za-z][\w' ]*?)\s*[=:]\s*(\S.*)$")
# "center (-2, 5)", "vertex at (1, 3)": words naming the point or interval after them
_NAMED_BRACKET = re.compile(r"^\s*([A-Za-z][A-Za-z' ]*?)\s+([(\[][^()\[\]]*[)\]])\s*$")
_NUMBER = re.compile(r"[-+]?\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*/\s*\d+)?%?")
_WORDS_ONLY = re.compile(r"[A-Za-z][A-Za-z\s'-]*")
_FILLER = frozenset(re.findall(r"\w+", "the a an of for in at on by with is are was were to"))
Pairs = dict[frozenset[str], str]


def _word_items(expected: str) -> list[str] | None:
    """ "HH, HT, TH, TT" -> its words; None when the expected answer is no list of words."""
    items = split_top(normalise(expected))
    if len(items) < 2 or not all(_WORD_ITEM.fullmatch(item) for item in items):
        return None
    return [item.lower() for item in items]


def _answer_words(answer: str) -> list[str]:
    text = normalise(answer).strip().rstrip(".")
    braced = _BRACES.search(text)
    text = braced[1] if braced else _LEAD_IN.sub("", text)
    return [w.lower() for w in raw_words(text) if w.lower() != "and"]


def _label(text: str, *, named: bool) -> frozenset[str]:
    """A label's words without fillers and plural endings (and units, beside a number)."""
    words = [w.lower() for w in raw_words(text) if w.lower() not in _FILLER]
    return frozenset(w.rstrip("s") or w for w in words if named or not is_unit(w))


def _pair(item: str) -> tuple[frozenset[str], str] | None:
    """ "Devon = 38" -> ({devon}, "38"); "51 dimes" -> ({dime}, "51"); "center (-2, 5)" ->
    ({center}, "(-2, 5)"); None when the item is no single labelled value."""
    if named := _NAMED.match(item) or _NAMED_BRACKET.match(item):
        return _label(named[1], named=True), named[2].strip()
    numbers = _NUMBER.findall(item)
    rest = _NUMBER.sub(" ", item).strip()
    if len(numbers) != 1 or not _WORDS_ONLY.fullmatch(rest):  # "(-1, oo)" is no label
        return None
    label = _label(rest, named=False)
    return (label, numbers[0]) if label else None


def _pairs(text: str) -> Pairs | None:
    """The labelled values a worded answer lists, or None when it is not such a list."""
    pairs: Pairs = {}
    for item in split_top(normalise(text)):
        pair = _pair(item)
        if pair is None or pair[0] in pairs:
            return None
        pairs[pair[0]] = pair[1]
    return pairs if len(pairs) > 1 else None


def _same_value(want: str, said: str) -> bool:
    """Words as words ("adjacent"), anything else as math ("-2", "x^2 - 1", "$27")."""
    if _WORDS_ONLY.fullmatch(want) and _WORDS_ONLY.fullmatch(said):
        return raw_words(want.lower()) == raw_words(said.lower())
    squeezed = (re.sub(r"\s+", "", t).lower() for t in (want, said))
    return len(set(squeezed)) == 1 or equivalent(want, said)


def listed_mismatch(expected: str, answer: str, *, ordered: bool = False) -> str | None:
    """Why a listed answer is not the expected list ("" when it is the same list), or None
    when the expected answer lists neither words nor labelled values, or the answer does
    not list the same labels."""
    if want := _word_items(expected):
        said = _answer_words(answer)
        if said == want or (not ordered and Counter(said) == Counter(want)):
            return ""
        if Counter(said) == Counter(want):
            return "the words are right but not in the order asked for"
        return "the list does not have the same words"
    want_pairs = _pairs(expected)
    said_pairs = _pairs(answer) if want_pairs else None
    if not want_pairs or not said_pairs or set(want_pairs) != set(said_pairs):
        return None
    for label, value in want_pairs.items():
        if not _same_value(value, said_pairs[label]):
            return f"the value for {' '.join(sorted(label))} is not the expected one"
    return ""
