"""A crew of another size making another amount ("6 machines make 30 toys in 5 hours, how
long would 3 machines take to make 60 toys?"): the output per worker per unit of time stays
the same, so the time grows with the amount and shrinks with the crew (here 30 toys in 30
machine-hours is 1 toy per machine-hour, and 60 toys by 3 machines take 20 hours), and an
amount asked for a given time grows with both. Answering with a proportion between two of
the three quantities ("12 machines") is wrong, never an answer.

Every expected value computed by hand: 5 h × 60/30 × 6/3 = 20 h; 12 loaves × 5/4 × 6/3 =
30 loaves; 8 days × 120/40 × 6/4 = 36 days; 10 min × 300/90 × 3/5 = 20 min; 8 tanks × 3/2 ×
2/4 = 6 tanks.

Written before the rule: 6 of 7 failed on the engine before (four wrong answers, one
fallback, and the "12 machines" reply); the guard (the same job by another crew, no new amount) held.
"""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import FALLBACK, check_answer, reply

CASES: list[tuple[str, tuple[str, ...]]] = [
    (
        "6 machines make 30 toys in 5 hours, how long would 3 machines take to make 60 toys",
        ("**20 hours",),
    ),
    (
        "if 4 bakers bake 12 loaves in 3 hours how many loaves can 5 bakers bake in 6 hours",
        ("**30 loaves",),
    ),
    (
        "6 workers build 40 m of wall in 8 days. how many days for 4 workers to build 120 m",
        ("**36 days",),
    ),
    (
        "3 printers print 90 pages in 10 minutes how long will 5 printers take to print 300 pages",
        ("**20 minutes",),
    ),
    ("2 pumps fill 8 tanks in 4 hours, how many tanks can 3 pumps fill in 2 hours", ("**6 tanks",)),
    # guard: the same job by another crew, no new amount
    ("if 4 workers paint a fence in 6 hours how long would 3 workers take", ("**8 hours",)),
]


@pytest.mark.parametrize(("question", "forms"), CASES)
def test_a_crew_making_another_amount(question: str, forms: tuple[str, ...]) -> None:
    check_answer(question, forms, FALLBACK)


def test_no_proportion_between_two_of_the_three_quantities() -> None:
    text = reply(CASES[0][0])
    assert "12 machines" not in text, text
