"""Held-out answer forms for practice grading (written for this test, not taken from any
data set): right answers in unusual but unambiguous forms are accepted; hedges, guesses,
missing pieces (+ C, the bars of ln|x|, a root) and slips are wrong."""

from __future__ import annotations

import random

import pytest

from companion.ai.offline.grading import grade, grade_values
from companion.ai.offline.templates.parametric import polynomial_inequality

TRIG = "Solve sin x = 1/2 for 0° ≤ x < 360°."


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("3/4", ".75"),
        ("0.75", "3 / 4"),
        ("2.5", "2 1/2"),
        ("2.5", "two and a half"),
        ("-3", "x=-3."),
        # fractions said in words
        ("3/4", "three fourths"),
        ("3/4", "3 over 4"),
        ("-3/4", "negative three fourths"),
        ("1/2", "a half"),
        ("3.25", "3 and a quarter"),
        ("3.75", "three and three quarters"),
        ("50", "50 half-gallons"),  # a noun, no fraction
        ("12", "The answer is 12 cm"),
        ("1200", "$1200.00"),
        ("25%", "0.25"),
        ("x = 2 or x = -3", "x = -3, x = 2"),
        ("x = 2 or x = -3", "x = 2 or -3"),
        ("(2, 3)", "x = 2, y = 3"),
        ("x = 2, y = 3", "y = 3, x = 2"),
        ("2x + 6", "2(x + 3)"),
        ("(x+2)(x+3)", "(x + 3)(x + 2)"),
        ("sqrt(2)/2", "1/sqrt(2)"),
        ("2sqrt(3)", "√12"),
        ("x^3/3 + C", "(1/3)x^3 + C"),
        ("y = 2x + 1", "y = 1 + 2x"),
        ("-2 < x < 3", "(-2, 3)"),
        ("x >= 4", "4 <= x"),
        # degrees after each listed value
        ("x = 30 or x = 150", "x = 30°, x = 150°"),
        ("x = 30 or x = 150", "30°, 150°"),
        ("x = 30 or x = 150", "x = 30 degrees or x = 150 degrees"),
        ("x = 30 or x = 150", "30 and 150 degrees"),
        # absolute value bars compared as math
        ("ln|x| + C", "ln(abs(x)) + C"),
        ("ln(abs(x)) + C", "ln|x| + C"),
        ("ln|x + 1| + C", "ln|1 + x| + C"),
        ("ln|x + 1| + C", "ln(|x+1|) + C"),
        ("\\ln\\left|x\\right| + C", "ln|x| + C"),
        ("|x|", "sqrt(x^2)"),
        ("5", "|-5|"),
        # another name for the constant of integration
        ("ln|x| + C", "ln|x| + K"),
        ("x^3/3 + C", "x^3/3 + k"),
        # a plus-minus sign gives both solutions
        ("x = 3 or x = -3", "x = ±3"),
        ("x = 3 or x = -3", "x = +/- 3"),
        ("x = 1 or x = 5", "x = 3 ± 2"),
        ("2 + sqrt(3), 2 - sqrt(3)", "x = 2 ± √3"),
        ("-2", "3+-5"),  # 3 + (-5), no plus-minus
        ("2|x|", "2 abs(x)"),
        ("2arcsin(x)", "2 arcsin(x)"),
        # interval notation for an inequality
        ("x >= 4", "[4, ∞)"),
        ("x > 2 or x < -3", "(-oo, -3) U (2, oo)"),
    ],
)
def test_a_right_answer_in_another_form_is_accepted(expected, answer):
    result = grade_values(expected, answer, question=TRIG if "150" in expected else "")
    assert result.correct, result.feedback


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # hedges, ranges and guesses
        ("16", "16 or 17"),
        ("16", "16-17"),
        ("16", "between 15 and 17"),
        ("16", "I think it's 15 or 16"),
        ("16", "x = 16 or x = 17"),
        ("16", "maybe 16"),
        ("16", "probably 16"),
        ("16", "I guess 16"),
        ("16", "about 16 or so"),
        ("12", "12 or 13 maybe"),
        ("12", "not 12"),
        ("5", "5ish"),
        ("2", "2 abs(x)"),  # a function after a number is math, not a unit
        ("2", "2 arcsin(x)"),
        ("3", "±3"),
        ("3", "x = +-3"),
        ("5", "5 ± 1"),
        ("x = 3 or x = -3", "x = ±4"),
        # a missing or extra piece
        ("x = 2 or x = -3", "x = 2"),
        ("x = 2 or x = -3", "x = 2, x = -3, x = 5"),
        ("x = 30 or x = 150", "x = 30°"),
        ("x = 30 or x = 150", "x = 30°, x = 210°"),
        ("ln|x| + C", "ln x + C"),
        ("ln|x| + C", "ln(x) + C"),
        ("ln|x| + C", "ln|x|"),
        ("x^3/3 + C", "x^3/3"),
        ("x^3/3 + C", "x^3/3 + C + K"),
        ("|x|", "x"),
        ("|x| + 1", "x + 1"),
        # slips
        ("(2, 3)", "(3, 2)"),
        ("x^2 + 5x + 6", "(x+2)(x-3)"),
        ("3/4", "4/3"),
        ("3/4", "three fifths"),
        ("2.5", "two and a third"),
        ("0.25", "25"),
        ("x >= 4", "x > 4"),
        ("x >= 4", "(4, ∞)"),
        ("-2 < x < 3", "[-2, 3]"),
        ("1200", "12000"),
        ("pi/6", "30"),
        ("y = 2x + 1", "y = 2x - 1"),
    ],
)
def test_a_hedge_a_missing_piece_or_a_slip_is_wrong(expected, answer):
    result = grade_values(expected, answer, question=TRIG if "150" in expected else "")
    assert not result.correct, result.feedback


def test_a_guess_says_why_it_is_not_marked_right():
    assert "guess" in grade_values("16", "maybe 16").feedback


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_polynomial_inequality_practice_is_typed_and_graded_as_a_set(difficulty):
    for seed in range(8):
        problem = polynomial_inequality(random.Random(seed), difficulty)
        assert problem.type != "multiple_choice" and not problem.options
        answer = problem.correctAnswer
        assert grade(problem, answer.replace("≤", "<=").replace("≥", ">=")).correct
        if " or " in answer:  # the two rays in the other order
            first, second = answer.split(" or ")
            assert grade(problem, f"{second} or {first}").correct
            assert not grade(problem, answer.replace(" or ", " and ")).correct
        flipped = answer.replace("<", "#").replace(">", "<").replace("#", ">")
        assert not grade(problem, flipped).correct
