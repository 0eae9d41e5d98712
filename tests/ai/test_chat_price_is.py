"""A price stated with "is" or "are" ("a 12-pack of juice is $6", "3 pounds of apples are
$4.50") is a rate like "costs $6": per bottle it is $0.50, and 5 pounds cost $7.50. Without a
dollar sign "is" states no price.

Written before the rule: 3 of 4 failed before (no reply); the guard held.
"""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import FALLBACK, check_answer, reply

CASES: list[tuple[str, tuple[str, ...]]] = [
    ("a 12-pack of juice is $6 how much per bottle", ("**0.50 dollars per bottle",)),
    ("a 12 pack of juice is $6, how much is each bottle", ("**0.50 dollars per bottle",)),
    ("3 pounds of apples are $4.50, how much for 5 pounds", ("**7.50 dollars",)),
]


@pytest.mark.parametrize(("question", "forms"), CASES)
def test_a_price_stated_with_is(question: str, forms: tuple[str, ...]) -> None:
    check_answer(question, forms, FALLBACK)


def test_is_without_money_states_no_price() -> None:
    text = reply("a box of 12 eggs is 2 more than a box of 10 eggs, how much per egg")
    assert "per egg**" not in text, text
