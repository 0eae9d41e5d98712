"""Science concepts are practised whole: the limiting reactant (not only percent yield),
mole ratios and mass to mass (not only grams to moles), work and power (not only kinetic
energy). Each answer is recomputed here from the question's own numbers."""

from __future__ import annotations

import random
import re
from fractions import Fraction

import pytest

from companion.ai.kb import load_kb
from companion.ai.offline import practice, templates
from companion.ai.offline.grading import grade
from companion.ai.offline.practice import generate
from companion.ai.schemas import ConceptRef

LEVELS = ("easy", "medium", "hard")
SEEDS = range(30)
NUMBER = r"(\d+(?:\.\d+)?)"


def coefficients(equation: str) -> dict[str, int]:
    """ "N2 + 3 H2 → 2 NH3" -> {"N2": 1, "H2": 3, "NH3": 2} (every species, both sides)."""
    out = {}
    for term in re.split(r"\s*(?:\+|→)\s*", equation):
        count, formula = re.fullmatch(r"(?:(\d+) )?(\w+)", term.strip()).groups()
        out[formula] = int(count or 1)
    return out


def close(answer: str, value: Fraction, places: int) -> bool:
    return abs(Fraction(answer) - value) <= Fraction(1, 2 * 10**places)


@pytest.mark.parametrize("difficulty", LEVELS)
@pytest.mark.parametrize("seed", SEEDS)
def test_limiting_reactant_answers_follow_from_the_equation(seed: int, difficulty) -> None:
    problem = templates.render("limiting_reactant", random.Random(seed), difficulty)
    q = problem.question
    equation = q.split(". ")[0]
    coef = coefficients(equation)
    start = re.search(rf"start with {NUMBER} mol (\w+) and {NUMBER} mol (\w+)", q).groups()
    have = {start[1]: Fraction(start[0]), start[3]: Fraction(start[2])}
    rounds = {f: have[f] / coef[f] for f in have}
    limiting = min(rounds, key=rounds.__getitem__)
    product = re.search(r"moles of (\w+)|mol of (\w+) is collected", q)
    if difficulty == "easy":
        assert problem.correctAnswer == limiting and set(have) <= set(problem.options)
        assert grade(problem, limiting).correct
        return
    name = product[1] or product[2]
    made = rounds[limiting] * coef[name]
    if difficulty == "medium":
        assert close(problem.correctAnswer, made, 2)
    else:
        actual = Fraction(re.search(rf"Only {NUMBER} mol", q)[1])
        assert close(problem.correctAnswer, actual / made * 100, 1)
        assert 0 < actual < made
    assert grade(problem, problem.correctAnswer).correct


@pytest.mark.parametrize("difficulty", LEVELS)
@pytest.mark.parametrize("seed", SEEDS)
def test_mole_ratio_answers_follow_from_the_coefficients(seed: int, difficulty) -> None:
    problem = templates.render("mole_ratio", random.Random(seed), difficulty)
    q = problem.question
    if "→" not in q:  # the easy grams-to-moles variant, checked in test_practice.py
        assert difficulty == "easy" and "How many moles are in" in q
        return
    coef = coefficients(q.split(". ")[0])
    if difficulty == "hard":
        grams, given = re.search(rf"from {NUMBER} g of (\w+)", q).groups()
        product = re.search(r"grams of (\w+)", q)[1]
        masses = dict(re.findall(rf"(\w+) = {NUMBER} g/mol", q))
        value = Fraction(grams) / Fraction(masses[given]) * coef[product] / coef[given]
        assert close(problem.correctAnswer, value * Fraction(masses[product]), 1)
    else:
        product = re.search(r"moles of (\w+)", q)[1]
        moles, given = re.search(rf"from {NUMBER} mol of (\w+)", q).groups()
        assert Fraction(problem.correctAnswer) == Fraction(moles) * coef[product] / coef[given]


@pytest.mark.parametrize("difficulty", LEVELS)
@pytest.mark.parametrize("seed", SEEDS)
def test_work_and_power_answers_follow_from_their_formulas(seed: int, difficulty) -> None:
    problem = templates.render("work_energy_power", random.Random(seed), difficulty)
    q = problem.question
    answer = Fraction(problem.correctAnswer)
    if "kinetic energy" in q:
        mass, speed = (Fraction(n) for n in re.findall(rf"{NUMBER} (?:kg|m/s)", q))
        assert answer == mass * speed**2 / 2
    elif "force pushes" in q:
        force, metres = (Fraction(n) for n in re.findall(rf"{NUMBER} (?:N|m)\b", q))
        assert answer == force * metres
    elif "does" in q:
        work, seconds = (Fraction(n) for n in re.findall(rf"{NUMBER} (?:J|s)\b", q))
        assert answer == work / seconds
    else:
        metres, force, seconds = (Fraction(n) for n in re.findall(rf"{NUMBER} (?:m|N|s)\b", q))
        assert answer == force * metres / seconds


@pytest.mark.parametrize(
    ("concept_id", "server", "words"),
    [
        (
            "chemistry.limiting_reactant_and_percent_yield",
            "limiting_reactant",
            ("limiting", "percent yield"),
        ),
        ("chemistry.stoichiometry", "mole_ratio", ("→", "How many moles are in")),
        ("physics.work_energy_and_power", "work_energy_power", ("work", "power", "kinetic energy")),
    ],
)
def test_each_part_of_the_concept_is_practised(concept_id: str, server: str, words) -> None:
    concept = load_kb().concepts[concept_id]
    assert practice.server_for(concept) == server
    seen = set()
    for difficulty in LEVELS:
        for seed in range(8):
            ref = ConceptRef(id=concept_id, name=concept.name, kb_id=concept_id)
            for p in generate([ref], difficulty=difficulty, count=2, seed=seed).problems:
                seen |= {w for w in words if w in p.question}
    assert seen == set(words)
