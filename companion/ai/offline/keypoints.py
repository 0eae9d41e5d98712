"""Key points: what the session worked on and confirmed, each under the one concept it is about.

A key point is a verbatim sentence: a statement the tutor explains with, or a sentence of an
answer the tutor confirmed. Questions, bare verdicts ("That's right!"), classroom talk ("Let
me explain it to you", "+1 point"), anything the tutor corrected and any false working
("200 + 300 = 450", whoever wrote it) are never key points, nor is a student looking back on
their mistake ("I initially thought ..."). A sentence belongs to
the concept whose terms or computation it uses most (the concept found strongest breaks a
tie); a sentence about none of them is no key point. A session with nothing confirmed and no
explanation has none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from companion.ai.offline.attempts import Attempt
from companion.ai.offline.cues import topic_cues, without_scoring
from companion.ai.offline.matching import PhraseIndex, tokenize
from companion.ai.offline.skills import notation_skills, session_skills
from companion.ai.offline.summaries import Sentence, overlap
from companion.ai.offline.textmemo import per_text
from companion.ai.offline.verdicts import reaction
from companion.ai.offline.workings import chain_in

LIMIT = 3
_CLAUSE = re.compile(r"[,;]|\b(?:so|and|then|which|giving|gives)\b", re.I)
_DIGIT = re.compile(r"\d")
# answers the tutor confirmed (moving on from an answer does not make it right)
CONFIRMED = ("right", "right_after_correction", "hedged", "guided")
# "Jim's was 10000, what is the total": a question even without its question mark
_QUESTION = re.compile(
    r"\?\s*$|(?:^|[,;:]\s*|\b(?:so|and|then|now)\s+)(?:what|how|why|which|where|when|who|"
    r"can you|could you|do you|would you|will you|did you|is it|is that|are there|have you)\b",
    re.I,
)
# setting the task or the agenda is not a point yet: "Let's find the area of a rectangle 4 m
# long ...", "Today we work on perimeter and on line symmetry."
_TASK = re.compile(
    r"^\W*(?:(?:now|ok(?:ay)?|so|next),?\s+)?(?:let'?s|let us)\s+(?:find|calculate|compute|"
    r"work|solve|look|try|see|check|figure|start|begin|do|move|go|practi[cs]e|review)\b|"
    r"\b(?:today|this lesson|this session|in this (?:lesson|session))\b[^.!?]*\b(?:work on|"
    r"learn|look at|focus on|practi[cs]e|review|talk about|cover|study)\b",
    re.I,
)
# classroom talk, not content
_TALK = re.compile(
    r"\b(?:let me \w+|i will|i'?ll|i have shown|does (?:that|this) (?:step )?make sense|"
    r"read the (?:question|problem)|show your work|keep (?:going|it up)|try (?:it )?again|"
    r"whiteboard|good (?:try|effort)|for (?:your|the) effort)|^\W*(?:please|thanks?|thank you)\b",
    re.I,
)
# the student looking back on the mistake repeats the wrong reasoning
_LOOKING_BACK = re.compile(
    r"\b(?:initially|at first|originally|mistake|error|miscalculat\w*|instead of|should have|"
    r"forgot|went wrong|i thought|i assumed|was wrong)\b",
    re.I,
)


def about(text: str, index: PhraseIndex, chosen: Iterable[str]) -> Counter[str]:
    """How strongly a text is about each chosen concept: its terms (2 each) and computing (1)."""
    wanted = set(chosen)
    hits: Counter[str] = Counter()
    for phrase in set(index.scan(tokenize(without_scoring(text)))):
        for cid in index.owners(phrase):
            if cid in wanted:
                hits[cid] += 2
    for cid in _skills(text):
        if cid in wanted:
            hits[cid] += 1
    return hits


@per_text
def _skills(text: str) -> frozenset[str]:
    """The skills one text computes with or writes; computing always needs a number, so a
    text without one is read for its notation and problem shape only (the same result, cheaper)."""
    if _DIGIT.search(text):
        return frozenset(session_skills([text], has_terms=True)[0])
    return frozenset([*notation_skills([text]), *topic_cues([text])])


def best_concept(hits: Counter[str], chosen: list[str]) -> str | None:
    """The concept a text is most about; the one found strongest breaks a tie."""
    ranked = [cid for cid in chosen if hits.get(cid)]
    return max(ranked, key=lambda cid: (hits[cid], -chosen.index(cid))) if ranked else None


def session_points(
    sentences: list[Sentence],
    attempts: list[Attempt],
    index: PhraseIndex,
    chosen: list[str],
    concept_turns: dict[str, list[int]],
) -> dict[str, list[str]]:
    """Concept -> its key points (at most `LIMIT`, in transcript order).

    Only turns that use a chosen concept's terms or skills (`concept_turns`) are read.
    """
    active = {t for cid in chosen for t in concept_turns.get(cid, [])}
    confirmed = {a.turn for a in attempts if a.outcome in CONFIRMED}
    corrected_turns = {a.turn for a in attempts if a.outcome in ("wrong", "confused")}
    # a sentence the student also said in a corrected answer was corrected, wherever it recurs
    corrected = {s.text for s in sentences if s.turn in corrected_turns}
    by_concept: dict[str, list[tuple[float, int, Sentence]]] = {cid: [] for cid in chosen}
    for order, sentence in enumerate(sentences):
        if sentence.turn not in active or sentence.text in corrected:
            continue
        if not _candidate(sentence, confirmed):
            continue
        hits = about(sentence.text, index, chosen)
        cid = best_concept(hits, chosen)
        if cid is not None:
            by_concept[cid].append((_weight(sentence, hits[cid]), order, sentence))
    return {cid: _best(found) for cid, found in by_concept.items()}


def _candidate(sentence: Sentence, confirmed: set[int]) -> bool:
    text = sentence.text
    if _QUESTION.search(text) or _TASK.search(text) or _TALK.search(text):
        return False
    if without_scoring(text) != text:
        return False
    if len(sentence.tokens) < 4:
        return False
    if len(sentence.tokens) <= 8 and reaction(text):
        return False  # "That's right, well done!" judges, it teaches nothing
    if false_working(text):
        return False  # "200 + 300 = 450" is never a point, whoever wrote it
    if sentence.role == "student":
        return sentence.turn in confirmed and not _LOOKING_BACK.search(text)
    return len(sentence.tokens) >= 5


@per_text
def false_working(text: str) -> bool:
    """A sentence with a computation that is not true ("6 x 50 = 350", "so 2 + 3 = 6")."""
    if "=" not in text:
        return False
    parts = _CLAUSE.split(text)
    return any((c := chain_in(part)) is not None and bool(c.false_link) for part in parts if part)


def _weight(sentence: Sentence, hits: int) -> float:
    words = len(sentence.tokens)
    score = hits + (1.0 if sentence.role == "tutor" else 1.2)
    if words > 45:
        score *= 0.5
    return score


def _best(found: list[tuple[float, int, Sentence]]) -> list[str]:
    chosen: list[tuple[int, Sentence]] = []
    for _, order, sentence in sorted(found, key=lambda f: (-f[0], f[1])):
        tokens = set(sentence.tokens)
        if all(overlap(tokens, set(s.tokens)) < 0.6 for _, s in chosen):
            chosen.append((order, sentence))
        if len(chosen) == LIMIT:
            break
    return [s.text for _, s in sorted(chosen, key=lambda c: c[0])]
