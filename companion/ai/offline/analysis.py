"""Offline transcript analysis: grounded concepts, mastery from the student's attempts, summary.

Grounded or silent: a concept is reported only when the session works with its terms (a
knowledge-base phrase of two or more words, a single term in two turns, or one the tutor
asks about or names as the lesson within the uploader's subject), computes with the skill,
or works a problem whose shape shows it (a clock time, a unit conversion, a formula: see
cues.py). Scoring talk and chit-chat count for nothing, a subject the uploader gives limits
the concepts to its area, and a session with nothing clear says "No clear topic found"
instead of inventing one.
"""

from __future__ import annotations

import math

from companion.ai.kb import KBSubject, KnowledgeBase, load_kb
from companion.ai.offline.answertrail import Attempt
from companion.ai.offline.attempts import find_attempts
from companion.ai.offline.cues import topic_cues
from companion.ai.offline.evidence import (
    Evidence,
    concept_scores,
    find_evidence,
    grounded,
    without_everyday_only,
)
from companion.ai.offline.keypoints import session_points
from companion.ai.offline.masterytrace import assign, estimate
from companion.ai.offline.matching import (
    PhraseIndex,
    build_index,
    difficulty_of,
    kb_index,
    lesson_hint,
    subject_grade,
)
from companion.ai.offline.misconceptions import find_misconceptions, of_concept
from companion.ai.offline.salientterms import salient_terms
from companion.ai.offline.skills import LONG_DIVISION, division_named_only, session_skills
from companion.ai.offline.spelling import kb_speller
from companion.ai.offline.subjects import (
    ADVANCED_GRADE,
    MATH_AREA,
    advanced,
    dominant_subject,
    measured_sciences,
    reviewed_in_school,
    subsumed,
    technical,
    within_hint,
    worked_in,
)
from companion.ai.offline.summaries import (
    Sentence,
    compose_summary,
    opening_correction,
    sentences_of,
)
from companion.ai.offline.transcripts import Turn, parse_transcript
from companion.ai.schemas import ConceptAnalysis, TranscriptAnalysis

MAX_CONCEPTS = 8
SKILL_WEIGHT = 0.8  # computing that needs a skill, per turn (logarithmic in turns)
NOTATION_WEIGHT = 0.6  # notation hints at a skill; a named term says more
ADVANCED_NOTATION_WEIGHT = 1.5  # notation of grade 10 and up (lim, f', log, sin) is specific
NO_TOPIC = "No clear topic found"
LESSON_WEIGHT = 2.0  # a lesson the uploader names counts as a concept named several times


def analyze(text: str, *, subject_hint: str = "", filename: str = "") -> TranscriptAnalysis:
    """Concepts, mastery, topics, summary and subject of one transcript, without any model."""
    turns = parse_transcript(text, filename).turns
    sentences = sentences_of(turns)
    kb = load_kb()
    index = kb_index(kb)
    evidence = without_everyday_only(find_evidence(index, sentences, kb_speller(kb)))
    hinted, lesson = lesson_hint(kb, subject_hint)
    scores, skills, notation_only = _scores_with_skills(kb, turns, evidence, index, hinted)
    for cid in lesson:  # the uploader names the lesson: its concept is what was worked on
        scores[cid] = scores.get(cid, 0.0) + LESSON_WEIGHT
    scores = within_hint(kb, scores, hinted)
    computing = {t for skill_turns in skills.values() for t in skill_turns}
    named = {t for sentence in sentences for t in sentence.tokens}
    scores = reviewed_in_school(kb, scores, named, subject_hint)
    mathy = len(computing) >= 0.2 * len(turns)
    subject = dominant_subject(
        kb,
        scores,
        hinted,
        named,
        mathy=mathy,
        algebraic=any(kb.subject_of(c).area == MATH_AREA for c in notation_only)
        or advanced(kb, evidence.concept_phrases),
        high_school=advanced(kb, evidence.concept_phrases, MATH_AREA),
        technical=technical(kb, evidence.concept_phrases)
        | {kb.subject_of(c).id for c in notation_only}
        | measured_sciences(kb, scores, [t.text for t in turns]),
    )
    if subject is None:
        if hinted:  # a known subject with none of its terms: say so, invent nothing
            return _no_topic(subject_hint.strip())
        return _without_kb(turns, sentences, subject_hint)
    # the named lesson first, then what it was worked with
    # within the uploader's subjects, the shape of the problem worked (cues.py) names its concept
    # whichever course files it: "2^4" is a power in grade 6 or Algebra I
    shaped = {c for c in topic_cues([t.text for t in turns]) if kb.concepts[c].subject_id in hinted}
    chosen = sorted(
        _choose_concepts(kb, scores, subject, shaped), key=lambda cid: cid not in lesson
    )
    found = find_attempts(turns)
    # a named lesson the transcript never words (its problem's shape aside: a box's three
    # sides) spans the session: its problem is the lesson's
    spans = {cid: list(range(len(turns))) for cid in lesson if cid not in evidence.concept_phrases}
    attempts = assign(found, chosen, evidence.concept_turns | spans)
    points = session_points(sentences, found, index, chosen, evidence.concept_turns)
    struggles = find_misconceptions(turns, attempts, index, chosen)
    concepts = [
        _concept_analysis(kb, cid, attempts[cid], points[cid], of_concept(struggles, cid))
        for cid in chosen
    ]
    names = [c.name for c in concepts]
    summary = compose_summary(
        subject.name,
        concepts,
        attempts_by_name(concepts, attempts),
        struggles,
        {cid: kb.concepts[cid].name for cid in chosen},
        opening_correction(sentences),
    )
    return TranscriptAnalysis(
        concepts=concepts,
        topics=_dedupe([*names, subject.name, subject.area.title()]),
        summary=summary,
        subject=subject.name,
        engine="local",
    )


