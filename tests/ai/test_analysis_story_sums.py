"""A sum in a story is no place-value lesson: "a total of 20 + 6 = 26 glasses of water" and
"5,000 + 1,000 = 6,000 steps" add amounts, while "600 + 50 + 2", "What is 20 + 6 in standard
form?" and "What is the value of 549 + 10?" still work with places. A story asked in totals
("how many total glasses of water will Sam drink?") is a word problem.

Written before the rules: 7 cases, 2 failed before (the glasses-of-water total named Place
value; the totals story named no word problem).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze


def _names(text: str) -> list[str]:
    return [c.name for c in analyze(text, subject_hint="Math").concepts]


@pytest.mark.parametrize(
    "work",
    [
        "He drinks 20 glasses on weekdays and 6 on weekends, a total of 20 + 6 = 26 glasses.",
        "He walked 5,000 steps and then 1,000 more, so 5,000 + 1,000 = 6,000 steps.",
    ],
)
def test_a_story_sum_is_no_place_value(work: str) -> None:
    text = (
        "Teacher: Can you walk me through your solution?\n"
        f"Student: {work}\n"
        "Teacher: Good, well done.\n"
    )
    assert "Place value" not in _names(text)


def test_a_story_asked_in_totals_is_a_word_problem() -> None:
    text = (
        "Teacher: Which do you prefer, soda or water?\n"
        "Student: Hi, I prefer water.\n"
        "Teacher: In two weekend days, how many total glasses of water will Sam drink?\n"
        "Student: Sam will drink 6 glasses of water in two weekend days.\n"
        "Teacher: Great! And during the workweek, how many total glasses will he drink?\n"
        "Student: Sam will drink 20 glasses of water during the workweek.\n"
        "Teacher: So in a week, how many total glasses of water is that?\n"
        "Student: In a week, Sam will drink a total of 20 + 6 = 26 glasses of water.\n"
        "Teacher: You got it, nice work!\n"
    )
    result = analyze(text)
    assert result.subject == "Elementary Math"
    assert "Multi-step word problems" in [c.name for c in result.concepts]


@pytest.mark.parametrize(
    "line",
    [
        "Tutor: Write 652 in expanded form. Is it 600 + 50 + 2?",
        "Tutor: What is 20 + 6 in standard form?",
        "Tutor: What is the value of 549 + 10?",
        "Tutor: 2 tens and 6 ones make 20 + 6. What number is that?",
    ],
)
def test_place_value_sums_still_count(line: str) -> None:
    text = f"{line}\nStudent: 26\nTutor: Correct!\n"
    assert "Place value" in _names(text)
