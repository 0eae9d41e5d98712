"""How the checks on LLM-written practice (ai/verify.py) do on problems whose truth is known.

The offline generator's problems have sympy-computed answers, so they stand in for an LLM
that is right: every correction or drop is a false alarm. The same problems with a wrong
integer answer (the right one + 1, and x 10 + 1) stand in for an LLM that is wrong: each
must be corrected or dropped. Counts, not timings: `python bench/bench_llm_checks.py`.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections import Counter

from companion.ai.kb import load_kb
from companion.ai.offline.practice import generate
from companion.ai.schemas import ConceptRef, Problem
from companion.ai.verify import verify_problem

LEVELS = ("easy", "medium", "hard")
PER_SET = 5
SEED = 11
_INTEGER = re.compile(r"-?\d+")


def _outcome(problem: Problem, ref: ConceptRef) -> str:
    kept, note = verify_problem(problem, [ref])
    return "kept" if kept is not None and not note else note.split(":")[0]


def _wrong_versions(problem: Problem) -> list[Problem]:
    """The problem with a wrong whole-number answer (free answers only)."""
    answer = problem.correctAnswer.strip()
    if problem.type == "multiple_choice" or not _INTEGER.fullmatch(answer):
        return []
    n = int(answer)
    return [problem.model_copy(update={"correctAnswer": str(bad)}) for bad in (n + 1, n * 10 + 1)]


def main() -> None:
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for concept_id, concept in load_kb().concepts.items():
        ref = ConceptRef(id=concept_id, name=concept.name, kb_id=concept_id)
        for level in LEVELS:
            practice = generate([ref], difficulty=level, count=PER_SET, seed=SEED)
            for problem in practice.problems:
                right[_outcome(problem, ref)] += 1
                for bad in _wrong_versions(problem):
                    wrong[_outcome(bad, ref)] += 1
    total, alarms = sum(right.values()), sum(right.values()) - right["kept"]
    print(f"right problems: {total}, false alarms: {alarms} ({alarms / total:.2%}) {dict(right)}")
    caught = sum(wrong.values()) - wrong["kept"]
    share = caught / max(1, sum(wrong.values()))
    print(f"wrong answers: {sum(wrong.values())}, caught: {caught} ({share:.1%}) {dict(wrong)}")


if __name__ == "__main__":
    main()
