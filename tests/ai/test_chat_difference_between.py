""" "The difference between mean and median" asks how two ideas differ, not for a subtraction:
the chat answers from the concept the two words name. "The difference between 45 and 17" still
subtracts.

Written before the rule: 4 cases, 1 failed before (the mean/median question was answered
with "Addition and subtraction with regrouping").
"""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import reply


@pytest.mark.parametrize(
    "question",
    [
        "what is the difference between mean and median",
        "whats the difference between the median and the mode?",
    ],
)
def test_the_difference_between_two_ideas_is_no_subtraction(question: str) -> None:
    answer = reply(question)
    assert "Measures of center" in answer
    assert "regrouping" not in answer


def test_the_difference_between_two_numbers_subtracts() -> None:
    assert "**28**" in reply("what is the difference between 45 and 17")


def test_two_ideas_of_another_subject() -> None:
    assert "Meiosis" in reply("whats the difference between mitosis and meiosis")
