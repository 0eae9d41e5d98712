"""The final answer in what a student typed: a sentence, number words, hedges between values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from companion.ai.offline.mathnumbers import THOUSANDS
from companion.ai.offline.mathparse import equivalent, normalise, parse_math, to_number
from companion.ai.offline.mathtext import FUNCTION_NAMES
from companion.ai.offline.workings import NUMBER, chain, chain_in, reused

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
} | {"fourty": 40}  # the spelling students often use
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
# "3x + 2 is the answer", "40 is my final answer": what comes before counts
_MARKER_AFTER = re.compile(
    r"\s+(?:is|was|would\s+be|should\s+be|will\s+be)\s+(?:the|my)\s+(?:final\s+)?answer\b.*$",
    re.I | re.S,
)
_LEAD_WORDS = re.compile(
    r"^(?:(?:[A-Za-z']{2,}|I)[,:]?\s+)*(?:[a-z]\s+(?:is|are|equals)\s+)?(?<=\s)(?![=<>]+\s*[^\s=<>])"
)
_COMMENT = re.compile(r"[A-Za-z' ,!.?]+")
# "negative 5", "minus 5": the sign a word gives ("10 minus 5" is then a subtraction)
_NOT_PROSE = re.compile(
    r"\b(?:sqrt|sin|cos|tan|exp|ln|log|abs|pi|theta|arcsin|arccos|arctan|oo|inf|infinity|never|no|isn.?t)\b",
    re.I,
)
_SIGN_WORD = re.compile(r"\b(?:negative|minus)\s*(?=[\d$(.])", re.I)
_HALF = re.compile(r"(\d+)\s+and\s+a\s+half\b", re.I)
# "40 (5 x 8)": an aside after a number that restates it is not a product
_ASIDE = re.compile(r"^(?P<head>.*\S)\s+\((?P<aside>[^()]*)\)$")
HEDGE = re.compile(
    r"\b(?:or|but|not|maybe|perhaps|probably|possibly|either|might|could|unless|between)\b", re.I
)
# "40 to 45", "about 40-45", "between 40 and 45": a range is two answers, not one
_RANGE_LEAD = r"(?:about|around|roughly|approximately|maybe|probably|somewhere|between|from)"
_RANGE = re.compile(
    rf"^(?:(?P<lead>{_RANGE_LEAD})\s+)*(?P<a>-?\$?\d[\d,]*(?:\.\d+)?)\s*(?P<sep>to|-)\s*"
    r"(?P<b>-?\$?\d[\d,]*(?:\.\d+)?)(?:\s+[A-Za-z]+)?$",
    re.I,
)
_BOLD = re.compile(r"(?<![\w)])(\*\*|__)([^*_]+)\1(?![\w(])")
_SPLIT = re.compile(rf"\s*(?:[,;]|{HEDGE.pattern}|\band\b)\s*", re.I)
_NUMBER_TOKEN = re.compile(
    r"(?<![\w.^])-?\$?\d[\d,]*(?:\.\d+)?(?:\s+\d+/\d+|\s*/\s*\d+(?:\.\d+)?)?\s*%?"
)
_LABEL = re.compile(r"^\s*(?:[A-Za-z]\w*'*\s*(?:\(\s*[a-z]\s*\))?|[a-z])\s*=\s*(?=\S)")
_NAMES = {*FUNCTION_NAMES, "pi", "theta", "e", "arcsin", "arccos", "arctan"}
_NAMES |= {"oo", "inf", "infinity", "degree", "degrees"}


@dataclass(frozen=True)
class Reading:
    """How an answer was read: the math in it, and every distinct value when it hedges."""

    text: str
    values: tuple[str, ...] = field(default_factory=tuple)
    false_link: str = ""  # "14/25 = 7/12": working typed with the answer that is not true

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
    """Spelled-out numbers ("sixteen", "twenty-five") as digits; a lone "one" inside a
    sentence is usually a pronoun ("each one costs $16"), so it stays a word, but one that
    ends the text ("I got one.") is the number."""
    end = len(text.rstrip().rstrip(".!?").rstrip())

    def digits(m: re.Match) -> str:
        pronoun = m[0].lower() == "one" and m.end() != end
        return m[0] if pronoun else _words_to_number(m[0])

    return _NUMBER_WORDS.sub(digits, text)


def given_numbers(question: str) -> frozenset[object]:
    """The numbers a question states ("40 boxes", "$1,200", "four times") as exact values."""
    text = THOUSANDS.sub("", number_words(normalise(question)))
    return frozenset(v for m in NUMBER.finditer(text) if (v := to_number(m[0])) is not None)


def stated(answer: str) -> str:
    """The answer as typed after its last "the answer is" and any words before the math,
    without end punctuation: for math only the same text can match ("800,400,200", ">")."""
    text = normalise(answer)
    markers = list(_MARKER.finditer(text))
    text = _MARKER_AFTER.sub("", text[markers[-1].end() :] if markers else text)
    return _without_aside(_without_prose(text.strip().rstrip(".!?").strip()))


def final_text(answer: str) -> str:
    """The answer after its last "the answer is", without reasons or end punctuation."""
    text = THOUSANDS.sub("", number_words(normalise(_BOLD.sub(r"\2", answer)))).strip()
    markers = list(_MARKER.finditer(text))
    if markers:
        text = text[markers[-1].end() :]
    text = _MARKER_AFTER.sub("", _REASON.sub("", text))
    text = _SIGN_WORD.sub("-", _HALF.sub(lambda m: f"{m[1]}.5", text))
    return _without_aside(text.strip().rstrip(".!?").strip())


def _without_aside(text: str) -> str:
    """ "40 (5 x 8)" -> "40" when the bracket's working comes to the number before it."""
    match = _ASIDE.match(text)
    if match is None:
        return text
    if _COMMENT.fullmatch(match["aside"]) and not _letters_ok(match["aside"], None):
        return match["head"]  # "pi/3 (final)", "40 (I checked)": a remark, not math
    if (head := to_number(match["head"])) is None:
        return text
    steps = chain(match["aside"])
    aside = to_number(steps.last) if steps else parse_math(match["aside"])
    return match["head"] if aside is not None and aside == head else text


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
    given: frozenset[object] = frozenset(),
) -> Reading:
    """The final answer in a typed answer; `symbols` are the variables it may use.

    `listed`: the expected answer is a list ("x = 2, y = 3"), so the answer is read whole.
    `point`: the expected answer is one point or matrix, which is found in a sentence.
    `given`: the numbers the question states, which a sentence may restate on the way.
    """
    if point:
        return _point(final_text(answer))
    if listed:
        return Reading(_without_prose(final_text(answer)))
    text = _drop_label(final_text(answer), equation)
    if spread := _range(text):
        return spread
    if not equation and (whole_chain := chain(text, symbols)):
        return Reading(whole_chain.last, false_link=whole_chain.false_link)
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


