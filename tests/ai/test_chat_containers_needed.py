"""How many containers a count needs ("how many buses are needed for 50 students if each bus
holds 12"): every one must fit, so a part-filled container counts, 50 ÷ 12 = 4 remainder 2
needs 5 buses; an exact count needs no extra one (48 students, 4 buses).

Written before the rule: 3 of 5 failed before (no reply when the capacity has no unit after
it, "each bus holds 12", "each van seats 12"); the boxes of eggs and the guard (full buses
and what is left over, asked as such) held.
"""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import FALLBACK, check_answer

CASES: list[tuple[str, tuple[str, ...]]] = [
    ("how many buses are needed for 50 students if each bus holds 12", ("**5 buses",)),
    (
        "50 students go on a trip and each bus holds 12 students. how many buses do they need",
        ("**5 buses",),
    ),
    ("each box holds 6 eggs. how many boxes do i need for 45 eggs", ("**8 boxes",)),
    ("how many vans are needed for 48 players if each van seats 12", ("**4 vans",)),
    # guard: full buses and what is left, asked as such
    (
        "if 50 students go on buses that hold 12 each how many full buses and how many left over",
        ("**4 full buses",),
    ),
]


@pytest.mark.parametrize(("question", "forms"), CASES)
def test_every_one_must_fit(question: str, forms: tuple[str, ...]) -> None:
    check_answer(question, forms, FALLBACK)
