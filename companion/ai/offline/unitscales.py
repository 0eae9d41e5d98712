"""Units that scale no plain amount: areas and volumes (squared and cubed lengths), angles
(degrees or radians) and temperatures (Celsius, Fahrenheit, Kelvin).

An answer in one of these is checked against the units of its kind the question asks for
("in radians", "to Fahrenheit") or, when it asks for none, names: "12 m^2" does not answer
the area of a rectangle measured in cm, "70 radians" an angle given in degrees, "6°F" a
temperature in °C. A bare number, or a unit of a kind the question does not name, is left
to the other checks. Where the question asks for an area ("area", "how many square feet"),
an answer in a length or a volume ("12 ft", "12 ft^3") measures another thing, and so for
a volume.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askunits import unit_size
from companion.ai.offline.mathtext import normalise

__all__ = ["power_not_asked", "scale_not_asked"]

_Unit = tuple[str, object]  # (kind, size or scale)
_NUMBER = r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?\s*"
_POWERED = re.compile(r"\b([A-Za-z]+)\s*(?:\^\s*\(?([23])\)?|\s+(squared|cubed))\b", re.I)
_WORDED = re.compile(r"\b(square|sq\.?|cubic|cu\.?)\s*([A-Za-z]+)", re.I)
_AREA_ASKED = re.compile(r"\b(?:area|surface)\b", re.I)
_VOLUME_ASKED = re.compile(r"\b(?:volume)\b", re.I)
_LENGTH = re.compile(rf"{_NUMBER}([A-Za-z]+)\b")
_LAST_SENTENCE = re.compile(r"[^.?!]+(?:[.?!]+|$)")
# what the question's last sentence asks for: an area ("area", "how many square feet", "in
# cm^2"), a volume, or (then neither) a length as well
_ASKS_POWER = (
    (
        2,
        re.compile(
            r"\b(?:area|surface)\b|\b(?:how\s+many|in)\s+(?:square|sq\.?)\s*([A-Za-z]+)", re.I
        ),
    ),
    (
        3,
        re.compile(
            r"\b(?:volume|capacity)\b|\b(?:how\s+many|in)\s+(?:cubic|cu\.?)\s*([A-Za-z]+)", re.I
        ),
    ),
)
_ASKS_POWERED = re.compile(r"\b(?:how\s+many|in)\s+([A-Za-z]+)\s*\^\s*\(?([23])\b", re.I)
_ASKS_LENGTH = re.compile(
    r"\b(?:perimeter|side|length|width|height|radius|diameter|edge|circumference)|"
    r"\bhow\s+(?:long|tall|wide|far|high|deep)\b",
    re.I,
)
_TEMPERATURE = re.compile(
    r"°\s*([CFK])\b|º\s*([CFK])\b|\bdeg(?:rees?)?\s+([CF])\b"
    r"|\b(?:deg(?:rees?)?\s+)?(celsius|fahrenheit|kelvin|centigrade)\b",
    re.I,
)
_DEGREES = re.compile(
    r"[°º](?!\s*[CFK]\b)|\bdeg(?:rees?)?\b(?!\s+(?:[CF]\b|celsius|fahrenheit))", re.I
)
_RADIANS = re.compile(r"\brad(?:ians?)?\b", re.I)
# "in radians", "to °F", "in degrees Fahrenheit", "in square meters", "in cm^2"
_ASKED = re.compile(
    r"\b(?:in|into|to)\s+((?:[°º]\s*)?(?:(?:square|sq\.?|cubic|cu\.?|deg(?:rees?)?)\s+)?"
    r"[A-Za-z]+(?:\s*\^\s*\(?[23]\)?|\s+(?:squared|cubed))?)",
    re.I,
)


def _power(word: str) -> int:
    return 3 if word.lower().startswith(("cu", "cub")) else 2


def _powered_lengths(text: str) -> set[_Unit]:
    """Areas and volumes written as powers of a length ("cm^2", "square feet", "m cubed")."""
    found: set[_Unit] = set()
    for unit, exponent, said in _POWERED.findall(text):
        size = unit_size(unit)
        power = int(exponent) if exponent else (2 if said.lower() == "squared" else 3)
        if size and size[0] == "length":
            found.add((f"length^{power}", size[1] ** power))
    for word, unit in _WORDED.findall(text):
        size = unit_size(unit)
        if size and size[0] == "length":
            found.add((f"length^{_power(word)}", size[1] ** _power(word)))
    return found


def _scales(text: str) -> set[_Unit]:
    """The temperature scales and angle units a text writes."""
    found: set[_Unit] = set()
    for match in _TEMPERATURE.finditer(text):
        letter = next(g for g in match.groups() if g)[0].upper()
        found.add(("temperature", "C" if letter == "C" else letter))
    if _DEGREES.search(text):
        found.add(("angle", "degree"))
    if _RADIANS.search(text):
        found.add(("angle", "radian"))
    return found


def _units(text: str) -> set[_Unit]:
    return _powered_lengths(text) | _scales(text)


def _question_units(question: str) -> set[_Unit]:
    """The units of these kinds a question asks for ("in radians") or else names; an area
    or a volume asked of lengths in cm is in cm^2 or cm^3."""
    asked = {unit for phrase in _ASKED.findall(question) for unit in _units(f"1 {phrase}")}
    if asked:
        return asked
    named = _units(question)
    lengths = {s[1] for m in _LENGTH.findall(question) if (s := unit_size(m)) and s[0] == "length"}
    for power, pattern in ((2, _AREA_ASKED), (3, _VOLUME_ASKED)):
        if pattern.search(question):
            named |= {(f"length^{power}", sympy.Rational(size) ** power) for size in lengths}
    return named


def scale_not_asked(question: str, answer: str) -> str | None:
    """The unit an answer is written in where the question asks for, or names, only other
    units of that kind ("m^2" for an area in cm, "radians" for an angle in degrees)."""
    text, asked = normalise(answer), _question_units(normalise(question))
    for kind, size in _units(text):
        sizes = {s for k, s in asked if k == kind}
        if sizes and size not in sizes:
            return _name(kind, size, text)
    return None


def _name(kind: str, size: object, text: str) -> str:
    if kind == "temperature":
        return f"°{size}"
    if kind == "angle":
        return f"{size}s"
    match = _POWERED.search(text) or _WORDED.search(text)
    return match[0] if match else kind


def _asked_power(question: str) -> int | None:
    """2 where the question's last sentence asks for an area, 3 for a volume; None where it
    asks for neither, both, or a length as well."""
    ask = _LAST_SENTENCE.findall(question.strip() or ".")[-1]
    powers = {
        power
        for power, pattern in _ASKS_POWER
        for m in pattern.finditer(ask)
        if not m[1] or _is_length(m[1])
    }
    powers |= {int(m[2]) for m in _ASKS_POWERED.finditer(ask) if _is_length(m[1])}
    return powers.pop() if len(powers) == 1 and not _ASKS_LENGTH.search(ask) else None


def _is_length(word: str) -> bool:
    return (size := unit_size(word)) is not None and size[0] == "length"


def power_not_asked(question: str, answer: str) -> str | None:
    """The unit of an answer that measures a length or a volume where an area is asked
    ("12 ft", "12 ft^3" for an area in square feet), or a length or an area where a volume
    is; None when its units agree, or it writes no length."""
    power, text = _asked_power(normalise(question)), normalise(answer)
    if power is None:
        return None
    powered = {int(kind.rpartition("^")[2]) for kind, _ in _powered_lengths(text)}
    if powered:
        return None if powered == {power} else _name(f"length^{max(powered - {power})}", 0, text)
    for word in _LENGTH.findall(text):  # "16 in" is too often "16 in total" to be inches
        if word.lower() != "in" and _is_length(word):
            return word
    return None
