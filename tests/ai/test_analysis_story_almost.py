""" "Almost" about the story is no verdict: "He's almost there!" (Ronald, near his goal), "she
is almost done with her 40 pages", "almost twice as many" describe the problem, while "You're
almost there!" and "Almost! Try again." still correct the answer, and so does looking at the
problem "in a different way than the way you have" (which read as a correction only through its
"almost 3" before).

Written before the rule: 6 cases, 3 failed before (each story "almost" marked a right answer
wrong; the different-way case passed only through "almost 3").
"""

from __future__ import annotations

import pytest

from tests.ai.analysisprobes import outcome_of

_ANSWER = "To have an average of 3, Ronald would need a total of 33."


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        (
            "Great! He's almost there! What's the difference between the total he had and the "
            "needed total?",
            "right",
        ),
        ("Yes! And she is almost done with her 40 pages, so how many are left?", "right"),
        ("Right, that is almost twice as many as Tom had. What comes next?", "right"),
        ("You're almost there! Check the total again.", "wrong"),
        ("Almost! Try again.", "wrong"),
        (
            "We are going to look at this in a slightly different way than the way you have in "
            "your solution. Firstly, the result of the division is almost 3. What next?",
            "wrong",
        ),
    ],
)
def test_almost_about_the_story_is_no_correction(reply: str, outcome: str) -> None:
    text = (
        "Teacher: What total would Ronald need to have an average of 3 over 11 rolls?\n"
        f"Student: {_ANSWER}\n"
        f"Teacher: {reply}\n"
        "Student: The difference is 4, so he needs to roll a 4.\n"
        "Teacher: That's right! Well done!\n"
    )
    assert outcome_of(text, _ANSWER) == outcome
