"""How a typed answer was read, the way feedback and the answer preview print it: "x·(x + 3)",
"16 or 17", "3 1/2" as typed, "40%", a labelled function "f(x) = 2x + 3"."""

from __future__ import annotations

import re
from typing import Any

import sympy

from companion.ai.offline.answers import Reading, bracketed, read_answer, value_of
from companion.ai.offline.answertext import final_text
from companion.ai.offline.functionlabels import FUNCTION_LABEL
from companion.ai.offline.mathequivalence import both_signs
from companion.ai.offline.mathparse import normalise, to_number
from companion.ai.offline.mathsteps import show
from companion.ai.offline.typednumbers import hyphen_mixed

__all__ = ["read_as", "read_as_latex", "shown"]

_MIXED = re.compile(r"-?\d+\s+\d+\s*/\s*\d+")
_DECIMAL = re.compile(r"[$€£]?\s*(-?\d+\.\d+)\s*(%?)[^\d]*")


def _show_one(text: str) -> str:
    value: Any = value_of(text)  # a number or a sympy object
    if value is None:  # "(3,2)" is shown "(3, 2)"
        return re.sub(r"\s*,\s*", ", ", text) if bracketed(text) else text
    plain = normalise(text).rstrip(" .")
    if to_number(plain) is not None and (decimal := _DECIMAL.fullmatch(plain)):
        return decimal[1] + decimal[2]
    if to_number(plain) is not None and _MIXED.fullmatch(plain):
        return plain
    if plain.endswith("%") or plain.lower().endswith(" percent"):
        return f"{show(value * 100)}%"
    if isinstance(value, sympy.Float):  # "3.2e5", "3.2 x 10^5" as 320000, not 320000.000
        return format(float(value), ".15g")
    if (label := FUNCTION_LABEL.match(plain)) and (rule := value_of(plain[label.end() :])):
        name = re.sub(r"[\s=]", "", label[0])
        return f"{name} = {show(rule)}"  # not "x·f = ..."
    if isinstance(value, sympy.Eq):
        return f"{show(value.lhs)} = {show(value.rhs)}"
    return re.sub(r"\boo\b", "∞", show(value))


def shown(reading: Reading) -> str:
    """A reading the way feedback and the preview print it ("x·(x + 3)", "16 or 17"); a
    whole answer with one plus-or-minus ("x = ±3", "x=+-3") is shown as both its values."""
    values = reading.values or tuple(both_signs(reading.text))
    return " or ".join(_show_one(v) for v in values)


def _preview(text: str) -> Reading:
    """A typed answer read without its expected value (a point is read as a point)."""
    if not text or not text.strip():
        return Reading("")
    text = hyphen_mixed(text, "")  # "2-1/2" is read as the grader reads it
    return read_answer(text, point=bool(bracketed(final_text(text))))


def read_as(text: str) -> str:
    """How a typed answer will be read, for a preview: "x(x+3)" -> "x·(x + 3)"; "" if unread."""
    reading = _preview(text)
    return shown(reading) if reading.text else ""


def read_as_latex(text: str) -> str:
    """The same reading as LaTeX (for a KaTeX preview); "" when nothing can be read."""
    reading = _preview(text)
    latex = []
    for part in reading.values or ((reading.text,) if reading.text else ()):
        value = value_of(part)
        if value is None:
            return ""
        latex.append(sympy.latex(value))
    return r" \text{ or } ".join(latex)
