"""Which subject a session is about: weighted evidence of terms, notation and level.

A session's notation sets its level (an earlier course's notation inside a later one's is
only its language, and so are the percents and rounding of a high-school problem), algebraic
work rules out grade school, a session that keeps computing is math unless a science's own
terms or measured quantities carry it, a test-prep concept speaks for the school subject it
reviews unless the test is named, and the uploader's subject wins. Weights choose between
subjects; whether there is a subject at all is decided by the evidence itself.
"""

from __future__ import annotations

import re
from collections import defaultdict

from companion.ai.kb import KBSubject, KnowledgeBase
from companion.ai.offline.matching import subject_grade, words

MIN_SUBJECT_SCORE = 1.0
STRONG_EVIDENCE = 2.5  # a concept named by several of its terms, or one of them repeated
ADVANCED_GRADE = 10.0
ELEMENTARY_GRADE = 6.0  # below it, grade-school arithmetic and shapes
MATH_AREA = "math"
LEVEL_GAP = 1.5  # grades by which a course's notation is below the session's: its language
LANGUAGE_GRADE = 8.0  # below it, the arithmetic a high-school problem is written in
Phrases = dict[str, set[tuple[str, ...]]]


def subsumed(kb: KnowledgeBase, notation_only: set[str]) -> set[str]:
    """Notation of an earlier course inside a later one's ("f(x) =" under "lim"): its language."""
    grades = {
        cid: subject_grade(kb.subject_of(cid).level)
        for cid in notation_only
        if kb.subject_of(cid).area == MATH_AREA
    }
    top = max(grades.values(), default=0.0)
    return {cid for cid, grade in grades.items() if grade < top - LEVEL_GAP}


def worked_in(
    kb: KnowledgeBase, skills: dict[str, list[int]], notation_only: set[str]
) -> dict[str, list[int]]:
    """A problem of a later lesson is worked in the notation of an earlier one of the same
    course: the equations written while solving a system ("3x = 12", "x = 4" after "2x + y =
    10 and x - y = 2") are the system's work, from its first turn on, not a lesson on
    equations. Each concept's turns, those moved; a prerequisite left with none is dropped."""
    out = dict(skills)
    for cid, turns in skills.items():
        course = kb.concepts[cid].subject_id
        for pre in kb.concepts[cid].prerequisites:
            if kb.concepts[pre].subject_id != course:
                continue
            if pre in notation_only and cid not in notation_only and pre in out:
                steps = {t for t in out[pre] if t >= turns[0]}
                out[cid] = sorted({*out[cid], *steps})
                out[pre] = [t for t in out[pre] if t not in steps]
    return {cid: turns for cid, turns in out.items() if turns}


def advanced(kb: KnowledgeBase, concept_phrases: Phrases, area: str = "") -> bool:
    """A high-school term of several words ("rational expression"), or two terms of one
    high-school concept ("determinant" of a "matrix"), rules out grade school; a term that an
    elementary concept the session names in other words too owns as well ("the opposite
    sides" beside "rectangle", not only a right triangle's) says nothing about the level."""
    school: Phrases = defaultdict(set)  # by area: levels compare within one
    for cid, phrases in concept_phrases.items():
        if subject_grade(kb.subject_of(cid).level) < ELEMENTARY_GRADE and len(phrases) >= 2:
            school[kb.subject_of(cid).area] |= phrases
    return any(
        subject_grade(kb.subject_of(cid).level) >= 9
        and (not area or kb.subject_of(cid).area == area)
        and (
            any(len(p) >= 2 for p in phrases - school[kb.subject_of(cid).area]) or len(phrases) >= 2
        )
        for cid, phrases in concept_phrases.items()
    )


def technical(kb: KnowledgeBase, concept_phrases: Phrases) -> frozenset[str]:
    """Subjects named by two of their own terms of several words ("constant velocity")."""
    terms: Phrases = defaultdict(set)
    for cid, phrases in concept_phrases.items():
        terms[kb.subject_of(cid).id] |= {p for p in phrases if len(p) >= 2}
    return frozenset(sid for sid, found in terms.items() if len(found) >= 2)


# a number with an SI unit of length, time, mass or force: a measured quantity
_MEASURED = re.compile(
    r"\d\)?\s*-?\s*\(?(?:km|m|cm|mm|s|kg|g|N|J|W|Pa|knots|min|h)\)?(?:/\(?(?:s|h)\)?)?(?![A-Za-z])"
)


