"""Matrices as students type them: row by row ("[1 2; 3 4]", "1 2; 3 4") and times a number
("1/5*[[2, 1], [3, 4]]", "[[6, 3], [0, 9]]/3"), spelled as the nested list "[[1, 2], [3, 4]]"
that the parser compares cell by cell."""

from __future__ import annotations

import re

import sympy

__all__ = ["bare_rows", "scaled", "typed_rows"]

_CELL = r"-?[\w./]+"
_ROW = rf"{_CELL}(?:\s*,?\s*{_CELL})*"
# a matrix typed row by row, "[1 2; 3 4]" or "[1, 2; 3, 4]"
_ROWS = re.compile(r"\[((?:\s*-?[\w./]+\s*,?)+(?:;(?:\s*-?[\w./]+\s*,?)+)+)\]")
_SPACED_ROW = re.compile(r"\[\s*(-?[\d./]+(?:\s+-?[\d./]+)+)\s*\]")
_BARE_ROWS = re.compile(rf"\s*{_ROW}(?:\s*;\s*{_ROW})+\s*")
_NESTED = r"\[\s*\[[^\[\]]*\](?:\s*,\s*\[[^\[\]]*\])*\s*\]"
_SCALAR = r"-?\s*(?:\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?|\([^()\[\]]*\))"
_TIMES = re.compile(rf"(?<![\w.)\]^/])({_SCALAR})\s*\*?\s*({_NESTED})")
_TIMES_AFTER = re.compile(rf"({_NESTED})\s*\*\s*({_SCALAR})(?![\w.(^])")
_OVER = re.compile(rf"({_NESTED})\s*/\s*(\d+(?:\.\d+)?|\([^()\[\]]*\))(?![\w.(^])")
_EXACT = re.compile(r"-?\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?")


def _typed(m: re.Match) -> str:
    rows = [row.replace(",", " ").split() for row in m[1].split(";")]
    return "[" + ", ".join("[" + ", ".join(row) + "]" for row in rows) + "]"


def typed_rows(text: str) -> str:
    """ "[1 2; 3 4]" -> "[[1, 2], [3, 4]]": a semicolon ends a row; "[[1 2], [3 4]]" ->
    "[[1, 2], [3, 4]]": numbers spaced inside a row of a matrix are its cells."""
    text = _ROWS.sub(_typed, text)
    if "[[" not in text:
        return text
    return _SPACED_ROW.sub(lambda m: "[" + ", ".join(m[1].split()) + "]", text)


def bare_rows(text: str) -> str | None:
    """ "1 2; 3 4" typed without brackets, as "[[1, 2], [3, 4]]"; None when it is not rows."""
    if not _BARE_ROWS.fullmatch(text):
        return None
    return typed_rows(f"[{text.strip()}]")


def _product(factor: str, cell: str, divide: bool) -> str:
    """One cell times (or over) the factor, exact when both are plain numbers."""
    a, b = (re.sub(r"\s+", "", t).strip("()") for t in (cell, factor))
    if _EXACT.fullmatch(a) and _EXACT.fullmatch(b) and not (divide and sympy.Rational(b) == 0):
        x, y = sympy.Rational(a), sympy.Rational(b)
        return str(x / y if divide else x * y)
    return f"({cell})/({factor})" if divide else f"({factor})*({cell})"


def _scale(matrix: str, factor: str, divide: bool) -> str:
    rows = re.findall(r"\[([^\[\]]*)\]", matrix)
    cells = [[_product(factor, c.strip(), divide) for c in row.split(",")] for row in rows]
    return "[" + ", ".join("[" + ", ".join(row) + "]" for row in cells) + "]"


def scaled(text: str) -> str:
    """A number times a matrix, or a matrix over a number, as the matrix of its products:
    "1/5*[[2, 1], [3, 4]]" -> "[[2/5, 1/5], [3/5, 4/5]]"."""
    text = _TIMES.sub(lambda m: _scale(m[2], m[1], divide=False), text)
    text = _TIMES_AFTER.sub(lambda m: _scale(m[1], m[2], divide=False), text)
    return _OVER.sub(lambda m: _scale(m[1], m[2], divide=True), text)
