"""A question whose object is the percent's part ("what's 15% tip on $48", "how much is a 6%
tax on $80", "what would a 20% discount on $45 be") asks for that part, not the total; "what
is the total with a 15% tip on $48" still asks for the total.

Written before the rule: 4 cases, 3 failed before (each answered with the total first).
Money is written to the cent since moneytext.py (7.20, not 7.2).
"""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import reply


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("what's 15% tip on $48", "The tip is **7.20**"),
        ("how much is a 6% tax on $80?", "The tax is **4.80**"),
        ("what would a 20% discount on $45 be", "The discount is **9**"),
        ("what is the total with a 15% tip on $48", "The total is **55.20**"),
    ],
)
def test_the_part_asked_comes_first(question: str, head: str) -> None:
    assert reply(question).startswith(head)
