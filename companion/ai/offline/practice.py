"""Offline practice sets: computed math problems and KB text problems, weakest concepts first."""

from __future__ import annotations

import hashlib
import random
import re

from companion.ai.kb import KBConcept, KnowledgeBase, load_kb
from companion.ai.offline import templates
from companion.ai.offline.retrieval import tokenize
from companion.ai.offline.templates.skills import LEVELS, SKILLS
from companion.ai.offline.textproblems import source_for, text_problems
from companion.ai.schemas import ConceptRef, Difficulty, PracticeSet, Problem

MAX_TRIES_PER_PROBLEM = 8
FIRST_NEGATIVES_GRADE = 6  # negative numbers are taught from grade 6 on
# a minus sign with no number before it: "-3", "is -3", "= -5", "(-2, 4)"; not "896 - 514"
NEGATIVE = re.compile(r"(?<![\w)\]])-\d|(?<![\w)\]])(?<![\w)\]]\s)-\s+\d")
_SAME_FRACTION = re.compile(r"(?<![\d.])(\d+)/\1(?![\d.])")
# grades 1-5 work decimals to hundredths: 15.8295 is no grade-5 answer
_PAST_HUNDREDTHS = re.compile(r"\d\.\d{3,}")
_GRADES = re.compile(r"\d+")


def serves(name: str, concept: KBConcept, kb: KnowledgeBase | None = None) -> bool:
    """Whether the template practises what the concept names (see templates.skills)."""
    skill = SKILLS.get(name)
    kb = kb or load_kb()
    if skill is None or templates.get(name) is None:
        return False
    if kb.subjects[concept.subject_id].area not in skill.areas:
        return False
    title = set(tokenize(concept.name))
    whole = {frozenset(tokenize(n)) for n in (concept.name, *concept.synonyms)}
    for phrase in skill.phrases:
        words = set(tokenize(phrase))
        if frozenset(words) in whole or (len(words) >= 2 and words <= title):
            return True
    return False


def server_for(concept: KBConcept) -> str | None:
    """The template that practises the concept: the KB's suggestion if it fits, else one that does."""
    if concept.generator and serves(concept.generator, concept):
        return concept.generator
    return next((name for name in sorted(SKILLS) if serves(name, concept)), None)


def grade_of(concept: KBConcept, kb: KnowledgeBase) -> int:
    """The highest school grade the concept's subject is taught in ("grades 1-5" -> 5)."""
    numbers = [int(n) for n in _GRADES.findall(kb.subjects[concept.subject_id].level)]
    return min(max(numbers), 12) if numbers else 12


def level_for(name: str, requested: Difficulty, grade: int) -> Difficulty | None:
    """The requested difficulty, or the hardest easier one the grade can do (None: none)."""
    skill = SKILLS[name]
    fitting = [d for d in LEVELS[: LEVELS.index(requested) + 1] if skill.lowest_grade(d) <= grade]
    return fitting[-1] if fitting else None


def fits_grade(problem: Problem, grade: int) -> bool:
    """Never a fraction like 4/4; before grade 6 no negative number and no decimal past hundredths."""
    text = " ".join((problem.question, problem.correctAnswer, *problem.options))
    if _SAME_FRACTION.search(text):
        return False
    if grade >= FIRST_NEGATIVES_GRADE:
        return True
    return not NEGATIVE.search(text) and not _PAST_HUNDREDTHS.search(text)


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
    found = preferred or matches
    return found[0] if found else None


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
    """One new problem for the concept: a template that fits it, else a text problem."""
    if concept is not None and (problem := _computed(concept, kb, rng, difficulty, seen)):
        return problem
    options = text_problems(source_for(ref, concept, kb), rng, difficulty, transcript)
    fresh = [p for p in options if p.question not in seen]
    return rng.choice(fresh) if fresh else None


def _computed(
    concept: KBConcept,
    kb: KnowledgeBase,
    rng: random.Random,
    difficulty: Difficulty,
    seen: set[str],
) -> Problem | None:
    name = server_for(concept)
    grade = grade_of(concept, kb)
    level = level_for(name, difficulty, grade) if name else None
    if name is None or level is None:
        return None
    for _ in range(MAX_TRIES_PER_PROBLEM):
        problem = templates.render(name, rng, level)
        if problem.question not in seen and fits_grade(problem, grade):
            return problem
    return None


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
