"""Concept names an LLM proposes, mapped onto the keys knowledge is tracked under.

Mastery follows a concept across sessions only when every session files it under the same
key. The offline engine reports knowledge-base concepts (key: the KB id); an LLM names them
freely ("Pythagorean Theorem", "pythagorean theorem (right triangles)", "The Pythagorean
theorem"). `ground_concepts` maps each name onto the KB concept the offline engine would
report (exact name or synonym first, then a KB phrase covering most of the name, within
the uploader's subject area), drops talk that is not a topic with the offline engine's own
filter, and merges names that land on one key. A name the KB does not know keeps a stable
key of its own, `name_key`: the same words in a later session give the same key, so the
knowledge row is created once and then updated.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

from companion.ai.kb import KBConcept, KnowledgeBase, load_kb
from companion.ai.offline.matching import (
    hinted_subjects,
    kb_index,
    lesson_hint,
    tokenize,
)
from companion.ai.offline.salientterms import is_junk_term
from companion.ai.offline.transcriptlimits import TranscriptError
from companion.ai.offline.transcripts import parse_transcript
from companion.ai.schemas import ConceptAnalysis, TranscriptAnalysis

log = logging.getLogger(__name__)

Words = tuple[str, ...]

NAME_PREFIX = "name:"
MAX_KEY = 190
MIN_COVERAGE = 0.5  # a KB phrase must cover at least half of the name's content words
MAX_KEY_POINTS = 6
# words that glue a name together without naming anything
_GLUE_TEXT = "a an the of and to in for with on by its their vs versus"
_GLUE = frozenset(_GLUE_TEXT.split())
# how a name may start without changing what it names ("Solving linear equations")
_LEADS_TEXT = """solving solve understanding understand introduction intro basics basic applying apply
    using use finding find calculating calculate computing compute working identifying
    identify evaluating evaluate reviewing review practicing practising concept concepts
    overview fundamentals fundamental"""
_LEADS = frozenset(_LEADS_TEXT.split())
_ALIASES = {"percentage": "percent", "maths": "math", "mathematic": "math"}
_PARENS = re.compile(r"\(([^)]*)\)")
_SLUG = re.compile(r"[^a-z0-9]+")


def _content(text: str) -> Words:
    """The stemmed words of a name that say what it is (no articles or glue)."""
    return tuple(t for t in _tokens(text) if t not in _GLUE)


def _tokens(text: str) -> list[str]:
    """The matcher's tokens, with the few words a name uses for a KB word ("percentage")."""
    return [_ALIASES.get(t, t) for t in tokenize(text)]


def _without_leads(words: Words) -> Words:
    while words and words[0] in _LEADS:
        words = words[1:]
    return words


def name_key(name: str) -> str:
    """The stable key of a concept the knowledge base does not know ("name:<words>").

    Case, articles, glue words, plurals and a parenthetical qualifier do not change it:
    "The Pythagorean theorems (right triangles)" and "pythagorean theorem" share one key.
    """
    words = _content(_PARENS.sub(" ", name)) or _content(name)
    slug = "_".join(words) or _SLUG.sub("_", name.lower()).strip("_") or "unnamed"
    return NAME_PREFIX + slug[:MAX_KEY]


def _variants(name: str) -> list[Words]:
    """The name, without its parenthetical, each parenthetical, and each without a lead verb."""
    texts = [name, _PARENS.sub(" ", name), *_PARENS.findall(name)]
    found: list[Words] = []
    for words in (_content(t) for t in texts):
        for variant in (words, _without_leads(words)):
            if variant and variant not in found:
                found.append(variant)
    return found


_exact: tuple[KnowledgeBase, dict[Words, list[str]]] | None = None


def _exact_index(kb: KnowledgeBase) -> dict[Words, list[str]]:
    """Content words of every KB concept name, name without parentheses and synonym."""
    global _exact
    if _exact is None or _exact[0] is not kb:
        index: dict[Words, list[str]] = {}
        for concept in kb.concepts.values():
            texts = [concept.name, _PARENS.sub(" ", concept.name), *concept.synonyms]
            for words in {_content(t) for t in texts} - {()}:
                index.setdefault(words, []).append(concept.id)
        _exact = (kb, index)
    return _exact[1]


def _pick(kb: KnowledgeBase, ids: Iterable[str], preferred: set[str], areas: set[str]) -> str:
    """The owner in a preferred subject, else in a preferred area, else the first by id."""
    ordered = sorted(ids)
    for wanted in (lambda c: kb.concepts[c].subject_id in preferred, _in_areas(kb, areas)):
        if chosen := [c for c in ordered if wanted(c)]:
            return chosen[0]
    return ordered[0]


def _in_areas(kb: KnowledgeBase, areas: set[str]) -> Callable[[str], bool]:
    """A test that a concept id belongs to one of the areas (any, when none are given)."""
    return lambda cid: not areas or kb.subject_of(cid).area in areas


