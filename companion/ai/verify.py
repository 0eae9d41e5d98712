"""Practice problems an LLM wrote, checked with sympy before a student sees them.

The offline grader reads every answer here (grading.grade, mathparse, mathsteps): no
second parser. For each problem:

- When the question states its math unambiguously (an equation to solve, one arithmetic
  expression with no other numbers, "p% of n", "the derivative of f"), sympy computes
  the answer. A stated answer the grader would not accept for that value is corrected
  (the answer, the right option, and a computed explanation) and logged.
- Otherwise every arithmetic claim in the explanation ("12 × 3 = 38") must hold, or the
  problem is dropped: its reasoning is wrong and nothing says what is right. An answer
  to "simplify / expand / factor <expression>" must keep the expression's value, and a
  numeric answer must be a number the explanation arrives at.
- Multiple choice with two options of the same value, numbers that do not fit the
  concept's grade (offline rule), or a concept id that names none of the requested
  concepts: dropped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

import sympy

from companion.ai.kb import load_kb
from companion.ai.offline import grading, mathsteps
from companion.ai.offline.answers import final_text
from companion.ai.offline.mathnumbers import THOUSANDS, to_number
from companion.ai.offline.mathparse import equivalent, parse_math, solve_equation
from companion.ai.offline.practice import fits_grade, grade_of, resolve
from companion.ai.offline.tolerance import abs_tolerance, places_asked
from companion.ai.schemas import ConceptRef, PracticeSet, Problem

log = logging.getLogger(__name__)

CHECKED = "Checked with sympy"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ASKS_VALUE = re.compile(
    r"\b(?:what\s+is|what's|calculate|compute|evaluate|simplify|find\s+the\s+value\s+of|"
    r"how\s+much\s+is|work\s+out)\b",
    re.I,
)
_SOLVE = re.compile(r"\bsolve\b", re.I)
_THEN_MORE = re.compile(r"\b(?:then|and\s+then|hence|use\s+it)\b", re.I)
_PERCENT_OF = re.compile(
    r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|percent)\s+of\s+\$?(?P<n>\d[\d,]*(?:\.\d+)?)", re.I
)
_REWRITE = re.compile(
    r"\b(?:simplify|expand|factor|factori[sz]e|rewrite|combine\s+like\s+terms|multiply\s+out)\b",
    re.I,
)
# "8/10 ÷ 8/9" and "1/2/3": fractions or a chain of divisions? The reader decides, not sympy.
_AMBIGUOUS = re.compile(r"÷.*/|/.*÷|/\s*[\d.]+\s*/")
# "f(0) = 9" is function notation, which reads as the product f·0 to the parser
_NOTATION = re.compile(r"\b(?!(?:sqrt|sin|cos|tan|log|ln|exp|abs)\b)[a-z]+\s*\(", re.I)
_FUNCTION_BEFORE = r"\b(?:sin|cos|tan|sec|csc|cot|log|ln|sqrt|exp)\s+"
_NUMBER_IN_TEXT = re.compile(r"-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n")  # "0.5" has no space after its point
_ENUMERATOR = re.compile(r"^\s*(?:\(?\d+[.)]|[-*•]|step\s+\d+:?)\s+", re.I)
_FUNCTION_LABEL = re.compile(r"^\s*(?:[a-z]\s*\(\s*[a-z]\s*\)|[a-z])\s*=\s*(?=\S)", re.I)
_DERIVATIVE = re.compile(
    r"(?:derivative\s+of|differentiate)\s*:?\s*(?P<f>.+?)"
    r"(?:\s+with\s+respect\s+to\s+(?P<v>[a-z]))?\s*[?.!]*$",
    re.I,
)


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
        return any(_accepts(question, value, stated) for value in (self.answer, *self.each))


def _asks_for(question: str, var: str) -> bool:
    """The question asks for the variable itself: "solve ...", "find x", "what is x?"."""
    if _THEN_MORE.search(question):
        return False
    named = re.search(
        rf"\b(?:find|what\s+is|value\s+of|solve\s+for)\s+{var}\s*(?:[?.!,:;]|$)", question, re.I
    )
    return bool(named or _SOLVE.search(question))


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
    if _numbers_outside(question, span) or not value.is_finite or _AMBIGUOUS.search(span):
        return None
    shown = _shown(value, places_asked(question))
    return Computed(shown, f"{span} = {shown}")


def _percent(question: str) -> Computed | None:
    match = _PERCENT_OF.search(question)
    if not match or not _ASKS_VALUE.search(question):
        return None
    if _numbers_outside(question, match[0]):
        return None
    p, n = sympy.Rational(match["p"]), sympy.Rational(match["n"].replace(",", ""))
    value = _shown(p * n / 100)
    return Computed(
        value, f"{match['p']}% of {match['n']} = {match['p']}/100 × {match['n']} = {value}"
    )


def _derivative(question: str) -> Computed | None:
    match = _DERIVATIVE.search(question.strip())
    expr = parse_math(_FUNCTION_LABEL.sub("", match["f"].strip())) if match else None
    if match is None or not isinstance(expr, sympy.Expr) or isinstance(expr, sympy.Rel):
        return None
    symbols = sorted(expr.free_symbols, key=str)
    if not match["v"] and len(symbols) != 1:
        return None
    var = sympy.Symbol(match["v"]) if match["v"] else symbols[0]
    result = mathsteps.show(sympy.simplify(sympy.diff(expr, var)))
    return Computed(result, f"d/d{var} of {mathsteps.show(expr)} is {result}")


def computed_answer(question: str) -> Computed | None:
    """The answer sympy computes from what the question states, when that is unambiguous."""
    try:
        spans = mathsteps.math_spans(question)
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
    spans = mathsteps.math_spans(question)
    parsed = [parse_math(s) for s in spans]
    if len(spans) != 1 or not isinstance(parsed[0], sympy.Expr) or not parsed[0].free_symbols:
        return None
    return spans[0]


def false_claims(text: str) -> list[str]:
    """Arithmetic statements in a text that are not true ("12 × 3 = 38")."""
    wrong = []
    for part in _SENTENCE_END.split(text):
        sentence = _ENUMERATOR.sub("", part)
        wrong += [span for span in mathsteps.math_spans(sentence) if _false(span, sentence)]
    return wrong


def _false(span: str, sentence: str) -> bool:
    """An arithmetic claim that does not hold ("12 × 3 = 38"); notation it may be half of
    ("f(0) = 9", "cos 90 = 0", "8/10 ÷ 8/9 = ...") is never judged."""
    eq = parse_math(span)
    if not isinstance(eq, sympy.Eq) or eq.free_symbols or _NOTATION.search(span):
        return False
    if _AMBIGUOUS.search(span) or re.search(_FUNCTION_BEFORE + re.escape(span), sentence):
        return False
    left, right = span.rsplit("=", 1)
    return not equivalent(right, left, abs_tol=abs_tolerance(right, "", left))


def unsupported(answer: str, explanation: str) -> bool:
    """A numeric answer whose explanation works with numbers but never arrives at it."""
    text = final_text(answer).rstrip("%")
    stated = to_number(text)
    if stated is None:
        return False
    plain = THOUSANDS.sub("", explanation).replace("%", " ")
    found = [n for n in map(to_number, _NUMBER_IN_TEXT.findall(plain)) if n is not None]
    decimals = re.search(r"\.(\d+)", text)
    slack = 0.5 * 10.0 ** -len(decimals[1]) * (1 + 1e-9) if decimals else 0.0
    # the same value as a percent or a fraction of 1, or its size (a decrease of 20)
    forms = (stated, -stated, stated / 100, stated * 100)
    return bool(found) and not any(abs(f - v) <= slack for f in found for v in forms)


def _accepts(question: str, expected: str, stated: str) -> bool:
    """Whether the deterministic grader accepts the stated answer for the computed one."""
    probe = Problem(question=question, type="short_answer", correctAnswer=expected, explanation="-")
    return grading.grade(probe, stated).correct


def _corrected(problem: Problem, computed: Computed) -> Problem | None:
    """The problem with the computed answer (None: its options cannot say it unambiguously)."""
    steps = computed.explanation.replace("\n", "\n\n")  # one markdown paragraph a step
    update: dict[str, object] = {
        "explanation": f"{CHECKED}: {steps}",
        "correctAnswer": computed.answer,
    }
    if problem.type == "multiple_choice":
        right = [o for o in problem.options if computed.accepts(problem.question, o)]
        if len(right) > 1:
            return None
        if right:
            update["correctAnswer"] = right[0]
        else:
            options = [
                computed.answer if o == problem.correctAnswer else o for o in problem.options
            ]
            update["options"] = options
    return problem.model_copy(update=update)


def _same_value_options(problem: Problem) -> bool:
    math = [o for o in problem.options if grading.is_math_answer(o)]
    return any(equivalent(a, b) for i, a in enumerate(math) for b in math[i + 1 :])


def _concept_id(problem: Problem, concepts: list[ConceptRef]) -> str | None:
    """The requested concept a problem is about: its id, a concept's name, or the only one."""
    given = (problem.conceptId or "").strip().lower()
    for ref in concepts:
        if given and given in {ref.id.lower(), ref.name.lower(), (ref.kb_id or "").lower()}:
            return ref.id
    return concepts[0].id if len(concepts) == 1 else None


