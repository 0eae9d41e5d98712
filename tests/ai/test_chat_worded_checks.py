"""A claim to check with its operator said in words ("is 3 times 4 = 12 right?") is checked
whole: it is 3 * 4 = 12, not 4 = 12. A student who checks a true fact is told it is true.

8 cases, written first; 6 failed before ("is 3 times 4 = 12 right?" got "No: the left side
is 4 and the right side is 12")."""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import reply

CLAIMS = [
    ("is 3 times 4 = 12 right?", "Yes, that's right"),
    ("is 10 divided by 2 = 5 correct?", "Yes, that's right"),
    ("check: 7 plus 8 = 15", "Yes, that's right"),
    ("is 6 multiplied by 7 = 42?", "Yes, that's right"),
    ("is 3 times 4 = 13 right?", "the left side is 12 and the right side is 13"),
    ("is 9 minus 4 = 6 true?", "the left side is 5 and the right side is 6"),
    ("is 3/4 + 1/2 = 5/4", "Yes, that's right"),
    ("solve 3 times x = 12", "x = 4"),
]


@pytest.mark.parametrize(("message", "verdict"), CLAIMS)
def test_a_worded_claim_is_checked_whole(message: str, verdict: str) -> None:
    assert verdict in reply(message)