def _covering(kb: KnowledgeBase, name: str, areas: set[str]) -> dict[str, tuple[float, float]]:
    """KB concepts whose phrases in the name cover at least half of it: (coverage, weight).

    A concept needs a specific phrase (several words, or a word only it owns) unless
    its phrases cover the whole name ("Mean, median and mode").
    """
    index = kb_index(kb)
    tokens = _tokens(_PARENS.sub(" ", name))
    content = set(_without_leads(tuple(t for t in tokens if t not in _GLUE)))
    covered: dict[str, set[str]] = {}
    weights: dict[str, float] = {}
    specific: set[str] = set()
    for phrase in index.scan(tokens):
        owners = index.owners(phrase)
        for cid, weight in owners.items():
            if not _in_areas(kb, areas)(cid):
                continue
            covered.setdefault(cid, set()).update(content & set(phrase))
            weights[cid] = weights.get(cid, 0.0) + weight
            if len(phrase) >= 2 or len(owners) == 1:
                specific.add(cid)
    found = {}
    for cid, words in covered.items():
        share = len(words) / max(1, len(content))
        if share >= MIN_COVERAGE and (cid in specific or share == 1.0):
            found[cid] = (share, weights[cid])
    return found


def kb_concept_for(
    name: str, *, subjects: Iterable[str] = (), kb: KnowledgeBase | None = None
) -> KBConcept | None:
    """The knowledge-base concept a free-text concept name means, or None.

    `subjects` (KB subject ids, e.g. from the uploader's subject) break ties between
    concepts of the same name and limit matches to their areas; only a name of several
    words ("Balancing chemical equations") matches a concept of another area exactly.
    """
    kb = kb or load_kb()
    preferred = set(subjects)
    areas = {kb.subjects[s].area for s in preferred if s in kb.subjects}
    exact = _exact_index(kb)
    for words in _variants(name):
        ids = exact.get(words, [])
        inside = [c for c in ids if _in_areas(kb, areas)(c)]
        if inside or (ids and len(words) >= 2):
            return kb.concepts[_pick(kb, inside or ids, preferred, areas)]
    owners = _covering(kb, name, areas)
    if not owners:
        return None
    own = {c: v for c, v in owners.items() if kb.concepts[c].subject_id in preferred}
    owners = own or owners  # the uploader's subject wins over another subject's phrase
    best = max(owners.values())
    return kb.concepts[_pick(kb, [c for c, v in owners.items() if v == best], preferred, areas)]


def _speakers_and_texts(transcript: str) -> tuple[set[str], list[str]]:
    try:
        turns = parse_transcript(transcript).turns
    except TranscriptError:
        return set(), [transcript]
    speakers = {w.lower() for t in turns for w in t.speaker.split()}
    return speakers, [t.text for t in turns]


def _merge(first: ConceptAnalysis, other: ConceptAnalysis) -> ConceptAnalysis:
    """Two names for one concept: one entry, the mean estimate, the key points of both."""
    points = list(dict.fromkeys([*first.key_points, *other.key_points]))[:MAX_KEY_POINTS]
    wrong = list(dict.fromkeys([*first.misconceptions, *other.misconceptions]))
    level = round((first.mastery_level + other.mastery_level) / 2)
    return first.model_copy(
        update={"mastery_level": level, "key_points": points, "misconceptions": wrong}
    )


def concept_key_of(concept: ConceptAnalysis) -> str:
    """The key a reported concept is tracked under: its KB id, else its name key."""
    return concept.kb_id or name_key(concept.name)


def _with_evidence(concept: ConceptAnalysis, counted: ConceptAnalysis | None) -> ConceptAnalysis:
    """The estimate from the student's counted attempts when the offline engine has one."""
    if counted is None or counted.evidence is None:
        return concept
    update: dict[str, object] = {
        "mastery_level": counted.mastery_level,
        "evidence": counted.evidence,
        "measured": counted.measured,
    }
    if not concept.misconceptions:
        update["misconceptions"] = counted.misconceptions
    return concept.model_copy(update=update)


def ground_concepts(
    analysis: TranscriptAnalysis,
    transcript: str,
    subject_hint: str = "",
    counted: TranscriptAnalysis | None = None,
) -> TranscriptAnalysis:
    """An LLM's analysis with its concepts on knowledge-base keys, junk dropped, names merged.

    `counted`: the offline analysis of the same transcript; where it counted the student's
    attempts at a concept, that estimate replaces the LLM's impression (mastery from
    evidence, on either path).
    """
    by_key = {concept_key_of(c): c for c in counted.concepts} if counted else {}
    kb = load_kb()
    subjects = lesson_hint(kb, subject_hint)[0] or hinted_subjects(kb, analysis.subject)
    speakers, texts = _speakers_and_texts(transcript)
    kept: dict[str, ConceptAnalysis] = {}
    for raw in analysis.concepts:
        # Which KB concept it is, how it was measured: ours to say, never the model's.
        concept = raw.model_copy(update={"kb_id": None, "evidence": None, "measured": True})
        match = kb_concept_for(raw.name, subjects=subjects, kb=kb)
        if match is not None:
            concept = concept.model_copy(
                update={
                    "name": match.name,
                    "kb_id": match.id,
                    "description": raw.description or match.description,
                }
            )
        elif is_junk_term(raw.name, texts, speakers):
            log.info("llm analysis: dropped %r (not a concept)", raw.name[:80])
            continue
        else:
            concept = concept.model_copy(update={"name": " ".join(raw.name.split())})
        key = concept_key_of(concept)
        if key in kept:
            log.info("llm analysis: %r merged into %s", raw.name[:80], key)
            concept = _merge(kept[key], concept)
        kept[key] = concept
    kept = {key: _with_evidence(c, by_key.get(key)) for key, c in kept.items()}
    return analysis.model_copy(update={"concepts": list(kept.values())})
