"""Offline grading: equivalent forms, options, short answers, GSM8K answers."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.ai.local import LocalProvider
from companion.ai.offline.grading import NO_ANSWER, grade, grade_values, read_as, read_as_latex
from companion.ai.openai_provider import OpenAIProvider
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


def test_rounded_answers_must_be_rounded_to_the_places_asked():
    problem = make_problem(question="Round to 2 decimal places.", correctAnswer="12.57")
    assert grade(problem, "12.57").correct
    assert not grade(problem, "12.566").correct  # more places than asked (heldout13)
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


def test_keyword_answers_earn_partial_credit_but_are_right_only_with_every_key_term():
    expected = "isolate the variable, inverse operations, both sides"
    result = grade_values(expected, "you isolate the variable with inverse operations")
    assert 0.7 <= result.score < 1 and not result.correct
    assert "sides" in result.feedback
    full = grade_values(expected, "inverse operations on both sides isolate the variable")
    assert full.correct
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


# ---- exact semantics (issue 11): each case below was graded wrongly before ----

QUESTION = "Lena buys 4 packs of 4 stickers. How many stickers does she have?"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("16", "The answer is 16"),
        ("16", "So she spends $16."),
        ("1200", "So the total is 1,200 dollars."),
        ("16", "sixteen"),
        ("125", "one hundred twenty-five"),
        ("16", "I think it's 16 because 4 times 4 is 16"),
    ],
)
def test_the_final_answer_is_read_from_a_sentence(expected, answer):
    result = grade_values(expected, answer, question=QUESTION)
    assert result.correct, result.feedback


@pytest.mark.parametrize("answer", ["16 or 17", "16 but maybe 18", "17, not 16", "16, 17"])
def test_two_different_values_are_a_hedge_and_wrong(answer):
    result = grade_values("16", answer, question=QUESTION)
    assert not result.correct
    assert "more than one answer" in result.feedback


def test_integers_compare_exactly_without_a_relative_tolerance():
    assert not grade_values("7340025", "7340026").correct
    assert not grade_values("7340025x", "7340026x").correct


def test_a_rounded_expected_decimal_accepts_a_more_precise_value_only():
    assert grade_values("12.57", "12.566").correct
    assert not grade_values("12.57", "12.58").correct
    assert not grade_values("4.39%", "4.40%").correct


def test_rounding_uses_the_places_the_question_names():
    question = "Round your answer to the nearest hundredth."
    assert grade_values("1/3", "0.33", question=question).correct
    assert not grade_values("1/3", "0.3", question=question).correct
    assert not grade_values("1/3", "0.33").correct  # no rounding asked: fractions are exact


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("x^2 + 3x", "x(x+3)"),
        ("36x^3 - 108x", "-12x(9-3x^2)"),
        ("2x^2 + 6x", "2x(x+3)"),
        (r"$$\frac{2}{x+2}$$", "2/(x+2)"),
        (r"$$\left(p+7\right) \left(p-1\right)$$", "(p+7)(p-1)"),
        (r"$$\sqrt{x^{2}+1}$$", "sqrt(x^2+1)"),
        (r"$$3 \cdot x^{2}$$", "3x^2"),
        (r"$$2 \times 8$$", "16"),
        (r"$$\dfrac{3}{4}$$", "0.75"),
        (r"$$30^\circ$$", "30"),
        (r"$$25\%$$", "0.25"),
        (r"$$\frac{7\pi}{6}$$", "7pi/6"),
        ("log_7(49)", "2"),
        (r"$$(2,\frac{\pi}{6})$$, $$(2,\frac{5\pi}{6})$$", "(2, 5pi/6), (2, pi/6)"),
    ],
)
def test_implicit_products_and_authored_latex_parse(expected, answer):
    result = grade_values(expected, answer, type="problem_solving")
    assert result.correct, result.feedback


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("10q(3q+2)(q+4)", "10q"),
        ("log_7(x)", "log_8(x)"),
        ("(2, -1)", "(-1, 2)"),
        ("d_2 = 2A/d_1", "d_3 = 2A/d_1"),
        (r"$$\sqrt{x^{2}+1}$$", "sqrt(x^2+2)"),
        (r"$$25\%$$", "0.35"),
    ],
)
def test_a_math_expected_answer_is_never_graded_by_keywords(expected, answer):
    assert not grade_values(expected, answer).correct


def test_feedback_says_how_the_answer_was_read():
    assert "Read as 16." in grade_values("16", "The answer is 16").feedback
    assert "Read as 17" in grade_values("16", "So it is 17.").feedback
    assert "Read as x·(x + 3)" in grade_values("x^2+3x", "x(x+3)").feedback


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("x(x+3)", "x·(x + 3)"),
        ("The answer is 16", "16"),
        ("16 or 17", "16 or 17"),
        ("3x^2", "3x^2"),
        ("2/(x+2)", "2/(x + 2)"),
        ("12.50", "12.50"),
        ("hello there", ""),
    ],
)
def test_read_as_previews_how_a_typed_answer_will_be_read(typed, shown):
    assert read_as(typed) == shown


def test_read_as_latex_gives_katex_ready_math():
    assert read_as_latex("2/(x+2)") == r"\frac{2}{x + 2}"
    assert read_as_latex("nothing here") == ""


def explain_problem() -> Problem:
    return make_problem(
        question="In a few sentences, explain photosynthesis. Use the key terms.",
        correctAnswer="chlorophyll, light energy, glucose",
        explanation=(
            "Photosynthesis turns light energy into chemical energy stored in glucose. "
            "Chlorophyll in the chloroplasts absorbs the light."
        ),
    )


def test_an_explanation_with_the_right_words_is_not_scored_by_keyword_counts():
    wrong = "Glucose is broken down without light energy or chlorophyll to release energy."
    result = grade(explain_problem(), wrong)
    assert not result.scored and not result.correct and result.score == 0
    assert "Compare yours with the model answer" in result.feedback
    assert "Photosynthesis turns light energy" in result.feedback


def test_an_explanation_is_checked_against_the_concepts_facts():
    good = "Chlorophyll in the chloroplasts absorbs the light, and that light energy is stored."
    result = grade(explain_problem(), good)
    assert not result.scored
    assert "1 of the 2 points" in result.feedback
    assert "Not mentioned: Photosynthesis turns light energy" in result.feedback


def test_math_answers_never_reach_the_llm_even_with_the_openai_provider(monkeypatch):
    provider = OpenAIProvider(api_key="k", model="m", fallback=LocalProvider(), max_retries=0)

    def no_llm(*args, **kwargs):
        raise AssertionError("the LLM was asked to grade math")

    monkeypatch.setattr(provider, "_structured", no_llm)
    problem = make_problem(question="Simplify x^2 + 3x.", correctAnswer="x(x+3)")
    assert provider.grade_answer(problem, "x^2+3x").correct
    assert not provider.grade_answer(problem, "x^2+3x or x").correct
    choice = choice_problem()
    assert provider.grade_answer(choice, "B").correct


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=80), st.sampled_from(["16", "x(x+3)", r"$$\frac{2}{x+2}$$", "x = 2, y = 3"])
)
def test_grading_and_the_preview_never_raise_on_arbitrary_text(answer, expected):
    assert isinstance(read_as(answer), str) and isinstance(read_as_latex(answer), str)
    assert isinstance(grade_values(expected, answer).correct, bool)


def test_a_lone_one_in_a_sentence_is_a_word_not_a_second_value():
    assert grade_values("16", "Each one costs $16.").correct


@pytest.mark.parametrize("answer", ["The answer is B", "The answer is 1/2."])
def test_multiple_choice_reads_the_choice_from_a_sentence(answer):
    assert grade(choice_problem(), answer).correct


@pytest.mark.parametrize(
    ("expected", "answer", "correct"),
    [
        ("(-inf,-5)U(5,inf)", "(-∞, -5) ∪ (5, ∞)", True),
        (r"$$(-\infty,\frac{-10}{3}) \cup (4,\infty)$$", "(-inf,-10/3)U(4,inf)", True),
        ("(-inf,-5)U(5,inf)", "(-inf,-5]U(5,inf)", False),
        ("[1/3,inf)", "(1/3, inf)", False),
        (r"$$+\infty$$", "infinity", True),
        (r"$$+\infty$$", "-inf", False),
        ("16", "inf", False),
    ],
)
def test_intervals_and_infinity_compare_as_sets_and_limits(expected, answer, correct):
    assert grade_values(expected, answer).correct is correct
