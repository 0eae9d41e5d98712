"""Calculus expressions as the chat reads and writes them: parsed from a question with a cap
on the powers it will work with, and written in LaTeX as calculus classes write them."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.mathparse import parse_math

_LN_ABS = re.compile(r"\\ln\{\\left\(\\left\|\{(.*?)\}\\right\| \\right\)\}")


def latex(value: sympy.Basic, **options: str) -> str:
    """LaTeX with ln for the natural log and ln|u| for the log of an absolute value, as
    calculus classes write them."""
    text = sympy.latex(value, ln_notation=True, **options)
    return _LN_ABS.sub(r"\\ln\\left|\1\\right|", text)


def tex(value: sympy.Basic) -> str:
    return f"${latex(value)}$"


_MAX_POWER = 30  # x^1000 from -oo, or x^59 sin(x) by parts, keeps sympy busy for minutes


def expr(text: str) -> sympy.Expr | None:
    parsed = parse_math(text.strip())
    if not isinstance(parsed, sympy.Expr) or isinstance(parsed, sympy.Rel):
        return None
    for node in sympy.preorder_traversal(parsed):
        if isinstance(node, sympy.Pow) and node.exp.is_number and abs(node.exp) > _MAX_POWER:
            raise TooLarge(sympy.latex(node))
    return parsed


class TooLarge(ValueError):
    """A power too high to work with by hand or in a moment."""
