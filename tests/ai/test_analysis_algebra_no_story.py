"""Algebra written out is no word problem: a session that solves "3x + 5 = 20", works with
"f(x) = 4x - 7" or "y^2 = 24x" keeps numbers in most turns, but what it practises is the
algebra, not "Multi-step word problems". A story worked in numbers (decimals and units
included) with no skill named is still a word problem.

Every exchange is written for this test, not taken from any data set.
6 cases, 3 failed before (three of the four algebra sessions were also called a word problem).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from tests.ai.analysisprobes import ids

WORD_PROBLEMS = "elementary_math.multi_step_word_problems"

ALGEBRA = [
    "Tutor: Solve 3x + 5 = 20.\nStudent: x = 5\nTutor: Nice. Now 2(x - 4) = 10.\n"
    "Student: 2x - 8 = 10, 2x = 18, x = 9\nTutor: Yes!",
    "Tutor: f(x) = 4x - 7. What is f(3)?\nStudent: 5\nTutor: Right. And f(10)?\nStudent: 33\n"
    "Tutor: Good.",
    "Tutor: The parabola is y^2 = 24x. Where is the focus?\nStudent: (6, 0)\n"
    "Tutor: Yes, 4p = 24 so p = 6.",
    "Tutor: Solve 5y - 3 = 2y + 9\nStudent: 3y = 12\nStudent: y = 4\nTutor: Perfect. Check: 17 = 17.",
]

STORIES = [
    "Tutor: Maya has 3 bags with 12 apples each. She gives away 10. How many are left?\n"
    "Student: 36 then 26\nTutor: Yes, 26 apples.\nStudent: can i do another\n"
    "Tutor: Sure. A book costs 4.50 and a pen 1.25. How much for both?\nStudent: 5.75\n"
    "Tutor: Right.",
    "Tutor: A train goes 60 miles in 1.5 hours, then 40 miles in 1 hour. How far in all?\n"
    "Student: 100 miles\nTutor: And how long did it take?\nStudent: 2.5 hours\nTutor: Good.",
]


@pytest.mark.parametrize("transcript", ALGEBRA)
def test_algebra_written_out_is_no_word_problem(transcript):
    assert WORD_PROBLEMS not in ids(analyze(transcript, subject_hint="Math"))


@pytest.mark.parametrize("transcript", STORIES)
def test_a_story_worked_in_numbers_is_still_a_word_problem(transcript):
    assert WORD_PROBLEMS in ids(analyze(transcript, subject_hint="Math"))
