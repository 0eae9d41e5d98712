"""The unit an answer's number is given in, checked against the unit the question asks for.

"16 cm" does not answer "how long is the rope in meters?", nor "16 cents" a question priced
in dollars: the number is right only in another unit, which is a different amount. A bare
number stays right, and a unit is judged only against units of its own kind that the
question asks for or, when it asks for none, that it names ("$3", "20 m"). Coins ("16
quarters") are things counted, not a unit of money here. The same amount in another unit of the question's kind ("3000 cents"
for $30) is right where the question asks for no unit by name.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askunits import unit_size
from companion.ai.offline.compoundamounts import asked_size
from companion.ai.offline.mathnumbers import to_number
from companion.ai.offline.mathtext import normalise

__all__ = ["expected_in_answer_unit", "expected_in_question_unit", "unit_not_asked"]

_NUMBER = r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?"
# a word or a cent sign right after a number ("16 cm", "16cents", "16¢"); "16 in" is too
# often "16 in the end" to be inches
_AFTER = re.compile(rf"{_NUMBER}\s*(¢|[A-Za-z]+\b)(?<!\bin)")
_DOLLARS = re.compile(rf"\$\s*\d|{_NUMBER}\s*\$")
_WORD = re.compile(r"[A-Za-z]{3,}")  # a unit written out; "in", "ms" are too often no unit
_COINS = ("penny", "pennies", "nickel", "dime", "quarter")
_Unit = tuple[str, sympy.Rational]
_LAST_SENTENCE = re.compile(r"[^.?!]+(?:[.?!]+|$)")
# what a question asks to measure, by kind
_ASKS = {
    "money": re.compile(
        r"\b(?:cost|spen[dt]|pa(?:y|id)|earn|sav(?:e|ed|ings)|price|money|profit|change|"
        r"charge|owe|dollars?|cents?)\b",
        re.I,
    ),
    "length": re.compile(
        r"\bhow (?:long|far|tall|wide|high|deep)\b|\b(?:length|distance|"
        r"height|width|perimeter)\b",
        re.I,
    ),
    "time": re.compile(r"\bhow long\b|\bhow much time\b|\bwhat time\b", re.I),
    "mass": re.compile(r"\bhow heavy\b|\bweigh", re.I),
}
_COIN_SIZES = {unit_size(coin) for coin in _COINS} - {unit_size("cent")}


def _size(word: str) -> _Unit | None:
    if word == "¢":
        return ("money", sympy.Rational(1, 100))
    if word.lower().rstrip("s").startswith(_COINS):
        return None
    return unit_size(word)


def _given_units(answer: str) -> dict[str, _Unit]:
    """The units written after the answer's numbers, by how they are written."""
    found = {m[1]: size for m in _AFTER.finditer(answer) if (size := _size(m[1]))}
    if _DOLLARS.search(answer):
        found["$"] = ("money", sympy.Integer(1))
    return found


def _named_units(question: str) -> set[_Unit]:
    """The units a question names: words ("meters", "cents"), after a number ("20 m"), "$";
    coins are counted things."""
    words = {m[1] for m in _AFTER.finditer(question)} | set(_WORD.findall(question))
    named = {size for word in words if (size := _size(word))}
    return named | ({("money", sympy.Integer(1))} if "$" in question else set())


def _asked_kinds(question: str) -> set[str]:
    """What the question's last sentence asks to measure ("How long is the rope now?" a
    length or a time, "How much does she spend?" money)."""
    ask = _LAST_SENTENCE.findall(question.strip())[-1]
    return {kind for kind, pattern in _ASKS.items() if pattern.search(ask)}


def unit_not_asked(question: str, answer: str, *, named: bool = True) -> str | None:
    """The unit an answer is written in where the question asks for another unit of that
    kind ("cm" for "in meters"), or asks to measure that kind and names only other units
    ("16 cents" for "How much does she spend?" priced in dollars); None when the units agree
    or the answer's unit is of no kind the question asks about. With `named` False (the
    answer's amount was converted from the expected answer's unit), only a unit the question
    asks for counts: "1.5 hours" answers "How long is the movie?" expected in minutes."""
    text = normalise(answer)
    for written, (kind, size) in _given_units(text).items():
        asked = asked_size(question, kind)
        if asked is not None and (kind, asked) not in _COIN_SIZES:  # "how many dimes" counts
            if asked != size:
                return written
            continue
        if not named or kind not in _asked_kinds(question):
            continue
        sizes = {s for k, s in _named_units(normalise(question)) if k == kind}
        if sizes and size not in sizes:
            return written
    return None


def expected_in_answer_unit(expected: str, answer: str) -> tuple[str, str] | None:
    """The expected amount in the one unit of its kind the answer writes, and that unit
    ("$1.05" -> ("105", "cents") for "105 cents"): the same amount in a smaller or larger
    unit is the same answer. None when the expected names no unit, or the answer names the
    same one, none, or several."""
    want = list(_given_units(normalise(expected)).values())
    value = to_number(expected)
    if len(want) != 1 or value is None:
        return None
    kind, size = want[0]
    given = [(w, s) for w, (k, s) in _given_units(normalise(answer)).items() if k == kind]
    if len(given) != 1 or given[0][1] == size:
        return None
    word, other = given[0]
    return str(value * size / other), word


def expected_in_question_unit(question: str, expected: str, answer: str) -> tuple[str, str] | None:
    """A bare expected amount in the one unit the answer writes, read as being in the one
    unit of that kind the question names where it measures that kind and asks for no unit
    by name ("30" priced in dollars -> ("3000", "cents") for "3000 cents")."""
    value = to_number(expected)
    given = list(_given_units(normalise(answer)).items())
    if value is None or _given_units(normalise(expected)) or len(given) != 1:
        return None
    word, (kind, size) = given[0]
    if asked_size(question, kind) is not None or kind not in _asked_kinds(question):
        return None
    sizes = {s for k, s in _named_units(normalise(question)) if k == kind}
    if len(sizes) != 1 or size in sizes:
        return None
    return str(value * sizes.pop() / size), word
