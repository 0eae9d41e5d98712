"""Tolerant reading of misspelled math terms ("perimiter", "hundreths", "pollygon").

Students type fast: a term of the knowledge base is often one slip away from how it is
written. A word is read as a math term only when the slip is a typo's kind (a vowel typed
for another, two neighbouring letters swapped, one letter missing or doubled), the first
letter is right, exactly one math term fits, and the word itself is not one the knowledge
base uses anyway: "multiplied" stays multiplied, "multyplying" is multiplying, "landing"
(a short stem with the term's ending) is not "lending". Only math
terms of six letters or more are targets (short words are too often someone's real word),
and of a longer term only its long words ("better" of "better buy" is everyday English).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from companion.ai.kb import KnowledgeBase, load_kb
from companion.ai.offline.matching import NOT_CONCEPTS, PhraseIndex, kb_index, tokenize
from companion.ai.offline.subjects import MATH_AREA

_VOWELS = frozenset("aeiouy")
MIN_TERM = 6  # letters of a term a slip may be read as
MIN_PART = 8  # letters of a word inside a longer term that a slip may be read as
MIN_WORD = 5  # letters of a typed word worth reading as a slip
MAX_SHORT_STEM = 4  # "land" of "landing": a stem this short differing by a vowel is another word
# an inflection is no slip: "multiplied" is not "multiplier", "subtracted" not "subtract"
_ENDINGS = frozenset(
    {"", "s", "d", "e", "y", "ed", "er", "es", "ly", "al", "ing", "ion", "est", "ary", "ive"}
)


class Speller:
    """Reads a token as the one math term it is a slip of, or leaves it as it is."""

    def __init__(self, known: set[str], terms: set[str], min_term: int = MIN_TERM) -> None:
        self.known = known
        self.by_first: dict[str, list[str]] = defaultdict(list)
        for term in sorted(terms):
            if len(term) >= min_term and term.isalpha():
                self.by_first[term[0]].append(term)
        self.read = lru_cache(maxsize=65536)(self._read)

    def correct(self, tokens: list[str]) -> list[str]:
        """The tokens with every slip of a math term read as that term."""
        return [self.read(token) for token in tokens]

    def _read(self, token: str) -> str:
        if len(token) < MIN_WORD or token in self.known or not token.isalpha():
            return token
        fits = [
            term
            for term in self.by_first.get(token[0], ())
            if abs(len(term) - len(token)) <= 1
            and one_slip(token, term)
            and not _inflection(token, term)
            and not _other_short_stem(token, term)
        ]
        return fits[0] if len(fits) == 1 else token


def one_slip(typed: str, term: str) -> bool:
    """A vowel for a vowel, two neighbours swapped, or one letter missing or extra."""
    if len(typed) == len(term):
        diff = [i for i, (a, b) in enumerate(zip(typed, term, strict=True)) if a != b]
        if len(diff) == 1:
            return typed[diff[0]] in _VOWELS and term[diff[0]] in _VOWELS
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == term[diff[1]]
            and typed[diff[1]] == term[diff[0]]
        )
    short, long = sorted((typed, term), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def _other_short_stem(a: str, b: str) -> bool:
    """Two words with one ending whose short stems differ in a vowel are two words, not a
    slip: "landing" is not "lending", "sanding" not "sending"."""
    for ending in ("ing", "ed", "er", "es", "s"):
        if a.endswith(ending) and b.endswith(ending) and len(a) == len(b):
            stem_a, stem_b = a[: -len(ending)], b[: -len(ending)]
            differ = [(x, y) for x, y in zip(stem_a, stem_b, strict=True) if x != y]
            return (
                len(stem_a) <= MAX_SHORT_STEM
                and len(differ) == 1
                and set(differ[0]) <= _VOWELS  # a vowel for a vowel; "tiems" is a swap
            )
    return False


def _inflection(a: str, b: str) -> bool:
    """One stem with two endings: "multiplied" and "multiplier", "subtracted" and "subtract"."""
    for ending in _ENDINGS:
        if a.endswith(ending):
            base = a[: len(a) - len(ending)]
            if len(base) >= 4 and b.startswith(base) and b[len(base) :] in _ENDINGS:
                return True
    return False


_cached: tuple[KnowledgeBase, Speller] | None = None


def kb_speller(kb: KnowledgeBase | None = None) -> Speller:
    """The speller of the knowledge base's math terms, built once per knowledge-base object."""
    global _cached
    kb = kb or load_kb()
    if _cached is None or _cached[0] is not kb:
        _cached = (kb, _build(kb, kb_index(kb)))
    return _cached[1]


def _build(kb: KnowledgeBase, index: PhraseIndex) -> Speller:
    known = set(NOT_CONCEPTS)
    terms: set[str] = set()
    for phrase, owners in index.phrases.items():
        known.update(phrase)
        if any(kb.subject_of(cid).area == MATH_AREA for cid in owners):
            # a term of its own, or a long word of a longer one: "better" of "better buy" is
            # everyday English, "denominator" of "common denominator" is math
            terms.update(t for t in phrase if len(phrase) == 1 or len(t) >= MIN_PART)
    # every word the knowledge base writes is a real word, never a slip
    for concept in kb.concepts.values():
        for text in (concept.name, concept.description, *concept.facts):
            known.update(tokenize(text))
    for subject in kb.subjects.values():
        known.update(tokenize(f"{subject.name} {subject.description}"))
    return Speller(known, terms)
