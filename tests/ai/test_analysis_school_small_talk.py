"""How school went is small talk: the student's reply to "how did the quiz go?", "How was your
test?" or "how's school?" answers no problem, so the tutor's "Let's go over it" that follows
corrects nothing and the reply is never quoted as a misconception. A question about the
student's work ("How did you get 12?", "How was the area found?") still asks.

Every exchange is written for this test, not taken from any data set.
9 cases, 6 failed before (each reply to a question about school was judged wrong, and quoted).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from tests.ai.analysisprobes import outcome_of

CHECK_INS = [
    "hey Priya, how did the quiz go?",
    "How was your test?",
    "how's school?",
    "So how did today's chemistry lab go?",
    "How did it go at the tryouts?",
]


@pytest.mark.parametrize("check_in", CHECK_INS)
def test_the_reply_to_a_question_about_school_is_no_attempt(check_in):
    transcript = (
        f"Tutor: {check_in}\nStudent: ok i think, the last part was hard\n"
        "Tutor: Let's go over it. What does the mitochondria do?\nStudent: makes energy\n"
        "Tutor: Yes!"
    )
    assert outcome_of(transcript, "ok i think, the last part was hard") is None
    assert outcome_of(transcript, "makes energy") == "right"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("How did you get 12?", "i added 5 and 7"),
        ("How was the area found?", "length times width"),
        ("What did you get for the test question on slope?", "2/3"),
    ],
)
def test_a_question_about_the_work_still_asks(question, reply):
    transcript = f"Tutor: {question}\nStudent: {reply}\nTutor: Not quite, look again."
    assert outcome_of(transcript, reply) == "wrong"


def test_the_reply_about_school_is_never_quoted_as_what_the_student_thought():
    transcript = (
        "Tutor: hey, how did the quiz go?\nStudent: ok i think, the cell part was hard\n"
        "Tutor: Let's go over it. What does the mitochondria do?\nStudent: it makes proteins\n"
        "Tutor: Not quite, that's the ribosome. The mitochondria makes energy, ATP, through "
        "cellular respiration.\nStudent: oh right, powerhouse of the cell\nTutor: Yes!"
    )
    result = analyze(transcript, subject_hint="Biology")
    assert "the cell part was hard" not in result.summary
    assert "it makes proteins" in result.summary
