"""Misconceptions: what the student first thought, what fixed it, and whether it was resolved.

Each answer the tutor corrected is one misconception (also a right value whose reasoning the
tutor corrected: "that happens to be right, but for the wrong reason"; a yes about what the
student does, "Yes, I am using a calculator", is none), quoted verbatim and shown once, under
the concept it is about (its terms or computing, in the answer, the tutor's question before it
and the fix; when none says, the strongest concept the answer was counted for). The same
wrong idea given again is the same misconception. The fix is the tutor's explaining sentence
(not a bare "Not quite." nor talk about the student, "You're not reading my responses"); after a
reply that only asks, the tutor's later word on the same idea; else the student's later right
answer that redoes the step. It is resolved when the student's last judged answer after
it, on that concept, is right; when the student answered again and nobody judged it, that is
said; otherwise it is still open, and said so.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Literal

from companion.ai.offline.answertrail import Attempt
from companion.ai.offline.keypoints import about, best_concept, computed
from companion.ai.offline.masterytrace import CORRECTED
from companion.ai.offline.matching import PhraseIndex
from companion.ai.offline.misconceptionfixes import (
    NUMBER,
    RIGHT,
    content_words,
    fix_in_reply,
    later_hint,
    later_right,
    result_of,
)
from companion.ai.offline.summaries import overlap, split_sentences
from companion.ai.offline.transcripts import Turn
from companion.ai.offline.tutorfeedback import false_working

Status = Literal["resolved", "open", "unchecked", "told"]
LIMIT = 3  # per concept
JUDGED = (*RIGHT, *CORRECTED)
UNCHECKED = ("accepted", "unconfirmed")  # answered again, but nobody judged it
ENDINGS: dict[str, str] = {
    "open": "Not resolved yet.",
    # the student only took up the result the tutor worked out
    "told": "The tutor then gave the answer.",
    "unchecked": "The answer given after it was not checked.",
    # corrected again after it, and the last answer went unchecked
    "unchecked_again": "It was corrected again later, and the last answer was not checked.",
}
FOLLOW_UP = 6  # turns after a correction in which the student's answers work on it
SAME_IDEA = 0.6  # token overlap at which a corrected answer repeats an earlier one
# "Are you using a calculator?" "Yes, I am ...": the student telling about themselves, unlike
# "Do you think a square is a rectangle?", which asks for a mathematical idea
_ABOUT_YOU = re.compile(
    r"\b(?:are|do|did|have|were|can|could) you (?!think|know|agree|believe|remember|see|notice|"
    r"mean|get|understand)\w+[^.!?\d]*\?\s*$",
    re.I,
)
_YES_NO = re.compile(r"^\W*(?:yes|yeah|yep|no|nope)\b", re.I)


@dataclass(frozen=True)
class Misconception:
    concept: str
    line: str  # 'You first thought "..." — the fix was "..."'
    status: Status
    turn: int


def find_misconceptions(
    turns: list[Turn],
    assigned: dict[str, list[Attempt]],
    index: PhraseIndex,
    chosen: list[str],
) -> list[Misconception]:
    """Every corrected answer once, under its concept, in transcript order."""
    owners: dict[Attempt, set[str]] = defaultdict(set)
    for cid, tries in assigned.items():
        for a in tries:
            owners[a].add(cid)
    answers = sorted((a for a in owners if a.outcome in (*JUDGED, *UNCHECKED, "told")), key=_turn)
    wrong = [a for a in answers if a.outcome in CORRECTED and a.reply is not None]
    by_turn = _Answers(answers, owners)
    seen: list[set[str]] = []
    values: set[str] = set()  # the wrong results already told
    out: list[Misconception] = []
    for attempt in wrong:
        assert attempt.reply is not None
        asked = _asked(turns, attempt.turn)
        said = content_words(turns[attempt.turn].text)
        fix = fix_in_reply(
            turns, attempt.reply, content_words(asked) | said, content_words(asked) - said
        )
        thought = _thought(turns[attempt.turn].text, f"{asked} {fix}", turns[attempt.reply].text)
        words = content_words(thought)
        value = result_of(turns[attempt.turn].text)
        if (
            not thought
            or _about_themselves(asked, thought)
            or value in values
            or any(overlap(words, earlier) >= SAME_IDEA for earlier in seen)
        ):
            continue  # the same wrong idea again, or the same wrong result given again
        seen.append(words)
        if value:
            values.add(value)
        counted = [cid for cid in chosen if cid in owners[attempt]] or chosen
        concept = _filed_under(thought, asked, f"{fix} {turns[attempt.reply].text}", index, counted)
        later = by_turn.later(concept, attempt)
        status = _status(later)
        if not fix and status == "resolved":
            until = next(a.turn for a in later if a.outcome in RIGHT)
            fix = later_hint(turns, attempt.reply, until, words) or later_right(
                turns, later, turns[attempt.turn].text, words, asked
            )
        again = status == "unchecked" and any(a.outcome in CORRECTED for a in later)
        line = _line(thought, fix, "unchecked_again" if again else status)
        out.append(Misconception(concept, line, status, attempt.turn))
    return out


def _about_themselves(asked: str, answer: str) -> bool:
    """A yes or no, without a number, to a question about the student ("Are you using a
    calculator?"): what they do or feel, no mathematical idea to fix."""
    digits = any(ch.isdigit() for ch in answer)
    return not digits and bool(_YES_NO.search(answer)) and bool(_ABOUT_YOU.search(asked))


def _status(later: list[Attempt]) -> Status:
    """Resolved when the last judged answer after it is right; told when the student's last
    answer only repeats the result the tutor gave; unchecked when the student answered again
    after that and nobody judged it; else still open."""
    judged = [a for a in later if a.outcome in JUDGED]
    if judged and judged[-1].outcome in RIGHT:
        return "resolved"
    if later and later[-1].outcome == "told":
        return "told"
    if later and later[-1].outcome in UNCHECKED:
        return "unchecked"
    return "open"


class _Answers:
    """The session's answers in turn order, and each concept's, for `later` by bisection
    (a long session has thousands of answers; a scan per corrected one was quadratic)."""

    def __init__(self, answers: list[Attempt], owners: dict[Attempt, set[str]]) -> None:
        self.answers = answers
        self.turns = [a.turn for a in answers]
        by_concept: dict[str, list[Attempt]] = defaultdict(list)
        for a in answers:
            for cid in owners[a]:
                by_concept[cid].append(a)
        self.by_concept = {
            cid: (tries, [a.turn for a in tries]) for cid, tries in by_concept.items()
        }

    def later(self, concept: str, wrong: Attempt) -> list[Attempt]:
        """The answers after a corrected one that speak to it: any answer within `FOLLOW_UP`
        turns of the correction (the same problem, worked on), then those on its concept."""
        assert wrong.reply is not None
        near = wrong.reply + FOLLOW_UP
        start = bisect.bisect_right(self.turns, wrong.turn)
        stop = max(start, bisect.bisect_right(self.turns, near))
        tries, turns = self.by_concept.get(concept, ([], []))
        return self.answers[start:stop] + tries[bisect.bisect_right(turns, max(near, wrong.turn)) :]


def _turn(attempt: Attempt) -> int:
    return attempt.turn


def of_concept(found: list[Misconception], cid: str) -> list[str]:
    return [m.line for m in found if m.concept == cid][:LIMIT]


def _line(thought: str, fix: str, status: str) -> str:
    verb = "thought" if len(thought.split()) >= 3 else "answered"
    start = f"You first {verb} \u201c{thought}\u201d \u2014 "
    if status == "resolved":
        return start + (f"the fix was \u201c{fix}\u201d{_stop(fix)}" if fix else "resolved later.")
    after = ENDINGS[status]
    if fix:
        return start + f"the tutor pointed out \u201c{fix}\u201d{_stop(fix)} {after}"
    return start + f"it was corrected. {after}"


def _stop(text: str) -> str:
    return "" if text[-1:] in ".!?" else "."


def _asked(turns: list[Turn], student: int) -> str:
    """The tutor's turn just before the answer (the question it answers), if any."""
    before = turns[student - 1] if student else None
    return before.text if before is not None and before.role == "tutor" else ""


_BARE_VALUE = re.compile(r"^\W*-?\d[\d/.,\s]*\W*$")


def _filed_under(thought: str, asked: str, fix: str, index: PhraseIndex, counted: list[str]) -> str:
    """The concept a corrected answer is about: the answer's terms count double, the
    question's and the fix's once, and the question sentence itself once more with what it
    computes counted like a term ("Which is the limiting reactant?" answered "the one with
    fewer moles" is about the limiting reactant; "2/6" for "What is 1/2 + 1/4?" is about
    adding fractions). A bare value ("2/6") computes nothing itself."""
    hits = Counter() if _BARE_VALUE.match(thought) else about(thought, index, counted)
    hits.update(hits)
    hits.update(about(f"{asked} {fix}", index, counted))
    question = _question(asked)
    hits.update(about(question, index, counted))
    hits.update(cid for cid in computed(question) if cid in counted)
    return best_concept(hits, counted) or counted[0]


def _question(asked: str) -> str:
    """The tutor's question sentence of a turn (its last one that asks), else ""."""
    said = [s for s in split_sentences(asked) if s.endswith("?")]
    return said[-1] if said else ""


def _thought(text: str, context: str, told: str = "", *, limit: int = 200) -> str:
    """The answer itself when short, else the sentence of it that was wrong: one whose working
    is false ("7 x 8 = 54"), else the last one holding the answer the tutor judged (its last
    number, unless the tutor's reply `told` says that number too: then the answer stood and
    the slip is elsewhere), else the one closest to the question and the fix. A true step
    restated on the way ("She had 12 + 20 = 32 dollars") is not what the student got wrong."""
    text = text.strip()
    if len(text) <= limit:
        return text
    sentences = split_sentences(text)
    numeric = [s for s in sentences if any(ch.isdigit() for ch in s)]
    candidates = numeric or [s for s in sentences if len(s.split()) >= 5] or sentences or [text]
    judged = NUMBER.findall(numeric[-1])[-1] if numeric else None
    if judged in NUMBER.findall(told):
        judged = None
    around = content_words(context)

    def rank(i: int) -> tuple[bool, bool, int, int]:
        sentence = candidates[i]
        if judged is not None and judged in NUMBER.findall(sentence):
            return false_working(sentence), True, i, 0  # the conclusion: the last one
        return false_working(sentence), False, len(content_words(sentence) & around), -i

    return candidates[max(range(len(candidates)), key=rank)][: limit * 2]
