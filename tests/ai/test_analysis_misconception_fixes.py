"""A misconception's fix is what the tutor taught after the slip, never a redirect: a new task
("Let's start by working out how much he earns per week."), classroom talk ("Look back at
what you told me earlier") or a question written without its question mark ("if the rent is
halved then how come her spending stayed the same") fixes nothing. When the reply holds a
statement after the redirect, that statement is the fix; when the reply holds none, the line
says the tutor corrected it without quoting a redirect as the fix.

Written for this module in the way tutors reply, before the engine skipped such sentences:
3 of 6 failed before (the task, the talk and the question were quoted as "the fix was");
the three guards keep a real explanation, a stated result and a statement with a relative
clause (", which brings us to 12 x 40 = $480", no question) as fixes.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze


def _lines(text: str) -> list[str]:
    return [m for c in analyze(text).concepts for m in c.misconceptions]


def _dialogue(reply: str) -> str:
    return (
        "Teacher: James earns $12 an hour and works 40 hours a week. How much does he earn "
        "in 4 weeks?\n"
        "Student: He earns 12 + 40 = $52 a week, so 52 x 4 = $208 in 4 weeks.\n"
        f"Teacher: {reply}\n"
        "Student: Oh, so he earns 12 x 40 = $480 a week and 480 x 4 = $1920 in 4 weeks.\n"
        "Teacher: Yes, that's correct, well done.\n"
    )


@pytest.mark.parametrize(
    "redirect",
    [
        "Not quite. Let's start by working out how much James earns in one week.",
        "Not quite. Look back at what you told me earlier about the 40 hours.",
        "Not quite. If he works 40 hours at $12 then how come you added the 12 and the 40",
    ],
)
def test_a_redirect_is_never_the_fix(redirect: str) -> None:
    lines = _lines(_dialogue(redirect))
    quoted = redirect.removeprefix("Not quite. ")
    assert lines, "the slip 12 + 40 is a misconception"
    assert all(quoted[:40] not in line for line in lines), lines


def test_an_explanation_is_the_fix() -> None:
    lines = _lines(
        _dialogue("Not quite. Each hour pays $12, so 40 hours pay 40 times as much, not 12 more.")
    )
    assert any("40 hours pay 40 times as much" in line for line in lines), lines


def test_a_stated_result_is_the_fix() -> None:
    lines = _lines(_dialogue("Not quite. In one week he earns 12 x 40 = $480."))
    assert any("12 x 40 = $480" in line for line in lines), lines


def test_a_statement_with_a_relative_clause_is_a_fix_not_a_question() -> None:
    reply = "Not quite, he works 40 hours at $12 each, which brings us to 12 x 40 = $480 a week."
    lines = _lines(_dialogue(reply))
    assert any("which brings us to 12 x 40" in line for line in lines), lines
