"""Terms for text the knowledge base does not know (frequent capitalised terms and repeated
multiword terms), and whether a proposed concept name is talk rather than a topic:
politeness, fillers, scoring talk, or only the names of people in the texts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from companion.ai.offline.matching import NOT_CONCEPTS, STOPWORDS, stem, tokenize, words
from companion.ai.offline.matching import WORD as _WORD

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:(?:[ -]|\s(?:of|the|and|for)\s)[A-Z][a-z]+)*\b")
_NAME_WORDS = frozenset({"great", "good", "new", "old", "first", "last"})  # "Great Compromise"


def salient_terms(texts: list[str], *, exclude: set[str], limit: int = 6) -> list[str]:
    """Frequent capitalised terms and repeated multiword terms, for text the KB does not know."""
    capitalised: Counter[str] = Counter()
    repeated: Counter[str] = Counter()
    surface: dict[str, str] = {}
    names = exclude | _names_in(texts)
    people = exclude | _people(texts)
    for text in texts:
        for term in _CAPITALISED.findall(text):
            kept = _trim_stopwords(term.split())
            key = " ".join(tokenize(" ".join(kept)))
            # a single capitalised word is a name or a sentence start, not a topic
            if (
                len(kept) >= 2
                and not _is_junk(key, exclude)
                and not _names_only(key, people, names)
            ):
                capitalised[key] += 1
                surface.setdefault(key, " ".join(kept))
        for key, raw in _content_ngrams(words(text)):
            if not _is_junk(key, names):
                repeated[key] += 1
                surface.setdefault(key, raw)
    # "Civil War" is found both ways; count it once
    counts = repeated | capitalised
    ranked = sorted(
        (key for key, n in counts.items() if n >= 2),
        key=lambda key: (-counts[key] * (1 + key.count(" ")), key),
    )
    return [surface[key] for key in _without_nested(ranked)[:limit]]


def _names_in(texts: list[str]) -> set[str]:
    """Lower-cased words written capitalised inside a sentence only: people and places."""
    inside = {m[1] for text in texts for m in _MID_CAPITAL.finditer(text)}
    lower = {w for text in texts for w in _WORD.findall(text)}
    return {stem(w.lower()) for w in inside if w.lower() not in lower}


_MID_CAPITAL = re.compile(r"(?<=[a-z,;]\s)([A-Z][a-z]+)")
# a capitalised word on its own inside a sentence ("does Mateo have", "than Aaliyah?") or
# owning something ("Aaliyah's apples"): a person, where "Civil" only ever comes with "War"
_ALONE = re.compile(
    r"(?<=[a-z,;]\s)([A-Z][a-z]+)\b(?!['’]?\s*(?:[A-Z]|(?:of|and|the|for)\s+[A-Z]))"
)
_OWNER = re.compile(r"\b([A-Z][a-z]+)['’]s\b")
_AND = frozenset({"and", "or"})


def _people(texts: list[str]) -> set[str]:
    """Stems of the words that name people: capitalised, never lower-case, and standing alone
    inside a sentence or owning something."""
    found = {m for text in texts for pattern in (_ALONE, _OWNER) for m in pattern.findall(text)}
    lower = {w for text in texts for w in _WORD.findall(text)}
    return {stem(w.lower()) for w in found if w.lower() not in lower}


def _names_only(key: str, people: set[str], names: set[str]) -> bool:
    """A phrase of people's names and nothing else: every content word a person, or single
    names joined by "and" ("Mateo and Aaliyah" from a word problem); "Civil War" is not."""
    parts = [p for p in key.split() if p not in NOT_CONCEPTS - _AND]
    content = [p for p in parts if p not in _AND]
    if not content:
        return True
    if all(p in people for p in content):
        return True
    joined = len(parts) >= 3 and all(p in _AND for p in parts[1::2])
    return joined and all(p in names for p in parts[::2])


def _is_junk(key: str, exclude: set[str]) -> bool:
    parts = key.split()
    return not parts or any(p in exclude for p in parts) or all(p in NOT_CONCEPTS for p in parts)


def _trim_stopwords(parts: list[str]) -> list[str]:
    while parts and parts[0].lower() in STOPWORDS - _NAME_WORDS:
        parts = parts[1:]
    while parts and parts[-1].lower() in STOPWORDS:
        parts = parts[:-1]
    return parts


def _content_ngrams(raw: list[str]) -> Iterator[tuple[str, str]]:
    stems = [stem(word) for word in raw]
    for size in (2, 3):
        for i in range(len(raw) - size + 1):
            gram = stems[i : i + size]
            if all(t not in STOPWORDS and len(t) > 2 and not t.isdigit() for t in gram):
                yield " ".join(gram), " ".join(raw[i : i + size])


def _without_nested(keys: list[str]) -> list[str]:
    kept: list[str] = []
    for key in keys:
        padded = f" {key} "
        if not any(padded in f" {other} " or f" {other} " in padded for other in kept):
            kept.append(key)
    return kept


def is_junk_term(term: str, texts: list[str], speakers: set[str]) -> bool:
    """Whether a concept name some engine proposed is talk, not a topic: politeness, fillers,
    scoring talk, a speaker's name, or only people's names from the texts (salient_terms' rule)."""
    key = " ".join(tokenize(term))
    names = {stem(w) for w in speakers} | speakers
    if _is_junk(key, names):
        return True
    people = names | _people(texts)
    return _names_only(key, people, names | _names_in(texts))
