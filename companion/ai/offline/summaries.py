"""Sentences of a transcript and the session summary, always quoting it verbatim."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.ai.offline.answertrail import Attempt
from companion.ai.offline.masterytrace import UNJUDGED
from companion.ai.offline.matching import tokenize
from companion.ai.offline.transcripts import Turn
from companion.ai.offline.verdicts import reaction
from companion.ai.schemas import ConceptAnalysis

if TYPE_CHECKING:
    from companion.ai.offline.misconceptions import Misconception

# a sentence ends at . ! ? (plus closing quotes) before a space or the end, so "3.5" stays whole
_SENTENCE = re.compile(r"\S.*?(?:[.!?]+[\"')\]]*(?=\s|\Z)|(?=\n)|\Z)", re.S)
# a title's period never ends a sentence ("Mr. Langsley"); an abbreviation's does only before
# a capital ("at 7 p.m. The doors open", but "6:40 a.m. and 9:00 a.m.", "e.g. 12")
_TITLE = re.compile(r"\b(?:mr|mrs|ms|dr|prof)\.$", re.I)
_ABBREVIATION = re.compile(r"\b(?:[ap]\.m|e\.g|i\.e|etc|vs|approx)\.$", re.I)


STATUS_WORDS = {
    "resolved": "resolved by the end",
    "open": "still open",
    "unchecked": "last answer not checked",
    "told": "the tutor gave the answer",
}


@dataclass(frozen=True)
class Sentence:
    text: str  # an exact substring of the turn's text
    turn: int
    role: str
    tokens: list[str]


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, each an exact substring of it."""
    spans: list[list[int]] = []
    for m in _SENTENCE.finditer(text):
        if not m.group().strip():
            continue
        if spans and _goes_on(text[spans[-1][0] : m.start()], m.group()):
            spans[-1][1] = m.end()
        else:
            spans.append([m.start(), m.end()])
    return [text[start:end].strip() for start, end in spans]


def _goes_on(before: str, after: str) -> bool:
    """Whether a piece cut after a period is still the sentence before it (see `_TITLE`); a
    line break always ends it."""
    ended = before.rstrip()
    if "\n" in before[len(ended) :]:
        return False
    return bool(_TITLE.search(ended)) or (
        bool(_ABBREVIATION.search(ended)) and not after.lstrip()[:1].isupper()
    )


def sentences_of(turns: list[Turn]) -> list[Sentence]:
    """Every sentence of every turn, tokenised once for matching and scoring."""
    return [
        Sentence(text=text, turn=i, role=turn.role, tokens=tokenize(text))
        for i, turn in enumerate(turns)
        for text in split_sentences(turn.text)
    ]


def overlap(a: set[str], b: set[str]) -> float:
    """Shared tokens over all tokens of two sentences (0..1)."""
    return len(a & b) / (len(a | b) or 1)


def compose_summary(
    subject: str,
    concepts: list[ConceptAnalysis],
    attempts: dict[str, list[Attempt]],
    struggles: list[Misconception],
    names: dict[str, str],
    opening: str = "",
) -> str:
    """What was worked on, where the student struggled and whether it was resolved.

    `struggles` are the session's misconceptions (each under one concept id, `names` maps
    ids to concept names); the summary quotes at most two, of different concepts.
    """
    listed = [c.name for c in concepts]
    joined = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + f" and {listed[-1]}"
    parts = [f"{subject} session working on {joined}." if listed else f"{subject} session."]
    if opening:
        stop = "" if opening[-1:] in ".!?" else "."
        parts.append(
            f"It opens with the tutor correcting an earlier answer: \u201c{opening}\u201d{stop}"
        )
    told: set[str] = set()
    for struggle in struggles:
        name = names.get(struggle.concept, struggle.concept)
        if name in told:
            continue
        told.add(name)
        ended = STATUS_WORDS[struggle.status]
        parts.append(f"The student struggled with {name} ({ended}): {struggle.line}")
        if len(told) == 2:
            break
    confused = [
        c.name for c in concepts if any(a.outcome == "confused" for a in attempts.get(c.name, []))
    ]
    if confused and not struggles:
        parts.append(f"The student said they were unsure about {confused[0]}.")
    # only where that holds: enough judged answers for a mastery level (not "not enough
    # evidence yet"), none of them corrected or right only after a correction
    right = [
        c.name
        for c in concepts
        if c.measured and not c.misconceptions and _all_right(attempts.get(c.name, []))
    ]
    if right and not opening:
        parts.append(f"Answers on {', '.join(right[:3])} were confirmed without corrections.")
    if not any(a.outcome != "confused" for tries in attempts.values() for a in tries):
        parts.append("No answer was checked by the tutor, so mastery is not measured yet.")
    return " ".join(parts)


# a sentence about the answer itself, not an order ("Please read the question carefully")
_ABOUT_ANSWER = re.compile(
    r"\b(?:answer|solution|calculation|error|mistake|wrong|not (?:quite )?right|not correct|"
    r"incorrect|is not|isn'?t)\b",
    re.I,
)


def opening_correction(sentences: list[Sentence]) -> str:
    """The tutor's correction of an answer given before the transcript starts ("you have
    made one error, 20% of 65 is not 3"): a sentence with content that judges it wrong,
    before the student says anything; "" when the session opens otherwise."""
    for sentence in sentences:
        if sentence.role == "student":
            return ""
        content = any(ch.isdigit() for ch in sentence.text) or len(sentence.tokens) >= 8
        if content and _ABOUT_ANSWER.search(sentence.text) and reaction(sentence.text) == "wrong":
            return sentence.text
    return ""


def _all_right(tries: list[Attempt]) -> bool:
    """Every judged answer confirmed, none only after a correction nor for a wrong reason."""
    judged = [a for a in tries if a.outcome not in UNJUDGED]
    return bool(judged) and all(a.outcome in _UNCORRECTED for a in judged)


_UNCORRECTED = ("right", "hedged", "guided")