def _scores_with_skills(
    kb: KnowledgeBase, turns: list[Turn], evidence: Evidence, index: PhraseIndex, hinted: set[str]
) -> tuple[dict[str, float], dict[str, list[int]], set[str]]:
    """Grounded term scores plus the skills the session computes or writes in notation."""
    in_hint = {cid for cid in evidence.concept_phrases if kb.concepts[cid].subject_id in hinted}
    scores = grounded(concept_scores(index, evidence), evidence, index, in_hint)
    # a worked K-12 problem's shape is math evidence: it counts in a math upload or in a
    # session that names no other area's terms (a clock time in a history lesson is no topic)
    math_hint = any(kb.subjects[s].area == MATH_AREA for s in hinted)
    cues = math_hint or all(kb.subject_of(cid).area == MATH_AREA for cid in scores)
    skills, notation_only = session_skills(
        [t.text for t in turns], has_terms=bool(scores), cues=cues
    )
    for cid in subsumed(kb, notation_only):
        del skills[cid]
        notation_only.discard(cid)
    skills = worked_in(kb, skills, notation_only)  # its notation still says what course it is
    # "56 divided by 8 is 7" on the way to another topic's problem is a fact, no long division;
    # a session only about dividing is about division, the knowledge base's long division
    phrases = evidence.concept_phrases.get(LONG_DIVISION, set())
    others = set(scores) - {LONG_DIVISION}  # terms of another topic
    if others and division_named_only(phrases, skills, [t.text for t in turns]):
        scores.pop(LONG_DIVISION, None)
    for cid, skill_turns in skills.items():
        weight = SKILL_WEIGHT
        if cid in notation_only:  # "lim" or "log" is only ever written in its own course
            advanced = subject_grade(kb.subject_of(cid).level) >= ADVANCED_GRADE
            weight = ADVANCED_NOTATION_WEIGHT if advanced else NOTATION_WEIGHT
        scores[cid] = scores.get(cid, 0.0) + weight * (1 + math.log(len(skill_turns)))
        evidence.concept_turns[cid] = sorted({*evidence.concept_turns.get(cid, []), *skill_turns})
    return scores, skills, notation_only


def attempts_by_name(concepts: list[ConceptAnalysis], attempts: dict) -> dict[str, list[Attempt]]:
    """The attempts of each reported concept, by its name (for the summary)."""
    return {c.name: attempts.get(c.kb_id or c.name, []) for c in concepts}


def _choose_concepts(
    kb: KnowledgeBase, scores: dict[str, float], subject: KBSubject, shaped: set[str]
) -> list[str]:
    own = {cid: s for cid, s in scores.items() if kb.concepts[cid].subject_id == subject.id}
    top = max(own.values())
    # concepts of other subjects of the area (prerequisites, neighbours) only when as present,
    # unless the problem worked has their shape
    near = {cid: s for cid, s in scores.items() if kb.subject_of(cid).area == subject.area}
    kept = [
        cid for cid, s in near.items() if s >= (0.2 if cid in own or cid in shaped else 0.6) * top
    ]
    return sorted(kept, key=lambda cid: (-scores[cid], cid))[:MAX_CONCEPTS]


def _concept_analysis(
    kb: KnowledgeBase,
    cid: str,
    attempts: list[Attempt],
    key_points: list[str],
    misconceptions: list[str],
) -> ConceptAnalysis:
    concept = kb.concepts[cid]
    level, judged, measured = estimate(attempts)
    return ConceptAnalysis(
        name=concept.name,
        description=concept.description,
        mastery_level=level,
        difficulty=difficulty_of(kb.subject_of(cid), concept),
        key_points=key_points,
        kb_id=concept.id,
        evidence=judged,
        measured=measured,
        misconceptions=misconceptions,
    )


def _no_topic(subject: str) -> TranscriptAnalysis:
    label = subject or "General"
    return TranscriptAnalysis(
        concepts=[],
        topics=[],
        summary=f"{label}: {NO_TOPIC}. The session has no terms or worked problems to ground one.",
        subject=label,
        engine="local",
    )


def _without_kb(turns: list[Turn], sentences: list[Sentence], hint: str) -> TranscriptAnalysis:
    """Concepts from the session's own repeated terms when the KB knows none; else silent."""
    subject = hint.strip() or "General"
    speakers = {w.lower() for t in turns for w in t.speaker.split()}
    terms = salient_terms([t.text for t in turns], exclude=speakers)
    if not terms:
        return _no_topic(subject)
    index = build_index((term, term, 1.0) for term in terms)
    evidence = find_evidence(index, sentences)
    found = find_attempts(turns)
    attempts = assign(found, terms, evidence.concept_turns)
    points = session_points(sentences, found, index, terms, evidence.concept_turns)
    struggles = find_misconceptions(turns, attempts, index, terms)
    concepts = []
    for term in terms:
        level, judged, measured = estimate(attempts[term])
        concepts.append(
            ConceptAnalysis(
                name=term[:1].upper() + term[1:],
                description=f"Came up in {len(evidence.concept_turns.get(term, []))} turn(s).",
                mastery_level=level,
                key_points=points[term],
                evidence=judged,
                measured=measured,
                misconceptions=of_concept(struggles, term),
            )
        )
    by_name = {c.name: attempts[t] for c, t in zip(concepts, terms, strict=True)}
    names = {t: c.name for c, t in zip(concepts, terms, strict=True)}
    return TranscriptAnalysis(
        concepts=concepts,
        topics=_dedupe([*(c.name for c in concepts), subject]),
        summary=compose_summary(subject, concepts, by_name, struggles, names),
        subject=subject,
        engine="local",
    )


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in items if x and not (x.lower() in seen or seen.add(x.lower()))]
