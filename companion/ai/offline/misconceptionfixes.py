"""The fix of a misconception: the tutor's explaining sentence after the correction (not a
bare verdict, a question, talk about the student or praise), a later statement on the same
idea, or the student's later right answer that redoes the step."""

from __future__ import annotations

import re

from companion.ai.offline.answertrail import Attempt
from companion.ai.offline.correctionforms import NAMED_INSTEAD
from companion.ai.offline.matching import STOPWORDS, tokenize
from companion.ai.offline.sentencekinds import asks, is_talk, sets_task
from companion.ai.offline.statedresults import stated_results
from companion.ai.offline.studentturns import final_value
from companion.ai.offline.summaries import split_sentences
from companion.ai.offline.transcripts import Turn
from companion.ai.offline.verdicts import (
    reaction,
    without_correction,
)

RIGHT = ("right", "right_after_correction", "hedged", "guided")
NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")
_SCORING = re.compile(r"\bpoints?\b|\beffort\b", re.I)
_TALK = re.compile(
    r"\b(?:let me|i have shown|i will|i'll|you'?re not|you are not|read my|my response|"
    r"does (?:that|this) (?:step )?make sense|you (?:only |just )?repeated|i (?:just )?(?:said|told)"
    r" you|i'?m afraid)\b",
    re.I,
)
# "okay so 2x+4=94. that is correct.": the sentence before a bare "that is right" was right
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


def result_of(answer: str) -> str:
    """The answer's result as `final_value` reads it, in one spelling ("" when it has none)."""
    value = final_value(answer)
    return value[0] if value else ""


def content_words(text: str) -> set[str]:
    return {t for t in tokenize(text) if t not in STOPWORDS and (len(t) > 2 or t.isdigit())}


def fix_in_reply(
    turns: list[Turn], reply: int, words: set[str], asked: set[str] | frozenset[str] = frozenset()
) -> str:
    """The first explaining sentence of the tutor's reply: not a bare verdict, not a question,
    not talk about the student; it has a number or a word of the question or the answer. One
    that only speaks of the wrong answer ("No, the nucleus holds the DNA.") gives way to the
    next in the turn that answers the question ("The mitochondria make ATP ..."), a word of
    the question `asked` that the answer did not have; a number alone ("1" of "3/8 or 1/2")
    is no such word: "A bigger denominator means smaller pieces." explains without it."""
    asked = {w for w in asked if not w.isdigit()}
    for turn in turns[reply : reply + 3]:
        if turn.role == "student":
            break
        found = [
            s
            for s in _explaining(turn.text)
            if any(ch.isdigit() for ch in s) or content_words(s) & words
        ]
        answering = [s for s in found if content_words(s) & asked]
        if found:
            first = found[0]
            if answering and not content_words(first) & asked and not _has_digit(first):
                return answering[0]
            return first
    return ""


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def later_hint(turns: list[Turn], reply: int, until: int, thought: set[str]) -> str:
    """A reply that only asks ("how much was Jose's lunch?") leaves the fix to a later tutor
    statement before the right answer: the first mostly about the wrong idea, half its words
    or more said in it ("Rick's lunch cost the same as Jose's" after "Rick's lunch cost $90")."""
    for turn in turns[reply + 1 : until]:
        if turn.role == "tutor":
            for sentence in _explaining(turn.text):
                words = content_words(sentence)
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
        # "That is the area, not the perimeter." names the slip: it is no bare verdict
        named = NAMED_INSTEAD.search(sentence.lower().replace("\u2019", "'"))
        verdict_only = (
            reaction(sentence) and not named and (len(tokens) <= 8 or _SCORING.search(sentence))
        )
        if (
            (len(tokens) < 5 and not states)
            or sentence.endswith("?")
            or (verdict_only and not states)
        ):
            continue
        if _TALK.search(sentence) or _SCORING.search(sentence) or _AFFIRMS.search(sentence):
            continue
        # a redirect fixes nothing: a new task, classroom talk, a question without its mark
        if sets_task(sentence) or is_talk(sentence) or asks(sentence):
            continue
        kept.append(sentence)
    return kept


def later_right(
    turns: list[Turn], later: list[Attempt], wrong: str, thought: set[str], asked: str = ""
) -> str:
    """The right answer after it that redoes the same step: the answer to the corrected
    question when the tutor asks it again after scaffolding it ("What is a common
    denominator?" "8" ... "So what is 3/4 + 1/8?" "7/8": the fix is 7/8); else, of the right
    answers, the first most like the wrong `thought` (a later step's result fixes nothing of
    this one), from where it says something new: without its "Oh, yes, you're right." nor
    the problem's facts restated from the `wrong` answer (no number that answer did not
    have); when still long, the sentence that holds its result. One with the wrong answer's
    own result answered the tutor's next question ("What is 6 x 8?" "48" after "7 x 8 is
    48"): it fixes nothing."""
    result = result_of(wrong)
    tries = [a for a in later if a.outcome in RIGHT]
    again = [a for a in tries if asked and _asked_again(turns, a.turn, asked)]
    right = [turns[a.turn].text.strip() for a in (again[:1] or tries)]
    right = [text for text in right if not result or result_of(text) != result]
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
    known = set(NUMBER.findall(wrong))
    new = [i for i, x in enumerate(sentences) if set(NUMBER.findall(x)) - known]
    return sentences[new[0] :] if new else sentences


def _likeness(sentences: list[str], thought: set[str]) -> int:
    return max(len(content_words(x) & thought) for x in sentences)


def _acknowledges(sentence: str) -> bool:
    """ "Oh, I see.", "Yes, you're right.", "That's correct.": agreeing, no content."""
    return not any(ch.isdigit() for ch in sentence) and (
        len(tokenize(sentence)) <= 3
        or (reaction(sentence) is not None and len(tokenize(sentence)) <= 6)
    )


# a computation written out in a question: "3/4 + 1/8", "7 x 8"
_EXPRESSION = re.compile(r"\d[\d/.,]*\s*[-+x*×÷]\s*\d[\d/.,]*")
_LAST_QUESTION = re.compile(r"[^.!?]*\?\s*$")


def _asked_again(turns: list[Turn], student: int, asked: str) -> bool:
    """Whether the tutor's question just before the answer asks the corrected question
    `asked` again: the same computation, or (without one) mostly the same words."""
    before = turns[student - 1] if student else None
    if before is None or before.role != "tutor":
        return False
    old, new = _LAST_QUESTION.search(asked), _LAST_QUESTION.search(before.text)
    if old is None or new is None:
        return False
    computed = {_plain(x) for x in _EXPRESSION.findall(old.group())}
    if computed:
        return bool(computed & {_plain(x) for x in _EXPRESSION.findall(new.group())})
    words = content_words(old.group())
    return len(words) >= 3 and len(words & content_words(new.group())) >= 0.75 * len(words)


def _plain(expression: str) -> str:
    return re.sub(r"\s+", "", expression)
