"""A concept's phrase said with another definite determiner: the knowledge base writes "area of
the triangle", "slope of the line", "volume of the cylinder", a tutor says "the area of that
triangle", "the slope of this line", "this expression". "the", "this" and "that" are one
reference; "a"/"an" stay as written ("write an equation" is not "write the equation"), and
"the number" never reads as the algebraic "a number" ("5 more than the number of apples" is a
story's count, not an expression).

Every exchange is written for this test, not taken from any data set.
7 exchanges, 4 failed before (area, simplify, verify, eliminate with "this" or "that"); the
three checks of `determiner_variants` itself are new with it.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.matching import determiner_variants, tokenize

FOUND = [
    (
        "Tutor: We found the legs are 5 and 12. Can you find the area of that triangle?\n"
        "Student: 5 times 12 is 60, half of it is 30\nTutor: Yes, 30 square units.",
        "geometry.area_of_plane_figures",
    ),
    (
        "Tutor: 3x + 4 + 2x - 1. Simplify this expression.\nStudent: 5x + 3\n"
        "Tutor: Good, you put the x terms together and the numbers together.",
        "algebra_1.combining_like_terms",
    ),
    (
        "Tutor: Let's verify this identity: sin^2 x + cos^2 x = 1. Where do we start?\n"
        "Student: use the unit circle point (cos x, sin x)?\nTutor: Yes, then x^2 + y^2 = 1.",
        "trigonometry.trigonometric_identities",
    ),
    (
        "Tutor: Here are the scores 4, 8, 6, 10 and 2. How would you describe the spread of "
        "this data?\nStudent: they go from 2 to 10\nTutor: Good, that's 8 wide.",
        "statistics.standard_deviation",
    ),
    (
        "Tutor: x = 2t and y = t + 1. Let's eliminate this parameter.\nStudent: t = x/2 so "
        "y = x/2 + 1\nTutor: Perfect.",
        "precalculus.parametric_equations",
    ),
]

NOT_FOUND = [
    (
        "Tutor: Sam has 4 more than the number of apples Mia has. Mia has 9. How many does "
        "Sam have?\nStudent: 13\nTutor: Yes!",
        "pre_algebra.algebraic_expressions",
    ),
    (
        "Tutor: There are 6 fewer than the number of red cars. There are 20 red cars. How many "
        "blue cars?\nStudent: 14\nTutor: Good.",
        "pre_algebra.algebraic_expressions",
    ),
]


@pytest.mark.parametrize(("transcript", "concept"), FOUND)
def test_a_definite_determiner_said_another_way_still_names_the_concept(transcript, concept):
    ids = [c.kb_id for c in analyze(transcript, subject_hint="Math").concepts]
    assert concept in ids, ids


@pytest.mark.parametrize(("transcript", "concept"), NOT_FOUND)
def test_the_number_of_a_story_is_no_algebraic_unknown(transcript, concept):
    ids = [c.kb_id for c in analyze(transcript, subject_hint="Math").concepts]
    assert concept not in ids, ids


def test_the_variants_swap_definite_determiners_inside_a_phrase_only():
    variants = determiner_variants(tuple(tokenize("area of the triangle")))
    assert tuple(tokenize("area of that triangle")) in variants
    assert tuple(tokenize("area of this triangle")) in variants
    assert tuple(tokenize("area of a triangle")) not in variants
    assert determiner_variants(("the", "slope")) == {("the", "slope")}  # it opens the phrase


def test_an_indefinite_article_keeps_its_meaning():
    variants = determiner_variants(tuple(tokenize("write an equation")))
    assert variants == {tuple(tokenize("write an equation"))}


def test_the_word_before_number_is_left_as_written():
    phrase = tuple(tokenize("more than the number"))
    assert determiner_variants(phrase) == {phrase}
