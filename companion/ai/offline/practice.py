"""Offline practice sets: computed math problems and KB text problems, weakest concepts first."""

from __future__ import annotations

import hashlib
import random

from companion.ai.kb import KBConcept, KnowledgeBase, load_kb
from companion.ai.offline import templates
from companion.ai.offline.textproblems import source_for, text_problems
from companion.ai.schemas import ConceptRef, Difficulty, PracticeSet, Problem

MAX_TRIES_PER_PROBLEM = 8


def _key(text: str) -> str:
    """Case- and space-insensitive form used for name matching."""
    return " ".join(text.lower().split())


def resolve(ref: ConceptRef, kb: KnowledgeBase) -> KBConcept | None:
    """The KB concept behind a ConceptRef: by kb_id, else by name or synonym."""
    if ref.kb_id and ref.kb_id in kb.concepts:
        return kb.concepts[ref.kb_id]
    wanted = _key(ref.name)
    matches = [
        c for c in kb.concepts.values() if wanted in {_key(n) for n in (c.name, *c.synonyms)}
    ]
    subject = kb.find_subject(ref.subject) if ref.subject else None
    preferred = [c for c in matches if subject and c.subject_id == subject.id]
    return (preferred or matches or [None])[0]


def _seed_for(concepts: list[ConceptRef], difficulty: str) -> int:
    """A stable seed from the request when the caller gives none."""
    text = "|".join(c.id for c in concepts) + difficulty
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def _candidate(
    ref: ConceptRef,
    concept: KBConcept | None,
    kb: KnowledgeBase,
    rng: random.Random,
    difficulty: Difficulty,
    transcript: str,
    seen: set[str],
) -> Problem | None:
    """One new problem for the concept: its math template, else a text problem."""
    template = templates.get(concept.generator) if concept and concept.generator else None
    if template is not None:
        for _ in range(MAX_TRIES_PER_PROBLEM):
            problem = template(rng, difficulty)
            if problem.question not in seen:
                return problem
    options = text_problems(source_for(ref, concept, kb), rng, difficulty, transcript)
    fresh = [p for p in options if p.question not in seen]
    return rng.choice(fresh) if fresh else None


def generate(
    concepts: list[ConceptRef],
    *,
    difficulty: Difficulty = "medium",
    count: int = 5,
    transcript: str = "",
    seed: int | None = None,
) -> PracticeSet:
    """A practice set over the concepts, weakest mastery first, no duplicate questions."""
    kb = load_kb()
    rng = random.Random(_seed_for(concepts, difficulty) if seed is None else seed)
    ordered = sorted(concepts, key=lambda c: (c.mastery, c.name))
    resolved = [(ref, resolve(ref, kb)) for ref in ordered]
    problems: list[Problem] = []
    seen: set[str] = set()
    exhausted: set[str] = set()
    turn = 0
    while len(problems) < count and len(exhausted) < len(resolved):
        ref, concept = resolved[turn % len(resolved)]
        turn += 1
        if ref.id in exhausted:
            continue
        problem = _candidate(ref, concept, kb, rng, difficulty, transcript, seen)
        if problem is None:
            exhausted.add(ref.id)
            continue
        seen.add(problem.question)
        problems.append(problem.model_copy(update={"conceptId": ref.id}))
    return PracticeSet(problems=problems, engine="local")
