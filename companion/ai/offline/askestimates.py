"""An estimate asked for ("estimate 48 times 21", "about how much is 398 + 203"): each number
rounded to its leading digit (48 ≈ 50, 21 ≈ 20, 6.8 ≈ 7), the rounded numbers worked out,
and the exact answer beside it as the check."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

_ASKS = re.compile(
    r"\b(?:estimate|estimation|approximately|roughly|about\s+how\s+(?:much|many))\b", re.I
)
_NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_OPS = {
    "+": "+", "plus": "+", "add": "+", "-": "−", "−": "−", "minus": "−", "x": "×", "×": "×",
    "*": "×", "times": "×", "multiplied by": "×", "÷": "÷", "/": "÷", "divided by": "÷",
}  # fmt: skip
_OP = "|".join(re.escape(o) for o in sorted(_OPS, key=len, reverse=True))
_SUM = re.compile(rf"{_NUMBER}\s*({_OP})\s*{_NUMBER}(?![\d.,]*\s*(?:{_OP})\s*\d)", re.I)

_WORDED = re.compile(
    rf"\b(sum|difference|product|quotient)\s+of\s+{_NUMBER}\s+and\s+{_NUMBER}", re.I
)


def answer(message: str) -> str | None:
    """Each number rounded to its leading digit, then the rounded sum, difference, product or
    quotient; the exact value shown after."""
    if not _ASKS.search(message):
        return None
    if worded := _WORDED.search(message):
        said = (worded[2], worded[3])
        op = {"sum": "+", "difference": "−", "product": "×", "quotient": "÷"}[worded[1].lower()]
    elif match := _SUM.search(message):
        said, op = (match[1], match[3]), _OPS[match[2].lower()]
    else:
        return None
    a, b = (Decimal(n.replace(",", "")) for n in said)
    ra, rb = leading(a), leading(b)
    if op == "÷" and (b == 0 or rb == 0):
        return None
    estimate, value = _do(ra, op, rb), _do(a, op, b)
    return "\n\n".join(
        [
            f"{_plain(a)} {op} {_plain(b)} is about **{_plain(estimate)}**.",
            f"1. Round each number to its first digit: {_plain(a)} ≈ {_plain(ra)} and "
            f"{_plain(b)} ≈ {_plain(rb)}.\n2. Work with the rounded numbers: "
            f"{_plain(ra)} {op} {_plain(rb)} = {_plain(estimate)}.",
            f"Check: the exact answer is {_plain(value)}, close to the estimate.",
        ]
    )


def leading(value: Decimal) -> Decimal:
    """The number rounded to its first digit (812 -> 800, 6.8 -> 7, 0.46 -> 0.5)."""
    if value == 0:
        return value
    place = Decimal(10) ** math.floor(math.log10(abs(value)))
    return (value / place).quantize(Decimal(1), rounding=ROUND_HALF_UP) * place


def _do(a: Decimal, op: str, b: Decimal) -> Decimal:
    if op == "+":
        return a + b
    if op == "−":
        return a - b
    if op == "×":
        return a * b
    return (a / b).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")
