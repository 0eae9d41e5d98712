"""Concept matching: normalised tokens and one precompiled phrase index over the knowledge base."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from companion.ai.kb import KBConcept, KBSubject, KnowledgeBase, load_kb
from companion.ai.schemas import Difficulty

Phrase = tuple[str, ...]

WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHE = re.compile(r"['’]")
_PARENS = re.compile(r"\(([^)]*)\)")
_GRADES = re.compile(r"\d+")
_LEVEL_WORDS = {"graduate": 16.0, "college": 13.0, "university": 13.0, "ap ": 12.0}
_LEVEL_WORDS |= {"high school": 10.0, "middle": 7.0, "elementary": 3.0, "primary": 3.0}

_STOPWORD_TEXT = """a about above after again all also am an and any are as at be because been
    before being below between both but by can could did do does doing done down during each few
    for from further get got had has have having he her here hers him his how i if in into is it
    its just know let lets like me more most my no nor not now of off ok okay on once one only or
    other our out over own really right same say see she should so some such sure than that the
    their them then there these they thing think this those through to too try under until up us
    very want was way we well were what when where which while who whom why will with would yeah
    yes you your yours go going gonna good great oh um uh hmm hi hello thank thanks mean need
    make made take look can't don't i'm it's that's you're we're dont im thats youre two three
    first next time much many still actually maybe sorry remember notice perfect exactly correct
    wait alright nice cool awesome today answer question problem student tutor teacher lot bit
    kind something anything everything nothing however instead except must every total number
    left new old per"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# politeness, fillers and scoring talk: never a concept, whatever their capitals
_NOT_CONCEPT_TEXT = """please plus point points score scores bonus keep going bye goodbye welcome feedback
    form session lesson minutes minute effort job work try attempt practice ready done
    question questions answer answers final here comes tutor teacher student class everyone
    pete petes mr mrs ms miss dr sir madam hey hmm well super way fine sounds nope"""
