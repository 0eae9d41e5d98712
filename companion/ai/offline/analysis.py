"""Offline transcript analysis: concepts covered, mastery from evidence, topics and a summary."""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from dataclasses import dataclass

from companion.ai.kb import KBConcept, KBSubject, KnowledgeBase, load_kb
from companion.ai.offline.matching import (
    PhraseIndex,
    arithmetic_turns,
    build_index,
    hinted_subjects,
    kb_index,
    salient_terms,
    subject_grade,
)
from companion.ai.offline.summaries import (
    Sentence,
    central_sentences,
    compose_summary,
    key_points,
    sentences_of,
)
from companion.ai.offline.transcripts import Turn, parse_transcript
from companion.ai.schemas import ConceptAnalysis, Difficulty, TranscriptAnalysis

MAX_CONCEPTS = 8
PRIOR_MASTERY = 55
MIN_SUBJECT_SCORE = 1.0
WINDOW = 3  # turns either side in which a signal still speaks about a concept

_CONFUSION = re.compile(
    r"\b(i don'?t (?:get|understand|know)|i'?m (?:confused|lost|stuck)|confus\w*|wait,? what|"
    r"no idea|makes no sense|what do you mean|huh)\b"
)
_HEDGE = re.compile(r"\b(i think|i guess|maybe|not sure|probably|is it)\b")
_SLIP = re.compile(
    r"\b(i made a mistake|my mistake|oops|i forgot|i was wrong|i messed up|oh,? i see)\b"
)
_CORRECTION = re.compile(
    r"\b(not quite|not right|not correct|incorrect|that'?s wrong|is wrong|check again|try again|"
    r"double[- ]check|take another look|look again|not exactly|almost|close,? but|careful|"
    r"small problem|mistake|an error|are you sure|is not \d+|isn'?t right|no,|wrong|think again|"
    r"go back|same answer|re-?read|why would you)"
)
_CONFIRM = re.compile(
    r"\b(exactly|that'?s right|you'?re right|correct|great job|good job|well done|nice work|"
    r"good work|perfect|excellent|spot on|you got it|got it|nailed it|that'?s it)\b"
)
_UNDERSTOOD = re.compile(r"\b(i get it|makes sense|i understand|got it)\b")
_BUT = re.compile(r"\b(but|however)\b")
_REASONING = re.compile(r"\b(because|since|so|which means|that means|therefore)\b|=")
_QUESTION = re.compile(r"[^.!?\n]*\?")
MATH_AREA = "math"


@dataclass
class _Evidence:
    """What the matcher found: per sentence the phrases, per concept the turns it was named in."""

    sentences: list[Sentence]
    phrases: list[list[tuple[str, ...]]]
    concept_turns: dict[str, list[int]]


def analyze(text: str, *, subject_hint: str = "", filename: str = "") -> TranscriptAnalysis:
    """Concepts, mastery, topics, summary and subject of one transcript, without any model."""
    turns = parse_transcript(text, filename).turns
    sentences = sentences_of(turns)
    kb = load_kb()
    index = kb_index(kb)
    evidence = _find(index, sentences)
    scores = _concept_scores(index, evidence)
    arithmetic = arithmetic_turns([turn.text for turn in turns])
    computing = {t for turns_with_op in arithmetic.values() for t in turns_with_op}
    subject = _dominant_subject(kb, scores, subject_hint, mathy=len(computing) >= 0.2 * len(turns))
    if subject is None:
        return _without_kb(turns, sentences, subject_hint, arithmetic)
    chosen = _choose_concepts(kb, scores, subject)
    mastery = _mastery(chosen, evidence.concept_turns, turn_signals(turns))
    concepts = [
        _concept_analysis(kb.concepts[cid], subject, mastery[cid], evidence, index)
        for cid in chosen
    ]
    names = [c.name for c in concepts]
    return TranscriptAnalysis(
        concepts=concepts,
        topics=_dedupe([*names, subject.name, subject.area.title()]),
        summary=_summary(subject.name, names, evidence),
        subject=subject.name,
        engine="local",
    )


