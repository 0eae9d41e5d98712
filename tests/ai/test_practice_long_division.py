"""Long division practice explains the algorithm as it is written: divide, multiply,
subtract and bring down, once per digit of the quotient, every number in it true."""

from __future__ import annotations

import random
import re

import pytest

from companion.ai.offline.templates.elementary import division_steps, long_division

PRODUCT = re.compile(r"(\d+) × (\d+) = (\d+)")
DIFFERENCE = re.compile(r"(\d+) - (\d+) = (\d+)")
GOES_INTO = re.compile(r"(\d+) goes into (\d+) (\d+) times?\b")


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
@pytest.mark.parametrize("seed", range(25))
def test_each_quotient_digit_has_its_divide_multiply_subtract(seed: int, difficulty) -> None:
    problem = long_division(random.Random(seed), difficulty)
    numbers = [int(n) for n in re.findall(r"\d+", problem.question)]
    dividend, divisor = numbers[0], numbers[1]
    quotient, remainder = divmod(dividend, divisor)
    text = problem.explanation
    rounds = GOES_INTO.findall(text)
    assert len(rounds) == len(str(quotient))
    assert "".join(times for _, _, times in rounds) == str(quotient)
    assert all(int(a) * int(b) == int(c) for a, b, c in PRODUCT.findall(text))
    assert all(int(a) - int(b) == int(c) for a, b, c in DIFFERENCE.findall(text))
    assert all(int(part) // int(d) == int(t) for d, part, t in rounds)
    assert text.count("Bring down") == len(rounds) - 1
    assert problem.correctAnswer == str(remainder if difficulty == "hard" else quotient)


@pytest.mark.parametrize(
    ("dividend", "divisor", "first", "last"),
    [
        (347, 5, "5 goes into 34 6 times", "So 347 ÷ 5 = 69 remainder 2."),
        (4005, 5, "5 goes into 40 8 times", "So 4005 ÷ 5 = 801."),  # a zero in the quotient
        (7, 9, "9 goes into 7 0 times", "So 7 ÷ 9 = 0 remainder 7."),
    ],
)
def test_leading_digits_too_small_are_taken_together(
    dividend: int, divisor: int, first: str, last: str
) -> None:
    steps = division_steps(dividend, divisor)
    assert first in steps[0]
    assert steps[-1] == last