NOT_CONCEPTS = STOPWORDS | frozenset(_NOT_CONCEPT_TEXT.split())
_GREEK_PLURALS = ("theses", "lyses")  # parentheses, hypotheses, analyses
# words whose "s" is no plural: "times" multiplies ("what times 13 gives 39"), it is no clock
# time; "PEMDAS" and its kin are one mnemonic, whose last letter stands for subtraction
_NOT_PLURALS = frozenset({"times", "pemdas", "gemdas", "bodmas", "bidmas"})
# the definite determiners a phrase may be said with: "area of the triangle" = "area of that
# triangle"; "a"/"an" stay as written ("write an equation" is not "write the equation")
_DETERMINERS = frozenset({"the", "this", "that"})
_AREA_ALIASES = {"maths": "math", "mathematics": "math", "arithmetic": "math"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light plural stemmer so "equations" meets "equation" (same rule on both sides);
    Greek plurals read as their singular ("parentheses" is "parenthesis"); "times" stays
    itself (multiplying, "3 times", never the plural of a clock time)."""
    if word in _NOT_PLURALS:
        return word
    if word.endswith(_GREEK_PLURALS):
        return word[:-2] + "is"
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


def words(text: str) -> list[str]:
    """Lower-case, apostrophe-free word tokens ("50%" reads as "50 percent")."""
    return WORD.findall(_APOSTROPHE.sub("", text.lower().replace("%", " percent ")))


def tokenize(text: str) -> list[str]:
    """Word tokens, plural-stemmed, as the index and the scorers see them."""
    return [stem(word) for word in words(text)]


class PhraseIndex:
    """Phrases (token tuples) -> {concept id: weight}, scanned leftmost-longest in one pass."""

    def __init__(self, phrases: dict[Phrase, dict[str, float]]) -> None:
        self.phrases = phrases
        lengths: dict[str, set[int]] = defaultdict(set)
        for phrase in phrases:
            lengths[phrase[0]].add(len(phrase))
        # longest first, so "linear equation" wins over "equation" at the same position
        self._lengths = {first: sorted(ns, reverse=True) for first, ns in lengths.items()}

    def scan(self, tokens: list[str]) -> Iterator[Phrase]:
        """Every phrase occurrence in the tokens, without overlaps."""
        return (phrase for _, phrase in self.spans(tokens))

    def spans(self, tokens: list[str]) -> Iterator[tuple[int, Phrase]]:
        """Every phrase occurrence with the position of its first token, without overlaps."""
        i, n, lengths, phrases = 0, len(tokens), self._lengths, self.phrases
        while i < n:
            step = 1
            for length in lengths.get(tokens[i], ()):
                candidate = tuple(tokens[i : i + length])
                if candidate in phrases:
                    yield i, candidate
                    step = length
                    break
            i += step

    def owners(self, phrase: Phrase) -> dict[str, float]:
        """The concepts a phrase points to, with its weight for each."""
        return self.phrases.get(phrase, {})


def determiner_variants(phrase: Phrase) -> set[Phrase]:
    """The phrase with each definite determiner inside it said the other ways people say it:
    "area of the triangle" is also "area of that triangle" and "area of this triangle". A
    determiner that opens or ends a phrase is left as it is, and so is one before "number"."""
    variants = {phrase}
    for i in range(1, len(phrase) - 1):
        if phrase[i] in _DETERMINERS and phrase[i + 1] != "number":
            variants |= {(*v[:i], other, *v[i + 1 :]) for v in variants for other in _DETERMINERS}
    return variants


def build_index(named_phrases: Iterable[tuple[str, str, float]]) -> PhraseIndex:
    """An index from (concept id, phrase text, base weight) triples."""
    raw: dict[Phrase, dict[str, float]] = defaultdict(dict)
    for concept_id, text, base in named_phrases:
        phrase = tuple(tokenize(text))
        if not phrase or (len(phrase) == 1 and (phrase[0] in STOPWORDS or len(phrase[0]) < 3)):
            continue
        if all(len(t) <= 1 for t in phrase):
            continue  # "a.m." reads as "a m", which any a^m also gives
        # single words are ambiguous; longer phrases say more about what was taught
        weight = base * (0.6 if len(phrase) == 1 else 1.0 + 0.2 * (len(phrase) - 1))
        for variant in determiner_variants(phrase):
            raw[variant][concept_id] = max(raw[variant].get(concept_id, 0.0), weight)
    for owners in raw.values():
        # a phrase shared by many concepts points at none of them strongly
        share = math.sqrt(len(owners))
        for concept_id in owners:
            owners[concept_id] /= share
    return PhraseIndex(dict(raw))


def _kb_phrases(kb: KnowledgeBase) -> Iterator[tuple[str, str, float]]:
    for concept in kb.concepts.values():
        yield concept.id, concept.name, 1.5
        yield concept.id, _PARENS.sub("", concept.name), 1.5
        for inner in _PARENS.findall(concept.name):
            yield concept.id, inner, 1.2
        for synonym in concept.synonyms:
            yield concept.id, synonym, 1.2
        for keyword in concept.keywords:
            yield concept.id, keyword, 1.0


_cached: tuple[KnowledgeBase, PhraseIndex] | None = None


def kb_index(kb: KnowledgeBase | None = None) -> PhraseIndex:
    """The phrase index of the knowledge base, built once per knowledge-base object."""
    global _cached
    kb = kb or load_kb()
    if _cached is None or _cached[0] is not kb:
        _cached = (kb, build_index(_kb_phrases(kb)))
    return _cached[1]


def hinted_subjects(kb: KnowledgeBase, hint: str) -> set[str]:
    """Ids of the subjects a free-text hint names ("Geometry", "algebra_1", "math")."""
    key = hint.strip().lower()
    key = _AREA_ALIASES.get(key, key)
    if not key:
        return set()
    exact = kb.find_subject(key)
    if exact:
        return {exact.id}
    return {
        s.id
        for s in kb.subjects.values()
        if key in s.name.lower() or s.name.lower() in key or key == s.area.lower()
    }


def hinted_concepts(kb: KnowledgeBase, hint: str) -> set[str]:
    """Ids of the concepts a lesson name given as the subject names ("3.4B Rounding Whole
    Numbers", "Volume of Rectangular Prisms"): a term of several words, a word of a concept's
    own name ("Perimeter") or a long word only one concept owns ("Multiplying"; not the
    "digit" of "Multi-Digit"). A subject's own name
    ("Statistics and Probability") names a subject, no lesson."""
    tokens = tokenize(hint)
    if not tokens or _names_a_subject(kb, set(tokens)):
        return set()
    index = kb_index(kb)
    named: set[str] = set()
    for phrase in index.scan(tokens):
        if all(t in NOT_CONCEPTS for t in phrase):
            continue
        owners = index.owners(phrase)
        own = len(phrase[0]) >= 6 and len(owners) == 1  # "multiplying", not "digit" or "ten"
        for cid in owners:
            if len(phrase) >= 2 or phrase[0] in tokenize(kb.concepts[cid].name) or own:
                named.add(cid)
    return named


def _names_a_subject(kb: KnowledgeBase, tokens: set[str]) -> bool:
    content = tokens - STOPWORDS
    return any(
        content <= set(tokenize(f"{s.name} {s.area} {s.id.replace('_', ' ')}"))
        for s in kb.subjects.values()
    )


def lesson_hint(kb: KnowledgeBase, hint: str) -> tuple[set[str], set[str]]:
    """The subjects the uploader's subject field names, and the concepts of a lesson it names.

    "Geometry" names a subject; "Rounding Whole Numbers" names a lesson, whose concepts'
    subjects are then the hint; "Algebra 1: factoring" names both.
    """
    subjects = hinted_subjects(kb, hint)
    lesson = hinted_concepts(kb, hint)
    if subjects:
        lesson = {cid for cid in lesson if kb.concepts[cid].subject_id in subjects}
    return subjects or {kb.concepts[cid].subject_id for cid in lesson}, lesson


def subject_grade(level: str) -> float:
    """A school grade (college = 13) read from a subject's level text."""
    numbers = [int(n) for n in _GRADES.findall(level) if int(n) <= 16]
    if numbers:
        return sum(numbers) / len(numbers)
    lowered = f"{level.lower()} "
    return next((grade for word, grade in _LEVEL_WORDS.items() if word in lowered), 8.0)


def difficulty_of(subject: KBSubject, concept: KBConcept) -> Difficulty:
    """Difficulty from the subject's level, nudged up for concepts later in the subject."""
    ids = [c.id for c in subject.concepts]
    position = ids.index(concept.id) / max(1, len(ids) - 1) if concept.id in ids else 0.5
    score = subject_grade(subject.level) / 13 * 0.75 + position * 0.25
    return "easy" if score < 0.45 else "medium" if score < 0.8 else "hard"
