"""The words an answer states beside its values, checked against the expected answer's.

A value can be right while the words around it are not: "7.0 km west" is not "7.0 km east",
"30 km/min" is not "30 km/h", "Inconsistent" is not "Consistent", "not one to one" is not
"one to one", "Degree 2" is not "Degree 3". A bare value without the expected unit stays
right ("12" for "12 cm"); a unit written out ("kilometers per hour") is the unit.
"""

from __future__ import annotations

import re
from fractions import Fraction

from companion.ai.offline.letterlabels import AFTER_LABEL, letter_labels
from companion.ai.offline.mathnumbers import THOUSANDS
from companion.ai.offline.mathtext import FUNCTION_NAMES, normalise
from companion.ai.offline.oppositewords import OPPOSITES as _OPPOSITES
from companion.ai.offline.oppositewords import PAIRED as _PAIRED

# unit spellings by canonical name, and the kind each measures
_UNITS: dict[str, tuple[str, tuple[str, ...]]] = {
    "mm": ("length", ("mm", "millimeter", "millimeters", "millimetre", "millimetres")),
    "cm": ("length", ("cm", "centimeter", "centimeters", "centimetre", "centimetres")),
    "m": ("length", ("m", "meter", "meters", "metre", "metres")),
    "km": ("length", ("km", "kilometer", "kilometers", "kilometre", "kilometres")),
    "in": ("length", ("inch", "inches")),
    "ft": ("length", ("ft", "foot", "feet")),
    "yd": ("length", ("yd", "yds", "yard", "yards")),
    "mi": ("length", ("mi", "mile", "miles")),
    "s": ("time", ("s", "sec", "secs", "second", "seconds")),
    "min": ("time", ("min", "mins", "minute", "minutes")),
    "h": ("time", ("h", "hr", "hrs", "hour", "hours")),
    "day": ("time", ("day", "days")),
    "week": ("time", ("week", "weeks")),
    "year": ("time", ("yr", "yrs", "year", "years")),
    "mg": ("mass", ("mg", "milligram", "milligrams")),
    "g": ("mass", ("g", "gram", "grams")),
    "kg": ("mass", ("kg", "kilogram", "kilograms")),
    "oz": ("mass", ("oz", "ounce", "ounces")),
    "lb": ("mass", ("lb", "lbs", "pound", "pounds")),
    "ml": ("volume", ("ml", "milliliter", "milliliters", "millilitre", "millilitres")),
    "l": ("volume", ("l", "liter", "liters", "litre", "litres")),
    "gal": ("volume", ("gal", "gallon", "gallons")),
    "qt": ("volume", ("qt", "quart", "quarts")),
    "cup": ("volume", ("cup", "cups")),
    "N": ("force", ("n", "newton", "newtons")),
    "J": ("energy", ("j", "joule", "joules")),
    "W": ("power", ("w", "watt", "watts")),
}
_SPELLING = {spelling: name for name, (_, spellings) in _UNITS.items() for spelling in spellings}
_COMPOUND = {"mph": ("mi", "h"), "kph": ("km", "h"), "kmh": ("km", "h"), "fps": ("ft", "s")}
_UNIT_WORD = "|".join(sorted([*_SPELLING, *_COMPOUND], key=len, reverse=True))
# a unit right after a number ("7.0km", "30 km"), or after "/" or "per" that follows a unit
_AFTER_NUMBER = re.compile(rf"(?<=\d)\s*({_UNIT_WORD})\b", re.I)
_PER_UNIT = re.compile(rf"\b(?:{_UNIT_WORD})\s*(?:/|\bper\b)\s*({_UNIT_WORD})\b", re.I)
_NEGATING_PREFIXES = ("in", "un", "non", "non-", "ir", "il", "im", "dis")
_QUANTIFIERS = frozenset({"both", "neither", "none"})
_DENIALS = frozenset({"neither", "none"})
_NESTED = re.compile(r"[(\[]\s*[(\[]\s*-?[\w./]+\s*,")
_PAIR = re.compile(r"[(\[][^()\[\],]*,[^()\[\],]*[)\]]")
_SIGN_WORDS = frozenset({"negative", "minus"})
_EXCEPTIONS = frozenset({"except", "excluding"})
_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)?")
NEGATION = re.compile(r"\b(?:not|never|isn't|aren't|doesn't|don't|cannot|can't|won't)\b", re.I)
_MATHY = re.compile(r"[\d=<>^*/+]")
HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
_CONTRACTION = re.compile(r"(?<=[A-Za-z]{2})['’](?:s|t|re|ve|ll|d|m)\b")
_LETTER = re.compile(r"(?<![A-Za-z'])[B-HJ-Zb-hj-z](?![A-Za-z'])")  # a lone letter, no "a" or "I"
# "Type I", "Graph D", "Quadrant III", "Case 2": a label names one thing of several
_LABEL = re.compile(
    r"\b(type|quadrant|case|graph|figure|step|part|option|choice|table|row|column|stage|region)"
    r"\s+([A-Za-z]{1,4}|\d+)\b",
    re.I,
)
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:\s*/\s*-?\d+(?:\.\d+)?)?")
_VALUE_TOKEN = re.compile(r"\d+(?:\.\d+)?[a-z]*|[a-z]+|\S")  # "3xy" is one product
_VALUE_STOP = frozenset(
    re.findall(r"\w+", "my the a an so it in of to for as because final answer")
)


