"""Money as every chat answer writes it, one rule for all of them.

- Whole dollars are written without cents: 3, 480.
- Anything with cents has exactly two decimals: 55.20, 0.35, 1312.50 (never 55.2).
- An amount that is no whole number of cents (a third of a dollar, a unit price of 22.5
  cents) is rounded to the nearest cent and marked "about": about 0.33. Money is paid in
  cents, so a decimal (not a fraction like 1/3) is what a student can check on a receipt.

The number is written without a dollar sign and the word "dollars" follows it where a
sentence needs one: a bare dollar sign could open a math span in the chat's markdown.
"""

from __future__ import annotations

import re

import sympy

__all__ = ["IN_MONEY", "dollars", "money"]

# a question about money: "$12", "15 dollars", "20 bucks", "50 cents"
IN_MONEY = re.compile(r"\$\s*\d|\b(?:dollars?|bucks?|cents?)\b", re.I)


def money(value: sympy.Rational | int) -> str:
    """An amount of dollars as the chat writes it: 3, 55.20, about 0.33 (see the module)."""
    value = sympy.Rational(value)
    if value.q == 1:
        return str(value.p)
    cents = value * 100
    rounded = sympy.Integer(round(cents))
    sign = "-" if rounded < 0 else ""
    whole, part = divmod(abs(int(rounded)), 100)
    text = f"{sign}{whole}.{part:02d}"
    return text if cents == rounded else f"about {text}"


def dollars(value: sympy.Rational | int) -> str:
    """The amount with its unit: "1 dollar", "55.20 dollars", "about 0.33 dollars"."""
    return f"{money(value)} {'dollar' if value == 1 else 'dollars'}"
