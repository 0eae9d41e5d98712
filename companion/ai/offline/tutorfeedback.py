"""What a tutor's sentence says of the student's work: that the answer or step was wrong
("Your sum is wrong, it's not 32"), or a computation that is not true ("6 x 50 = 350")."""

from __future__ import annotations

import re

from companion.ai.offline.textmemo import per_text
from companion.ai.offline.verdicts import reaction
from companion.ai.offline.workings import chain_in

_CLAUSE = re.compile(r"[,;]|\b(?:so|and|then|which|giving|gives)\b", re.I)
# a tutor sentence that judges the answer wrong is feedback on it, not a fact covered:
# "Your sum is wrong, it's not 32", "You are taking away 2 bags twice"; a leading "No," or
# "But" before an explanation is dropped first ("No, these shapes look different when turned")
_LEADING_VERDICT = re.compile(r"^\W*(?:(?:no|nope|not quite|but|so|ok(?:ay)?)\b[,.!]?\s*)+", re.I)
_FEEDBACK = re.compile(
    r"\byou(?:'re| are| were)? (?:\w+ing|added|subtracted|multiplied|divided|wrote|have written|"
    r"made|forgot|missed|repeated|did(?:n'?t| not)?|do not|don'?t|have not|haven'?t)\b[^.!?]*"
    r"\b(?:twice|again|wrong|error|mistake|correctly|incorrectly|instead|need|should)\b|"
    # what the student said or wrote, and how it stands: "You said he started with 3 balls",
    # "you have written 12 since ...", "The next step you took in your solution is correct"
    r"\b(?:you|i) (?:just )?(?:said|told you|have written|wrote)\b|"
    # what the student already has: "Now, you have calculated the weight correctly", "But you
    # already got 4 dishes by subtracting 2 from 6"
    r"\byou(?:'ve| have)? (?:already|just) \w+|\byou(?:'ve| have)? (?:calculated|found|got|"
    r"worked out|identified)\b[^.!?]*\b(?:correctly|right)\b|"
    r"\b(?:you took|your (?:original |first )?(?:solution|answer|method|working|calculation))\b"
    r"[^.!?]*\b(?:is|was) (?:correct|right|wrong)\b|"
    # an order about "it": "We need to multiply it."
    r"\b(?:multiply|add|subtract|divide|double|halve)\s+(?:it|this|that|them)\W*$",
    re.I,
)


def judges_wrong(text: str) -> bool:
    """A tutor sentence that tells the student their answer or step was wrong."""
    rest = _LEADING_VERDICT.sub("", text)
    return reaction(rest) == "wrong" or bool(_FEEDBACK.search(rest))


@per_text
def false_working(text: str) -> bool:
    """A sentence with a computation that is not true ("6 x 50 = 350", "so 2 + 3 = 6")."""
    if "=" not in text:
        return False
    parts = _CLAUSE.split(text)
    return any((c := chain_in(part)) is not None and bool(c.false_link) for part in parts if part)