def _plain(text: str) -> str:
    return re.sub(r"[()\[\]{}$]", " ", normalise(text))


def _token_list(text: str) -> list[str]:
    return _TOKEN.findall(_plain(text).lower())


def units(text: str) -> set[str]:
    """The canonical units the text states after its numbers, a unit after "/" or "per"
    marked as such ("30 km/h" -> {km, /h}; "mph" -> {mi, /h})."""
    plain = _plain(text)
    found: set[str] = set()
    for pattern, mark in ((_AFTER_NUMBER, ""), (_PER_UNIT, "/")):
        for m in pattern.finditer(plain):
            word = m[1].lower()
            if word in _COMPOUND:
                top, per = _COMPOUND[word]
                found.update((mark + top, "/" + per))
            else:
                found.add(mark + _SPELLING.get(word, word))
    return found


def is_unit(word: str) -> bool:
    """Whether a word is a unit's name or symbol ("mph", "pounds", "cm")."""
    return word.lower() in _SPELLING or word.lower() in _COMPOUND


def _kind(unit: str) -> str | None:
    name = unit.lstrip("/")
    return _UNITS[name][0] if name in _UNITS else None


def _unit_clash(expected: set[str], given: set[str]) -> str | None:
    """A unit in the answer where the expected answer has another unit of the same kind."""
    for unit in sorted(given - expected):
        kind = _kind(unit)
        if kind and any(_kind(u) == kind for u in expected):
            return unit.lstrip("/")
    return None


def _prefixed(want: set[str], said: set[str]) -> str | None:
    """ "inconsistent" for "consistent", "independent" for "dependent", and back."""
    for extra, missing, show_prefixed in (
        (said - want, want - said, True),
        (want - said, said - want, False),
    ):
        for word in extra:
            for prefix in _NEGATING_PREFIXES:
                stem = word[len(prefix) :]
                if word.startswith(prefix) and len(stem) >= 4 and stem in missing:
                    return word if show_prefixed else stem
    return None


def _order(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t in _PAIRED]


def _kind_words(text: str) -> list[str]:
    """The words right after the last number that say what it counts ("2 real" -> [real],
    "2 complex solutions" -> [complex, solutions]), units and math left out; they end at a word like
    "is" ("4.7° is my answer")."""
    tokens = _VALUE_TOKEN.findall(normalise(text).lower())
    numbers = [i for i, t in enumerate(tokens) if t[0].isdigit()]
    kind: list[str] = []
    for token in tokens[numbers[-1] + 1 :] if numbers else []:
        if not token.isalpha() or token in AFTER_LABEL or token in _VALUE_STOP:
            break
        if not is_unit(token) and len(token) > 1 and token not in FUNCTION_NAMES:
            kind.append(token)  # a lone letter or "sin" is math ("11(3p + q)"), no kind
    return kind


def _other_kind(expected: str, answer: str) -> str | None:
    """ "2 complex" for "2 real", "4.7 radians" for "4.7 degrees": the answer counts another
    kind of thing (an abbreviation, "deg" for "degrees", is the same word)."""
    want, said = _kind_words(expected), _kind_words(answer)
    if not want or not said:
        return None
    same = any(w.startswith(s) or s.startswith(w) for w in want for s in said if len(s) > 2)
    same = same or bool({w.rstrip("s") for w in want} & {s.rstrip("s") for s in said})
    return None if same else said[0]


def _closed_ends(text: str) -> str | None:
    """The square brackets of a pair or an interval ("[1, 9]", "(-2, 1]"), in order, when the
    text has a bracketed pair at all; "[1, 9]" is no "(1, 9)" (a matrix row is not a pair)."""
    plain = normalise(text)
    if not _PAIR.search(plain) or _NESTED.search(plain):  # a matrix's brackets are no ends
        return None
    return "".join(c for c in plain if c in "[]")


