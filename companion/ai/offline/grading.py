"""Offline answer grading: exact math (read from sentences), options, short answers, explanations.

A math answer is graded only by its value: integers and fractions exactly, decimals with
a tolerance only when the question asks for rounding or the expected value is itself a
rounded decimal (a decimal with more places than the rounding asks for is not rounded and
wrong); two different values in one answer ("16 or 17", "17, not 16") are a hedge
and wrong, "about 16" or "~16" for an exact 16 a guess, "at least 16" a bound, and "2 x 8"
working not carried out. A time of day is read as one time ("3:30 pm"); the right number
in another unit than the question asks for ("16 cm" for "in meters") is wrong. Explanations are not scored by keyword counts: they are shown next
to the model answer with the points they touch on, and marked as not scored.
"""

from __future__ import annotations

import re

from companion.ai.offline.angleunits import expected_in_answer_angle
from companion.ai.offline.answerform import (
    as_ordered_list,
    asks_order,
    asks_percent,
    form_problem,
)
from companion.ai.offline.answers import Reading, given_numbers, read_answer
from companion.ai.offline.answershow import read_as, read_as_latex, shown
from companion.ai.offline.answertext import GUESS, final_text, stated
from companion.ai.offline.answerunits import (
    expected_in_answer_unit,
    expected_in_question_unit,
    unit_not_asked,
)
from companion.ai.offline.answerwords import contradiction
from companion.ai.offline.choices import grade_choice
from companion.ai.offline.clocktimes import ClockTime, clock_time, same_time, times_in
from companion.ai.offline.compoundamounts import in_asked_unit
from companion.ai.offline.feedbacktexts import CORRECT, GUESSED, HEDGED
from companion.ai.offline.intervals import is_compound, looks_like_interval, spelled_reals
from companion.ai.offline.listgroups import same_groups
from companion.ai.offline.mathanswers import MATH_NAMES, is_math_answer
from companion.ai.offline.mathequivalence import equivalent, is_point, solution_parts
from companion.ai.offline.mathparse import normalise
from companion.ai.offline.rateunits import rate_not_asked
from companion.ai.offline.ratios import grade_ratio
from companion.ai.offline.textgrading import grade_explain, grade_text, is_explain
from companion.ai.offline.tolerance import abs_tolerance, near_word, not_rounded
from companion.ai.offline.typednumbers import (
    decimal_comma,
    dozens_asked,
    hyphen_mixed,
    spaced_exponent,
    thousands_k,
)
from companion.ai.offline.undonework import bound_given, undone_work
from companion.ai.offline.unitscales import power_not_asked, scale_not_asked
from companion.ai.schemas import Grade, Problem, ProblemType

__all__ = [
    "HEDGED",
    "NO_ANSWER",
    "grade",
    "grade_values",
    "is_deterministic",
    "is_math_answer",
    "read_as",
    "read_as_latex",
]

NO_ANSWER = "No answer given."
_PERCENT_SIGN = re.compile(r"\s*(?:%|percent)\s*$", re.IGNORECASE)
_INTEGRATION = re.compile(r"\+\s*C\s*$")  # "x^3/3 + C": the answer of an indefinite integral
_CONSTANT_NAMES = "cKk"


def _parts(expected: str) -> list[str]:
    """The answers an expected value lists ("x=2 or x=-3" -> two)."""
    return solution_parts(expected) or [expected]


def _symbols(expected: str) -> set[str]:
    """Letters an answer to this expected value may use as variables (and its own name for
    a constant of integration)."""
    letters = set(re.findall(r"[A-Za-z]", MATH_NAMES.sub("", normalise(expected)))) | {"x"}
    return letters | (
        set(_CONSTANT_NAMES) - letters if _INTEGRATION.search(normalise(expected)) else set()
    )


def _same_constant(expected: str, answer: str) -> str:
    """ "ln|x| + K" for an expected "ln|x| + C": another letter for the constant of
    integration, where the expected answer does not use that letter, is read as C."""
    if not _INTEGRATION.search(normalise(expected)) or re.search(
        r"(?<![A-Za-z])C(?![A-Za-z])", answer
    ):
        return answer
    free = "".join(set(_CONSTANT_NAMES) - set(re.findall(r"[A-Za-z]", normalise(expected))))
    renamed = re.sub(rf"(?<![A-Za-z])[{free}](?![A-Za-z(])", "C", answer) if free else answer
    return renamed if renamed.count("C") == 1 else answer


