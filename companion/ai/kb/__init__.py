"""The curriculum knowledge base shipped with the package (subjects -> concepts)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


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
    """Read every `data/*.json` subject file (and COMPANION_KB_DIRS' files) once per process."""
    subjects: dict[str, KBSubject] = {}
    concepts: dict[str, KBConcept] = {}
    for entry in _subject_files():
        raw = read_subject(entry)
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


class KBFileError(ValueError):
    """A subject file that cannot be read: the message names the file and what is wrong."""


_SUBJECT_KEYS = ("id", "name", "area", "description", "concepts")
_CONCEPT_KEYS = ("id", "name", "description")


def _subject_files() -> list[Traversable | Path]:
    """The shipped subject files, then those of each COMPANION_KB_DIRS folder, by name."""
    from companion.settings import kb_dirs

    shipped = resources.files(__package__).joinpath("data").iterdir()
    files: list[Traversable | Path] = sorted(
        (e for e in shipped if e.name.endswith(".json")), key=str
    )
    for folder in kb_dirs():
        if not folder.is_dir():
            raise KBFileError(f"COMPANION_KB_DIRS: {folder} is not a folder")
        files.extend(sorted(folder.glob("*.json")))
    return files


def read_subject(entry: Traversable | Path) -> dict:
    """One subject file, parsed and checked (see check_subject)."""
    try:
        raw = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KBFileError(f"{entry}: not a readable JSON file ({exc})") from exc
    check_subject(raw, str(entry))
    return raw


def check_subject(raw: object, source: str = "subject") -> None:
    """Raise KBFileError naming the first missing or mistyped field of a subject file."""
    if not isinstance(raw, dict):
        raise KBFileError(f"{source}: a subject file holds one JSON object")
    for key in _SUBJECT_KEYS:
        if key not in raw:
            raise KBFileError(f"{source}: the subject has no {key!r}")
    if not isinstance(raw["concepts"], list) or not raw["concepts"]:
        raise KBFileError(f"{source}: 'concepts' must be a non-empty list")
    for n, concept in enumerate(raw["concepts"], 1):
        where = f"{source}: concept {n}"
        if not isinstance(concept, dict):
            raise KBFileError(f"{where} is not an object")
        for key in _CONCEPT_KEYS:
            if not isinstance(concept.get(key), str) or not concept[key]:
                raise KBFileError(f"{where} has no text {key!r}")
        if not concept["id"].startswith(f"{raw['id']}."):
            raise KBFileError(f"{where}: its id must start with {raw['id']!r} and a dot")
        for key in ("keywords", "synonyms", "prerequisites", "facts"):
            value = concept.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise KBFileError(f"{where}: {key!r} must be a list of strings")
