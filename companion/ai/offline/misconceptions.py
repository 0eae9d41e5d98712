"""Misconceptions: what the student first thought, what fixed it, and whether it was resolved.

Each answer the tutor corrected is one misconception (a yes about what the student does, "Yes,
I am using a calculator", is none), quoted verbatim and shown once, under
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
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from companion.ai.offline.attempts import Attempt
from companion.ai.offline.keypoints import about, best_concept, false_working
from companion.ai.offline.matching import STOPWORDS, PhraseIndex, tokenize
from companion.ai.offline.summaries import overlap, split_sentences
from companion.ai.offline.transcripts import Turn
from companion.ai.offline.verdicts import (
    plain_number,
    reaction,
    stated_results,
    without_correction,
)

Status = Literal["resolved", "open", "unchecked"]
LIMIT = 3  # per concept
RIGHT = ("right", "right_after_correction", "hedged", "guided")
JUDGED = (*RIGHT, "wrong")
UNCHECKED = ("accepted", "unconfirmed")  # answered again, but nobody judged it
ENDINGS: dict[str, str] = {
    "open": "Not resolved yet.",
    "unchecked": "The answer given after it was not checked.",
    # corrected again after it, and the last answer went unchecked
    "unchecked_again": "It was corrected again later, and the last answer was not checked.",
}
FOLLOW_UP = 6  # turns after a correction in which the student's answers work on it
SAME_IDEA = 0.6  # token overlap at which a corrected answer repeats an earlier one
_NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")
_SCORING = re.compile(r"\bpoints?\b|\beffort\b", re.I)
_TALK = re.compile(
    r"\b(?:let me|i have shown|i will|i'll|you'?re not|you are not|read my|my response|"
    r"does (?:that|this) (?:step )?make sense|you (?:only |just )?repeated|i (?:just )?(?:said|told)"
    r" you|i'?m afraid)\b",
    re.I,
)
# "okay so 2x+4=94. that is correct.": the sentence before a bare "that is right" was right
# "Are you using a calculator?" "Yes, I am ...": the student telling about themselves, unlike
# "Do you think a square is a rectangle?", which asks for a mathematical idea
_ABOUT_YOU = re.compile(
    r"\b(?:are|do|did|have|were|can|could) you (?!think|know|agree|believe|remember|see|notice|"
    r"mean|get|understand)\w+[^.!?\d]*\?\s*$",
    re.I,
)
_YES_NO = re.compile(r"^\W*(?:yes|yeah|yep|no|nope)\b", re.I)
_RIGHT_BEFORE = re.compile(r"^\W*(?:that|this|it)(?:'s| is| was) (?:right|correct|true)\W*$", re.I)

# "You are right that the meat makes 32 meatballs", "you have correctly found the weight",
# "you've started off well", "you have got the correct method", "well done for identifying
# that you have to multiply": what was right is no fix
_AFFIRMS = re.compile(
    r"^\W*(?:\w+,?\s+)?(?:you'?re|you are|you were) (?:right|correct)\b|\bis (?:right|correct)\b|"
    r"\byou(?:'ve| have)?\b[^.!?]{0,50}?\bcorrectly\b|\b(?:calculated|found|worked out) "
    r"(?:[^.!?]{0,40} )?correctly\b|\bstarted (?:off )?well\b|\bgood start\b|"
    r"\bon the right track\b|\b(?:well done|congratulations|good (?:job|work)) (?:for|on) "
    r"(?:identifying|spotting|noticing|finding|seeing|realising|realizing)\b|\b(?:got|have) (?:it|that|this) (?:right|correct)\b|"
    r"\b(?:got|have|used|had) the (?:correct|right) (?:method|approach|idea|steps?)\b|"
    r"\b(?:is|was) (?:a |such a )?(?:great|good|nice|brilliant|clever) (?:idea|start|thought)\b",
    re.I,
)


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
    answers = sorted((a for a in owners if a.outcome in (*JUDGED, *UNCHECKED)), key=_turn)
    wrong = [a for a in answers if a.outcome == "wrong" and a.reply is not None]
    by_turn = _Answers(answers, owners)
    seen: list[set[str]] = []
    values: set[str] = set()  # the wrong results already told
    out: list[Misconception] = []
    for attempt in wrong:
        assert attempt.reply is not None
        asked = _asked(turns, attempt.turn)
        fix = _fix(turns, attempt.reply, _content(f"{asked} {turns[attempt.turn].text}"))
        thought = _thought(turns[attempt.turn].text, f"{asked} {fix}", turns[attempt.reply].text)
        words = _content(thought)
        value = _result(turns[attempt.turn].text)
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
        hits = about(thought, index, counted)
        hits.update(hits)  # the answer itself counts double
        hits.update(about(f"{asked} {fix}", index, counted))
        concept = best_concept(hits, counted) or counted[0]
        later = by_turn.later(concept, attempt)
        status = _status(later)
        if not fix and status == "resolved":
            until = next(a.turn for a in later if a.outcome in RIGHT)
            fix = _later_hint(turns, attempt.reply, until, words) or _later_right(
                turns, later, turns[attempt.turn].text, words
            )
        again = status == "unchecked" and any(a.outcome == "wrong" for a in later)
        line = _line(thought, fix, "unchecked_again" if again else status)
        out.append(Misconception(concept, line, status, attempt.turn))
    return out


def _about_themselves(asked: str, answer: str) -> bool:
    """A yes or no, without a number, to a question about the student ("Are you using a
    calculator?"): what they do or feel, no mathematical idea to fix."""
    digits = any(ch.isdigit() for ch in answer)
    return not digits and bool(_YES_NO.search(answer)) and bool(_ABOUT_YOU.search(asked))


def _result(answer: str) -> str:
    """The answer's result: its last number, in one spelling ("" when it has none)."""
    numbers = _NUMBER.findall(answer)
    return plain_number(numbers[-1]) if numbers else ""


def _status(later: list[Attempt]) -> Status:
    """Resolved when the last judged answer after it is right; unchecked when the student
    answered again after that and nobody judged it; else still open."""
    judged = [a for a in later if a.outcome in JUDGED]
    if judged and judged[-1].outcome in RIGHT:
        return "resolved"
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


def _content(text: str) -> set[str]:
    return {t for t in tokenize(text) if t not in STOPWORDS and (len(t) > 2 or t.isdigit())}


def _asked(turns: list[Turn], student: int) -> str:
    """The tutor's turn just before the answer (the question it answers), if any."""
    before = turns[student - 1] if student else None
    return before.text if before is not None and before.role == "tutor" else ""


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
    judged = _NUMBER.findall(numeric[-1])[-1] if numeric else None
    if judged in _NUMBER.findall(told):
        judged = None
    around = _content(context)

    def rank(i: int) -> tuple[bool, bool, int, int]:
        sentence = candidates[i]
        if judged is not None and judged in _NUMBER.findall(sentence):
            return false_working(sentence), True, i, 0  # the conclusion: the last one
        return false_working(sentence), False, len(_content(sentence) & around), -i

    return candidates[max(range(len(candidates)), key=rank)][: limit * 2]


def _fix(turns: list[Turn], reply: int, words: set[str]) -> str:
    """The first explaining sentence of the tutor's reply: not a bare verdict, not a question,
    not talk about the student; it has a number or a word of the question or the answer."""
    for turn in turns[reply : reply + 3]:
        if turn.role == "student":
            break
        for sentence in _explaining(turn.text):
            if any(ch.isdigit() for ch in sentence) or _content(sentence) & words:
                return sentence
    return ""


def _later_hint(turns: list[Turn], reply: int, until: int, thought: set[str]) -> str:
    """A reply that only asks ("how much was Jose's lunch?") leaves the fix to a later tutor
    statement before the right answer: the first mostly about the wrong idea, half its words
    or more said in it ("Rick's lunch cost the same as Jose's" after "Rick's lunch cost $90")."""
    for turn in turns[reply + 1 : until]:
        if turn.role == "tutor":
            for sentence in _explaining(turn.text):
                words = _content(sentence)
                if len(words & thought) >= max(2, len(words) / 2):
                    return sentence
    return ""


def _explaining(text: str) -> list[str]:
    """The sentences of a tutor turn that can be a fix: not a bare verdict, not a question,
    not talk, praise or the part the tutor confirmed."""
    said = split_sentences(text)
    kept = []
    for k, sentence in enumerate(said):
        if k + 1 < len(said) and _RIGHT_BEFORE.match(said[k + 1]):
            continue  # what the tutor confirmed is no fix
        # the fix is what the correction teaches: "Not quite, the 2 multiplies both terms"
        # fixes with "The 2 multiplies both terms", "Good try! But 7 x 8 is 56." with "7 x 8 is 56."
        bare = k > 0 and len(tokenize(said[k - 1])) <= 4 and reaction(said[k - 1]) == "wrong"
        sentence = without_correction(sentence, after_correction=bare)
        tokens = tokenize(sentence)
        # "The correct answer is 31.", "25 + 16 = 41 marbles": a result stated is a fix
        states = bool(stated_results(sentence))
        verdict_only = reaction(sentence) and (len(tokens) <= 8 or _SCORING.search(sentence))
        if (
            (len(tokens) < 5 and not states)
            or sentence.endswith("?")
            or (verdict_only and not states)
        ):
            continue
        if _TALK.search(sentence) or _SCORING.search(sentence) or _AFFIRMS.search(sentence):
            continue
        kept.append(sentence)
    return kept


def _later_right(turns: list[Turn], later: list[Attempt], wrong: str, thought: set[str]) -> str:
    """The right answer after it that redoes the same step: of the right answers, the first
    most like the wrong `thought` (a later step's result fixes nothing of this one), from
    where it says something new: without its "Oh, yes, you're right." nor the problem's facts
    restated from the `wrong` answer (no number that answer did not have); when still long,
    the sentence that holds its result. One with the wrong answer's own result answered the
    tutor's next question ("What is 6 x 8?" "48" after "7 x 8 is 48"): it fixes nothing."""
    result = _result(wrong)
    right = [turns[a.turn].text.strip() for a in later if a.outcome in RIGHT]
    right = [text for text in right if not result or _result(text) != result]
    if not right:
        return ""
    answers = [_new_part(text, wrong) for text in right]
    best = max(range(len(answers)), key=lambda i: (_likeness(answers[i], thought), -i))
    sentences = answers[best]
    if sum(len(x) + 1 for x in sentences) <= 200:
        return " ".join(sentences)
    numeric = [x for x in sentences if any(ch.isdigit() for ch in x)]
    return (numeric or sentences)[-1][:400]


def _new_part(text: str, wrong: str) -> list[str]:
    """A right answer's sentences from its first with a number the wrong answer lacked."""
    sentences = split_sentences(text) or [text]
    while len(sentences) > 1 and _acknowledges(sentences[0]):
        sentences = sentences[1:]
    known = set(_NUMBER.findall(wrong))
    new = [i for i, x in enumerate(sentences) if set(_NUMBER.findall(x)) - known]
    return sentences[new[0] :] if new else sentences


def _likeness(sentences: list[str], thought: set[str]) -> int:
    return max(len(_content(x) & thought) for x in sentences)


def _acknowledges(sentence: str) -> bool:
    """ "Oh, I see.", "Yes, you're right.", "That's correct.": agreeing, no content."""
    return not any(ch.isdigit() for ch in sentence) and (
        len(tokenize(sentence)) <= 3
        or (reaction(sentence) is not None and len(tokenize(sentence)) <= 6)
    )