def _squeeze(text: str) -> str:
    """The text without spaces, but for one between two digits ("12 00" is not "1200")."""
    text = re.sub(r"\s+", " ", normalise(text))
    return re.sub(r"(?<!\d) | (?!\d)", "", text).rstrip(".").lower()


def _same_text(expected: str, answer: str) -> bool:
    """Math the parser cannot read ("LD50") matches only as the same text."""
    return _squeeze(expected) == _squeeze(answer)


def _math_match(expected: str, answer: str, question: str) -> bool:
    """Equal numbers/expressions (a list in order when the question fixes one); a percent
    also matches its bare number."""
    ordered = asks_order(question)
    if ordered and len(_parts(expected)) > 1:
        answer = as_ordered_list(answer) or answer

    def same(want: str, given: str) -> bool:
        tol = abs_tolerance(want, question, given)
        return equivalent(want, given, abs_tol=tol, ordered=ordered)

    grouped = same_groups(expected, answer, same)
    if grouped is not None:
        return grouped
    if same(expected, answer):
        return True
    plain = normalise(expected)
    if plain.endswith("%") and "%" not in answer:
        return same(plain.rstrip("%"), answer)
    written = _PERCENT_SIGN.sub("", answer)
    if written != answer and "%" not in plain and asks_percent(question):
        return same(expected, written)
    return False


def _read(problem: Problem, answer: str) -> Reading:
    expected = problem.correctAnswer
    equation = "=" in normalise(expected) and not re.match(r"^\s*[a-z]\s*=", expected)
    sets = (normalise(expected), normalise(final_text(answer)))  # "[4, oo)" answers "x >= 4"
    interval = any(looks_like_interval(t) or is_compound(t) for t in sets)
    listed = len(_parts(expected)) > 1 or interval
    point = is_point(expected) and not interval
    return read_answer(
        answer,
        symbols=_symbols(expected),
        equation=equation,
        listed=listed,
        point=point,
        given=given_numbers(problem.question),
    )


def _unit_clash(question: str, answer: str, converted: bool) -> str | None:
    unit = (
        unit_not_asked(question, answer, named=not converted)
        or scale_not_asked(question, answer)
        or power_not_asked(question, answer)
        or rate_not_asked(question, answer)
    )
    return f"your answer is in {unit}, which is not the unit asked for" if unit else None


def _grade_time(expected: ClockTime, answer: str, question: str) -> Grade:
    """A time of day by the time the answer names (a time the question states is working,
    "1:45 + 1:45 = 3:30"); two different times are a hedge, a hedge word a guess."""
    given = times_in(question)
    times = times_in(answer)
    new = [t for t in times if not any(same_time(t, g) for g in given)]
    times = new or times
    read = " or ".join(str(t) for t in times)
    if len(times) == 1 and (guess := GUESS.search(answer)):
        feedback = f"Read as {read}, but “{guess[0]}” makes it a guess. {GUESSED}"
        return Grade(correct=False, score=0.0, feedback=feedback)
    if len(times) == 1 and same_time(expected, times[0]):
        return Grade(correct=True, score=1.0, feedback=f"{CORRECT} Read as {read}.")
    if len(times) > 1:
        return Grade(correct=False, score=0.0, feedback=f"Read as {read}: {HEDGED}")
    said = f"Read as {read}: that is not" if times else "That is not read as a time, nor is it"
    return Grade(correct=False, score=0.0, feedback=f"{said} the expected time, {expected}.")


