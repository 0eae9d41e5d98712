"""Next-subject suggestions walked from the knowledge-base subject graph."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from companion.ai.kb import KBConcept, KBSubject, KnowledgeBase, load_kb
from companion.ai.offline.retrieval import resolve_concept, tokenize
from companion.ai.schemas import Suggestion, SuggestionList

COUNT = 5
# Broad first subjects, offered when the completed subject is unknown to the KB.
FOUNDATIONS = (
    "algebra_1",
    "english_writing",
    "biology",
    "intro_programming",
    "statistics",
    "pre_algebra",
    "us_history",
    "chemistry",
    "english_reading",
    "economics",
)
# (lowest score, band width) per graph distance; bands never overlap, so
# direct successors always outrank 2-hop ones, which outrank same-area ones.
BANDS = {1: (0.70, 0.30), 2: (0.50, 0.19), 3: (0.30, 0.19), 4: (0.10, 0.19)}


@dataclass(frozen=True)
class _Candidate:
    subject: KBSubject
    distance: int  # 1 direct, 2 two hops, 3 same area, 4 foundation


def suggest(
    *, completed_subject: str, mastered_concepts: list[str], studied_subjects: list[str]
) -> SuggestionList:
    """Five ranked next subjects, each saying what the student already has that carries over."""
    kb = load_kb()
    done = match_subject(completed_subject, kb)
    excluded = {s.id for s in (match_subject(name, kb) for name in studied_subjects) if s}
    if done:
        excluded.add(done.id)
    mastered = _mastered(mastered_concepts, done, kb)
    known = mastered | _concepts_of(excluded | _foundations_of(done, kb), kb)
    scored = [(_score(c, done, mastered), c) for c in _candidates(done, excluded, kb)]
    # Stable sort: ties keep graph order, and foundations keep their listed order.
    scored.sort(key=lambda pair: (-pair[0], pair[1].distance))
    return SuggestionList(
        suggestions=[_suggestion(c, score, done, mastered, known) for score, c in scored[:COUNT]]
    )


def match_subject(text: str, kb: KnowledgeBase) -> KBSubject | None:
    """A KB subject by id or name, else the closest by name and concept keywords."""
    exact = kb.find_subject(text) or kb.find_subject(text.replace(" ", "_"))
    if exact or not text.strip():
        return exact
    words = set(tokenize(text))
    best: tuple[float, str] = (0.0, "")
    for subject in kb.subjects.values():
        closeness = difflib.SequenceMatcher(None, text.lower(), subject.name.lower()).ratio()
        vocab = set(tokenize(" ".join([subject.name, subject.description, *_vocab(subject)])))
        overlap = len(words & vocab) / max(len(words), 1)
        best = max(best, (max(closeness, overlap), subject.id))
    return kb.subjects[best[1]] if best[0] >= 0.6 else None


def _vocab(subject: KBSubject) -> list[str]:
    return [w for c in subject.concepts for w in (c.name, *c.keywords, *c.synonyms)]


def _mastered(names: list[str], done: KBSubject | None, kb: KnowledgeBase) -> set[str]:
    # Finishing a subject without a per-concept record still means its concepts are held.
    found = {c.id for c in (resolve_concept(n, kb) for n in names) if c}
    return found or ({c.id for c in done.concepts} if done else set())


def _concepts_of(subject_ids: set[str], kb: KnowledgeBase) -> set[str]:
    return {c.id for sid in subject_ids for c in kb.subjects[sid].concepts}


def _foundations_of(done: KBSubject | None, kb: KnowledgeBase) -> set[str]:
    """Subjects that lead to the completed one; finishing it means they are behind you."""
    behind: set[str] = set()
    frontier = {done.id} if done else set()
    while frontier:
        frontier = {s.id for s in kb.subjects.values() if set(s.next_subjects) & frontier} - behind
        behind |= frontier
    return behind - ({done.id} if done else set())


def _candidates(done: KBSubject | None, excluded: set[str], kb: KnowledgeBase) -> list[_Candidate]:
    """Unstudied subjects by graph distance: direct, two hops, same area, foundations."""
    tiers: dict[str, int] = {}
    direct = [s for s in done.next_subjects if s in kb.subjects] if done else []
    tiers.update((sid, 1) for sid in direct)
    for sid in direct:
        for nxt in kb.subjects[sid].next_subjects:
            tiers.setdefault(nxt, 2)
    if done:
        tiers.update(
            (s.id, 3) for s in kb.subjects.values() if s.area == done.area and s.id not in tiers
        )
    for sid in (*FOUNDATIONS, *sorted(kb.subjects)):
        tiers.setdefault(sid, 4)
    return [
        _Candidate(kb.subjects[sid], tier)
        for sid, tier in tiers.items()
        if sid in kb.subjects and sid not in excluded
    ]


def _carried_over(candidate: KBSubject, mastered: set[str], kb: KnowledgeBase) -> list[KBConcept]:
    """Mastered concepts that some concept of the candidate builds on."""
    needed = {p for c in candidate.concepts for p in c.prerequisites}
    return [kb.concepts[cid] for cid in sorted(mastered & needed)]


def _score(cand: _Candidate, done: KBSubject | None, mastered: set[str]) -> float:
    """Graph distance picks the band; prerequisite overlap and area place it inside."""
    low, width = BANDS[cand.distance]
    carried = len(_carried_over(cand.subject, mastered, load_kb()))
    prereq = min(carried / 3, 1.0)
    area = 1.0 if done and done.area == cand.subject.area else 0.0
    return round(low + width * (0.6 * prereq + 0.4 * area), 2)


def _related(candidate: KBSubject, known: set[str], mastered: set[str]) -> list[str]:
    """Concepts whose outside prerequisites are met, those built on mastered ones first."""

    def outside(concept: KBConcept) -> set[str]:
        # Prerequisites inside the candidate are learned along the way, not beforehand.
        return {p for p in concept.prerequisites if kb_subject_id(p) != candidate.id}

    ready = [c for c in candidate.concepts if outside(c) <= known]
    ready.sort(key=lambda c: (not outside(c) & mastered, not outside(c)))
    return [c.name for c in ready[:5]]


def kb_subject_id(concept_id: str) -> str:
    """The subject part of a KB concept id ("algebra_1.slope" -> "algebra_1")."""
    return concept_id.split(".", 1)[0]


def _suggestion(
    cand: _Candidate, score: float, done: KBSubject | None, mastered: set[str], known: set[str]
) -> Suggestion:
    subject = cand.subject
    carried = [c.name for c in _carried_over(subject, mastered, load_kb())][:3]
    level = f" ({subject.level})" if subject.level else ""
    return Suggestion(
        subject=subject.name,
        description=f"{subject.description}{level}",
        relevance_score=score,
        value_proposition=_value(cand, done, carried),
        related_concepts=_related(subject, known, mastered),
    )


def _value(cand: _Candidate, done: KBSubject | None, carried: list[str]) -> str:
    """Why this subject, in the student's terms."""
    name = cand.subject.name
    if carried:
        what = _join(carried)
        return f"You already have {what}, and {name} builds directly on that."
    if done and cand.distance == 1:
        return f"{name} is the natural next step after {done.name}, so you start with momentum."
    if done and cand.distance == 2:
        return f"{name} is one step beyond where {done.name} leads, a good goal to aim for."
    if done and cand.distance == 3:
        return (
            f"{name} stays in {done.area}, where your work in {done.name} gives you a head start."
        )
    return f"{name} is a strong foundation that opens up many other subjects."


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
