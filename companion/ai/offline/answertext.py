"""Where the answer is in what a student typed: after its last "the answer is", before a
reason or a remark in brackets, with number words as digits and words for a sign as signs."""

from __future__ import annotations

import re

from companion.ai.offline.mathnumbers import THOUSANDS
from companion.ai.offline.mathparse import normalise, parse_math, to_number
from companion.ai.offline.mathtext import FUNCTION_NAMES
from companion.ai.offline.repeatingdecimals import exact_repeating
from companion.ai.offline.spacedlists import spaced_lists
from companion.ai.offline.spokennumbers import SCALES, spoken_amounts, spoken_digits
from companion.ai.offline.spokenpowers import spoken_powers
from companion.ai.offline.typednotations import typed_notations
from companion.ai.offline.workings import chain, worded_checks

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
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, *SCALES])
_NUMBER_WORDS = re.compile(
    rf"\b(?:{_NUMBER_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_NUMBER_WORD}))*\b", re.IGNORECASE
)
# "The answer is 16", "final answer: 16", "answer = 16": what follows the last one counts.
_MARKER = re.compile(
    r"\b(?:final\s+)?answer(?:\s+(?:is|would\s+be|will\s+be|should\s+be)|\s*[:=]|'s)\s*", re.I
)
# "40 because 5 x 8 = 40", "40 bc 5x8=40", "-5 — it went below zero": a reason or a remark
# after the answer ("bc", "b/c", "cuz", "coz" are "because" shortened)
_REASON = re.compile(
    r"\s+(?:\b(?:because|since|bc|b/c|cuz|coz)(?![\w/])|[—―]\s+(?=[A-Za-z]{2})).*$", re.I | re.S
)
# "3x + 2 is the answer", "40 is my final answer": what comes before counts
_MARKER_AFTER = re.compile(
    r"\s+(?:is|was|would\s+be|should\s+be|will\s+be)\s+(?:the|my)\s+(?:final\s+)?answer\b.*$",
    re.I | re.S,
)
_LEAD_WORDS = re.compile(
    r"^(?:(?:[A-Za-z']{2,}|I)[,:]?\s+)*(?:[a-z]\s+(?:is|are|equals)\s+)?(?<=\s)(?![=<>]+\s*[^\s=<>])"
)
_COMMENT = re.compile(r"[A-Za-z' ,!.?]+")
# words that are math or deny an answer, never prose to drop before it
_NOT_PROSE = re.compile(
    r"\b(?:sqrt|sin|cos|tan|exp|ln|log|abs|pi|theta|arcsin|arccos|arctan|oo|inf|infinity|never|no|isn.?t)\b",
    re.I,
)
# "negative 5", "minus 5", "neg 5": the sign a word gives ("10 minus 5" is then a subtraction)
_SIGN_WORD = re.compile(r"\b(?:negative|minus|neg)\s*(?=[\d$(.])", re.I)
# "3 degrees below zero", "4°F below 0": a temperature under zero is negative
_BELOW_ZERO = re.compile(
    r"(?<![\d.\-])(\d+(?:\.\d+)?)((?:\s*°\s*[CF]?|\s+degrees?(?:\s+(?:celsius|fahrenheit|[CF]))?)?)"
    r"\s+(?:below|under)\s+(?:zero|0)\b",
    re.I,
)
# "16...17": two values with dots between them are two answers
_ELLIPSIS = re.compile(r"(?<=\d)\s*(?:\.{2,}|…)\s*(?=[-$]?\d)")
_HALF = re.compile(r"(\d+)\s+and\s+a\s+half\b", re.I)
# "40 (5 x 8)": an aside after a number that restates it is not a product
_ASIDE = re.compile(r"^(?P<head>.*\S)\s+\((?P<aside>[^()]*)\)$")
HEDGE = re.compile(
    r"\b(?:or|but|not|maybe|perhaps|probably|possibly|either|might|could|unless|between)\b", re.I
)
# "one half", "two thirds", "a quarter", "3 fifths", "half of": fractions named in words.
# "second" is left out: "one second" is a time.
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5}
_DENOMINATORS |= {"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12}
_DENOMINATORS |= {"hundredth": 100, "thousandth": 1000}
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NUMERATORS |= {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
# "two and a half", "3 and three quarters": a whole number and a fraction, a mixed number
FRACTION_NAME = re.compile(
    rf"\b(?:(?P<whole>\d+|{_NUMBER_WORD})\s+and\s+(?=(?:a|an|one|two|three|four|\d+)\s))?"
    rf"(?:(?P<p>\d+|{'|'.join(_NUMERATORS)})[\s-]+)?"
    rf"(?P<q>{'|'.join(_DENOMINATORS)})(?P<plural>s)?\b(?!-)(?(p)|(?=\s+of\b))",
    re.I,
)


def fraction_named(match: re.Match[str]) -> str:
    """ "two thirds" -> "2/3", "half (of)" -> "1/2", "two and a half" -> "2 1/2", for a
    FRACTION_NAME match; two or more of a singular name ("50 half") stay as they are."""
    top = match["p"] or "one"
    p = int(top) if top.isdigit() else _NUMERATORS[top.lower()]
    if p > 1 and not match["plural"] and not match["whole"]:
        return match[0]  # "50 half-gallons", "2 quarter": no fraction without the plural
    # ("2 and three quarter hours": with a whole part the fraction is one, plural or not)
    fraction = f"{p}/{_DENOMINATORS[match['q'].lower()]}"
    whole = match["whole"]  # the lookahead makes sure a numerator follows it
    return (
        f"{whole if whole.isdigit() else _words_to_number(whole)} {fraction}" if whole else fraction
    )


# "maybe 16", "probably 16", "I guess 16": a guess at one value is not a final answer
GUESS = re.compile(
    r"\b(?:maybe|perhaps|possibly|probably|guess(?:ing)?|might\s+be|could\s+be|or\s+so)\b"
    r"|(?<=\d)-?ish\b",
    re.I,
)
_BOLD = re.compile(r"(?<![\w)])(\*\*|__)([^*_]+)\1(?![\w(])")
_NAMES = {*FUNCTION_NAMES, "pi", "theta", "e", "arcsin", "arccos", "arctan"}
_NAMES |= {"oo", "inf", "infinity", "degree", "degrees"}


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
        elif word in SCALES:
            total, current = total + max(current, 1) * SCALES[word], 0
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


def stated(answer: str) -> str:
    """The answer as typed after its last "the answer is" and any words before the math,
    without end punctuation: for math only the same text can match ("800,400,200", ">")."""
    text = normalise(answer)
    markers = list(_MARKER.finditer(text))
    text = _MARKER_AFTER.sub("", text[markers[-1].end() :] if markers else text)
    return _without_aside(without_prose(text.strip().rstrip(".!?").strip()))


# "x is greater than 3", "x is at least -2": a relation between a letter and a value in words
_RELATIONS = (
    (r"greater\s+than\s+or\s+equal\s+to|at\s+least|no\s+less\s+than", ">="),
    (r"less\s+than\s+or\s+equal\s+to|at\s+most|no\s+more\s+than", "<="),
    (r"(?:greater|more|bigger|larger)\s+than", ">"),
    (r"(?:less|smaller)\s+than", "<"),
)
_RELATION_WORDS = [
    (re.compile(rf"\b([a-z])\s+(?:is\s+)?(?:{words})\s+(?=[-\d])", re.I), rf"\1 {sign} ")
    for words, sign in _RELATIONS
]
# "x => 2", "x =< 5": a letter, the two signs typed the other way round, a number (between two
# statements "=>" is "so": "2x = 6 => x = 3")
_RELATION_WORDS += [
    (re.compile(r"\b([a-z])\s*=>\s*(?=-?\d[\d.]*\s*$)", re.I), r"\1 >= "),
    (re.compile(r"\b([a-z])\s*=<\s*(?=-?\d[\d.]*\s*$)", re.I), r"\1 <= "),
]
_RUN_TIMES = re.compile(r"(?<![A-Za-z_.\d^])(\d+(?:\.\d+)?)[xX](?=\d)")  # "3x4=12" is 3 × 4
_CHECKED = re.compile(r"\s*[✓✔☑✅]+\s*$")  # "3 × 4 = 12 ✓"
_RADIANS = re.compile(r"\s+rad(?:ian)?s?\.?$", re.I)  # "3pi/4 radians": the value is 3pi/4
_SENTENCE_END = re.compile(r"(?<=\d)\.\s+(?=[-\d(]|[a-z]\s*=)")  # "12. 3x4=12": two sentences


def _typed_forms(text: str) -> str:
    """Working and relations as the parser reads them: "3x4" is 3*4, "x is at least -2" is
    x >= -2, a check mark or "radians" after the answer is no part of it."""
    for pattern, sign in _RELATION_WORDS:
        text = pattern.sub(sign, text)
    text = _SENTENCE_END.sub("; ", _RUN_TIMES.sub(r"\1*", worded_checks(text)))
    return _RADIANS.sub("", _CHECKED.sub("", text))


def final_text(answer: str) -> str:
    """The answer after its last "the answer is", without reasons or end punctuation."""
    text = normalise(exact_repeating(_BOLD.sub(r"\2", answer)))  # "0.(3)" is 1/3
    text = _typed_forms(text)
    text = FRACTION_NAME.sub(fraction_named, spoken_digits(text))
    text = typed_notations(THOUSANDS.sub("", number_words(text)).strip())
    text = spoken_amounts(spoken_powers(text))
    text = _ELLIPSIS.sub(" or ", text)
    markers = list(_MARKER.finditer(text))
    if markers:
        text = text[markers[-1].end() :]
    text = _MARKER_AFTER.sub("", _REASON.sub("", text))
    text = _SIGN_WORD.sub("-", _HALF.sub(lambda m: f"{m[1]}.5", _BELOW_ZERO.sub(r"-\1\2", text)))
    return spaced_lists(_without_aside(text.strip().rstrip(".!?").strip()))


def _without_aside(text: str) -> str:
    """ "40 (5 x 8)" -> "40" when the bracket's working comes to the number before it."""
    match = _ASIDE.match(text)
    if match is None:
        return text
    if _COMMENT.fullmatch(match["aside"]) and not letters_ok(match["aside"], None):
        return match["head"]  # "pi/3 (final)", "40 (I checked)": a remark, not math
    if (head := to_number(match["head"])) is None:
        return text
    steps = chain(match["aside"])
    aside = to_number(steps.last) if steps else parse_math(match["aside"])
    return match["head"] if aside is not None and aside == head else text


def letters_ok(text: str, symbols: set[str] | None) -> bool:
    """Every letter run is a function, a constant or one of the expected's variables."""
    for run in re.findall(r"[A-Za-z]+", text):
        if run.lower() in _NAMES:
            continue
        allowed = symbols if symbols is not None else set("abcdfghjkmnpqrstuvwxyz")
        if not all(ch in allowed for ch in run) or (symbols is None and len(run) > 2):
            return False
    return True


def without_prose(text: str) -> str:
    """ "I got 9, 15" -> "9, 15": the words before a listed answer (not x, sin, ln ...)."""
    words = _LEAD_WORDS.match(_SIGN_WORD.sub("-", text))
    if words is None or HEDGE.search(words[0]) or _NOT_PROSE.search(words[0]):
        return text
    return text[words.end() :]


def spelled_short(text: str) -> str:
    """A short answer in words with its numbers as digits ("forty-five dollars" is 45); in a
    longer explanation ("three times a day") number words are no values."""
    short = len(text.split()) <= 8 and not re.search(r"\d", text)
    return number_words(text) if short else text


# a value denied after the answer: "40, not 64", "$12, not $21", "30 minutes and not 45"
DENIED_AFTER = re.compile(r",?\s*(?:and |but )?not \$?\d[\d,.]*(?:\s*[a-z%]+)?\W*$", re.I)