def _grade_math(problem: Problem, answer: str) -> Grade:
    """Grade a math answer by the value read from it."""
    if (ratio := grade_ratio(problem.question, problem.correctAnswer, answer)) is not None:
        return ratio
    if (time := clock_time(problem.correctAnswer)) is not None:
        return _grade_time(time, answer, problem.question)
    answer = in_asked_unit(answer, problem.question, problem.correctAnswer)
    answer = thousands_k(
        dozens_asked(answer, problem.question), problem.correctAnswer, problem.question
    )
    answer = spaced_exponent(
        hyphen_mixed(decimal_comma(answer, problem.correctAnswer), problem.question)
    )
    if looks_like_interval(normalise(problem.correctAnswer)):
        answer = spelled_reals(answer)
    reading = _read(problem, answer)
    expected = problem.correctAnswer
    guess = GUESS.search(answer) or near_word(expected, problem.question, answer)
    if reading.text and not reading.hedged and guess:
        word = guess if isinstance(guess, str) else guess[0]
        feedback = f"Read as {shown(reading)}, but “{word}” makes it a guess. {GUESSED}"
        return Grade(correct=False, score=0.0, feedback=feedback)
    if (
        reading.text
        and not reading.hedged
        and (bound := bound_given(problem.question, expected, answer))
    ):
        feedback = f"Read as {shown(reading)}, but “{bound}” gives a bound, not one value."
        return Grade(correct=False, score=0.0, feedback=feedback)
    if _same_text(expected, answer) or _same_text(expected, stated(answer)):
        read = f" Read as {shown(reading)}." if reading.text else ""
        return Grade(correct=True, score=1.0, feedback=CORRECT + read)
    if reading.hedged:
        feedback = f"Read as {shown(reading)}: {HEDGED}"
        return Grade(correct=False, score=0.0, feedback=feedback)
    if reading.false_link:
        feedback = (
            f"Read as {shown(reading)}, but {reading.false_link} is not true: check the working."
        )
        return Grade(correct=False, score=0.0, feedback=feedback)
    # "$1.05" is 105 when the answer is in cents
    compared, unit = (
        expected_in_answer_unit(expected, answer)
        or expected_in_answer_angle(expected, answer, problem.question)
        or (expected, "")
    )
    implied = expected_in_question_unit(problem.question, expected, answer)
    if not unit and implied and _math_match(implied[0], reading.text, problem.question):
        compared, unit = implied  # "3000 cents" for a bare 30 priced in dollars
    if reading.text and _math_match(
        compared, _same_constant(expected, reading.text), problem.question
    ):
        if wrong_form := form_problem(problem.question, expected, reading.text) or undone_work(
            problem.question, expected, reading.text
        ):
            return Grade(correct=False, score=0.0, feedback=wrong_form)
        if clash := (
            contradiction(compared, answer)
            or _unit_clash(problem.question, answer, bool(unit))
            or not_rounded(expected, problem.question, reading.text)
        ):
            return Grade(
                correct=False, score=0.0, feedback=f"Read as {shown(reading)}, but {clash}."
            )
        read = shown(reading) + (f" {unit}, which is {expected}" if unit else "")
        return Grade(correct=True, score=1.0, feedback=f"{CORRECT} Read as {read}.")
    if not reading.text:
        feedback = f"I could not read that as math. The expected answer is {expected}."
    else:
        feedback = (
            f"Read as {shown(reading)}: that is not equal to the expected answer, {expected}."
        )
    if problem.hint:
        feedback += f" Hint: {problem.hint}"
    return Grade(correct=False, score=0.0, feedback=feedback)


def is_deterministic(problem: Problem) -> bool:
    """Whether this grader decides the answer exactly (math, options), so no LLM should."""
    has_options = problem.type == "multiple_choice" and bool(problem.options)
    return has_options or is_math_answer(problem.correctAnswer)


def grade(problem: Problem, answer: str) -> Grade:
    """Grade one answer to one problem (deterministic, offline)."""
    if not answer or not answer.strip():
        return Grade(correct=False, score=0.0, feedback=NO_ANSWER)
    if problem.type == "multiple_choice" and problem.options:
        return grade_choice(problem, answer)
    if is_math_answer(problem.correctAnswer):
        return _grade_math(problem, answer)
    if is_explain(problem):
        return grade_explain(problem, answer)
    return grade_text(problem, answer)


def grade_values(
    expected: str, answer: str, *, type: ProblemType = "short_answer", question: str = ""
) -> Grade:
    """Grade an answer against an expected value without a stored Problem (CLI use)."""
    problem = Problem(
        question=question or "(no question)",
        type=type,
        correctAnswer=expected,
        explanation=expected,  # the expected answer is the model answer
    )
    return grade(problem, answer)
