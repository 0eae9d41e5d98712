"""The knowledge-base concept a chat question is about, read from the KB phrases it contains
("how does osmosis work" holds the keyword osmosis of Cell membrane and transport), through
the typos students make ("punnet square", "greenhouse efect").

A keyword phrase the question holds says more than one word it shares with a concept's name
("work" of "Work, energy and power" is the verb of "how does ... work"); "the difference
between mean and median" compares two ideas, no subtraction."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from companion.ai.kb import KBConcept, load_kb
from companion.ai.offline.matching import NOT_CONCEPTS, kb_index, tokenize
from companion.ai.offline.retrieval import written
from companion.ai.offline.spelling import MIN_TERM, Speller


def phrase_concept(message: str, named: KBConcept | None) -> KBConcept | None:
    """The concept a KB phrase in the message points to, unless `named` (a concept whose name
    shares a word with the message) says as much: a lone keyword that is the very word the
    name shares ("variable" of "Variables and assignment") leaves the name's concept."""
    keyed = keyed_concepts(message)
    if not keyed:
        return named
    concept, phrase = keyed[0]
    if named is None or len(phrase) > 1:
        return concept
    shared = set(tokenize(named.name)) & set(tokenize(message))
    return named if shared & set(phrase) else concept


def keyed_concepts(message: str) -> list[tuple[KBConcept, tuple[str, ...]]]:
    """KB concepts whose names, synonyms or keywords the message holds, each with its longest
    phrase, best first: the longest phrase first (a two-word keyword beats a lone word), then
    the summed weight."""
    index, kb = kb_index(), load_kb()
    longest: dict[str, tuple[str, ...]] = {}
    weight: dict[str, float] = defaultdict(float)
    for phrase in index.scan(_ideas_compared(_speller().correct(tokenize(message)))):
        if len(phrase) == 1 and phrase[0] in NOT_CONCEPTS:
            continue
        for concept_id, w in index.owners(phrase).items():
            code = _code_phrases().get((concept_id, phrase))
            if code and not any(written(term, message) for term in code):
                continue  # "split the bill" is no call of .split()
            if len(phrase) > len(longest.get(concept_id, ())):
                longest[concept_id] = phrase
            weight[concept_id] += w
    ranked = sorted(weight, key=lambda cid: (-len(longest[cid]), -weight[cid], cid))
    return [(kb.concepts[cid], longest[cid]) for cid in ranked]


def _ideas_compared(tokens: list[str]) -> list[str]:
    """ "the difference between mean and median" asks how two ideas differ: that "difference"
    is no subtraction (between two numbers it still is)."""
    return [
        f"{t}#"
        if t == "difference"
        and tokens[i + 1 : i + 2] == ["between"]
        and not any(any(ch.isdigit() for ch in later) for later in tokens[i + 2 :])
        else t
        for i, t in enumerate(tokens)
    ]


@lru_cache(maxsize=1)
def _code_phrases() -> dict[tuple[str, tuple[str, ...]], tuple[str, ...]]:
    """The phrases a concept has only from terms written as code ("print()", ".split()"),
    each with those terms: the bare word counts only where the message writes the code."""
    found: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    plain: set[tuple[str, tuple[str, ...]]] = set()
    for concept in load_kb().concepts.values():
        for term in (concept.name, *concept.synonyms, *concept.keywords):
            key = (concept.id, tuple(tokenize(term)))
            if written(term, ""):
                plain.add(key)
            else:
                found[key].append(term)
    return {key: tuple(terms) for key, terms in found.items() if key not in plain}


@lru_cache(maxsize=1)
def _speller() -> Speller:
    """Slips of the KB's phrase words of six letters or more, in every subject; a word the
    KB writes anywhere is a real word and never read as a slip."""
    kb = load_kb()
    terms = {t for phrase in kb_index().phrases for t in phrase if len(t) >= MIN_TERM}
    known = set(NOT_CONCEPTS)
    for concept in kb.concepts.values():
        for text in (concept.name, concept.description, *concept.facts):
            known.update(tokenize(text))
    return Speller(known, terms)