def turn_signals(turns: list[Turn]) -> list[float]:
    """Mastery evidence per turn: negative for confusion and corrections, positive for success."""
    values = [_signal(turn) for turn in turns]
    # working aloud proves nothing by itself; an explanation the tutor then confirms does
    for i in range(len(turns) - 1):
        if turns[i].role == "student" and values[i] >= 0 and values[i + 1] >= 2.0:
            values[i] += 1.0 if _REASONING.search(turns[i].text.lower()) else 0.0
    return values


def _signal(turn: Turn) -> float:
    text = turn.text.lower().replace("’", "'")
    value = 0.0
    if turn.role != "tutor":
        confused = len(_CONFUSION.findall(text))
        hedged = bool(_HEDGE.search(text))
        value -= 2.0 * min(confused, 2) + 1.0 * bool(_SLIP.search(text)) + 0.75 * hedged
        if not confused and not hedged:
            value += 0.5 * bool(_UNDERSTOOD.search(text))
    if turn.role != "student":
        statements = _QUESTION.sub("", text)  # "Is that correct?" confirms nothing
        if _CORRECTION.search(text):
            value -= 2.0
        elif _CONFIRM.search(statements):
            # "good work, but ..." is a gentle correction, not praise
            value += -0.5 if _BUT.search(statements) else 2.0
    return value


def _find(index: PhraseIndex, sentences: list[Sentence]) -> _Evidence:
    phrases = [list(index.scan(s.tokens)) for s in sentences]
    concept_turns: dict[str, list[int]] = defaultdict(list)
    for sentence, found in zip(sentences, phrases, strict=True):
        for phrase in found:
            for cid in index.owners(phrase):
                turns = concept_turns[cid]
                if not turns or turns[-1] != sentence.turn:
                    turns.append(sentence.turn)
    return _Evidence(sentences, phrases, dict(concept_turns))


def _role_weight(sentence: Sentence) -> float:
    if sentence.role == "student":
        return 1.3  # the student using the words is stronger evidence than hearing them
    if sentence.role == "tutor" and len(sentence.tokens) >= 12:
        return 1.2  # an explanation, not a passing mention
    return 1.0


def _concept_scores(index: PhraseIndex, evidence: _Evidence) -> dict[str, float]:
    seen: dict[str, dict[tuple[str, ...], float]] = defaultdict(lambda: defaultdict(float))
    for sentence, found in zip(evidence.sentences, evidence.phrases, strict=True):
        weight = _role_weight(sentence)
        for phrase in found:
            for cid in index.owners(phrase):
                seen[cid][phrase] += weight
    # distinct phrases count fully; repeats of one phrase only logarithmically
    return {
        cid: sum(index.owners(p)[cid] * (1 + math.log(n)) for p, n in phrases.items())
        for cid, phrases in seen.items()
    }


def _dominant_subject(
    kb: KnowledgeBase, scores: dict[str, float], hint: str, *, mathy: bool
) -> KBSubject | None:
    totals: dict[str, float] = defaultdict(float)
    for cid, score in scores.items():
        totals[kb.concepts[cid].subject_id] += score
    for sid in hinted_subjects(kb, hint) & totals.keys():
        totals[sid] = totals[sid] * 1.5 + 1.0
    if mathy:
        # a session that keeps computing is math, whatever its word problems are about
        for sid in totals:
            is_math = kb.subjects[sid].area == MATH_AREA
            totals[sid] = totals[sid] * 1.5 + MIN_SUBJECT_SCORE if is_math else totals[sid] / 2
    if not totals:
        return None
    best = max(sorted(totals), key=totals.__getitem__)
    return kb.subjects[best] if totals[best] >= MIN_SUBJECT_SCORE else None


def _choose_concepts(kb: KnowledgeBase, scores: dict[str, float], subject: KBSubject) -> list[str]:
    own = {cid: s for cid, s in scores.items() if kb.concepts[cid].subject_id == subject.id}
    top = max(own.values())
    # off-subject concepts (prerequisites, neighbours) only when about as present as the main one
    kept = [cid for cid, s in scores.items() if s >= (0.2 * top if cid in own else 0.7 * top)]
    return sorted(kept, key=lambda cid: (-scores[cid], cid))[:MAX_CONCEPTS]


