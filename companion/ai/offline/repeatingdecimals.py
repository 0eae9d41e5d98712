"""Repeating decimals written as such, read as the exact fractions they are.

"0.(3)", "0.333...", "0.3333…", "0.3 repeating", "0.3̅" and LaTeX "0.\\overline{3}" are 1/3;
"0.1(6)" and "0.1666..." are 1/6. The dots count only when the digits before them repeat
(at least two of a one-digit period, two periods of a longer one): "3.14159..." is a cut
decimal and stays as typed, and so does "0.333" without dots, which is not 1/3. A period in
brackets after other digits ("0.1(6)") is read so only at the end of the answer, where it
is no product ("0.5(6) = 3").
"""

from __future__ import annotations

import re

import sympy

__all__ = ["exact_repeating"]

_NUMBER = r"(?<![\d.])(?P<sign>-?)(?P<whole>\d*)\.(?P<fixed>\d*)"
_OVERLINE = re.compile(rf"{_NUMBER}\\(?:overline|bar)\s*\{{(?P<period>\d+)\}}")
_COMBINING = re.compile(rf"{_NUMBER}(?P<period>(?:\d\u0305)+)")
_BRACKETED = re.compile(rf"{_NUMBER}\((?P<period>\d+)\)")
_DOTS = re.compile(rf"{_NUMBER}(?P<period>)\s*(?:\.{{3,}}|…)(?!\s*\d)")
_WORDS = re.compile(rf"{_NUMBER}(?P<period>)\s+(?:repeating|recurring|repeated)\b", re.I)


def _fraction(sign: str, whole: str, fixed: str, period: str) -> str:
    """The exact value of whole.fixed(period) as "p/q" (or an integer)."""
    value = sympy.Rational(f"{whole or 0}.{fixed or 0}")
    if period:
        value += sympy.Rational(int(period), (10 ** len(period) - 1) * 10 ** len(fixed))
    return str(-value if sign else value)


def _tail_period(digits: str, *, once: bool) -> tuple[str, str] | None:
    """The digits split into a fixed part and the period the typist repeated at their end:
    the shortest one written twice ("1666" -> "1", "6"); with `once` ("0.3 repeating") a
    digits all the same are one period too."""
    for size in range(1, len(digits) // 2 + 1):
        period = digits[-size:]
        if digits[-2 * size :] == period * 2:
            fixed = digits[:-size]
            while fixed.endswith(period):
                fixed = fixed[:-size]
            return fixed, period
    if once and digits and len(set(digits)) == 1:
        return "", digits[0]
    return None


def exact_repeating(text: str) -> str:
    """The text with each repeating decimal written as such replaced by its fraction."""

    def marked(m: re.Match[str]) -> str:
        period = m["period"].replace("\u0305", "")
        return _fraction(m["sign"], m["whole"], m["fixed"], period)

    def from_tail(m: re.Match[str], *, once: bool) -> str:
        split = _tail_period(m["fixed"], once=once)
        return _fraction(m["sign"], m["whole"], *split) if split else m[0]

    text = _OVERLINE.sub(marked, text)
    text = _COMBINING.sub(marked, text)
    text = _BRACKETED.sub(
        lambda m: marked(m) if not m["fixed"] or not text[m.end() :].strip(" .!?") else m[0],
        text,
    )
    text = _DOTS.sub(lambda m: from_tail(m, once=False), text)
    return _WORDS.sub(lambda m: from_tail(m, once=True), text)
