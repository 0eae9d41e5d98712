"""The evidence a transcript gives for knowledge-base concepts: which terms each sentence
uses, how much each use weighs, and which concepts the session really works with.

A term counts by who says it and where (the tutor's opening and named lesson weigh most, a
student using it more than hearing it); scoring talk ("score 100% on the exit ticket")
counts for nothing. A concept is grounded by a phrase of several words, a long word only it
owns, a term in two turns, or a term of the uploader's subject that a question, a task or
the named lesson asks about ("What is meant by area?"). A word with an everyday sense beside
the math one (the legs of a spider, a time period, a chocolate bar) grounds nothing alone.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from companion.ai.offline.cues import without_scoring
from companion.ai.offline.matching import NOT_CONCEPTS, Phrase, PhraseIndex, tokenize
from companion.ai.offline.sensecontexts import Unread, sensed_phrases
from companion.ai.offline.spelling import Speller
from companion.ai.offline.summaries import Sentence
from companion.ai.offline.wordsenses import joined_particles, other_senses

# a question, a task ("we need to find the area ...", "write it as a ratio") or the agenda ("we will focus on rounding")
_AGENDA = re.compile(r"\b(?:lesson|topic|focus on|learn about|work on|today we)\b", re.I)
_FOCUS = re.compile(
    r"\?\s*$|(?:^|\b(?:need to|have to|asked to|going to|let'?s|let us|we will|we can|you can)\s+)"
    r"(?:find|calculate|compute|measure|round|convert|compare|identify|classify|estimate|plot|"
    r"add|subtract|multiply|divide)\b|^(?:write|express|simplify|solve|evaluate|order|list)\b|"
    + _AGENDA.pattern,
    re.I,
)

UNIT_NAMES = (
    *("ounces", "pounds", "quarts", "gallons", "pints", "cups", "milliliters", "liters"),
    *("grams", "millimeters", "kilograms", "tons"),
)
# knowledge-base terms that are also everyday words: "spiders have 8 legs", "8 weeks in the
# time period", "a chocolate bar", "a pack of key chains", "she placed an order", "a garden
# plot", "split the bill", "each item costs", "in the spring", "a tree", "I'm certain", "her
# face", "the only combination that works", "he repairs 3 phones in the morning". Alone they
# say nothing about the lesson; beside another term of the same concept ("the legs and the
# hypotenuse", "the bar graph's key", "7:30 in the morning") they count as usual.
EVERYDAY = frozenset(
    tuple(tokenize(term))
    for term in (
        *[
            "leg",
            "period",
            "bar",
            "key",
            "order",
            "plot",
            "split",
            "item",
            "spring",
            "tree",
            "certain",
            "face",
            "combination",
        ],
        "in the morning",
        "in the afternoon",
        # "according to the graph" cites data, it draws or reads no kind of display; "Leo rolls
        # a die 5 times" for an average asks no chance
        "graph",
        "roll a",
        "rolling a",
        # one unit of a quantity is no conversion ("2 pounds of meat", "220 cups of coffee"; two
        # set against each other are: `without_everyday_only`), "4.50 less than the tickets"
        # compares no numbers, and "the formula for the volume" is no equation to solve
        *UNIT_NAMES,
        "less than",
        "formula for",
        # "which pieces of information matter" picks facts, no piece of a function; "the
        # initial amount" is the money at the start
        "which piece",
        "initial amount",
    )
)
_UNITS = frozenset(tuple(tokenize(u)) for u in UNIT_NAMES)
_MEASURES = frozenset({"area", "perimeter", "volume"})


@dataclass
class Evidence:
    """What the matcher found: per sentence the phrases, per concept its turns and phrases."""

    sentences: list[Sentence]
    phrases: list[list[tuple[str, ...]]]
    concept_turns: dict[str, list[int]]
    concept_phrases: dict[str, set[tuple[str, ...]]]
    asked: set[tuple[str, ...]]  # phrases inside a question, a task or the lesson's agenda
    # per sentence, the (concept, phrase) pairs whose sense the session lacks (sensecontexts)
    unread: list[Unread] = field(default_factory=list)


def find_evidence(
    index: PhraseIndex, sentences: list[Sentence], speller: Speller | None = None
) -> Evidence:
    """Every KB phrase each sentence uses, and per concept the turns and phrases using it;
    with a speller, a slip of a math term ("perimiter") reads as the term."""
    read = speller.correct if speller else _as_typed
    session = "\n".join(s.text for s in sentences)
    sensed = [
        sensed_phrases(index, joined_particles(other_senses(read(tokens))), s.text, session)
        for s, tokens in zip(sentences, map(content_tokens, sentences), strict=True)
    ]
    phrases = [without_dimensions(found) for found, _ in sensed]
    unread = [pairs for _, pairs in sensed]
    concept_turns: dict[str, list[int]] = defaultdict(list)
    concept_phrases: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    asked: set[tuple[str, ...]] = set()
    for sentence, found, lacking in zip(sentences, phrases, unread, strict=True):
        if _FOCUS.search(sentence.text):
            asked.update(found)
        for phrase in found:
            for cid in read_owners(index, phrase, lacking):
                concept_phrases[cid].add(phrase)
                turns = concept_turns[cid]
                if not turns or turns[-1] != sentence.turn:
                    turns.append(sentence.turn)
    return Evidence(sentences, phrases, dict(concept_turns), dict(concept_phrases), asked, unread)


def read_owners(index: PhraseIndex, phrase: Phrase, lacking: Unread) -> list[str]:
    """The concepts a phrase speaks for in its sentence: not those whose sense is lacking."""
    return [cid for cid in index.owners(phrase) if (cid, phrase) not in lacking]


def without_everyday_only(evidence: Evidence) -> Evidence:
    """The evidence without the concepts whose only terms in the session are `EVERYDAY` words
    (the knowledge base's terms; a session's own repeated words are its topic, whatever they are)."""
    for cid, phrases in list(evidence.concept_phrases.items()):
        if len(phrases & _UNITS) >= 2:
            continue  # "a cup or a gallon?": units set against each other
        if all(p in EVERYDAY for p in phrases):
            del evidence.concept_phrases[cid]
            evidence.concept_turns.pop(cid, None)
    return evidence


def without_dimensions(found: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A sentence's phrases without a bare "length" beside an area, perimeter or volume term:
    in "Volume = length x width x height" the length is that measure's, not measuring one."""
    if not any(_MEASURES & set(p) for p in found):
        return found
    return [p for p in found if p != ("length",)]


