"""Computations written with the counted thing beside each number ("15 mangoes + 60 mangoes =
75 mangoes", "60 mangoes/4 = 15 mangoes", "40 stickers - 8 stickers") are arithmetic like
"15 + 60 = 75": a word-problem session written that way is about its operations, not about a
repeated phrase of the story ("mangoes combined").

Written for this module in the way tutors and students write word problems, before the engine
read the counted forms: 6 of 8 failed before (only "÷" and "divided by" were read with a word
between); the two guards keep a number beside a word with no operation ("3 apples and 2
pears", an age range "5 years - 7 years old" is no subtraction worked) out of arithmetic.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.skills import arithmetic_turns

E = "elementary_math."


def kb_ids(text: str) -> list[str]:
    return [c.kb_id or c.name for c in analyze(text).concepts[:5]]


@pytest.mark.parametrize(
    ("text", "operation"),
    [
        ("So 15 mangoes + 60 mangoes = 75 mangoes altogether.", "Addition"),
        ("She had 40 stickers - 8 stickers = 32 stickers left.", "Subtraction"),
        ("Then 60 mangoes/4 = 15 mangoes for each of them.", "Division"),
        ("That is 12 boxes x 6 = 72 pencils.", "Multiplication"),
        ("They paid 3 tickets * $4 = $12.", "Multiplication"),
    ],
)
def test_a_computation_with_counted_things_is_arithmetic(text: str, operation: str) -> None:
    assert operation in arithmetic_turns([text]), arithmetic_turns([text])


@pytest.mark.parametrize(
    "text", ["I bought 3 apples and 2 pears.", "The club is for 5 years - 7 years old children."]
)
def test_numbers_beside_words_without_an_operation_are_no_arithmetic(text: str) -> None:
    found = arithmetic_turns([text])
    assert "Subtraction" not in found and "Addition" not in found, found


def test_a_story_worked_with_counted_things_is_about_its_operations() -> None:
    text = (
        "Teacher: Walk me through your working.\n"
        "Student: Anna has 4 times as many shells as Ben and Cara together. Anna has 48 shells, "
        "so Ben and Cara have 48 shells/4 = 12 shells combined.\n"
        "Teacher: Good. And how many shells do all three have combined?\n"
        "Student: 12 shells + 48 shells = 60 shells combined.\n"
        "Teacher: Yes, that's right.\n"
    )
    ids = kb_ids(text)
    assert E + "long_division" in ids or E + "multi_step_word_problems" in ids, ids
    assert all("combined" not in cid.lower() for cid in ids), ids
