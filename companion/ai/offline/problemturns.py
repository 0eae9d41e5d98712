"""Sessions with several problems in a row: where the tutor starts a new problem, when a
corrected question is settled, and a right answer given for the wrong reason.

A correction counts against the answers after it ("right after a correction") only until
its question is settled: the student's retry straight after a correction that asks nothing
of its own is confirmed ("Not quite, the bottoms stay the same." "3/4" "Great job!"), or the
tutor gave the result away and the student took it, or the tutor moves on to a new problem
("Next one: ...", "Here's another one", or, after a confirmed answer, a question on numbers
the session has not had: "Correct! What is 6 x 9?" after 7 x 8). A scaffolding sub-question
confirmed on the way ("Not quite. What is 1/4 of 20 first?" "5" "Good.") settles nothing:
the answer to the corrected question asked again is still right after the correction.
"""

from __future__ import annotations

import re

from companion.ai.offline.studentturns import asks_content

# "Now let's do one with a negative", "Let's try another", "Here is your next question",
# "Here's another one: 2/5 + 1/5", "Next one: round 62", "Last one: what is 50% of 36?",
# "Now a new one", "Now try 1/3 + 1/3" (a computation to do, not "now try it again")
NEW_PROBLEM = re.compile(
    r"\b(?:(?:let'?s|let us|now|we'?ll|next,?) (?:\w+ )?(?:try|do|have|look at|solve) (?:one|another|"
    r"a (?:new|different|harder|trickier|similar) one)|(?:now |here'?s |here is )?(?:one|another) "
    r"(?:with|where)|(?:your |the )?(?:next|new) (?:one|question|problem|example|exercise)|"
    r"(?:here'?s|here is) (?:another|one more|a new|a harder|a different)|"
    r"(?:another|one more|(?:the )?last|(?:the )?final|a (?:new|harder|different)) (?:one|question|"
    r"problem|example|exercise)\b\W*[:!.]|now try (?=[^.!?]*\d\s*[-+x*/×÷=]\s*\(?\d))",
    re.I,
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:/\d+)?")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
# a computation or an equation written out: "6 x 9", "2/5 + 1/5", "3(x - 4) = 2x + 1"
_WRITTEN_OUT = re.compile(r"\d\s*[-+x*/×÷=]\s*\(?[\d(]")

# "Here that happens to be right, but for the right reason: ...", "That happens to be right,
# but not for the right reason", "Your answer is right but your reasoning is not", "You got
# lucky there", "Right answer, wrong reason", "the right answer, but the wrong way of going
# about it": the value stands, the reasoning that reached it is corrected
_WRONG_REASON = re.compile(
    r"\bhappens? to (?:be (?:right|correct|true)|work)\b|\byou got lucky\b|\bby (?:luck|chance|"
    r"coincidence)\b|\b(?:right|correct) answer\b[^.!?]{0,30}\bwrong (?:reason|way|method|"
    r"working|logic)\b|\b(?:answer|result|number|value) is (?:right|correct),? but (?:your|the) "
    r"(?:reason(?:ing)?|method|working|explanation|logic|thinking)\b|\bnot for the right reason\b",
    re.I,
)
# "Exactly right, and for the right reason.": the reasoning confirmed too
_RIGHT_REASON = re.compile(r"^[^.!?]*\b(?:and|also) for the right reason", re.I)


def starts_new_problem(text: str) -> bool:
    """The tutor says a new problem starts ("Next one: ...", "Let's try another")."""
    return bool(NEW_PROBLEM.search(text))


def right_for_wrong_reason(text: str) -> bool:
    """A tutor turn that lets the answer's value stand but corrects how it was reached."""
    return bool(_WRONG_REASON.search(text)) and not _RIGHT_REASON.search(text)


def numbers_in(text: str) -> set[str]:
    """The numbers of a text, a fraction whole ("1/3" is one number, no 1 and 3)."""
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def poses_new_numbers(text: str, seen: set[str]) -> bool:
    """A question or a written-out computation on numbers none of which the session has had
    ("What is 6 x 9?" after 7 x 8): a new problem, not a step of the last one."""
    posed: set[str] = set()
    for sentence in _SENTENCE.findall(text):
        if sentence.rstrip().endswith("?") or _WRITTEN_OUT.search(sentence):
            posed |= numbers_in(sentence)
    return bool(posed) and not posed & seen


class Corrections:
    """Whether the student's next confirmed answer comes after an unsettled correction."""

    def __init__(self) -> None:
        self.open = False  # a correction whose question is not settled yet
        self.retry_from = -1  # a correction that asks nothing: the answer after it retries
        self.confirmed = False  # the last judged answer was confirmed (or taken from the tutor)
        self.seen: set[str] = set()  # every number the session has had

    def corrected(self, reply: int, text: str) -> None:
        """The tutor turn `reply` corrects the answer before it."""
        self.open, self.confirmed = True, False
        self.retry_from = -1 if asks_content(text) else reply

    def judged_right(self, answer: int, between: list[str]) -> None:
        """The answer at turn `answer` was confirmed; `between` are the tutor turns from the
        correction it retries up to it (a retry settles when none of them asks anything)."""
        retried = self.retry_from >= 0 and answer > self.retry_from
        if retried and not any(asks_content(t) for t in between):
            self.open = False
        self.retry_from, self.confirmed = -1, True

    def told(self) -> None:
        """The student took the result the tutor gave away: that question is settled."""
        self.open, self.retry_from, self.confirmed = False, -1, True

    def tutor_turn(self, text: str, corrects: bool) -> None:
        """A tutor turn after its verdict (if any): moving on to a new problem settles the
        correction; new numbers count only after a confirmed answer, not in a correction."""
        if self.open and (
            starts_new_problem(text)
            or (self.confirmed and not corrects and poses_new_numbers(text, self.seen))
        ):
            self.open, self.retry_from = False, -1
        self.seen |= numbers_in(text)

    def student_turn(self, text: str) -> None:
        self.seen |= numbers_in(text)
