"""Geometric proofs: the converse, inverse and contrapositive of a conditional statement,
and the reason that justifies a step about angles (with the angle measure computed)."""

from __future__ import annotations

import random

from companion.ai.offline.templates.common import make, options, template
from companion.ai.schemas import Difficulty, Problem

# subject, pronoun, p, q, not p, not q: "If <subject> <p>, then <pronoun> <q>."
CONDITIONALS = (
    (
        "two angles",
        "they",
        "are vertical angles",
        "are congruent",
        "are not vertical angles",
        "are not congruent",
    ),
    (
        "a quadrilateral",
        "it",
        "is a square",
        "is a rectangle",
        "is not a square",
        "is not a rectangle",
    ),
    (
        "a triangle",
        "it",
        "is equilateral",
        "is isosceles",
        "is not equilateral",
        "is not isosceles",
    ),
    (
        "an angle",
        "it",
        "measures 90°",
        "is a right angle",
        "does not measure 90°",
        "is not a right angle",
    ),
    ("a number", "it", "is a multiple of 4", "is even", "is not a multiple of 4", "is not even"),
)
FORMS = ("converse", "inverse", "contrapositive")


def _forms(subject: str, pronoun: str, p: str, q: str, not_p: str, not_q: str) -> dict[str, str]:
    """The statement and its three related conditionals."""

    def sentence(first: str, second: str) -> str:
        return f"If {subject} {first}, then {pronoun} {second}."

    return {
        "statement": sentence(p, q),
        "converse": sentence(q, p),
        "inverse": sentence(not_p, not_q),
        "contrapositive": sentence(not_q, not_p),
    }


REASONS = {
    "vertical": "Vertical angles are congruent.",
    "linear": "Angles that form a linear pair are supplementary.",
    "alternate": "Alternate interior angles of parallel lines are congruent.",
    "corresponding": "Corresponding angles of parallel lines are congruent.",
    "triangle": "The angles of a triangle add up to 180°.",
}


@template("proof_logic")
def proof_logic(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Name a related conditional (converse, inverse, contrapositive), or give a proof's reason."""
    if difficulty != "hard":
        forms = _forms(*rng.choice(CONDITIONALS))
        wanted = rng.choice(FORMS[:2] if difficulty == "easy" else FORMS)
        answer = forms[wanted]
        question = f'Conditional statement: "{forms["statement"]}" Which statement is its {wanted}?'
        steps = [
            "The converse swaps the hypothesis and conclusion; the inverse negates both; the contrapositive does both.",
            f"So the {wanted} is: {answer}",
        ]
        hint = "Find the hypothesis (after if) and the conclusion (after then) first."
        wrong = [v for k, v in forms.items() if k != wanted]
        return make(question, answer, steps, hint, difficulty, choices=options(rng, answer, wrong))
    kind = rng.choice(sorted(REASONS))
    a, b = rng.randint(25, 80), rng.randint(25, 70)
    given, shown = {
        "vertical": (f"∠1 and ∠2 are vertical angles and m∠1 = {a}°", f"m∠2 = {a}°"),
        "linear": (f"∠1 and ∠2 form a linear pair and m∠1 = {a}°", f"m∠2 = {180 - a}°"),
        "alternate": (
            f"lines l ∥ m, ∠1 and ∠2 are alternate interior angles, and m∠1 = {a}°",
            f"m∠2 = {a}°",
        ),
        "corresponding": (
            f"lines l ∥ m, ∠1 and ∠2 are corresponding angles, and m∠1 = {a}°",
            f"m∠2 = {a}°",
        ),
        "triangle": (f"in triangle ABC, m∠A = {a}° and m∠B = {b}°", f"m∠C = {180 - a - b}°"),
    }[kind]
    answer = REASONS[kind]
    question = f"In a two-column proof, given that {given}, the next statement is {shown}. Which reason justifies it?"
    steps = [
        f"The given facts are about {kind} angles."
        if kind != "triangle"
        else "The given angles are in one triangle.",
        f"Reason: {answer}",
    ]
    hint = "Look at how the two angles are related in the given information."
    wrong = [v for k, v in REASONS.items() if k != kind]
    return make(
        question,
        answer,
        steps,
        hint,
        difficulty,
        choices=options(rng, answer, rng.sample(wrong, len(wrong))),
    )
