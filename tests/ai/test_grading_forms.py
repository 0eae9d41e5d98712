"""Exact grading of forms the practice templates use: π, points in sentences, "2 x 10^10",
and answers the question asks in lowest terms or as a mixed number."""

import pytest

from companion.ai.offline.grading import HEDGED, grade_values, read_as
from companion.ai.offline.mathparse import parse_math

LOWEST = "Write 14/24 in lowest terms."
MIXED = "Write 7/2 as a mixed number."


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("pi", "π"),
        ("pi", "pi"),
        ("pi", "The answer is π."),
        ("-pi", "-π"),
        ("2*pi", "2π"),
        ("pi/2", "π/2"),
        ("3*pi/4", "3pi/4"),
        ("2*pi/3", "2π/3"),
        ("2π/3", "2*pi/3"),
        ("π", "pi"),
    ],
)
def test_pi_forms_are_read_exactly_and_equal_each_other(expected, answer):
    result = grade_values(expected, answer)
    assert result.correct, result.feedback


@pytest.mark.parametrize(
    ("expected", "answer"),
    [("pi", "3.14"), ("pi", "2π"), ("pi/2", "π/3"), ("2*pi/3", "120°"), ("pi", "π or 2π")],
)
def test_other_values_and_degrees_do_not_match_a_pi_answer(expected, answer):
    assert not grade_values(expected, answer).correct


def test_a_hedge_between_two_pi_values_says_so():
    assert HEDGED in grade_values("pi", "π or 2π").feedback


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("(3, 4)", "I got (3, 4)"),
        ("(3, 4)", "the midpoint is (3, 4)."),
        ("(3, 4)", "The answer is (3,4) because I averaged the ends."),
        ("(-2, 5)", "the vertex is at (-2, 5)"),
        ("(3, 4)", "(3, 4) and again (3, 4)"),
        ("[[1, 2], [3, 4]]", "the matrix is [[1,2],[3,4]]"),
    ],
)
def test_a_point_or_matrix_in_a_sentence_is_read(expected, answer):
    result = grade_values(expected, answer)
    assert result.correct, result.feedback


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("(3, 4)", "I got (4, 3)"),
        ("(3, 4)", "the midpoint is (3, 5)."),
        ("[[1, 2], [3, 4]]", "the matrix is [[1,2],[4,3]]"),
    ],
)
def test_a_wrong_point_in_a_sentence_is_wrong(expected, answer):
    assert not grade_values(expected, answer).correct


@pytest.mark.parametrize("answer", ["(3, 4) or (4, 3)", "I got (3, 4), maybe (4, 3)"])
def test_two_different_points_are_a_hedge_and_wrong(answer):
    result = grade_values("(3, 4)", answer)
    assert not result.correct
    assert HEDGED in result.feedback and "(4, 3)" in result.feedback


def test_an_interval_answer_is_not_taken_for_a_point():
    assert grade_values("(-oo, 2)", "(-∞, 2)").correct
    assert not grade_values("(-oo, 2)", "(-∞, 3)").correct


def test_the_preview_reads_a_point_as_a_point():
    assert read_as("I got (3, 4).") == "(3, 4)"


@pytest.mark.parametrize(
    "answer", ["2x10^10", "2 x 10^10", "2×10^10", "2 · 10^10", "2*10^10", "2 X 10^10"]
)
def test_scientific_notation_with_an_x_times_sign_is_read(answer):
    result = grade_values("2*10^10", answer)
    assert result.correct, result.feedback


def test_scientific_notation_with_negative_and_decimal_parts_is_read():
    assert grade_values("1.5*10^-3", "1.5 x 10^-3").correct
    assert not grade_values("1.5*10^-3", "1.5 x 10^3").correct


def test_an_x_elsewhere_stays_a_variable():
    assert parse_math("3x + 10^2") == parse_math("3*x + 100")
    assert parse_math("x10^2") is None or parse_math("x10^2").free_symbols
    assert grade_values("2x + 1", "2x+1").correct
    assert not grade_values("2*10^10", "2x").correct


