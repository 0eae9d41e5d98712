"""Offline answer grading: options, equivalent math forms, short answers with keywords."""

from __future__ import annotations

import re

from companion.ai.offline.mathparse import equivalent, parse_math, to_number
from companion.ai.schemas import Grade, Problem, ProblemType

NO_ANSWER = "No answer given."
CORRECT = "Correct!"
PASS_SCORE = 0.7
_ARTICLES = {"a", "an", "the"}
_STOPWORDS = _ARTICLES | set(
    re.findall(
        r"\w+",
        "and or of to in on at by for with from is are was were be as it its this that these those"
        " than then so both because which when where what how into can has have you your",
    )
)
_LETTER = re.compile(r"^\(?([a-hA-H])[).:]?$")
_DECIMALS = re.compile(r"\d+\.(\d+)")
_FUNCTIONS = re.compile(r"sqrt|sin|cos|tan|log|exp")


def stem(word: str) -> str:
    """A crude English stem: plurals and common endings removed."""
    for suffix, repl in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + repl
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and not word.endswith("ss") and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """Lower-cased, punctuation-free, article-free word stems."""
    tokens = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))
    return [stem(t) for t in tokens if t not in _ARTICLES]


def keywords(text: str) -> dict[str, str]:
    """The content words of an expected answer, stem -> word (what partial credit looks for)."""
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    return {stem(t): t for t in reversed(tokens) if t not in _STOPWORDS and len(t) > 2}


def _is_math(expected: str) -> bool:
    """Whether the expected answer is a number, expression, equation or solution list."""
    if to_number(expected) is not None:
        return True
    if re.search(r"[A-Za-z]{4,}", expected) and not re.search(_FUNCTIONS, expected):
        return False
    return bool(re.search(r"[\d=<>+\-*/^()]", expected)) and equivalent(expected, expected)


def _abs_tol(expected: str, question: str) -> float:
    """Half a unit of the last shown decimal when the question asks for rounding."""
    if "round" not in question.lower():
        return 0.0
    places = max((len(d) for d in _DECIMALS.findall(expected)), default=0)
    return 0.5 * 10**-places + 1e-9


def _math_match(expected: str, answer: str, question: str) -> bool:
    """Equivalent numbers/expressions; percents also match their bare number."""
    abs_tol = _abs_tol(expected, question)
    if equivalent(expected, answer, abs_tol=abs_tol):
        return True
    if expected.strip().endswith("%") and "%" not in answer:
        return equivalent(expected.strip().rstrip("%"), answer, abs_tol=abs_tol)
    return False


def _grade_math(problem: Problem, answer: str) -> Grade:
    """Grade a math answer by equivalence with the computed one."""
    same_text = answer.strip().lower() == problem.correctAnswer.strip().lower()
    if same_text or _math_match(problem.correctAnswer, answer, problem.question):
        return Grade(correct=True, score=1.0, feedback=CORRECT)
    unreadable = to_number(answer) is None and parse_math(answer) is None
    reason = "I could not read that as math" if unreadable else "That is not equivalent"
    feedback = f"{reason}. The expected answer is {problem.correctAnswer}."
    if problem.hint:
        feedback += f" Hint: {problem.hint}"
    return Grade(correct=False, score=0.0, feedback=feedback)


def _chosen_option(problem: Problem, answer: str) -> str | None:
    """The option an answer picks: by letter, by text, or by an equivalent value."""
    letter = _LETTER.match(answer.strip())
    if letter and (index := ord(letter[1].lower()) - ord("a")) < len(problem.options):
        return problem.options[index]
    for option in problem.options:
        if option.strip().lower() == answer.strip().lower():
            return option
    matches = [o for o in problem.options if _is_math(o) and equivalent(o, answer)]
    if len(matches) == 1:
        return matches[0]
    texts = [o for o in problem.options if not _is_math(o) and words(o) == words(answer)]
    return texts[0] if texts else None


def _grade_choice(problem: Problem, answer: str) -> Grade:
    """Multiple choice: right only when the chosen option is the correct one."""
    chosen = _chosen_option(problem, answer)
    if chosen == problem.correctAnswer:
        return Grade(correct=True, score=1.0, feedback=CORRECT)
    if chosen is None:
        feedback = f"That is not one of the options. The answer is {problem.correctAnswer}."
    else:
        feedback = f"Not quite: the answer is {problem.correctAnswer}, not {chosen}."
    return Grade(correct=False, score=0.0, feedback=feedback)


def _grade_text(problem: Problem, answer: str) -> Grade:
    """Short answers: normalised match, else keyword partial credit."""
    expected = problem.correctAnswer
    given = words(answer)
    if given == words(expected) or " ".join(words(expected)) in " ".join(given):
        return Grade(correct=True, score=1.0, feedback=CORRECT)
    wanted = keywords(expected)
    if not wanted:
        return Grade(correct=False, score=0.0, feedback=f"The expected answer is {expected}.")
    found = [k for k in wanted if k in set(given)]
    missing = [word for k, word in reversed(wanted.items()) if k not in found]
    score = round(len(found) / len(wanted), 2)
    correct = score >= PASS_SCORE
    if correct and not missing:
        feedback = CORRECT
    else:
        prefix = "Mostly right" if correct else "Partly right" if found else "Not quite"
        feedback = f"{prefix}. Missing: {', '.join(missing)}. Expected: {expected}."
    return Grade(correct=correct, score=score, feedback=feedback)


def grade(problem: Problem, answer: str) -> Grade:
    """Grade one answer to one problem (deterministic, offline)."""
    if not answer or not answer.strip():
        return Grade(correct=False, score=0.0, feedback=NO_ANSWER)
    if problem.type == "multiple_choice" and problem.options:
        return _grade_choice(problem, answer)
    if _is_math(problem.correctAnswer):
        return _grade_math(problem, answer)
    return _grade_text(problem, answer)


def grade_values(
    expected: str, answer: str, *, type: ProblemType = "short_answer", question: str = ""
) -> Grade:
    """Grade an answer against an expected value without a stored Problem (CLI use)."""
    problem = Problem(
        question=question or "(no question)",
        type=type,
        correctAnswer=expected,
        explanation="(graded from values)",
    )
    return grade(problem, answer)