def _as_typed(tokens: list[str]) -> list[str]:
    return tokens


def content_tokens(sentence: Sentence) -> list[str]:
    """The sentence's tokens without scoring talk ("score 100% on the exit ticket")."""
    plain = without_scoring(sentence.text)
    return sentence.tokens if plain == sentence.text else tokenize(plain)


def role_weight(sentence: Sentence) -> float:
    """How much a term in this sentence says about the lesson, by who says it and where."""
    if sentence.role == "tutor" and _AGENDA.search(sentence.text):
        return 3.0  # the tutor names what the lesson is about
    if sentence.turn == 0 and sentence.role == "tutor":
        return 1.5  # the opening sets the agenda ("Today we'll work on ...")
    if sentence.role == "student":
        return 1.3  # the student using the words is stronger evidence than hearing them
    if sentence.role == "tutor" and len(sentence.tokens) >= 12:
        return 1.2  # an explanation, not a passing mention
    return 1.0


def concept_scores(index: PhraseIndex, evidence: Evidence) -> dict[str, float]:
    """Concept id -> the weight of the terms the session uses for it."""
    seen: dict[str, dict[tuple[str, ...], float]] = defaultdict(lambda: defaultdict(float))
    lacking = evidence.unread or [frozenset()] * len(evidence.phrases)
    for sentence, found, unread in zip(evidence.sentences, evidence.phrases, lacking, strict=True):
        weight = role_weight(sentence)
        for phrase in found:
            for cid in read_owners(index, phrase, unread):
                seen[cid][phrase] += weight
    # distinct phrases count fully; repeats of one phrase only logarithmically
    return {
        cid: sum(index.owners(p)[cid] * (1 + math.log(n)) for p, n in phrases.items())
        for cid, phrases in seen.items()
    }


def grounded(
    scores: dict[str, float], evidence: Evidence, index: PhraseIndex, in_hint: set[str]
) -> dict[str, float]:
    """Only concepts the session works with: a multiword or specific term, a term of the
    uploader's subject that the session asks about or sets as its task, or one in two turns."""
    return {
        cid: score
        for cid, score in scores.items()
        if any(
            specific(p, index) or (cid in in_hint and asked(p, evidence))
            for p in evidence.concept_phrases.get(cid, ())
        )
        or len(evidence.concept_turns.get(cid, [])) >= 2
    }


def asked(phrase: tuple[str, ...], evidence: Evidence) -> bool:
    """A term of art the session asks about ("What is meant by area?", "Which shape is it?")."""
    return phrase in evidence.asked and len(phrase[0]) >= 3 and phrase[0] not in NOT_CONCEPTS


def specific(phrase: tuple[str, ...], index: PhraseIndex) -> bool:
    """A phrase that names one thing: several words, or a long word only one concept owns."""
    return len(phrase) >= 2 or (len(phrase[0]) >= 6 and len(index.owners(phrase)) == 1)
