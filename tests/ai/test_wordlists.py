"""Worded lists: words compared as words in any order (in order where the question fixes
it), labelled values matched by label."""

from __future__ import annotations

import pytest

from companion.ai.offline.grading import grade_values
from companion.ai.offline.wordlists import listed_mismatch

OUTCOMES = "GG, GB, BG, BB"


@pytest.mark.parametrize(
    ("answer", "right"),
    [
        ("BB, BG, GB, GG", True),
        ("The sample space is GG, GB, BG, BB.", True),
        ("S = {BG, GG, BB, GB}", True),
        ("GG GB BG BB", True),
        ("GG, GB, BB", False),
        ("GG, GB, BG, BB, GGB", False),
        ("GG, GB, GB, BB", False),
    ],
)
def test_a_list_of_words_is_compared_as_words_in_any_order(answer, right):
    assert grade_values(OUTCOMES, answer, question="List the sample space.").correct is right


def test_a_list_of_words_keeps_its_order_where_the_question_fixes_one():
    question = "Put the planets in order from the sun."
    assert grade_values("Mercury, Venus, Earth", "Mercury, Venus, Earth", question=question).correct
    assert not grade_values(
        "Mercury, Venus, Earth", "Venus, Mercury, Earth", question=question
    ).correct


@pytest.mark.parametrize(
    ("expected", "answer", "right"),
    [
        ("Ana = 14, Ben = 9", "Ben = 9, Ana = 14", True),
        ("Ana = 14, Ben = 9", "Ana = 9, Ben = 14", False),
        ("12 nickels and 5 dimes", "5 dimes, 12 nickels", True),
        ("12 nickels and 5 dimes", "5 nickels and 12 dimes", False),
        ("bus 40 mph, car 60 mph", "car 60 mph and bus 40 mph", True),
        ("bus 40 mph, car 60 mph", "bus 60 mph, car 40 mph", False),
        ("p = hypotenuse, q = adjacent", "q = adjacent, p = hypotenuse", True),
        ("p = hypotenuse, q = adjacent", "p = adjacent, q = hypotenuse", False),
        ("Degree: 3, leading coefficient: -5", "leading coefficient: -5, degree: 3", True),
        ("Degree: 3, leading coefficient: -5", "leading coefficient: 5, degree: 3", False),
        # a bracket beside the number makes it math, not a labelled value
        ("rising on (2, oo); falling on (-oo, 2)", "rising on (-oo, 2); falling on (2, oo)", False),
    ],
)
def test_labelled_values_are_matched_by_label(expected, answer, right):
    assert grade_values(expected, answer).correct is right


def test_an_answer_with_other_labels_is_left_to_the_other_checks():
    assert listed_mismatch("Ana = 14, Ben = 9", "Ana is 14 years old") is None
    assert listed_mismatch("$400 in the 4% account, $600 in the 5% account", "$400, $600") is None
