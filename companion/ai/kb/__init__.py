"""The curriculum knowledge base shipped with the package (subjects -> concepts)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class KBConcept:
    id: str  # "<subject_id>.<slug>"
    subject_id: str
    name: str
    description: str
    keywords: tuple[str, ...]
    synonyms: tuple[str, ...] = ()
    prerequisites: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    generator: str | None = None  # name of a math practice template, if any


@dataclass(frozen=True)
class KBSubject:
    id: str
    name: str
    area: str
    level: str
    description: str
    next_subjects: tuple[str, ...]
    concepts: tuple[KBConcept, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class KnowledgeBase:
    subjects: dict[str, KBSubject]
    concepts: dict[str, KBConcept]

    def subject_of(self, concept_id: str) -> KBSubject:
        return self.subjects[self.concepts[concept_id].subject_id]

    def find_subject(self, name: str) -> KBSubject | None:
        """A subject by id or by (case-insensitive) name."""
        key = name.strip().lower()
        for subject in self.subjects.values():
            if key in (subject.id, subject.name.lower()):
                return subject
        return None

    def neighbours(self, concept_id: str) -> list[KBConcept]:
        """Other concepts of the same subject (distractor material)."""
        concept = self.concepts[concept_id]
        return [c for c in self.subjects[concept.subject_id].concepts if c.id != concept_id]


def _concept(subject_id: str, raw: dict) -> KBConcept:
    return KBConcept(
        id=raw["id"],
        subject_id=subject_id,
        name=raw["name"],
        description=raw["description"],
        keywords=tuple(raw.get("keywords", ())),
        synonyms=tuple(raw.get("synonyms", ())),
        prerequisites=tuple(raw.get("prerequisites", ())),
        facts=tuple(raw.get("facts", ())),
        generator=raw.get("generator"),
    )


@cache
def load_kb() -> KnowledgeBase:
    """Read every `data/*.json` subject file once per process."""
    subjects: dict[str, KBSubject] = {}
    concepts: dict[str, KBConcept] = {}
    for entry in sorted(resources.files(__package__).joinpath("data").iterdir(), key=str):
        if not entry.name.endswith(".json"):
            continue
        raw = json.loads(entry.read_text(encoding="utf-8"))
        subject_concepts = tuple(_concept(raw["id"], c) for c in raw["concepts"])
        subjects[raw["id"]] = KBSubject(
            id=raw["id"],
            name=raw["name"],
            area=raw["area"],
            level=raw.get("level", ""),
            description=raw["description"],
            next_subjects=tuple(raw.get("next", ())),
            concepts=subject_concepts,
        )
        concepts.update((c.id, c) for c in subject_concepts)
    return KnowledgeBase(subjects=subjects, concepts=concepts)
