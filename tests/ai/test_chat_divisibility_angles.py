"""Two kinds of everyday question the chat left unanswered or answered with an unrelated
card: whole-number division ("is 51 divisible by 3", "is 4 a factor of 30", "100 divided by
8 with remainder", "is 12 divisible by 0") and the degrees of a shape or a turn ("how many
degrees in a triangle", "... in a circle", "... is a right angle").

22 cases, written first; 19 failed before (e.g. "is 12 divisible by 0" got the card on prime
factorization, "100 divided by 8 with remainder" got 25/2, "how many degrees are in a
circle" got no answer)."""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import reply

DIVISION = [
    ("is 9 a multiple of 3", ("**Yes**", "9 ÷ 3 = 3")),
    ("is 51 divisible by 3?", ("**Yes**", "51 ÷ 3 = 17")),
    ("is 4 a factor of 30", ("**No**", "30 ÷ 4 = 7 remainder 2")),
    ("does 7 go into 56 evenly", ("**Yes**", "7 × 8 = 56")),
    ("can 100 be divided by 3", ("**No**", "33 remainder 1")),
    ("is ninety divisible by four?", ("**No**", "22 remainder 2")),
    ("is 30 divisible by 2, 3 and 4?", ("**No**, not by 4", "30 ÷ 3 = 10")),
    ("is 24 divisible by 2 and 3", ("**Yes**, by each", "24 ÷ 3 = 8")),
    ("is 12 divisible by 0", ("**No**", "undefined")),
    ("what is 100 divided by 8 with remainder", ("**12 remainder 4**", "8 × 12 = 96")),
    ("what is the remainder when 50 is divided by 7", ("**7 remainder 1**",)),
    ("whats 29 ÷ 4 with a remainder", ("**7 remainder 1**",)),
]


@pytest.mark.parametrize(("message", "expected"), DIVISION)
def test_whole_number_division_is_worked(message: str, expected: tuple[str, ...]) -> None:
    text = reply(message)
    assert all(part in text for part in expected), text


DEGREES = [
    ("how many degrees in a triangle", "**180°**"),
    ("how many degrees are in a quadrilateral?", "**360°**"),
    ("how many degrees does a hexagon have", "**720°**"),
    ("how many degrees are in a circle", "**360°**"),
    ("how many degrees is a right angle", "**90°**"),
    ("how many degrees are in a straight line", "**180°**"),
    ("how many degrees in a full turn", "**360°**"),
]


@pytest.mark.parametrize(("message", "expected"), DEGREES)
def test_the_degrees_of_a_shape_or_a_turn(message: str, expected: str) -> None:
    assert expected in reply(message)


NOT_THESE = [
    ("how many degrees is it outside today", "°**"),
    ("what is 17 divided by 5", "remainder"),
    ("what are the factors of 24", "**No**"),
]


@pytest.mark.parametrize(("message", "never"), NOT_THESE)
def test_other_questions_keep_their_answer(message: str, never: str) -> None:
    assert never not in reply(message)
