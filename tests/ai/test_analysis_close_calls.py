"""A near miss ("You are too close to the answer", "you're really close", "you are so close")
is a correction (the answer is not right yet), and the line is feedback, never a key point.

Written for this module before the engine read the forms with a word between "are" and
"close": 3 of 6 failed before (both as verdicts, and "too close" as a key point); "you are so
close" already counted and guards the rest.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.verdicts import reaction

NEAR_MISSES = ["You are too close to the answer.", "You're really close!", "You are so close."]


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_a_near_miss_corrects_the_answer(line: str) -> None:
    assert reaction(line) == "wrong"


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_a_near_miss_is_no_key_point(line: str) -> None:
    text = (
        "Tutor: Can you tell me what 975 + 600 equals?\n"
        "Student: 1,475\n"
        f"Tutor: {line}\n"
        "Student: 1,575\n"
        "Tutor: Yes, 975 + 600 = 1,575 because 9 hundreds and 6 hundreds make 15 hundreds.\n"
    )
    points = [p for c in analyze(text, subject_hint="Math").concepts for p in c.key_points]
    assert all("close" not in p for p in points), points
