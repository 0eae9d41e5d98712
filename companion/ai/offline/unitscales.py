"""Units that scale no plain amount: areas and volumes (squared and cubed lengths), angles
(degrees or radians) and temperatures (Celsius, Fahrenheit, Kelvin).

An answer in one of these is checked against the units of its kind the question asks for
("in radians", "to Fahrenheit") or, when it asks for none, names: "12 m^2" does not answer
the area of a rectangle measured in cm, "70 radians" an angle given in degrees, "6°F" a
temperature in °C. A bare number, or a unit of a kind the question does not name, is left
to the other checks.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askunits import unit_size
from companion.ai.offline.mathtext import normalise

__all__ = ["scale_not_asked"]

_Unit = tuple[str, object]  # (kind, size or scale)
_NUMBER = r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?\s*"
_POWERED = re.compile(r"\b([A-Za-z]+)\s*(?:\^\s*\(?([23])\)?|\s+(squared|cubed))\b", re.I)
_WORDED = re.compile(r"\b(square|sq\.?|cubic|cu\.?)\s*([A-Za-z]+)", re.I)
_AREA_ASKED = re.compile(r"\b(?:area|surface)\b", re.I)
_VOLUME_ASKED = re.compile(r"\b(?:volume)\b", re.I)
_LENGTH = re.compile(rf"{_NUMBER}([A-Za-z]+)\b")
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
