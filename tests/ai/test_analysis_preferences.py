"""A question about what the student likes ("which do you prefer: soda or water?", "what's
your favorite fruit?", "do you like pizza?") is small talk: the reply is no answer, and the
tutor's banter after it ("I disagree, but ...") corrects nothing.

Written before the rule: 3 cases, 3 failed before (each reply was quoted as "You first
thought ...").
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from tests.ai.analysisprobes import outcome_of


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Silly question for you -- which do you prefer: soda or water?", "Hi, I prefer water."),
        ("Before we start, what's your favorite fruit?", "I really like mangoes the most."),
        ("Do you like pizza, Sam?", "Yes I love pizza with extra cheese."),
    ],
)
def test_a_reply_about_likes_is_no_answer(question: str, said: str) -> None:
    text = (
        f"Teacher: {question}\n"
        f"Student: {said}\n"
        "Teacher: I disagree, but let's look at the problem. Sam buys 3 bags of 4 apples. How "
        "many apples does he have in total?\n"
        "Student: 3 x 4 = 12 apples.\n"
        "Teacher: Correct, well done!\n"
    )
    assert outcome_of(text, said) is None
    lines = [m for c in analyze(text).concepts for m in c.misconceptions]
    assert not any(said in line for line in lines)
