"""Derivatives asked in words: d/dx of an expression with the rule used, a second or third
derivative, and the slope of a curve at a point."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import number as _number
from companion.ai.offline.askformat import tex
from companion.ai.offline.mathintents import (
    DERIVATIVE,
    DERIVATIVE_NAMED,
    HIGHER_DERIVATIVE,
    SLOPE_AT,
)
from companion.ai.offline.mathparse import parse_math


def derivative(message: str) -> str | None:
    """d/dx of an expression, naming the rule used at the top level (a second or third
    derivative is the derivative taken that many times)."""
    match = DERIVATIVE.search(message.strip()) or DERIVATIVE_NAMED.search(message)
    if match and (order := HIGHER_DERIVATIVE.search(message)):
        return _higher_derivative(match, _ORDERS[order["n"].lower()])
    return _derivative_at(match) if match else None


_ORDERS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3}


def _higher_derivative(match: re.Match[str], order: int) -> str | None:
    """The derivative taken `order` times, each step shown."""
    expr = parse_math(match["f"].strip())
    at = _number(match.groupdict().get("at") or "")
    if not isinstance(expr, sympy.Expr) or isinstance(expr, sympy.Rel):
        return None
    symbols = sorted(expr.free_symbols, key=str)
    var = sympy.Symbol(match["v"]) if match["v"] else (symbols[0] if symbols else sympy.Symbol("x"))
    steps, current = [], expr
    for n in range(1, order + 1):
        current = sympy.simplify(sympy.diff(current, var))
        steps.append(f"{n}. Derivative number {n}: {tex(current)}.")
    named = {2: "second", 3: "third"}[order]
    head = f"The {named} derivative of {tex(expr)} is **{tex(current)}**."
    if at is not None:
        value = sympy.simplify(current.subs(var, at))
        head = f"The {named} derivative of {tex(expr)} at ${var} = {sympy.latex(at)}$ is **{tex(value)}**."
        steps.append(f"Put in ${var} = {sympy.latex(at)}$: {tex(value)}.")
    return "\n\n".join([head, "Differentiate again each time:\n" + "\n".join(steps)])


def tangent_slope(message: str) -> str | None:
    """The slope of a curve at a point: its derivative there (before a line's slope is read)."""
    match = SLOPE_AT.search(message)
    return _derivative_at(match) if match else None


def _derivative_at(match: re.Match[str]) -> str | None:
    """The derivative a matched question asks for, at its point when it names one."""
    expr = parse_math(match["f"].strip())
    if not isinstance(expr, sympy.Expr) or isinstance(expr, sympy.Rel):
        return None
    symbols = sorted(expr.free_symbols, key=str)
    var = sympy.Symbol(match["v"]) if match["v"] else (symbols[0] if symbols else sympy.Symbol("x"))
    result = sympy.simplify(sympy.diff(expr, var))
    steps = _rule_steps(expr, var)
    lines = [f"The derivative of {tex(expr)} is **{tex(result)}**.", "\n".join(steps)]
    at = match.groupdict().get("at")
    if at and (point := _number(at)) is not None:
        slope = sympy.simplify(result.subs(var, point))
        lines[0] = (
            f"The derivative of {tex(expr)} at ${var} = {sympy.latex(point)}$ is **{tex(slope)}**."
        )
        lines.insert(1, f"The derivative is {tex(result)}; put in ${var} = {sympy.latex(point)}$.")
    expanded = sympy.expand(result)
    if not steps and expanded != result:
        lines.append(f"Expanded: {tex(expanded)}.")
    return "\n\n".join(line for line in lines if line)


def _rule_steps(expr: sympy.Expr, var: sympy.Symbol) -> list[str]:
    """The rule that applies to the outermost operation, with its pieces."""
    if isinstance(expr, sympy.Add):
        parts = ", ".join(f"{tex(t)} → {tex(sympy.diff(t, var))}" for t in expr.args)
        return ["1. Sum rule: differentiate term by term.", f"2. {parts}."]
    if isinstance(expr, sympy.Mul):
        const, rest = expr.as_independent(var, as_Add=False)
        factors = sympy.Mul.make_args(rest)
        if len(factors) >= 2:
            u, v = factors[0], sympy.Mul(*factors[1:])
            du, dv = sympy.diff(u, var), sympy.diff(v, var)
            scale = "" if const == 1 else f" (the constant {tex(const)} stays as a factor)"
            return [
                f"1. Product rule: $(uv)' = u'v + uv'$ with $u = {sympy.latex(u)}$ and"
                f" $v = {sympy.latex(v)}${scale}.",
                f"2. $u' = {sympy.latex(du)}$ and $v' = {sympy.latex(dv)}$.",
                f"3. So the derivative is {tex(const * (du * v + u * dv))}.",
            ]
        return _rule_steps(rest, var) if const != 1 else []
    if isinstance(expr, sympy.Pow) and expr.exp.is_number and expr.base != var:
        inner = expr.base
        return [
            "1. Chain rule: power rule on the outside, times the derivative of the inside.",
            f"2. Inside $u = {sympy.latex(inner)}$, $u' = {sympy.latex(sympy.diff(inner, var))}$.",
        ]
    if isinstance(expr, sympy.Pow) and expr.exp.is_number:
        return [f"Power rule: bring down the exponent {expr.exp} and lower it by one."]
    if isinstance(expr, sympy.Function) and expr.args[0] != var:
        inner = expr.args[0]
        return [
            "1. Chain rule: the outer function's derivative times the inside's derivative.",
            f"2. Inside $u = {sympy.latex(inner)}$, $u' = {sympy.latex(sympy.diff(inner, var))}$.",
        ]
    return []
