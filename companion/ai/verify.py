"""Practice problems an LLM wrote, checked with sympy before a student sees them.

The offline grader reads every answer here (grading.grade, mathparse, mathspans): no
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

import sympy

from companion.ai.kb import load_kb
from companion.ai.offline import grading, mathspans
from companion.ai.offline.answertext import final_text
from companion.ai.offline.mathequivalence import equivalent
from companion.ai.offline.mathnumbers import THOUSANDS, to_number
from companion.ai.offline.mathparse import parse_math
from companion.ai.offline.practice import fits_grade, grade_of, resolve
from companion.ai.offline.tolerance import abs_tolerance
from companion.ai.questionmath import (
    AMBIGUOUS,
    Computed,
    accepts_answer,
    computed_answer,
    rewritten_form,
)
from companion.ai.schemas import ConceptRef, PracticeSet, Problem

log = logging.getLogger(__name__)

CHECKED = "Checked with sympy"
# "f(0) = 9" is function notation, which reads as the product f·0 to the parser
_NOTATION = re.compile(r"\b(?!(?:sqrt|sin|cos|tan|log|ln|exp|abs)\b)[a-z]+\s*\(", re.I)
_FUNCTION_BEFORE = r"\b(?:sin|cos|tan|sec|csc|cot|log|ln|sqrt|exp)\s+"
_NUMBER_IN_TEXT = re.compile(r"-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n")  # "0.5" has no space after its point
_ENUMERATOR = re.compile(r"^\s*(?:\(?\d+[.)]|[-*•]|step\s+\d+:?)\s+", re.I)


def false_claims(text: str) -> list[str]:
    """Arithmetic statements in a text that are not true ("12 × 3 = 38")."""
    wrong = []
    for part in _SENTENCE_END.split(text):
        sentence = _ENUMERATOR.sub("", part)
        wrong += [span for span in mathspans.math_spans(sentence) if _false(span, sentence)]
    return wrong


def _false(span: str, sentence: str) -> bool:
    """An arithmetic claim that does not hold ("12 × 3 = 38"); notation it may be half of
    ("f(0) = 9", "cos 90 = 0", "8/10 ÷ 8/9 = ...") is never judged."""
    eq = parse_math(span)
    if not isinstance(eq, sympy.Eq) or eq.free_symbols or _NOTATION.search(span):
        return False
    if AMBIGUOUS.search(span) or re.search(_FUNCTION_BEFORE + re.escape(span), sentence):
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
    elif (form := rewritten_form(problem.question)) and not accepts_answer(
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