def measured_sciences(kb: KnowledgeBase, scores: dict[str, float], texts: list[str]) -> set[str]:
    """Science subjects present in a session whose numbers are measured quantities.

    Two measured quantities are enough, in one turn or two (a problem states its data at
    once); one is enough for a science whose own terms already carry strong evidence.
    """
    measured = sum(len(_MEASURED.findall(t)) for t in texts)
    if not measured:
        return set()
    needed = 0.0 if measured >= 2 else STRONG_EVIDENCE
    return {
        kb.subject_of(c).id
        for c, score in scores.items()
        if kb.subject_of(c).area == "science" and score >= needed
    }


def reviewed_in_school(
    kb: KnowledgeBase, scores: dict[str, float], named: set[str], hint: str = ""
) -> dict[str, float]:
    """A test-prep concept, its course named neither in the session nor by the uploader,
    speaks for the school concept it reviews (its first prerequisite): "systems of
    equations in word problems" is Algebra I's systems of equations."""
    given = named | set(words(hint))
    out: dict[str, float] = {}
    for cid, score in scores.items():
        subject, reviewed = kb.subject_of(cid), kb.concepts[cid].prerequisites
        if "test prep" in subject.level and subject.name.split()[0].lower() not in given:
            cid = reviewed[0] if reviewed else cid
        out[cid] = out.get(cid, 0.0) + score
    return out


def within_hint(kb: KnowledgeBase, scores: dict[str, float], hinted: set[str]) -> dict[str, float]:
    """The uploader's subject wins: concepts outside its area are dropped."""
    if not hinted:
        return scores
    areas = {kb.subjects[sid].area for sid in hinted}
    return {cid: s for cid, s in scores.items() if kb.subject_of(cid).area in areas}


def dominant_subject(
    kb: KnowledgeBase,
    scores: dict[str, float],
    hinted: set[str],
    named: set[str],
    *,
    mathy: bool,
    algebraic: bool,
    technical: frozenset[str] = frozenset(),
    high_school: bool = False,
) -> KBSubject | None:
    """The subject with the most weighted evidence, or None when nothing reaches the minimum.

    With `high_school` (a high-school term of several words was named) the arithmetic of
    grades 1-7 (percents, rounding, decimals) is the problem's language, at half weight.
    """
    by_subject: dict[str, list[float]] = defaultdict(list)
    raw: dict[str, list[float]] = defaultdict(list)
    for cid, score in scores.items():
        subject = kb.subject_of(cid)
        raw[subject.id].append(score)
        grade = subject_grade(subject.level)
        # a test-prep course shares its material with the school subjects: only when named
        prep = "test prep" in subject.level and subject.name.split()[0].lower() not in named
        # variables and functions are not grade-school work
        early = algebraic and grade < 6
        language = high_school and grade < LANGUAGE_GRADE and subject.area == MATH_AREA
        weight = (0.4 if prep else 1.0) * (0.1 if early else 1.0) * (0.5 if language else 1.0)
        by_subject[subject.id].append(score * weight)
    totals = _totals(by_subject)
    if hinted & totals.keys():
        totals = {sid: totals[sid] * 1.5 + 1.0 for sid in hinted & totals.keys()}
    for sid in totals:
        own_terms = sid in technical  # physics computes too, on its own terms
        if mathy:
            # a session that keeps computing is math, whatever its word problems are about
            if kb.subjects[sid].area == MATH_AREA or own_terms:
                totals[sid] = totals[sid] * 1.5 + MIN_SUBJECT_SCORE
            else:
                totals[sid] = totals[sid] / 2
        elif own_terms and kb.subjects[sid].area == "science":
            totals[sid] = totals[sid] * 1.5 + MIN_SUBJECT_SCORE  # its measured quantities
        elif algebraic and kb.subjects[sid].area != MATH_AREA:
            totals[sid] = totals[sid] / 2  # beside written math, the setting of a word problem
    if not totals:
        return None
    best = max(sorted(totals), key=totals.__getitem__)
    # the weights decide between subjects; whether there is a subject at all is the evidence's
    evidence = max(_totals(raw).values())
    return kb.subjects[best] if max(evidence, totals[best]) >= MIN_SUBJECT_SCORE else None


def _totals(by_subject: dict[str, list[float]]) -> dict[str, float]:
    """The strongest concept leads; more concepts of the subject add, with less weight."""
    return {sid: max(s) + 0.5 * (sum(s) - max(s)) for sid, s in by_subject.items()}
