"""Time to generate and grade 100 practice problems with the offline engine (goal <= 0.5 s)."""

from __future__ import annotations

import random
import time

from companion.ai.kb import load_kb
from companion.ai.offline import templates
from companion.ai.offline.grading import grade
from companion.ai.offline.practice import generate
from companion.ai.schemas import ConceptRef

GOAL_SECONDS = 0.5


def concept_refs() -> list[ConceptRef]:
    """Twenty KB concepts, math and text, with spread-out mastery."""
    concepts = sorted(load_kb().concepts.values(), key=lambda c: c.id)
    rng = random.Random(0)
    picked = rng.sample(concepts, min(20, len(concepts)))
    return [
        ConceptRef(id=c.id, name=c.name, kb_id=c.id, mastery=rng.randint(0, 100)) for c in picked
    ]


def run_once(seed: int) -> float:
    """Generate a 100-problem set and grade a right and a wrong answer for each."""
    start = time.perf_counter()
    practice = generate(concept_refs(), count=100, seed=seed)
    assert len(practice.problems) == 100, len(practice.problems)
    for problem in practice.problems:
        grade(problem, problem.correctAnswer)
        grade(problem, "42")
    return time.perf_counter() - start


def template_round(seed: int) -> float:
    """Render every template at every difficulty once and grade its own answer."""
    start = time.perf_counter()
    for name in templates.names():
        for difficulty in ("easy", "medium", "hard"):
            problem = templates.render(name, random.Random(seed), difficulty)
            grade(problem, problem.correctAnswer)
    return time.perf_counter() - start


def main() -> None:
    """Print cold and warm timings."""
    load_kb()
    cold = run_once(seed=1)
    warm = min(run_once(seed=s) for s in range(2, 5))
    count = len(templates.names()) * 3
    per_template = template_round(seed=7) / count * 1000
    print(
        f"generate + grade 100 problems: cold {cold:.3f} s, warm {warm:.3f} s (goal {GOAL_SECONDS} s)"
    )
    print(f"all {count} template/difficulty pairs: {per_template:.2f} ms per problem incl. grading")


if __name__ == "__main__":
    main()
