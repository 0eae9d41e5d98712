"""A number that is part of a longer expression is no value compared: "why is anything to the
power of 0 equal to 1" is not a claim that 0 = 1, and "is 2 times 3 bigger than 5" does not
compare 3 with 5. Such a question gets another answer or an honest "I couldn't find that",
never a verdict on the wrong pair; plain comparisons keep theirs.

10 cases, written first; 2 failed before (it answered "No, 0 is not equal to 1" and "No, 3 is
not bigger than 5")."""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import reply

OPERANDS = [
    ("why is anything to the power of 0 equal to 1", "0 is not equal to 1"),
    ("is 2 times 3 bigger than 5", "3 is not bigger than 5"),
    ("is 3 squared bigger than 2 cubed", "3 is bigger than 2"),
    ("is half of 10 more than 4", "10 is bigger than 4"),
]


@pytest.mark.parametrize(("message", "wrong"), OPERANDS)
def test_an_operand_is_not_compared(message: str, wrong: str) -> None:
    assert wrong not in reply(message)


PLAIN = [
    ("is 0.5 the same as 1/2", "Yes, they are equal"),
    ("whats bigger 2/3 or 0.6", "2/3 is bigger than 0.6"),
    ("is -3 bigger than -5", "Yes, -3 is bigger than -5"),
    ("is 1/3 equal to 0.33?", "No, 1/3 is not equal to 0.33"),
    ("compare 3/4 to 0.7", "3/4 is bigger than 0.7"),
    ("which is smaller, 5/6 or 7/9?", "7/9 is smaller than 5/6"),
]


@pytest.mark.parametrize(("message", "verdict"), PLAIN)
def test_plain_comparisons_keep_their_verdict(message: str, verdict: str) -> None:
    assert verdict in reply(message)
