"""The answer sympy computes from what a practice question states, when that is unambiguous.

An equation to solve ("Solve 3x - 7 = 11", "If 2x + 3 = 17, what is x?"), one arithmetic
expression with no other numbers in the question ("What is 3/4 + 1/8?"), "p% of n", or
"the derivative of f". Rounded as the question asks. Questions that go on ("... then take
its square root"), ask for something else ("what is x + 1?") or write fractions that could
be read two ways ("8/10 ÷ 8/9") compute nothing. Parsing and grading are the offline
engine's (mathparse, mathspans, mathsteps, grading): there is no second parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy

from companion.ai.offline import grading, mathspans, mathsteps
from companion.ai.offline.mathintents import DERIVATIVE, PERCENT_OF, SOLVE
from companion.ai.offline.mathparse import parse_math, solve_equation
from companion.ai.offline.tolerance import places_asked
from companion.ai.schemas import Problem

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ASKS_VALUE = re.compile(
    r"\b(?:what\s+is|what's|calculate|compute|evaluate|simplify|find\s+the\s+value\s+of|"
    r"how\s+much\s+is|work\s+out)\b",
    re.I,
)
_THEN_MORE = re.compile(r"\b(?:then|and\s+then|hence|use\s+it)\b", re.I)
_REWRITE = re.compile(
    r"\b(?:simplify|expand|factor|factori[sz]e|rewrite|combine\s+like\s+terms|multiply\s+out)\b",
    re.I,
)
# "8/10 ÷ 8/9" and "1/2/3": fractions or a chain of divisions? The reader decides, not sympy.
AMBIGUOUS = re.compile(r"÷.*/|/.*÷|/\s*[\d.]+\s*/")
_FUNCTION_LABEL = re.compile(r"^\s*(?:[a-z]\s*\(\s*[a-z]\s*\)|[a-z])\s*=\s*(?=\S)", re.I)


def _shown(value: sympy.Basic, places: int | None = None) -> str:
    """A value as a student writes it: rounded as the question asks, a decimal without float
    noise (0.3, not 0.300000), else exact (7/8, 3 - sqrt(3))."""
    if places is not None and value.is_real:
        return f"{float(value):.{places}f}"
    if isinstance(value, sympy.Float):
        return f"{float(value):.12g}"
    return mathsteps.show(value)


@dataclass(frozen=True)
class Computed:
    """What sympy says the answer to a question is, and how it got there."""

    answer: str
    explanation: str
    each: tuple[str, ...] = ()  # the solutions one by one, when there are several

    def accepts(self, question: str, stated: str) -> bool:
        """The stated answer is this value, or one of the solutions (a context such as a
        length may rule the others out)."""
        return any(accepts_answer(question, value, stated) for value in (self.answer, *self.each))


def _asks_for(question: str, var: str) -> bool:
    """The question asks for the variable itself: "solve ...", "find x", "what is x?"."""
    if _THEN_MORE.search(question):
        return False
    named = re.search(
        rf"\b(?:find|what\s+is|value\s+of|solve\s+for)\s+{var}\s*(?:[?.!,:;]|$)", question, re.I
    )
    return bool(named or SOLVE.search(question))


def _solved(question: str, spans: list[str]) -> Computed | None:
    equations = [(s, p) for s in spans if isinstance(p := parse_math(s), sympy.Eq)]
    if len(equations) != 1:
        return None
    span, eq = equations[0]
    if len(eq.free_symbols) != 1:
        return None
    var = str(next(iter(eq.free_symbols)))
    values = solve_equation(span)
    if not values or not _asks_for(question, var):
        return None
    places = places_asked(question)
    each = tuple(f"{var} = {_shown(v, places)}" for v in values)
    return Computed(", ".join(each), mathsteps.solve(span, eq), each if len(each) > 1 else ())


def _numbers_outside(question: str, span: str) -> bool:
    return bool(_NUMBER.search(question.replace(span, " ")))


def _arithmetic(question: str, spans: list[str]) -> Computed | None:
    values = [(s, p) for s in spans if isinstance(p := parse_math(s), sympy.Expr)]
    if len(spans) != 1 or len(values) != 1 or not _ASKS_VALUE.search(question):
        return None
    if _THEN_MORE.search(question):
        return None  # "What is 3^2 + 4^2? Then take its square root."
    span, value = values[0]
    if value.free_symbols or (value.is_Number and span.strip() == str(value)):
        return None  # a bare number states nothing to compute
    if _numbers_outside(question, span) or not value.is_finite or AMBIGUOUS.search(span):
        return None
    shown = _shown(value, places_asked(question))
    return Computed(shown, f"{span} = {shown}")


def _percent(question: str) -> Computed | None:
    match = PERCENT_OF.search(question)
    if not match or match["of_percent"] or not _ASKS_VALUE.search(question):
        return None
    if _numbers_outside(question, match[0]):
        return None
    p, n = sympy.Rational(match["p"]), sympy.Rational(match["n"].replace(",", ""))
    value = _shown(p * n / 100)
    return Computed(
        value, f"{match['p']}% of {match['n']} = {match['p']}/100 × {match['n']} = {value}"
    )


def _derivative(question: str) -> Computed | None:
    match = DERIVATIVE.search(question.strip())
    expr = parse_math(_FUNCTION_LABEL.sub("", match["f"].strip())) if match else None
    if match is None or not isinstance(expr, sympy.Expr) or isinstance(expr, sympy.Rel):
        return None
    if match["at"]:
        return None  # a derivative at a point: its value, not the function, is asked
    symbols = sorted(expr.free_symbols, key=str)
    if not match["v"] and len(symbols) != 1:
        return None
    var = sympy.Symbol(match["v"]) if match["v"] else symbols[0]
    result = mathsteps.show(sympy.simplify(sympy.diff(expr, var)))
    return Computed(result, f"d/d{var} of {mathsteps.show(expr)} is {result}")


def computed_answer(question: str) -> Computed | None:
    """The answer sympy computes from what the question states, when that is unambiguous."""
    try:
        spans = mathspans.math_spans(question)
        return (
            _derivative(question)
            or _solved(question, spans)
            or _percent(question)
            or _arithmetic(question, spans)
        )
    except (TypeError, ValueError, ZeroDivisionError, NotImplementedError, AttributeError):
        return None  # sympy refuses odd input with assorted errors: nothing computed


def rewritten_form(question: str) -> str | None:
    """The expression a "simplify / expand / factor ..." question asks to rewrite: any right
    answer has its value, though which form is wanted is the question's to say."""
    if not _REWRITE.search(question) or "=" in question:
        return None
    spans = mathspans.math_spans(question)
    parsed = [parse_math(s) for s in spans]
    if len(spans) != 1 or not isinstance(parsed[0], sympy.Expr) or not parsed[0].free_symbols:
        return None
    return spans[0]


def accepts_answer(question: str, expected: str, stated: str) -> bool:
    """Whether the deterministic grader accepts the stated answer for the computed one."""
    probe = Problem(question=question, type="short_answer", correctAnswer=expected, explanation="-")
    return grading.grade(probe, stated).correct