def contradiction(expected: str, answer: str) -> str | None:
    """What in the answer's words contradicts the expected answer ("west" for "east",
    "inconsistent" for "consistent", "east of north" for "north of east", a different unit
    of the same kind, an "except" the answer adds), said as feedback; None when nothing does."""
    want_seq, said_seq = _token_list(expected), _token_list(answer)
    want, said = set(want_seq), set(said_seq)
    for a, b in _OPPOSITES:
        for right, wrong in ((a, b), (b, a)):
            if right in want and wrong in said and right not in said and wrong not in want:
                return f'your answer says "{wrong}" where the answer is "{right}"'
    if word := _prefixed(want, said):
        return f'your answer says "{word}", which is not the expected answer'
    if _order(want_seq) != _order(said_seq) and set(_order(want_seq)) == set(_order(said_seq)):
        return "your answer has them the other way round"
    if (said & _EXCEPTIONS) and not (want & _EXCEPTIONS):
        return "your answer leaves something out that the answer includes"
    ends = _closed_ends(expected), _closed_ends(answer)
    if None not in ends and ends[0] != ends[1]:
        return "an interval's ends are open or closed differently (square brackets include the end)"
    clash = _unit_clash(units(expected), units(answer))
    if clash:
        return f"your answer is in {clash}, which is not the unit asked for"
    if word := _other_kind(expected, answer):
        return f'your answer says "{word}" where the answer is "{" ".join(_kind_words(expected))}"'
    return None


def quantifier_clash(expected: str, answer: str) -> str | None:
    """ "Both are functions" or "neither" for "Only f is a function" (worded answers only:
    "none left" is 0)."""
    want, said = set(_token_list(expected)), set(_token_list(answer))
    extra = sorted((said - want) & _QUANTIFIERS | (want - said) & _DENIALS)
    return extra[0] if extra else None


def flipped_sign(expected: str, answer: str) -> str | None:
    """A sign word ("negative", "minus") that one worded answer has and the other has not."""
    want, said = set(_token_list(expected)), set(_token_list(answer))
    return next(iter(sorted((want ^ said) & _SIGN_WORDS)), None)


def negated(text: str) -> bool:
    """Whether a short answer is a denial ("not one to one", "isn't linear")."""
    return bool(NEGATION.search(text))


def _numbers(plain: str) -> list[Fraction]:
    values = []
    for m in _NUMBER.finditer(plain):
        top, _, bottom = m[0].replace(" ", "").partition("/")
        try:
            values.append(Fraction(top) / Fraction(bottom) if bottom else Fraction(top))
        except ZeroDivisionError:
            values.append(Fraction(0))  # "1/0": a number still stands here
    return values


def _skeleton(text: str) -> str:
    """The math of a worded answer with its numbers as # and its words (two letters or
    more) and punctuation left out: "Quotient: x^2-x+3" -> "x^#-x+#"; brackets stay."""
    text = _NUMBER.sub("#", THOUSANDS.sub("", normalise(text).replace("$", " ")))
    text = HYPHEN.sub(" ", text)  # "y-intercept" is "y intercept"
    text = _CONTRACTION.sub("", text)  # the "s" of "it's" is no variable
    text = re.sub(r"[A-Za-z]{2,}|\b[IiAa]\b", " ", text)  # words, and "I" or "a" alone
    text = re.sub(r"[()]", "", text)  # brackets of grouping ("(-1)/2") vary with the writer
    text = re.sub(r"[\s,;:.?'\"&]|!(?!=)", "", text).lower()
    return text.replace("[]", "")


def label_clash(expected: str, answer: str) -> bool:
    """ "Type II" for "Type I", "Graph A" for "Graph D", "B is a function" or "A or B" for
    "A": another of the labelled things, or more (a bare "D" for "Graph D" names the same
    one)."""
    letters = letter_labels(expected), letter_labels(answer)
    if all(letters) and letters[0] != letters[1]:
        return True
    want = sorted((w.lower(), t.lower()) for w, t in _LABEL.findall(normalise(expected)))
    if not want:
        return False
    said = sorted((w.lower(), t.lower()) for w, t in _LABEL.findall(normalise(answer)))
    if said:
        return said != want
    tokens = set(re.findall(r"[a-z0-9]+", normalise(answer).lower()))
    return not all(t in tokens for _, t in want)


def math_clash(expected: str, answer: str) -> bool:
    """The math in a worded answer is not the expected answer's: other numbers (by value,
    in order: "-3.5" is "-7/2"), other letters, operators or brackets, or math it adds."""
    plain_expected = normalise(expected)
    letters = _LETTER.search(HYPHEN.sub(" ", plain_expected))  # "Graph D", "t-distribution"
    if not (letters or _MATHY.search(plain_expected) or _MATHY.search(normalise(answer))):
        return False  # words only ("the y-intercept", "slope m"): the words decide
    want = THOUSANDS.sub("", _plain(expected))
    said = THOUSANDS.sub("", _plain(answer))
    return _skeleton(expected) != _skeleton(answer) or _numbers(want) != _numbers(said)
