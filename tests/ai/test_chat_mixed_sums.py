"""A mixed number typed with digits and "and" beside an operation ("whats 2 and 3/4 plus
1/4", "3 and 1/2 minus 1 and 1/4") is one number, computed whole: 2 3/4 + 1/4 = 3, and 3 1/2
− 1 1/4 = 2 1/4. Two numbers joined by "and" after "of", "between" or "compare" stay two
("the product of 2 and 3/4" is 3/2).

Written before the rule: 3 of 4 failed before (the first came back "3/4 = 3/4", the others
found nothing); the guard held.
"""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import FALLBACK, check_answer

CASES: list[tuple[str, tuple[str, ...]]] = [
    ("whats 2 and 3/4 plus 1/4", ("**3",)),
    ("whats 3 and 1/2 minus 1 and 1/4", ("9/4", "2.25")),
    ("what is 1 and 1/2 times 4", ("**6",)),
    # guard: "of 2 and 3/4" names two numbers
    ("what is the product of 2 and 3/4", ("3/2", "1.5")),
]


@pytest.mark.parametrize(("question", "forms"), CASES)
def test_a_mixed_number_beside_an_operation_is_one_number(
    question: str, forms: tuple[str, ...]
) -> None:
    check_answer(question, forms, FALLBACK)