def _fits(problem: Problem, ref: ConceptRef | None) -> bool:
    kb = load_kb()
    concept = resolve(ref, kb) if ref else None
    return concept is None or fits_grade(problem, grade_of(concept, kb))


def verify_problem(problem: Problem, concepts: list[ConceptRef]) -> tuple[Problem | None, str]:
    """The problem as a student may see it (maybe corrected), or None; and what was done."""
    concept_id = _concept_id(problem, concepts)
    if concept_id is None:
        return None, f"dropped: concept {problem.conceptId!r} is none of the requested ones"
    problem = problem.model_copy(update={"conceptId": concept_id})
    if problem.type == "multiple_choice" and _same_value_options(problem):
        return None, "dropped: two options have the same value"
    computed = computed_answer(problem.question)
    note = ""
    if computed is not None and not computed.accepts(problem.question, problem.correctAnswer):
        fixed = _corrected(problem, computed)
        if fixed is None:
            return None, f"dropped: the answer is {computed.answer}, which several options state"
        note = f"corrected: {problem.correctAnswer!r} -> {fixed.correctAnswer!r}"
        problem = fixed
    elif computed is None and (wrong := false_claims(problem.explanation)):
        return None, f"dropped: the explanation claims {wrong[0]!r}"
    elif computed is None and unsupported(problem.correctAnswer, problem.explanation):
        return None, f"dropped: the explanation never arrives at {problem.correctAnswer!r}"
    elif (form := rewritten_form(problem.question)) and not _accepts(
        problem.question, form, problem.correctAnswer
    ):
        return None, f"dropped: {problem.correctAnswer!r} is not equal to {form!r}"
    ref = next((c for c in concepts if c.id == concept_id), None)
    if not _fits(problem, ref):
        return None, "dropped: its numbers do not fit the concept's grade"
    return problem, note


def verify_problems(problems: list[Problem], concepts: list[ConceptRef]) -> list[Problem]:
    """The problems that pass (corrected where sympy knows better), each change logged."""
    kept: list[Problem] = []
    questions: set[str] = set()
    for n, problem in enumerate(problems, 1):
        checked, note = verify_problem(problem, concepts)
        if note:
            log.warning("llm practice problem %d %s (%s)", n, note, problem.question[:80])
        if checked is not None and checked.question not in questions:
            questions.add(checked.question)
            kept.append(checked)
    return kept


def topped_up(
    problems: list[Problem],
    concepts: list[ConceptRef],
    count: int,
    offline: Callable[[], PracticeSet],
) -> tuple[list[Problem], list[Problem], str]:
    """(problems that passed, offline problems filling the set up to count, offline engine)."""
    kept = verify_problems(problems, concepts)[:count]
    if len(kept) >= count:
        return kept, [], ""
    log.warning(
        "llm practice: %d of %d problems passed; the offline engine fills", len(kept), count
    )
    extra = offline()
    seen = {p.question for p in kept}
    fill = [p for p in extra.problems if p.question not in seen][: count - len(kept)]
    return kept, fill, extra.engine
