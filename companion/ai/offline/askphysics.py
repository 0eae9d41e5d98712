"""Physics formulas with the givens read from their units: force (F = ma), acceleration,
kinetic and potential energy, momentum, weight, work, power, density, speed, and Ohm's law.

A given is known by its unit ("10 kg" is a mass, "3 m/s^2" an acceleration); the quantity
asked for is named in the question. When a formula's givens are not all there, the question
is left to other handlers rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy

from companion.ai.offline.askformat import exact, terminates

R = sympy.Rational
G = R(98, 10)  # m/s^2, the value school courses use

# unit pattern -> the kind of quantity it measures (longest units first)
_UNITS: list[tuple[str, str]] = [
    (r"m\s*/\s*s\s*(?:\^\s*2|²|/\s*s)|meters?\s+per\s+second\s+squared|m/s2", "a"),
    (r"m\s*/\s*s|meters?\s+per\s+second|metres?\s+per\s+second", "v"),
    (r"kg|kilograms?", "m"),
    (r"g|grams?", "mg"),
    (r"cm\s*(?:\^\s*3|³|3)|cubic\s+centimet(?:er|re)s?|ml|milliliters?", "vol"),
    (r"m\s*(?:\^\s*2|²)", "area"),
    (r"m\s*(?:\^\s*3|³)|cubic\s+met(?:er|re)s?", "vol_m"),
    (r"n|newtons?", "F"),
    (r"j|joules?", "E"),
    (r"w|watts?", "P"),
    (r"v|volts?", "V"),
    (r"a|amps?|amperes?", "I"),
    (r"ohms?|Ω", "R"),
    (r"m|meters?|metres?", "d"),
    (r"s|sec|secs|seconds?", "t"),
]
_NUMBER = r"(?<![\w.])(?P<n>-?\d+(?:\.\d+)?)"
_GIVEN = re.compile(
    _NUMBER + r"\s*(?P<u>" + "|".join(f"(?:{u})" for u, _ in _UNITS) + r")(?![\w/^²³])", re.I
)
# "from 0 to 20 m/s": a change of velocity
_CHANGE = re.compile(
    r"\bfrom\s+(?P<a>-?\d+(?:\.\d+)?)\s*(?:m/s\s*)?to\s+(?P<b>-?\d+(?:\.\d+)?)\s*m/s", re.I
)


def _kind(unit: str) -> str:
    return next(k for pattern, k in _UNITS if re.fullmatch(pattern, unit, re.I))


def _givens(message: str) -> dict[str, sympy.Rational]:
    """Quantity kind -> value, SI units (grams to kilograms only for mass in formulas)."""
    found: dict[str, sympy.Rational] = {}
    for match in _GIVEN.finditer(message):
        found.setdefault(_kind(match["u"].strip()), R(match["n"]))
    if change := _CHANGE.search(message):
        found["dv"] = R(change["b"]) - R(change["a"])
    elif "v" in found and re.search(
        r"\b(?:from\s+rest|at\s+rest|from\s+0\b|starts?\s+from\s+0)", message, re.I
    ):
        found["dv"] = found["v"]
    if "mg" in found and "m" not in found and "vol" not in found:
        found["m"] = found["mg"] / 1000
    return found


# how a given is written back: its letter and unit
_WRITTEN = {
    "m": ("m", "kg"), "mg": ("m", "g"), "v": ("v", "m/s"), "a": ("a", "m/s²"),
    "dv": ("Δv", "m/s"), "t": ("t", "s"), "d": ("d", "m"), "F": ("F", "N"), "E": ("W", "J"),
    "V": ("V", "V"), "I": ("I", "A"), "R": ("R", "Ω"), "vol": ("V", "cm³"),
    "vol_m": ("V", "m³"), "area": ("A", "m²"), "P": ("P", "W"),
}  # fmt: skip


def _shown(value: sympy.Rational) -> str:
    if terminates(value):
        return exact(value)
    return f"≈ {float(value):.3g}"


Formula = tuple[tuple[str, ...], Callable[[dict[str, sympy.Rational]], sympy.Rational], str, str]
# asked word -> formulas tried in order: (givens needed, value, how it reads, unit)
_FORMULAS: dict[str, list[Formula]] = {
    "acceleration": [
        (("F", "m"), lambda g: g["F"] / g["m"], "a = F / m", "m/s²"),
        (("dv", "t"), lambda g: g["dv"] / g["t"], "a = Δv / t", "m/s²"),
    ],
    "kinetic energy": [(("m", "v"), lambda g: g["m"] * g["v"] ** 2 / 2, "KE = ½ m v²", "J")],
    "potential energy": [
        (("m", "d"), lambda g: g["m"] * G * g["d"], "PE = m g h (g = 9.8 m/s²)", "J")
    ],
    "momentum": [(("m", "v"), lambda g: g["m"] * g["v"], "p = m v", "kg·m/s")],
    "weight": [(("m",), lambda g: g["m"] * G, "W = m g (g = 9.8 m/s²)", "N")],
    "force": [(("m", "a"), lambda g: g["m"] * g["a"], "F = m a", "N")],
    "work": [(("F", "d"), lambda g: g["F"] * g["d"], "W = F d", "J")],
    "power": [
        (("E", "t"), lambda g: g["E"] / g["t"], "P = W / t", "W"),
        (("V", "I"), lambda g: g["V"] * g["I"], "P = V I", "W"),
    ],
    "density": [
        (("mg", "vol"), lambda g: g["mg"] / g["vol"], "ρ = m / V", "g/cm³"),
        (("m", "vol_m"), lambda g: g["m"] / g["vol_m"], "ρ = m / V", "kg/m³"),
    ],
    "speed": [(("d", "t"), lambda g: g["d"] / g["t"], "v = d / t", "m/s")],
    "current": [(("V", "R"), lambda g: g["V"] / g["R"], "I = V / R", "A")],
    "voltage": [(("I", "R"), lambda g: g["I"] * g["R"], "V = I R", "V")],
    "resistance": [(("V", "I"), lambda g: g["V"] / g["I"], "R = V / I", "Ω")],
    "pressure": [(("F", "area"), lambda g: g["F"] / g["area"], "P = F / A", "Pa")],
}
_ASKED = re.compile(
    r"\b(?P<q>kinetic\s+energy|potential\s+energy|ke|pe|acceleration|momentum|weight|force|work|"
    r"power|density|speed|velocity|current|voltage|resistance|pressure)\b",
    re.I,
)
_SAID = {"ke": "kinetic energy", "pe": "potential energy", "velocity": "speed"}


def answer(message: str) -> str | None:
    """The asked quantity from a formula whose givens the question states; else None."""
    asked = [_SAID.get(m.lower(), re.sub(r"\s+", " ", m.lower())) for m in _ASKED.findall(message)]
    givens = _givens(message)
    for quantity in asked:
        for needs, value, reads, unit in _FORMULAS[quantity]:
            if all(k in givens for k in needs):
                result = value(givens)
                filled = ", ".join(
                    f"{_WRITTEN[k][0]} = {_shown(givens[k])} {_WRITTEN[k][1]}" for k in needs
                )
                return (
                    f"The {quantity} is **{_shown(result)} {unit}**.\n\n"
                    f"Use {reads} with {filled}: {_shown(result)} {unit}."
                )
    return None
