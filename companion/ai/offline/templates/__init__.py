"""Practice templates: name -> function(rng, difficulty) -> Problem with a computed, checked answer."""

from __future__ import annotations

import random

from companion.ai.offline.templates import (  # noqa: F401  (modules register their templates)
    advanced,
    algebra,
    algebra2,
    anglepairs,
    arithmetic,
    calculusrules,
    compositefigures,
    conics,
    coordinatelines,
    datadisplays,
    derivativeideas,
    derivativeuses,
    distributions,
    elementary,
    energy,
    finances,
    functionfamilies,
    geometry,
    geometrybasics,
    inference,
    linearalgebra,
    linearmodels,
    measurement,
    numberpatterns,
    numbers,
    numbersense,
    numbersystem,
    parametric,
    polynomials,
    polyrational,
    powers,
    proofs,
    ratework,
    reactions,
    referenceangles,
    science,
    series,
    shapes,
    similarity,
    stats,
    teststrategies,
    transformations,
    trigidentities,
    trigsolve,
    trigvalues,
    wordproblems,
)
from companion.ai.offline.templates.common import REGISTRY, Template
from companion.ai.offline.templates.wording import tidy
from companion.ai.schemas import Difficulty, Problem


def names() -> list[str]:
    """Every registered template name, sorted."""
    return sorted(REGISTRY)


def get(name: str) -> Template | None:
    """The template registered under `name`, if any."""
    return REGISTRY.get(name)


def render(name: str, rng: random.Random, difficulty: Difficulty = "medium") -> Problem:
    """Generate one problem from the named template, its wording tidied ("1 unit", "an 8")."""
    problem = REGISTRY[name](rng, difficulty)
    return problem.model_copy(
        update={
            "question": tidy(problem.question),
            "explanation": tidy(problem.explanation),
            "hint": tidy(problem.hint),
        }
    )


__all__ = ["REGISTRY", "Template", "get", "names", "render"]
