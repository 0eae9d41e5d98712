"""A slip the tutor ends by giving the answer is neither resolved nor left open: when the
student only takes up the result the tutor worked out ("then they both have 60/4 = 15" ...
"Yes, so they have 15"), the misconception says the tutor gave the answer, and so does the
summary, instead of "Not resolved yet" for a question the session did settle.

Written for this module before the engine had that ending: 2 of 3 failed before (both the
line and the summary said "still open"); the guard keeps a student who works the right
answer out alone as resolved.
"""

from __future__ import annotations

from companion.ai.offline.analysis import analyze

TOLD = (
    "Teacher: Walk me through your working.\n"
    "Student: Leo has 3 times as many cards as Mia and Sam together, and Leo has 45 cards. "
    "So Mia and Sam have 45 x 3 = 135 cards.\n"
    "Teacher: Not quite. If Leo has three times their cards, then they have 45 / 3 = 15 cards "
    "together, and all three have 15 + 45 = 60 cards.\n"
    "Student: Oh I see, so Mia and Sam have 15 cards and all three have 60 cards.\n"
    "Teacher: Yes that's right.\n"
)


def _misconceptions(text: str) -> list[str]:
    return [m for c in analyze(text).concepts for m in c.misconceptions]


def test_a_slip_settled_by_the_tutors_answer_says_so() -> None:
    lines = _misconceptions(TOLD)
    assert lines, "45 x 3 = 135 is a misconception"
    assert all("Not resolved yet" not in line for line in lines), lines
    assert any("The tutor then gave the answer." in line for line in lines), lines


def test_the_summary_says_the_tutor_gave_the_answer() -> None:
    summary = analyze(TOLD).summary
    assert "still open" not in summary, summary
    assert "the tutor gave the answer" in summary, summary


def test_an_answer_worked_out_alone_is_resolved() -> None:
    text = TOLD.replace(
        "then they have 45 / 3 = 15 cards together, and all three have 15 + 45 = 60 cards.",
        "what do you do to 45 to find their cards together?",
    ).replace(
        "Oh I see, so Mia and Sam have 15 cards and all three have 60 cards.",
        "Oh, I divide: 45 / 3 = 15 cards, so all three have 15 + 45 = 60 cards.",
    )
    lines = _misconceptions(text)
    assert lines and all("Not resolved yet" not in line for line in lines), lines
    assert all("gave the answer" not in line for line in lines), lines
