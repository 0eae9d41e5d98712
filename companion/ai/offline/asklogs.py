"""Logarithms to a named base ("log base 2 of 32", "log_3(81)", "log2 8"): the power the base
is raised to, found exactly by sympy and checked by raising the base to it."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import stands_alone, tex, value_text

_NUMBER = r"\d+(?:\.\d+)?(?:\s*/\s*\d+)?"
_LOG = re.compile(
    rf"\blog(?:arithm)?\s*(?:(?:with\s+)?base\s*(?P<b>{_NUMBER})|_\s*\{{?(?P<b2>{_NUMBER})\}}?"
    rf"|(?P<b3>\d+)(?=\s*\(|\s+\d))\s*(?:of\s+)?\(?\s*(?P<x>{_NUMBER})\s*\)?",
    re.I,
)


def answer(message: str) -> str | None:
    """log base b of x with its meaning, or why it has no value; else None."""
    match = _LOG.search(message)
    if not match or not stands_alone(match):
        return None
    base = sympy.nsimplify((match["b"] or match["b2"] or match["b3"]).replace(" ", ""))
    value = sympy.nsimplify(match["x"].replace(" ", ""))
    if base <= 0 or base == 1 or value <= 0:
        return (
            f"$\\log_{{{sympy.latex(base)}}}({sympy.latex(value)})$ has **no value**: the base"
            " must be positive and not 1, and only positive numbers have a logarithm."
        )
    power = sympy.nsimplify(sympy.simplify(sympy.log(value) / sympy.log(base)))
    head = f"$\\log_{{{sympy.latex(base)}}}({sympy.latex(value)})$ = **{value_text(power)}**."
    if not power.is_Rational:
        return f"{head}\n\nBy the change of base rule it is $\\frac{{\\ln {sympy.latex(value)}}}{{\\ln {sympy.latex(base)}}}$."
    return (
        f"{head}\n\nA logarithm is an exponent: {tex(base)} raised to {tex(power)} gives"
        f" {tex(value)}, so $\\log_{{{sympy.latex(base)}}}({sympy.latex(value)}) = {sympy.latex(power)}$."
    )
