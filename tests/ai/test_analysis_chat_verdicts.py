"""A tutor's verdict in chat shorthand: a thumbs-up, a tick or "💯" confirms; a cross or a
thumbs-down corrects; "yup", "yesss", "gj", "you bet" confirm; "nah", "hmm, no", "way off",
"not even close" and a bare "Close!" correct. A tick and a cross in one turn ("step one ✓ but
step two ✗") is a correction.

Every turn is written for this test, not taken from any data set.
22 cases, 15 failed before (every emoji but "💯 great" and "👎 try again", "yup", "yesss", "gj",
"you bet", "nah", "hmm, no", "way off", "Close!", and two answers they judged in a session).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.verdicts import reaction
from tests.ai.analysisprobes import outcome_of

CONFIRMS = [
    "👍",
    "✅ now try 5 x 7",
    "💯 great",
    "Yup, on to the next one",
    "yesss!",
    "gj",
    "You bet. What's 7 x 8?",
    "okay ✔️",
]
CORRECTS = [
    "❌",
    "👎 try again",
    "nah",
    "Hmm, no. Count the tens again.",
    "Way off",
    "Not even close, look at the units",
    "Close!",
    "Step one ✓ but step two ✗",
]
# no verdict: a question, and "close" about the numbers themselves
NEUTRAL = ["Is 40 close to 38?", "Do you see how close they are?"]


@pytest.mark.parametrize("turn", CONFIRMS)
def test_chat_shorthand_confirms(turn):
    assert reaction(turn) == "right"


@pytest.mark.parametrize("turn", CORRECTS)
def test_chat_shorthand_corrects(turn):
    assert reaction(turn) == "wrong"


@pytest.mark.parametrize("turn", NEUTRAL)
def test_close_in_a_question_judges_nothing(turn):
    assert reaction(turn) is None


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [("👍", "right"), ("yup", "right"), ("❌ look again", "wrong"), ("nah, not quite", "wrong")],
)
def test_a_shorthand_verdict_judges_the_answer_in_a_session(reply, outcome):
    transcript = f"Tutor: What is 6 x 7?\nStudent: 42\nTutor: {reply}\nTutor: Next: 8 x 7?"
    assert outcome_of(transcript, "42") == outcome
