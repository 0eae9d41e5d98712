"""Words beside the values of an answer (written for this test, not taken from any data
set): a label, a denial, an opposite word, a negating prefix, another unit of the same kind,
other numbers or math in a worded answer, or a matrix entry make an answer wrong, whatever
words it shares with the expected one; the same answer in other words stays right."""

from __future__ import annotations

import pytest

from companion.ai.offline.grading import grade_values

MATRIX = r"$$\begin{bmatrix} 2 & -1 \\ 0 & 5 \end{bmatrix}$$"
COLUMN = r"$$\begin{bmatrix} \frac{1}{4} \\ \frac{-3}{2} \end{bmatrix}$$"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # a label is a whole word
        ("a", "c"),
        ("B", "D"),
        ("II", "III"),
        ("IV", "V"),
        # a negating prefix or a denial
        ("Consistent and independent", "Inconsistent and independent"),
        ("Consistent and dependent", "Consistent and independent"),
        ("rational", "irrational"),
        ("defined", "undefined"),
        ("one-to-one", "not one-to-one"),
        ("The function is continuous", "The function is not continuous"),
        # an opposite word
        ("12 m north", "12 m south"),
        ("true", "false"),
        ("concave up", "concave down"),
        ("increasing", "decreasing"),
        ("with replacement", "without replacement"),
        ("less than", "greater than"),
        (
            "Degree of the top is less than degree of the bottom",
            "Degree of the top is equal to degree of the bottom",
        ),
        ("Vertex (2, -3), opens upward", "Vertex (2, -3), opens downward"),
        # the same words the other way round
        ("left to right", "right to left"),
        ("35 degrees north of east", "35 degrees east of north"),
        # another unit of the same kind
        ("45 km/h", "45 km/min"),
        ("45 km/h", "45 h/km"),
        ("8 cm", "8 mm"),
        ("3 kg", "3 g"),
        ("2 hours", "2 minutes"),
        # other numbers, signs or math in a worded answer
        ("Degree: 4, leading coefficient: -2", "Degree: 4, leading coefficient: 2"),
        ("Degree: 4, leading coefficient: -2", "Degree: 2, leading coefficient: -4"),
        ("Quotient: x^2 + 2x - 1, remainder: 3", "Quotient: x^2 - 2x - 1, remainder: 3"),
        ("Excluded values: -1/2 and 4", "Excluded values: 1/2 and 4"),
        ("Range: (0, 3)", "Range: [0, 3)"),
        ("null: mu1 = mu2, alternative: mu1 != mu2", "null: mu1 != mu2, alternative: mu1 = mu2"),
        ("two and three tenths", "negative two and three tenths"),
        ("all real numbers", "all real numbers except 2"),
        # an interval's end open or closed, a quantifier
        ("[1, 9]", "(1, 9)"),
        ("(-2, 1]", "(-2, 1)"),
        ("[-4, 4], [0, 2]", "(-4, 4), (0, 2)"),
        ("Only f is a function", "Both are functions"),
        ("Only f is a function", "Neither is a function"),
        # another of the labelled things, a lone letter
        ("Graph C", "Graph B"),
        ("Type I error", "Type II error"),
        ("Quadrant IV", "Quadrant II"),
        ("z-score", "t score"),
        # a matrix entry, a sign, a row order
        (MATRIX, "[[2, -1], [0, 4]]"),
        (MATRIX, "[[2, 1], [0, 5]]"),
        (MATRIX, "[[2, 0], [-1, 5]]"),
        (MATRIX, "[2 -1; 0 -5]"),
        (COLUMN, "[[1/4], [3/2]]"),
    ],
)
def test_words_that_change_the_answer_make_it_wrong(expected, answer):
    result = grade_values(expected, answer)
    assert not result.correct, result.feedback


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("a", "A"),
        ("Graph C", "graph c"),
        ("Type I error", "a type I error"),
        ("the y-intercept", "y intercept"),
        ("slope", "the slope m"),
        ("z-score", "z score"),
        ("[1, 9]", "[1,9]"),
        ("(-2, 1]", "( -2 , 1 ]"),
        ("II", "(II)"),
        ("Consistent and independent", "consistent & independent"),
        ("not one-to-one", "It is not one-to-one"),
        ("12 m north", "12 meters north"),
        ("45 km/h", "45"),
        ("45 km/h", "45 kilometers per hour"),
        ("60 mph", "60 miles per hour"),
        ("8 cm", "8 centimeters"),
        ("Degree: 4, leading coefficient: -2", "degree 4 and leading coefficient -2"),
        ("Quotient: x^2 + 2x - 1, remainder: 3", "quotient x^2+2x-1, remainder 3"),
        ("Excluded values: -1/2 and 4", "excluded values: -0.5 and 4"),
        ("35 degrees north of east", "35 degrees north of east"),
        (MATRIX, "[[2, -1], [0, 5]]"),
        (MATRIX, "[2 -1; 0 5]"),
        (MATRIX, "[2, -1; 0, 5]"),
        (COLUMN, "[[1/4], [-3/2]]"),
        (COLUMN, "[[0.25], [-1.5]]"),
    ],
)
def test_the_same_answer_in_other_words_stays_right(expected, answer):
    result = grade_values(expected, answer)
    assert result.correct, result.feedback


def test_a_statement_is_not_marked_by_its_shared_words():
    expected = (
        "The median is the middle value when the data are put in order from least to greatest"
    )
    wrong = grade_values(
        expected, "The median is the average of all the values in the data when put in order"
    )
    assert not wrong.correct and not wrong.scored
    assert expected in wrong.feedback  # shown next to the student's, to compare
    assert grade_values(expected, expected.lower() + ".").correct


def test_a_short_answer_needs_every_key_term():
    result = grade_values("greatest common factor", "common factor")
    assert not result.correct and "greatest" in result.feedback


def test_the_feedback_names_the_word_that_contradicts():
    result = grade_values("45 km/h", "45 km/min")
    assert "min" in result.feedback
    assert "south" in grade_values("12 m north", "12 m south").feedback


@pytest.mark.parametrize(
    ("expected", "answer", "right"),
    [
        ("A", "A is the one", True),
        ("A", "Relation A", True),
        ("A", "it's A", True),
        ("B", "I think it's B", True),
        ("A", "B is the one", False),
        ("A", "A or B", False),
        ("A is one-to-one", "B is one-to-one", False),
        ("A is one-to-one", "A is one-to-one and so is B", False),
        ("A function has one output per input", "A function has one output per input.", True),
    ],
)
def test_a_lone_capital_letter_names_a_choice_and_the_article_a_does_not(expected, answer, right):
    assert grade_values(expected, answer).correct is right


def test_an_answer_that_makes_and_denies_the_same_statement_is_wrong():
    expected = "The point is not on the line."
    result = grade_values(expected, "The point is on the line. The point is not on the line.")
    assert not result.correct
    assert grade_values(expected, "The point is not on the line. It lies below it.").correct


@pytest.mark.parametrize(
    ("expected", "answer", "right"),
    [
        ("2 real", "2 complex", False),
        ("1.5 degrees", "1.5 radians", False),
        ("2 real", "2 distinct real roots", True),
        ("1.5 degrees", "1.5 deg", True),
        ("1.5 degrees", "1.5° is my answer", True),
    ],
)
def test_the_word_that_says_what_a_number_counts_must_be_the_same(expected, answer, right):
    assert grade_values(expected, answer).correct is right
