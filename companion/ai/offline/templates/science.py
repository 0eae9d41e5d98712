"""Physics and chemistry templates: motion, forces, circuits, energy, moles, gases."""

from __future__ import annotations

import random
import re

import sympy

from companion.ai.offline.templates.common import decimal, level, make, template
from companion.ai.schemas import Difficulty, Problem

ATOMIC_MASS = {
    "H": 1.008,
    "C": 12.011,
    "N": 14.007,
    "O": 15.999,
    "Na": 22.990,
    "Cl": 35.453,
    "Ca": 40.078,
    "S": 32.06,
}
COMPOUNDS = {
    "easy": ["H2O", "CO2", "NaCl", "O2"],
    "medium": ["NH3", "CH4", "CaCO3", "H2SO4"],
    "hard": ["C6H12O6", "C2H5OH", "Na2SO4", "CaCl2"],
}
GAS_R = sympy.Rational(8206, 100000)  # L·atm/(mol·K)


def molar_mass_of(formula: str) -> sympy.Float:
    """Sum of atomic masses for a formula like C6H12O6."""
    return sympy.Float(
        sum(ATOMIC_MASS[el] * int(n or 1) for el, n in re.findall(r"([A-Z][a-z]?)(\d*)", formula))
    )


@template("kinematics")
def kinematics(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Constant-acceleration motion: final speed or distance."""
    u, a, t = rng.randint(0, level(difficulty, 0, 10, 20)), rng.randint(1, 6), rng.randint(2, 10)
    if difficulty == "hard":
        value = sympy.Integer(u) * t + sympy.Rational(a, 2) * t**2
        question = f"A cyclist moving at {u} m/s accelerates at {a} m/s^2 for {t} s. How far does she travel, in metres?"
        steps = ["Use s = ut + 1/2 a t^2.", f"s = {u}×{t} + 1/2×{a}×{t}^2 = {decimal(value)} m."]
    else:
        value = sympy.Integer(u + a * t)
        question = f"A car starts at {u} m/s and accelerates at {a} m/s^2 for {t} s. What is its final speed, in m/s?"
        steps = ["Use v = u + at.", f"v = {u} + {a}×{t} = {value} m/s."]
    assert value * 2 == (2 * u * t + a * t * t if difficulty == "hard" else 2 * (u + a * t))
    return make(
        question,
        decimal(value),
        steps,
        "List what you know (u, a, t) and pick the equation that links them.",
        difficulty,
    )


@template("newton_second_law")
def newton_second_law(rng: random.Random, difficulty: Difficulty) -> Problem:
    """F = ma solved for force, acceleration or mass."""
    m, a = rng.randint(2, 50), rng.randint(1, 12)
    force = m * a
    unknown = level(difficulty, "F", "a", "m")
    value = {"F": force, "a": sympy.Rational(force, m), "m": sympy.Rational(force, a)}[unknown]
    assert value == {"F": m * a, "a": a, "m": m}[unknown]
    question = {
        "F": f"What net force, in newtons, accelerates a {m} kg cart at {a} m/s^2?",
        "a": f"A net force of {force} N acts on a {m} kg box. What is its acceleration, in m/s^2?",
        "m": f"A net force of {force} N gives an object an acceleration of {a} m/s^2. What is its mass, in kg?",
    }[unknown]
    steps = [
        "Newton's second law: F = m × a.",
        f"Rearrange for {unknown}: {unknown} = {decimal(value)}.",
    ]
    return make(
        question, decimal(value), steps, "F = ma; divide to isolate the unknown.", difficulty
    )


@template("ohms_law")
def ohms_law(rng: random.Random, difficulty: Difficulty) -> Problem:
    """V = IR solved for voltage, current or resistance."""
    current, resistance = (
        sympy.Rational(rng.randint(1, 40), level(difficulty, 1, 2, 10)),
        rng.randint(2, 100),
    )
    voltage = current * resistance
    unknown = level(difficulty, "V", "I", "R")
    value = {"V": voltage, "I": current, "R": sympy.Integer(resistance)}[unknown]
    assert voltage / resistance == current
    question = {
        "V": f"A current of {decimal(current)} A flows through a {resistance} ohm resistor. What is the voltage across it, in volts?",
        "I": f"A {decimal(voltage)} V battery is connected to a {resistance} ohm resistor. What current flows, in amperes?",
        "R": f"A {decimal(voltage)} V source drives {decimal(current)} A through a resistor. What is its resistance, in ohms?",
    }[unknown]
    steps = ["Ohm's law: V = I × R.", f"Solve for {unknown}: {unknown} = {decimal(value)}."]
    return make(question, decimal(value), steps, "V = IR.", difficulty)


@template("kinetic_energy")
def kinetic_energy(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Kinetic energy from mass and speed (or speed from energy when hard)."""
    m, v = rng.randint(1, 20) * level(difficulty, 1, 5, 2), rng.randint(2, 30)
    energy = sympy.Rational(m * v * v, 2)
    assert 2 * energy / m == v**2
    if difficulty == "hard":
        question, value = (
            f"A {m} kg object has {decimal(energy)} J of kinetic energy. How fast is it moving, in m/s?",
            sympy.Integer(v),
        )
        steps = [
            "KE = 1/2 m v^2, so v = sqrt(2 KE / m).",
            f"v = sqrt(2 × {decimal(energy)} / {m}) = {v} m/s.",
        ]
    else:
        question, value = (
            f"What is the kinetic energy, in joules, of a {m} kg object moving at {v} m/s?",
            energy,
        )
        steps = ["KE = 1/2 m v^2.", f"KE = 1/2 × {m} × {v}^2 = {decimal(energy)} J."]
    return make(question, decimal(value), steps, "Square the speed before multiplying.", difficulty)


@template("molar_mass")
def molar_mass(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Molar mass of a compound from atomic masses."""
    formula = rng.choice(COMPOUNDS[difficulty])
    value = molar_mass_of(formula)
    parts = re.findall(r"([A-Z][a-z]?)(\d*)", formula)
    assert abs(float(value) - sum(ATOMIC_MASS[el] * int(n or 1) for el, n in parts)) < 1e-9
    terms = " + ".join(f"{n or 1}×{ATOMIC_MASS[el]}" for el, n in parts)
    steps = [
        "Count the atoms of each element.",
        f"Add their masses: {terms} = {decimal(value)} g/mol.",
    ]
    masses = ", ".join(f"{el} = {m}" for el, m in ATOMIC_MASS.items() if el in dict(parts))
    question = (
        f"What is the molar mass of {formula} in g/mol? Use {masses}. Round to 2 decimal places."
    )
    return make(
        question,
        decimal(value),
        steps,
        "Multiply each atomic mass by its subscript and add.",
        difficulty,
    )


@template("moles_grams")
def moles_grams(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Convert a mass of a compound to moles."""
    formula = rng.choice(COMPOUNDS[difficulty])
    # The question states the molar mass to 2 decimals; the answer must use that number.
    mass_per_mol = sympy.Rational(decimal(molar_mass_of(formula)))
    grams = rng.randint(5, 200)
    value = grams / mass_per_mol
    assert abs(float(value) * float(mass_per_mol) - grams) < 1e-9
    question = f"How many moles are in {grams} g of {formula} (molar mass {decimal(mass_per_mol)} g/mol)? Round to 2 decimal places."
    steps = [
        "moles = mass ÷ molar mass.",
        f"n = {grams} ÷ {decimal(mass_per_mol)} ≈ {decimal(value)} mol.",
    ]
    return make(question, decimal(value), steps, "Divide the grams by the molar mass.", difficulty)


@template("ideal_gas")
def ideal_gas(rng: random.Random, difficulty: Difficulty) -> Problem:
    """PV = nRT solved for pressure or volume."""
    n, temp = sympy.Rational(rng.randint(1, 20), 4), rng.randint(250, 400)
    volume = rng.randint(5, 50)
    pressure = n * GAS_R * temp / volume
    assert abs(float(pressure * volume) - float(n * GAS_R * temp)) < 1e-9
    if difficulty == "hard":
        value = volume
        question = f"{decimal(n)} mol of gas at {temp} K has pressure {decimal(pressure, 4)} atm. What is its volume, in litres? Use R = 0.08206 L·atm/(mol·K). Round to 2 decimal places."
    else:
        value = pressure
        question = f"{decimal(n)} mol of gas at {temp} K fills {volume} L. What is its pressure, in atm? Use R = 0.08206 L·atm/(mol·K). Round to 2 decimal places."
    steps = ["PV = nRT.", f"Rearrange and substitute: {decimal(value)}."]
    return make(question, decimal(value), steps, "Temperatures must be in kelvin.", difficulty)


@template("percent_yield")
def percent_yield(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Percent yield from the actual and theoretical yields of a reaction."""
    theoretical = rng.randint(*level(difficulty, (20, 60), (40, 150), (100, 400)))
    actual = sympy.Rational(rng.randint(theoretical // 2, theoretical - 1) * 10, 10)
    value = actual / theoretical * 100
    assert 0 < value < 100
    question = (
        f"A reaction should produce {theoretical} g of product, but only {actual} g is collected. "
        "What is the percent yield? Round to 1 decimal place."
    )
    steps = [
        "Percent yield = actual yield ÷ theoretical yield × 100.",
        f"{actual} ÷ {theoretical} × 100 ≈ {decimal(value, 1)}%.",
    ]
    hint = "Divide what you got by what you should have got."
    return make(question, decimal(value, 1), steps, hint, difficulty)
