"""Chemistry from a balanced equation: mole ratios, mass to mass, the limiting reactant
and the percent yield it sets. Every amount is computed from the coefficients."""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction

from companion.ai.offline.templates.common import (
    checked,
    decimal,
    level,
    make,
    options,
    template,
)
from companion.ai.offline.templates.science import molar_mass_of, moles_grams
from companion.ai.schemas import Difficulty, Problem


@dataclass(frozen=True)
class Reaction:
    equation: str
    reactants: tuple[tuple[str, int], tuple[str, int]]  # (formula, coefficient)
    product: tuple[str, int]


REACTIONS = (
    Reaction("N2 + 3 H2 → 2 NH3", (("N2", 1), ("H2", 3)), ("NH3", 2)),
    Reaction("2 H2 + O2 → 2 H2O", (("H2", 2), ("O2", 1)), ("H2O", 2)),
    Reaction("CH4 + 2 O2 → CO2 + 2 H2O", (("CH4", 1), ("O2", 2)), ("CO2", 1)),
    Reaction("2 Na + Cl2 → 2 NaCl", (("Na", 2), ("Cl2", 1)), ("NaCl", 2)),
    Reaction("CaCO3 + 2 HCl → CaCl2 + CO2 + H2O", (("CaCO3", 1), ("HCl", 2)), ("CO2", 1)),
)


def _mass(formula: str) -> Fraction:
    """Molar mass to 2 decimals, as the question states it."""
    return Fraction(decimal(molar_mass_of(formula)))


@template("mole_ratio")
def mole_ratio(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Grams to moles or moles of product from moles of a reactant (easy), moles of product
    (medium), grams to grams (hard)."""
    if difficulty == "easy" and rng.random() < 0.5:
        return moles_grams(rng, difficulty)
    reaction = rng.choice(REACTIONS)
    given, a = rng.choice(reaction.reactants)
    product, p = reaction.product
    if difficulty == "hard":
        grams = rng.randint(10, 120)
        m_given, m_product = _mass(given), _mass(product)
        moles = Fraction(grams) / m_given
        value = moles * p / a * m_product
        assert abs(float(value / m_product * a / p * m_given) - grams) < 1e-9
        question = (
            f"{reaction.equation}. How many grams of {product} form from {grams} g of {given}, "
            f"with enough of the other reactant? Use {given} = {decimal(m_given)} g/mol and "
            f"{product} = {decimal(m_product)} g/mol. Round to 1 decimal place."
        )
        steps = [
            f"Grams to moles: {grams} ÷ {decimal(m_given)} ≈ {decimal(moles, 4)} mol {given}.",
            f"Mole ratio: {p} mol {product} for every {a} mol {given}, so "
            f"{decimal(moles, 4)} × {p}/{a} ≈ {decimal(moles * p / a, 4)} mol {product}.",
            f"Moles to grams: × {decimal(m_product)} ≈ {decimal(value, 1)} g.",
        ]
        return make(question, decimal(value, 1), steps, "Go through moles.", difficulty)
    moles = Fraction(a * rng.randint(*level(difficulty, (1, 6), (2, 12), (2, 12))), 2)
    value = moles * p / a
    assert value * a == moles * p
    question = (
        f"{reaction.equation}. How many moles of {product} form from {decimal(moles)} mol of "
        f"{given}, with enough of the other reactant?"
    )
    steps = [
        f"The coefficients give the mole ratio: {p} mol {product} for every {a} mol {given}.",
        f"{decimal(moles)} × {p}/{a} = {decimal(value)} mol {product}.",
    ]
    return make(question, decimal(value), steps, "Use the coefficients as a ratio.", difficulty)


@template("limiting_reactant")
def limiting_reactant(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Which reactant runs out (easy), the product it allows (medium), the percent yield (hard)."""
    reaction = rng.choice(REACTIONS)
    (first, a), (second, b) = reaction.reactants
    product, p = reaction.product
    have = checked(
        lambda: {first: Fraction(rng.randint(2, 16), 2), second: Fraction(rng.randint(2, 16), 2)},
        lambda amounts: amounts[first] / a != amounts[second] / b,  # no tie: one runs out first
    )
    runs = {first: have[first] / a, second: have[second] / b}  # reaction "rounds" each allows
    limiting = min(runs, key=runs.__getitem__)
    excess = second if limiting == first else first
    made = runs[limiting] * p
    assert made == min(have[first] / a, have[second] / b) * p
    setup = (
        f"{reaction.equation}. You start with {decimal(have[first])} mol {first} and "
        f"{decimal(have[second])} mol {second}."
    )
    steps = [
        f"Divide each amount by its coefficient: {first} {decimal(have[first])} ÷ {a} = "
        f"{decimal(runs[first], 3)}, {second} {decimal(have[second])} ÷ {b} = "
        f"{decimal(runs[second], 3)}.",
        f"The smaller result runs out first: {limiting} is the limiting reactant, "
        f"{excess} is in excess.",
    ]
    if difficulty == "easy":
        question = f"{setup} Which reactant is the limiting reactant?"
        hint = "Compare each amount with what the equation needs, not the amounts alone."
        # the other reactant, the product (reactants confused with products), a tie
        wrong = [excess, product, "Neither: they run out together"]
        choices = options(rng, limiting, wrong)
        return make(question, limiting, steps, hint, difficulty, choices=choices)
    steps.append(f"Product: {decimal(runs[limiting], 3)} × {p} = {decimal(made, 3)} mol {product}.")
    if difficulty == "medium":
        question = (
            f"{setup} How many moles of {product} can form at most? Round to 2 decimal places."
        )
        hint = "The limiting reactant decides how much product forms."
        return make(question, decimal(made), steps, hint, difficulty)
    actual = Fraction(round(made * Fraction(rng.randint(55, 95), 100) * 100), 100)
    value = actual / made * 100
    assert 0 < value < 100
    question = (
        f"{setup} Only {decimal(actual)} mol of {product} is collected. What is the percent "
        "yield? Round to 1 decimal place."
    )
    steps.append(
        f"Percent yield = actual ÷ theoretical × 100 = {decimal(actual)} ÷ {decimal(made, 3)} "
        f"× 100 ≈ {decimal(value, 1)}%."
    )
    hint = "The theoretical yield comes from the limiting reactant."
    return make(question, decimal(value, 1), steps, hint, difficulty)
