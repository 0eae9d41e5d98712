"""When two equations or inequalities say the same thing."""

from __future__ import annotations

import sympy


def same_equation(a: sympy.Eq, b: sympy.Eq) -> bool:
    """Two equations match when one side-difference is a nonzero multiple of the other."""
    da, db = a.lhs - a.rhs, b.lhs - b.rhs
    if db == 0 or da == 0:
        return da == db
    ratio = sympy.cancel(da / db)
    return ratio.is_number and ratio != 0 and bool(ratio.is_finite)


_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}


def _linear_form(rel: sympy.Rel, var: sympy.Symbol) -> tuple[str, sympy.Expr] | None:
    """A linear inequality as ("x <op> bound"), or None when it is not linear."""
    poly = (rel.lhs - rel.rhs).as_poly(var)
    if poly is None or poly.degree() != 1 or rel.rel_op not in _FLIP:
        return None
    slope, offset = poly.all_coeffs()
    return (rel.rel_op if slope > 0 else _FLIP[rel.rel_op]), -offset / slope


def same_relation(a: sympy.Rel, b: sympy.Rel) -> bool:
    """Inequalities match when they describe the same set of real numbers."""
    symbols = a.free_symbols | b.free_symbols
    if len(symbols) != 1:
        return a == b
    (var,) = symbols
    form_a, form_b = _linear_form(a, var), _linear_form(b, var)
    if form_a and form_b:
        return form_a == form_b
    try:
        return sympy.solveset(a, var, sympy.S.Reals) == sympy.solveset(b, var, sympy.S.Reals)
    except (NotImplementedError, ValueError, TypeError):
        return a == b
