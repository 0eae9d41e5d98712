"""Matrices typed times a number or row by row are read as the matrix they stand for."""

from __future__ import annotations

import pytest

from companion.ai.offline.grading import grade_values
from companion.ai.offline.matrices import bare_rows, scaled

INVERSE = r"$$-1/7*\begin{bmatrix} 2 & 1 \\ 3 & -2 \end{bmatrix}$$"


@pytest.mark.parametrize(
    ("text", "matrix"),
    [
        ("1/5*[[2, 1], [3, 4]]", "[[2/5, 1/5], [3/5, 4/5]]"),
        ("(-1/2)[[2, 0], [1, 4]]", "[[-1, 0], [-1/2, -2]]"),
        ("3[[1], [2]]", "[[3], [6]]"),
        ("[[6, 3], [0, 9]]/3", "[[2, 1], [0, 3]]"),
        ("2*[[x, 1]]", "[[(2)*(x), 2]]"),
    ],
)
def test_a_number_times_a_matrix_is_the_matrix_of_products(text, matrix):
    assert scaled(text) == matrix


def test_rows_typed_without_brackets_are_a_matrix_and_a_list_is_not():
    assert bare_rows("1 2; 3 4") == "[[1, 2], [3, 4]]"
    assert bare_rows("1, 2; 3, 4") == "[[1, 2], [3, 4]]"
    assert bare_rows("x = 2; y = 3") is None


@pytest.mark.parametrize(
    ("answer", "right"),
    [
        ("[[-2/7, -1/7], [-3/7, 2/7]]", True),
        ("-1/7 [[2, 1], [3, -2]]", True),
        ("-2/7 -1/7; -3/7 2/7", True),
        ("[[2, 1], [3, -2]]", False),
        ("[[-2/7, -1/7], [-3/7, -2/7]]", False),
        ("1/7*[[2, 1], [3, -2]]", False),
    ],
)
def test_a_matrix_times_a_number_is_graded_cell_by_cell(answer, right):
    assert grade_values(INVERSE, answer).correct is right


@pytest.mark.parametrize(
    "answer",
    ["[[-2/7 -1/7], [-3/7 2/7]]", "((-2/7, -1/7), (-3/7, 2/7))", "[[2, 1], [3, -2]] * -1/7"],
)
def test_a_matrix_with_spaced_cells_round_rows_or_the_number_after_it_is_read(answer):
    result = grade_values(INVERSE, answer)
    assert result.correct, result.feedback
