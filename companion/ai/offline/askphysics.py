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

from companion.ai.offline.physicsunits import G, givens, shown

R = sympy.Rational

# how a given is written back: its letter and unit
_WRITTEN = {
    "m": ("m", "kg"), "mg": ("m", "g"), "v": ("v", "m/s"), "a": ("a", "m/s²"),
    "dv": ("Δv", "m/s"), "t": ("t", "s"), "d": ("d", "m"), "F": ("F", "N"), "E": ("W", "J"),
    "V": ("V", "V"), "I": ("I", "A"), "R": ("R", "Ω"), "vol": ("V", "cm³"),
    "vol_m": ("V", "m³"), "area": ("A", "m²"), "P": ("P", "W"), "g": ("g", "m/s²"),
}  # fmt: skip


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
    "work": [
        (("F", "d"), lambda g: g["F"] * g["d"], "W = F d", "J"),
        (("m", "d"), lambda g: g["m"] * G * g["d"], "W = m g h (g = 9.8 m/s²)", "J"),
    ],
    "energy": [(("P", "t"), lambda g: g["P"] * g["t"], "E = P t", "J")],
    "power": [
        (("E", "t"), lambda g: g["E"] / g["t"], "P = W / t", "W"),
        (("V", "I"), lambda g: g["V"] * g["I"], "P = V I", "W"),
        (
            ("m", "d", "t"),
            lambda g: g["m"] * G * g["d"] / g["t"],
            "P = m g h / t (g = 9.8 m/s²)",
            "W",
        ),
    ],
    "density": [
        (("mg", "vol"), lambda g: g["mg"] / g["vol"], "ρ = m / V", "g/cm³"),
        (("m", "vol_m"), lambda g: g["m"] / g["vol_m"], "ρ = m / V", "kg/m³"),
    ],
    "speed": [
        (("d", "t"), lambda g: g["d"] / g["t"], "v = d / t", "m/s"),
        (("g", "t"), lambda g: g["g"] * g["t"], "v = g t (falling from rest)", "m/s"),
    ],
    "distance": [
        (("v", "t"), lambda g: g["v"] * g["t"], "d = v t", "m"),
        (("g", "t"), lambda g: g["g"] * g["t"] ** 2 / 2, "d = ½ g t² (falling from rest)", "m"),
    ],
    "current": [(("V", "R"), lambda g: g["V"] / g["R"], "I = V / R", "A")],
    "voltage": [(("I", "R"), lambda g: g["I"] * g["R"], "V = I R", "V")],
    "resistance": [(("V", "I"), lambda g: g["V"] / g["I"], "R = V / I", "Ω")],
    "pressure": [(("F", "area"), lambda g: g["F"] / g["area"], "P = F / A", "Pa")],
}
_ASKED = re.compile(
    r"\b(?P<q>kinetic\s+energy|potential\s+energy|ke|pe|acceleration|momentum|weight|force|work|"
    r"power|energy|density|speed|velocity|how\s+fast|distance|how\s+far|current|voltage|resistance|"
    r"pressure)\b",
    re.I,
)
_SAID = {"ke": "kinetic energy", "pe": "potential energy", "velocity": "speed"}
_SAID |= {"how fast": "speed", "how far": "distance"}
# "in m/s", "in meters per second": the answer is wanted in SI whatever the givens' units
_IN_SI = re.compile(r"\bin\s+(?:m\s*/\s*s|met(?:er|re)s?\s+per\s+second)\b", re.I)


def answer(message: str) -> str | None:
    """The asked quantity from a formula whose givens the question states; else None."""
    asked = [_SAID.get(m.lower(), re.sub(r"\s+", " ", m.lower())) for m in _ASKED.findall(message)]
    known, notes = givens(message)
    for quantity in asked:
        for needs, value, reads, unit in _FORMULAS[quantity]:
            if not all(k in known for k in needs) or _rate_question(quantity, notes, message):
                continue
            result = value(known)
            filled = ", ".join(
                f"{_WRITTEN[k][0]} = {shown(known[k])} {_WRITTEN[k][1]}" for k in needs
            ).replace("= ≈", "≈")
            converted = [notes[k] for k in needs if k in notes]
            lines = [f"The {quantity} is **{shown(result)} {unit}{_in_km(result, unit)}**."]
            if converted:
                said = ", ".join(converted).replace("= ≈", "≈")
                lines.append(f"First convert to SI units: {said}.")
            lines.append(f"Use {reads} with {filled}: {shown(result)} {unit}.")
            return "\n\n".join(lines)
    return None


def _rate_question(quantity: str, notes: dict[str, str], message: str) -> bool:
    """A speed from a distance and a time both in everyday units ("120 km in 2 hours") is a
    rate in those units, not a question for SI, unless m/s is asked for."""
    return quantity == "speed" and "d" in notes and "t" in notes and not _IN_SI.search(message)


def _in_km(result: sympy.Rational, unit: str) -> str:
    """A long distance in metres is also said in kilometres."""
    return f" = {shown(result / 1000)} km" if unit == "m" and abs(result) >= 1000 else ""
