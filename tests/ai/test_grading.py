"""Offline grading: equivalent forms, options, short answers, GSM8K answers."""

import json
from pathlib import Path

import pytest

from companion.ai.offline.grading import NO_ANSWER, grade, grade_values
from companion.ai.schemas import Problem

FIXTURE = Path(__file__).parents[1] / "fixtures" / "gsm8k_excerpt.jsonl"
GSM8K = [json.loads(line)["answer"].replace(",", "") for line in FIXTURE.read_text().splitlines()]


def make_problem(**overrides) -> Problem:
    fields = {
        "question": "What is it?",
        "type": "short_answer",
        "correctAnswer": "1/2",
        "explanation": ".",
    }
    return Problem(**(fields | overrides))


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("1/2", "0.5"),
        ("0.5", "50%"),
        ("2x + 2", "2(x+1)"),
        ("3", "x = 3"),
        ("1200", "$1,200"),
        ("1200", "1,200 dollars"),
        ("12", "12 cm"),
        ("25%", "25"),
    ],
)
def test_equivalent_math_answers_are_correct(expected, answer):
    assert grade_values(expected, answer, type="problem_solving").correct


def test_an_empty_answer_scores_zero_with_a_clear_message():
    result = grade(make_problem(), "   ")
    assert (result.correct, result.score, result.feedback) == (False, 0.0, NO_ANSWER)


def test_a_wrong_math_answer_names_the_expected_answer():
    result = grade(make_problem(correctAnswer="7"), "8")
    assert not result.correct and "7" in result.feedback


def test_rounded_answers_accept_more_digits_but_not_other_values():
    problem = make_problem(question="Round to 2 decimal places.", correctAnswer="12.57")
    assert grade(problem, "12.566").correct
    assert not grade(problem, "12.6").correct


def choice_problem() -> Problem:
    return make_problem(
        type="multiple_choice", options=["1/3", "1/2", "2/5", "-1/2"], correctAnswer="1/2"
    )


@pytest.mark.parametrize("answer", ["1/2", "B", "b)", "(b)", "0.5"])
def test_multiple_choice_accepts_the_option_text_its_letter_or_its_value(answer):
    assert grade(choice_problem(), answer).correct


@pytest.mark.parametrize("answer", ["A", "-1/2", "d", "7"])
def test_multiple_choice_rejects_other_options(answer):
    assert not grade(choice_problem(), answer).correct


@pytest.mark.parametrize(
    "answer", ["Photosynthesis", "photosynthesis.", "the Photosynthesis", "PHOTOSYNTHESIS!"]
)
def test_short_answers_ignore_case_punctuation_and_articles(answer):
    assert grade_values("photosynthesis", answer).correct


def test_short_answers_accept_simple_plurals():
    assert grade_values("chloroplast", "chloroplasts").correct


def test_keyword_answers_earn_partial_credit_and_name_what_is_missing():
    expected = "isolate the variable, inverse operations, both sides"
    result = grade_values(expected, "you isolate the variable with inverse operations")
    assert 0.7 <= result.score < 1 and result.correct
    assert "sides" in result.feedback
    weak = grade_values(expected, "you move stuff around")
    assert not weak.correct and weak.score < 0.7


@pytest.mark.parametrize("answer", GSM8K)
def test_gsm8k_final_answers_are_correct_in_other_written_forms(answer):
    value = int(answer)
    for form in (f"${value:,}", f"{value}.00", f"{value:,} dollars", f" {value} "):
        assert grade_values(answer, form, type="problem_solving").correct, form


@pytest.mark.parametrize("answer", GSM8K)
def test_gsm8k_near_misses_are_wrong(answer):
    value = int(answer)
    for form in (str(value + 1), str(value - 1), f"{value}0", f"{value / 10:g}"):
        assert not grade_values(answer, form, type="problem_solving").correct, form