@pytest.mark.parametrize(
    ("question", "answer", "shown"),
    [
        (LOWEST, "14/24", "14/24"),
        (LOWEST, "The answer is 14/24.", "14/24"),
        ("Write 14/24 in simplest form.", "14/24", "14/24"),
        ("Simplify the fraction 14/24.", "28/48", "28/48"),
        ("Reduce 14/24.", "14/24", "14/24"),
    ],
)
def test_an_unsimplified_fraction_is_wrong_when_lowest_terms_are_asked(question, answer, shown):
    result = grade_values("7/12", answer, question=question)
    assert not result.correct
    assert "right value" in result.feedback and "not in lowest terms" in result.feedback
    assert shown in result.feedback and "divide the top and bottom by" in result.feedback


def test_a_whole_number_written_over_one_or_unreduced_is_wrong_when_simplifying():
    assert grade_values("2", "2", question="Simplify 8/4.").correct
    over_one = grade_values("2", "2/1", question="Simplify 8/4.")
    assert not over_one.correct and "write it as 2" in over_one.feedback
    assert not grade_values("2", "8/4", question="Simplify 8/4.").correct


@pytest.mark.parametrize("answer", ["7/12", "I got 7/12", "The answer is 7/12."])
def test_lowest_terms_are_accepted(answer):
    assert grade_values("7/12", answer, question=LOWEST).correct


def test_value_grading_stays_when_no_form_is_asked():
    assert grade_values("7/12", "14/24", question="What is 14/24 of a whole?").correct


def test_a_wrong_value_in_lowest_terms_is_still_just_wrong():
    result = grade_values("7/12", "5/12", question=LOWEST)
    assert not result.correct and "not equal to the expected answer" in result.feedback


@pytest.mark.parametrize("answer", ["7/2", "3.5", "2 3/2"])
def test_a_right_value_not_written_as_a_mixed_number_is_wrong(answer):
    result = grade_values("3 1/2", answer, question=MIXED)
    assert not result.correct
    assert "right value" in result.feedback and "not written as a mixed number" in result.feedback


@pytest.mark.parametrize("answer", ["3 1/2", "The answer is 3 1/2."])
def test_a_mixed_number_is_accepted_and_shown_as_typed(answer):
    result = grade_values("3 1/2", answer, question=MIXED)
    assert result.correct and "Read as 3 1/2" in result.feedback


def test_converting_a_mixed_number_to_a_fraction_is_not_checked_for_mixed_form():
    question = "Write the mixed number 3 1/2 as an improper fraction."
    assert grade_values("7/2", "7/2", question=question).correct


@pytest.mark.parametrize(
    ("expected", "answer", "correct"),
    [
        ("x = 2 or x = -3", "I got x = 2 or x = -3", True),
        ("x = -6 or x = 1 or x = 6", "the zeros are -6, 1 and 6", True),
        ("x = 30 or x = 150", "So x = 30 or x = 150.", True),
        ("x = 2 or x = -3", "I got x = 2 or x = 3", False),
        ("x = -6 or x = 1 or x = 6", "I got -6 and 1", False),
    ],
)
def test_a_list_of_solutions_is_read_after_a_lead_in_of_words(expected, answer, correct):
    assert grade_values(expected, answer).correct is correct


@pytest.mark.parametrize("answer", ["x = ±3", "x=+-3", "+-3", "±3"])
@pytest.mark.parametrize("expected", ["x = 3 or x = -3", "3, -3"])
def test_a_plus_or_minus_answer_is_read_as_both_values(expected, answer):
    grade = grade_values(expected, answer, question="Solve x^2 = 9.")
    assert grade.correct
    assert "Read as 3 or -3." in grade.feedback  # never "Read as -3", the sign dropped
