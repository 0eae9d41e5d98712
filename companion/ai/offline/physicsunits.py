"""The units a physics question gives its quantities in, and how each turns into SI.

A formula works in SI (m, s, kg, m/s), so a given in km/h, minutes, hours, km, cm or grams is
converted first and the conversion is said in the reply ("90 km/h = 25 m/s"). Grams stay
grams for a density in g/cm³; in any other formula they become kilograms.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, terminates

R = sympy.Rational

# unit pattern -> (kind of quantity, factor to SI, how the unit is written); longest first
UNITS: list[tuple[str, str, sympy.Rational, str]] = [
    (r"m\s*/\s*s\s*(?:\^\s*2|²|/\s*s)|meters?\s+per\s+second\s+squared|m/s2", "a", R(1), "m/s²"),
    (
        r"km\s*/\s*h(?:r|our)?|kph|kmh|km\s+(?:per|an)\s+hour|kilomet(?:er|re)s?\s+(?:per|an)\s+hour",
        "v",
        R(5, 18),
        "km/h",
    ),
    (r"cm\s*/\s*s|centimet(?:er|re)s?\s+per\s+second", "v", R(1, 100), "cm/s"),
    (r"m\s*/\s*s|meters?\s+per\s+second|metres?\s+per\s+second", "v", R(1), "m/s"),
    (r"kg|kilograms?", "m", R(1), "kg"),
    (r"g|grams?", "mg", R(1), "g"),
    (r"cm\s*(?:\^\s*3|³|3)|cubic\s+centimet(?:er|re)s?|ml|milliliters?", "vol", R(1), "cm³"),
    (r"m\s*(?:\^\s*2|²)", "area", R(1), "m²"),
    (r"m\s*(?:\^\s*3|³)|cubic\s+met(?:er|re)s?", "vol_m", R(1), "m³"),
    (r"kn|kilonewtons?", "F", R(1000), "kN"),
    (r"n|newtons?", "F", R(1), "N"),
    (r"kj|kilojoules?", "E", R(1000), "kJ"),
    (r"j|joules?", "E", R(1), "J"),
    (r"kw|kilowatts?", "P", R(1000), "kW"),
    (r"w|watts?", "P", R(1), "W"),
    (r"v|volts?", "V", R(1), "V"),
    (r"a|amps?|amperes?", "I", R(1), "A"),
    (r"ohms?|Ω", "R", R(1), "Ω"),
    (r"km|kilomet(?:er|re)s?", "d", R(1000), "km"),
    (r"cm|centimet(?:er|re)s?", "d", R(1, 100), "cm"),
    (r"mm|millimet(?:er|re)s?", "d", R(1, 1000), "mm"),
    (r"m|meters?|metres?", "d", R(1), "m"),
    (r"min|mins|minutes?", "t", R(60), "min"),
    (r"h|hrs?|hours?", "t", R(3600), "h"),
    (r"ms|milliseconds?", "t", R(1, 1000), "ms"),
    (r"s|sec|secs|seconds?", "t", R(1), "s"),
]
_NUMBER = r"(?<![\w.])(?P<n>-?\d+(?:\.\d+)?)"
GIVEN = re.compile(
    _NUMBER + r"\s*(?P<u>" + "|".join(f"(?:{u})" for u, *_ in UNITS) + r")(?![\w/^²³])", re.I
)
_SPEED = "|".join(f"(?:{u})" for u, kind, *_ in UNITS if kind == "v")
# "from 0 to 20 m/s", "from 36 km/h to 72 km/h": a change of velocity
CHANGE = re.compile(
    rf"\bfrom\s+(?P<a>-?\d+(?:\.\d+)?)\s*(?P<ua>{_SPEED})?\s*to\s+(?P<b>-?\d+(?:\.\d+)?)\s*"
    rf"(?P<ub>{_SPEED})",
    re.I,
)
G = R(98, 10)  # m/s^2, the value school courses use
_FALLS = re.compile(r"\b(?:dropped|drops|falls?|falling|free[\s-]?fall)\b", re.I)
SI = {"v": "m/s", "d": "m", "t": "s", "F": "N", "E": "J", "P": "W", "m": "kg"}


def unit_of(unit: str) -> tuple[str, sympy.Rational, str]:
    """(kind, factor to SI, written form) of a unit as the question spells it."""
    unit = unit.strip()
    return next((k, f, w) for pattern, k, f, w in UNITS if re.fullmatch(pattern, unit, re.I))


def shown(value: sympy.Rational) -> str:
    """A value as the reply writes it: exact when its decimal ends, else to 3 figures."""
    return exact(value) if terminates(value) else f"≈ {float(value):.3g}"


def givens(message: str) -> tuple[dict[str, sympy.Rational], dict[str, str]]:
    """Quantity kind -> value in SI, and kind -> the conversion said ("20 min = 1200 s")."""
    found: dict[str, sympy.Rational] = {}
    notes: dict[str, str] = {}
    for match in GIVEN.finditer(message):
        kind, factor, written = unit_of(match["u"])
        if kind in found:
            continue
        found[kind] = R(match["n"]) * factor
        if factor != 1:
            notes[kind] = f"{shown(R(match['n']))} {written} = {shown(found[kind])} {SI[kind]}"
    if change := CHANGE.search(message):
        _, factor, written = unit_of(change["ub"])
        start = R(change["a"]) * (unit_of(change["ua"])[1] if change["ua"] else factor)
        found["dv"] = R(change["b"]) * factor - start
        if factor != 1:
            notes["dv"] = (
                f"{change['a']} {written} = {shown(start)} m/s and {change['b']} {written} = {shown(R(change['b']) * factor)} m/s"
            )
    elif "v" in found and re.search(
        r"\b(?:from\s+rest|at\s+rest|from\s+0\b|starts?\s+from\s+0)", message, re.I
    ):
        found["dv"] = found["v"]
        if "v" in notes:
            notes["dv"] = notes["v"]
    if _FALLS.search(message):  # dropped: it speeds up at g from rest
        found["g"] = G
    if "mg" in found and "m" not in found and "vol" not in found:
        found["m"] = found["mg"] / 1000
        notes["m"] = f"{shown(found['mg'])} g = {shown(found['m'])} kg"
    return found, notes
