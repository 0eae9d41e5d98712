"""A function's name before its rule ("f(x) = 2x + 3", "f^-1(x) = (x - 3)/2"): the name is
no part of the value, so an answer that gives the rule alone, or as "y = ...", gives it."""

from __future__ import annotations

import re

__all__ = ["FUNCTION_LABEL", "rules"]

# "f(x) =", "f^-1(x) =", "f^(-1)(x) =": a function's name (and inverse mark) before its rule
FUNCTION_LABEL = re.compile(
    r"^\s*([A-Za-z])(?:\s*\^\s*(?:\(\s*-\s*1\s*\)|-\s*1))?\s*\(\s*[a-z]\s*\)\s*=(?![=<>])"
)
_Y_LABEL = re.compile(r"^\s*y\s*=(?![=<>])")


def rules(a: str, b: str) -> tuple[str, str]:
    """ "f(x) = 2x + 3" against "2x + 3" or "y = 2x + 3": a function named on one side only
    is compared by its rule (the name is no part of the value)."""
    label_a, label_b = FUNCTION_LABEL.match(a), FUNCTION_LABEL.match(b)
    if bool(label_a) == bool(label_b) or "," in a + b:
        return a, b
    if label_a:
        return a[label_a.end() :].strip(), _Y_LABEL.sub("", b, count=1).strip()
    return _Y_LABEL.sub("", a, count=1).strip(), b[label_b.end() :].strip()  # type: ignore[union-attr]
