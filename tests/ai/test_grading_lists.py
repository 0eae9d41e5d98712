"""Listed answers: the order counts only where the question fixes it; labelled values are
matched by their labels; a point's coordinates are named in alphabetical order."""

from __future__ import annotations

import pytest

from companion.ai.offline.answerform import asks_order
from companion.ai.offline.grading import grade_values
from companion.ai.offline.mathequivalence import equivalent
from companion.ai.offline.mathparse import parse_math


@pytest.mark.parametrize(
    "question",
    [
        "Order from least to greatest: 0.3, 1/4, 2/7.",
        "Arrange the numbers in decreasing order.",
        "Write the first three terms of a_n = n^2.",
        "Enter your answers in form a,b where a is greater than b.",
        "Input your answer in the form (a,b), with a > b.",
        "The z-scores are ___, respectively.",
        "Find the vertex, focus, and directrix of the parabola.",
        "Find the period and horizontal shift of f(x) = tan(2x).",
        "State the domain and range of f.",
        "Find the period and horizontal and vertical shift of f.",
        "Give the dimensions so that the longer dimension is first.",
    ],
)
def test_a_question_that_fixes_the_order_of_a_list_is_recognised(question):
    assert asks_order(question)


@pytest.mark.parametrize(
    "question",
    [
        "Solve x^2 = 9.",
        "Find all zeros of f(x) = x^3 - 4x.",
        "What are the two numbers?",
        "Identify the like terms.",
        "How much weight must be added in order to stretch it 3.0 mm?",
        "Write 14/24 in lowest terms.",
        "Find the roots, then give the vertex and the axis of symmetry.",
        "Find the x-intercepts and the y-intercept of f.",
    ],
)
def test_a_solution_set_or_a_plain_question_leaves_the_order_free(question):
    assert not asks_order(question)


def test_a_list_in_another_order_is_wrong_only_where_the_question_fixes_the_order():
    assert grade_values("1, 4, 9", "9, 4, 1", question="Solve for the values.").correct
    result = grade_values("1, 4, 9", "9, 4, 1", question="Write the first three terms of n^2.")
    assert not result.correct
    # labelled values are matched by their labels, whatever order the question fixes
    question = "Give x and y, respectively."
    assert grade_values("x = 1, y = 2", "y = 2, x = 1", question=question).correct
    assert not grade_values("x = 1, y = 2", "x = 2, y = 1", question=question).correct


def test_a_point_given_as_named_coordinates_is_read_in_coordinate_order():
    assert equivalent("(1, 2)", "y = 2, x = 1")
    assert not equivalent("(1, 2)", "x = 2, y = 1")
    assert equivalent("1, 2", "x = 2, y = 1")  # a bare list is a set of values


def test_empty_brackets_are_no_math():
    assert parse_math("x() + 1") is None


def test_numbers_put_in_order_with_less_than_signs_list_them_in_that_order():
    question = "Order from least to greatest: 0.3, 1/4, 2/7."
    assert grade_values("1/4, 2/7, 0.3", "1/4 < 2/7 < 0.3", question=question).correct
    assert not grade_values("1/4, 2/7, 0.3", "2/7 < 1/4 < 0.3", question=question).correct
    assert not grade_values("1/4, 2/7, 0.3", "0.3 > 2/7 > 1/4", question=question).correct
    down = "Order from greatest to least: 0.3, 1/4, 2/7."
    assert grade_values("0.3, 2/7, 1/4", "0.3 > 2/7 > 1/4", question=down).correct


def test_groups_listed_with_and_are_matched_whole_in_any_order():
    expected = "3x and -x, 2y^2 and y^2, 5 and 8"
    question = "Identify the like terms."
    assert grade_values(expected, "y^2 and 2y^2; 8 and 5, -x and 3x", question=question).correct
    assert not grade_values(expected, "3x and 2y^2, -x and y^2, 5 and 8", question=question).correct
    assert not grade_values(expected, "3x, -x, 2y^2, y^2, 5, 8", question=question).correct


def test_each_solution_of_a_system_keeps_its_own_pair_of_values():
    expected = "x = 1 and y = 4, x = -2 and y = 1"
    assert grade_values(expected, "x = -2 and y = 1, x = 1 and y = 4").correct
    assert not grade_values(expected, "x = 1 and y = 1, x = -2 and y = 4").correct


def test_a_list_ending_in_comma_and_and_a_point_named_in_a_sentence_are_read():
    question = "Order from least to greatest: 0.3, 1/4, 2/7."
    assert grade_values("1/4, 2/7, 0.3", "1/4, 2/7, and 0.3", question=question).correct
    assert grade_values("(2, -1)", "The solution is x = 2 and y = -1.").correct
    assert not grade_values("(2, -1)", "The solution is x = -1 and y = 2.").correct