def _mastery(
    chosen: list[str], concept_turns: dict[str, list[int]], signals: list[float]
) -> dict[str, int]:
    net = dict.fromkeys(chosen, 0.0)
    for t, value in enumerate(signals):
        if not value or not chosen:
            continue
        distance = {cid: _distance(concept_turns.get(cid, []), t) for cid in chosen}
        near = [cid for cid, d in distance.items() if d <= WINDOW]
        # far from every mention: the signal still counts, half, for the concept(s) in focus
        targets = near or [cid for cid, d in distance.items() if d == min(distance.values())]
        for cid in targets:
            net[cid] += value if near else value / 2
    return {cid: _to_level(value) for cid, value in net.items()}


def _to_level(net: float) -> int:
    """Prior plus evidence, with diminishing returns so long sessions do not saturate."""
    return max(5, min(98, round(PRIOR_MASTERY + 43 * math.tanh(net / 5))))


def _distance(turns: list[int], t: int) -> int:
    if not turns:
        return 10**9
    i = bisect.bisect_left(turns, t)
    return min(abs(turns[j] - t) for j in (i - 1, i) if 0 <= j < len(turns))


def difficulty_of(subject: KBSubject, concept: KBConcept) -> Difficulty:
    """Difficulty from the subject's level, nudged up for concepts later in the subject."""
    ids = [c.id for c in subject.concepts]
    position = ids.index(concept.id) / max(1, len(ids) - 1) if concept.id in ids else 0.5
    score = subject_grade(subject.level) / 13 * 0.75 + position * 0.25
    return "easy" if score < 0.45 else "medium" if score < 0.8 else "hard"


def _concept_analysis(
    concept: KBConcept, subject: KBSubject, mastery: int, evidence: _Evidence, index: PhraseIndex
) -> ConceptAnalysis:
    return ConceptAnalysis(
        name=concept.name,
        description=concept.description,
        mastery_level=mastery,
        difficulty=difficulty_of(subject, concept),
        key_points=_key_points_for(concept.id, evidence, index),
        kb_id=concept.id,
    )


def _key_points_for(cid: str, evidence: _Evidence, index: PhraseIndex) -> list[str]:
    candidates = []
    for sentence, found in zip(evidence.sentences, evidence.phrases, strict=True):
        hits = sum(1 for phrase in set(found) if cid in index.owners(phrase))
        if hits:
            candidates.append((sentence, hits))
    return key_points(candidates)


def _summary(subject: str, names: list[str], evidence: _Evidence) -> str:
    focus = {i for i, found in enumerate(evidence.phrases) if found}
    quotes = central_sentences(evidence.sentences, focus=focus, limit=3)
    return compose_summary(subject, names[:3], quotes)


def _without_kb(
    turns: list[Turn], sentences: list[Sentence], hint: str, arithmetic: dict[str, list[int]]
) -> TranscriptAnalysis:
    """Concepts from the session's own terms (or its arithmetic) when the KB knows none."""
    subject = hint.strip() or ("Math" if arithmetic else "General")
    speakers = {t.speaker.lower() for t in turns}
    terms = list(arithmetic) or salient_terms([t.text for t in turns], exclude=speakers)
    terms = terms or [hint.strip() or "Session review"]
    index = build_index((term, term, 1.0) for term in terms)
    evidence = _find(index, sentences)
    evidence.concept_turns.update(arithmetic)
    mastery = _mastery(terms, evidence.concept_turns, turn_signals(turns))
    concepts = [
        ConceptAnalysis(
            name=term[:1].upper() + term[1:],
            description=f"Came up in {len(evidence.concept_turns.get(term, []))} turn(s).",
            mastery_level=mastery[term],
            key_points=_fallback_points(term, evidence, index),
        )
        for term in terms
    ]
    names = [c.name for c in concepts]
    return TranscriptAnalysis(
        concepts=concepts,
        topics=_dedupe([*names, subject]),
        summary=_summary(subject, names, evidence),
        subject=subject,
        engine="local",
    )


def _fallback_points(term: str, evidence: _Evidence, index: PhraseIndex) -> list[str]:
    named = _key_points_for(term, evidence, index)
    if named:
        return named
    turns = set(evidence.concept_turns.get(term, []))
    return key_points((s, 1) for s in evidence.sentences if s.turn in turns and s.role != "tutor")


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in items if x and not (x.lower() in seen or seen.add(x.lower()))]
