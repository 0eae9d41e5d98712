"""Grade 1-5 templates: whole numbers only, never a negative number."""

from __future__ import annotations

import random

from companion.ai.offline.templates.common import level, make, options, template
from companion.ai.schemas import Difficulty, Problem


def _near(value: int, rng: random.Random, slips: list[int]) -> list[str]:
    """Whole-number distractors from the usual slips, never negative."""
    near = [value + 1, value - 1, value + 10, value - 10, value * 2, value + 2, value + 100]
    rng.shuffle(near)
    return [str(v) for v in dict.fromkeys([*slips, *near]) if v >= 0 and v != value]


PLACES = ("ones", "tens", "hundreds", "thousands")


def _columns(a: int, b: int, sign: str) -> list[str]:
    """One step per place, ones first, saying where a ten is carried or regrouped."""
    steps, carry, count = [], 0, len(str(a))
    for i, place in enumerate(PLACES[:count]):
        top, bottom = a // 10**i % 10, b // 10**i % 10
        name = place.capitalize()
        if sign == "+":
            total = top + bottom + carry
            extra = f" + {carry} carried" if carry else ""
            last = i == count - 1
            note = f", so write {total % 10} and carry 1" if total >= 10 and not last else ""
            steps.append(f"{name}: {top} + {bottom}{extra} = {total}{note}.")
            carry = total // 10
            continue
        if carry and top == 0:  # nothing to lend here: regroup the next place, 10 - 1 = 9 left
            steps.append(
                f"{name}: 0 has nothing to lend, so regroup from the next place: 10 - 1 = 9, and 9 - {bottom} = {9 - bottom}."
            )
            continue  # still borrowing from the next place
        lent = f" ({top} - 1 = {top - 1} after regrouping)" if carry else ""
        top -= carry
        if top < bottom:
            steps.append(
                f"{name}{lent}: {top} is less than {bottom}, so regroup a ten: {top + 10} - {bottom} = {top + 10 - bottom}."
            )
            carry = 1
        else:
            steps.append(f"{name}{lent}: {top} - {bottom} = {top - bottom}.")
            carry = 0
    return steps


@template("add_subtract_whole")
def add_subtract_whole(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Add or take away whole numbers that need regrouping; the result is never negative."""
    digits = level(difficulty, 2, 3, 4)
    low, high = 10 ** (digits - 1), 10**digits - 1
    a, b = sorted((rng.randint(low, high), rng.randint(low, high)), reverse=True)
    if rng.random() < 0.5:
        value, sign, slip = a + b, "+", a + b - 10  # forgot to carry
        hint = "Add the ones first; if they make 10 or more, carry a ten."
    else:
        value, sign, slip = a - b, "-", abs(a % 10 - b % 10) + (a - a % 10) - (b - b % 10)
        hint = "Subtract the ones first; if the top digit is smaller, regroup a ten."
    assert value >= 0 and (value - b == a if sign == "+" else value + b == a)
    steps = [
        f"Line up {a} and {b} by place value.",
        *_columns(a, b, sign),
        f"{a} {sign} {b} = {value}.",
    ]
    choices = options(rng, str(value), _near(value, rng, [slip])) if difficulty == "easy" else None
    return make(f"What is {a} {sign} {b}?", str(value), steps, hint, difficulty, choices=choices)


@template("multiplication_facts")
def multiplication_facts(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A times-table fact (up to 10 × 10, 12 × 12 when hard)."""
    top = level(difficulty, 5, 10, 12)
    a, b = rng.randint(2, top), rng.randint(2, top)
    value = a * b
    assert value // a == b
    steps = [f"{a} × {b} means {b} groups of {a}.", f"{a} × {b} = {value}."]
    slips = [a * (b + 1), a * (b - 1), a + b]
    choices = options(rng, str(value), _near(value, rng, slips)) if difficulty != "hard" else None
    hint = f"Skip-count by {a}, {b} times."
    return make(f"What is {a} × {b}?", str(value), steps, hint, difficulty, choices=choices)


@template("multi_digit_multiply")
def multi_digit_multiply(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A multi-digit number times a one- or two-digit number."""
    a = rng.randint(*level(difficulty, (12, 99), (100, 999), (100, 999)))
    b = rng.randint(*level(difficulty, (2, 9), (2, 9), (11, 99)))
    value = a * b
    assert value % b == 0 and value // b == a
    tens, ones = divmod(a, 10)
    steps = [
        f"Split {a} into {tens * 10} + {ones}.",
        f"{tens * 10} × {b} = {tens * 10 * b} and {ones} × {b} = {ones * b}.",
        f"Add the partial products: {value}.",
    ]
    hint = "Multiply each place value, then add the partial products."
    return make(f"What is {a} × {b}?", str(value), steps, hint, difficulty)


def division_steps(dividend: int, divisor: int) -> list[str]:
    """Long division as it is written: for each digit of the quotient, divide, multiply,
    subtract and bring down the next digit (the leading digits too small are taken together)."""
    digits, part = str(dividend), 0
    steps: list[str] = []
    for i, digit in enumerate(digits):
        part = part * 10 + int(digit)
        if not steps and part < divisor and i < len(digits) - 1:
            continue  # "5 does not go into 3": take the next digit too
        times = part // divisor
        left = part - times * divisor
        step = (
            f"Divide: {divisor} goes into {part} {times} time{'s' * (times != 1)}. Multiply: "
            f"{times} × {divisor} = {times * divisor}. Subtract: {part} - {times * divisor} = {left}."
        )
        if i < len(digits) - 1:
            step += f" Bring down the {digits[i + 1]} to make {left * 10 + int(digits[i + 1])}."
        steps.append(step)
        part = left
    quotient, remainder = divmod(dividend, divisor)
    rest = f" remainder {remainder}" if remainder else ""
    steps.append(f"So {dividend} ÷ {divisor} = {quotient}{rest}.")
    return steps


@template("long_division")
def long_division(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Divide a whole number; when hard, ask for the remainder."""
    divisor = rng.randint(2, level(difficulty, 5, 9, 9))
    quotient = rng.randint(*level(difficulty, (11, 30), (21, 199), (21, 199)))
    remainder = rng.randint(1, divisor - 1) if difficulty == "hard" else 0
    dividend = divisor * quotient + remainder
    assert dividend // divisor == quotient and dividend % divisor == remainder
    if difficulty == "hard":
        question = f"What is the remainder when {dividend} is divided by {divisor}?"
        answer = str(remainder)
    else:
        question, answer = f"What is {dividend} ÷ {divisor}?", str(quotient)
    steps = division_steps(dividend, divisor)
    hint = "Divide, multiply, subtract, bring down the next digit."
    return make(question, answer, steps, hint, difficulty)