def _without_prose(text: str) -> str:
    """ "I got 9, 15" -> "9, 15": the words before a listed answer (not x, sin, ln ...)."""
    words = _LEAD_WORDS.match(_SIGN_WORD.sub("-", text))
    if words is None or HEDGE.search(words[0]) or _NOT_PROSE.search(words[0]):
        return text
    return text[words.end() :]


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
    the one number in it the question does not give is the answer."""
    if HEDGE.search(text) or not re.search(r"[A-Za-z]{2}", text):
        return []
    new = _distinct([t for t in tokens if value_of(t) not in given])
    return new if len(new) == 1 else []


def _found(text: str, symbols: set[str] | None, equation: bool) -> tuple[list[str], str]:
    """The math each part of a sentence ends with, and the first false link of its working."""
    found: list[str] = []
    false_link = ""
    for part in _SPLIT.split(text):
        if not part or HEDGE.fullmatch(part):
            continue
        part = _drop_label(part, equation)
        if not equation and (steps := chain_in(part, symbols)):
            found.append(steps.last)
            false_link = false_link or steps.false_link
        elif math := _math(part, symbols):
            found.append(math)
    return found, false_link


def _answers_only(text: str, found: list[str], given: frozenset[object]) -> list[str]:
    """The found values without the steps around the answer: a result the working goes on
    to use, and a number the question gives, restated in a sentence ("there are 5 boxes, so
    40", "40 apples in the 5 boxes") while another value is the answer. A hedge word keeps
    every value, so "5 or 40" stays two answers."""
    if len(found) < 2 or HEDGE.search(text):
        return found
    sentence = re.search(r"[A-Za-z]{2}", text) is not None
    kept, at = [], 0
    for i, item in enumerate(found):
        where = text.find(item, at)
        at = where + len(item) if where >= 0 else at
        if i == len(found) - 1 or not reused(text, item, at):
            kept.append(item)
    if not sentence:
        return kept
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
    if number is not None:
        return number
    parsed = parse_math(text)
    lhs = getattr(parsed, "lhs", None)
    if lhs is not None and lhs.is_Symbol and lhs not in parsed.rhs.free_symbols:
        return parsed.rhs
    return parsed
