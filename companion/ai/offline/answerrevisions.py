"""Answers revised before or after the tutor's verdict (see `attempts`): a student's own second
thought sent as a turn of its own ("wait, no, it's 56", "sorry I meant 12"), a tutor's question
that only asks for the working ("How did you get that?"), a tutor taking a confirmation back
("Apologies, I've just noticed that your answer is not quite right"), and a confirmation that
names only a step of the answer and asks the question again ("She did indeed sell 6 at the
green house. So how many did she have originally?"); and a session that ends on a value the
tutor let pass and asked about again."""

from __future__ import annotations

import re

from companion.ai.offline.answertrail import Attempt
from companion.ai.offline.correctionforms import SENTENCE_BREAK
from companion.ai.offline.studentturns import final_value, values_in
from companion.ai.offline.transcripts import Turn

# "wait, no, it's 56", "sorry I meant 12", "Oops, I meant $45", "Actually it's 30, not 35"
_WITHDRAWS = re.compile(
    r"^\W*(?:(?:oh|um+|uh+|no|hmm+|ah)\W+)*(?:wait|oops|whoops|sorry|actually|my bad|my mistake|"
    r"correction|scratch that|hang on|hold on|i meant|i mean|i made a (?:mistake|typo))\b",
    re.I,
)
# "How did you get that?", "Can you explain how you got 36?", "Talk me through your working"
_PROBE = re.compile(
    r"\bhow (?:did|do) you (?:get|work|find|come|arrive|figure|calculate|know|decide|reach)\b|"
    r"\b(?:can|could|would) you (?:please )?(?:explain|show|tell me how|talk|walk)\b|"
    r"\b(?:explain|show me) (?:how|why|your)\b|\b(?:talk|walk) me through\b|"
    r"\bwhat did you do (?:first|next|there|here)\b",
    re.I,
)
# an apology or a second look by the tutor ...
_SECOND_LOOK = re.compile(
    r"\b(?:apolog\w*|sorry|my (?:mistake|bad)|i spoke too soon|on (?:second|closer) (?:look|glance|"
    r"inspection|thought)|looking (?:again|more closely)|(?:just|now) (?:noticed|realised|"
    r"realized|spotted|seen))\b",
    re.I,
)
# ... that says the student's answer is not right after all (not a typo of the tutor's own)
_ANSWER_NOT_RIGHT = re.compile(
    r"\b(?:your (?:answer|solution|result|working|calculation)|you(?:'re| are| were)|"
    r"(?:that|this|it)(?:'s| is| was)) (?:\w+ )?(?:not (?:quite |entirely |exactly |really )?"
    r"(?:right|correct)|incorrect|wrong)\b",
    re.I,
)


def withdraws(text: str) -> bool:
    """A student turn that takes back the value just given and gives another."""
    return bool(_WITHDRAWS.match(text)) and bool(final_value(text))


def probes(text: str) -> bool:
    """A tutor turn that asks for the working of the answer, judging nothing; one that names
    a number or asks why ("How did you decide each needs 2?") points at a step."""
    return bool(_PROBE.search(text)) and not re.search(r"\d|\bwhy\b", text, re.I)


def retracts(text: str) -> bool:
    """A tutor turn that takes an earlier confirmation back ("Apologies, I've just noticed
    that your answer is not quite right")."""
    return bool(_SECOND_LOOK.search(text)) and bool(_ANSWER_NOT_RIGHT.search(text))


def confirms_step_only(tutor_text: str, answer: str) -> bool:
    """A confirmation that names values of the answer's steps, none new and not its result,
    then asks for a value again with no new numbers ("He did indeed give 12 to his brother
    and had 24 left. So how many did he have at the start?" after "... so he started with
    3"); not one that confirms the whole answer first ("That's right! So ...?")."""
    result = final_value(_REASONS.sub("", answer))  # "$150, since each bid adds $50"
    if not result or _WHOLE.match(tutor_text) or _SUPPOSE.search(tutor_text):
        return False
    sentences = SENTENCE_BREAK.split(tutor_text.strip())
    asked = [x for x in sentences if x.rstrip().endswith("?")]
    if not asked or any(re.search(r"\d", x) for x in asked):
        return False
    if not any(_ASKS_VALUE.search(x) for x in asked):
        return False
    named = set(values_in(" ".join(x for x in sentences if x not in asked)))
    given = set(values_in(answer))
    return bool(named) and named <= given and result[0] not in named


_WHOLE = re.compile(
    r"^\W*(?:that'?s (?:right|correct)|that is (?:right|correct)|corr?ect|exactly|spot on|perfect|"
    r"you(?:'re| are) (?:right|correct))\b",
    re.I,
)
# a problem of the tutor's own: "imagine the heels cost $5 less", "Suppose he had 10"
_SUPPOSE = re.compile(r"\b(?:imagine|suppose|pretend|let'?s say|what if)\b", re.I)
_REASONS = re.compile(r"\s*,?\s*\b(?:because|since)\b[^.!?]*", re.I)
_ASKS_VALUE = re.compile(
    r"\bhow (?:many|much|long|far|old)\b|\bwhat (?:is|was|would|does|did)\b", re.I
)


def same_answer_again(turns: list[Turn], found: list[Attempt], pending: int, i: int) -> bool:
    """The student's turn takes back the unjudged answer before it ("wait, no, it's 56") or
    explains it, the same value again, to a tutor who asked for the working ("How did you
    get that?"): the earlier one is no answer of its own (after a hint it is)."""
    if any(a.outcome == "helped" and a.turn > pending for a in found):
        return False
    text = turns[i].text
    if withdraws(text):
        return True
    asked = turns[i - 1]
    return (
        asked.role == "tutor"
        and probes(asked.text)
        and bool(final_value(text))
        and final_value(text) == final_value(turns[pending].text)
    )


def passed_over(turns: list[Turn], found: list[Attempt], pending: int) -> bool:
    """The answer gives again the value of one the tutor let pass without confirming and
    asked about again: the tutor has not accepted it (an answer to "Can you see where you
    went wrong?" looks back at the slip instead)."""
    value = final_value(turns[pending].text)
    before = turns[pending - 1] if pending else None
    if not value or (
        before is not None and before.role == "tutor" and _LOOKS_BACK.search(before.text)
    ):
        return False
    return any(
        a.outcome == "unconfirmed" and final_value(turns[a.turn].text) == value for a in found
    )


_LOOKS_BACK = re.compile(
    r"\b(?:went|go|going|gone) wrong\b|\b(?:your|the|my) (?:original |first )?(?:mistake|error)s?\b",
    re.I,
)
_CONFIRMED = ("right", "right_after_correction", "hedged", "guided", "accepted")


def last_confirmed(found: list[Attempt]) -> int | None:
    """The index of the last judged answer, if the tutor let it stand."""
    for k in range(len(found) - 1, -1, -1):
        if found[k].outcome in ("helped", "confused"):
            continue
        return k if found[k].outcome in _CONFIRMED else None
    return None
