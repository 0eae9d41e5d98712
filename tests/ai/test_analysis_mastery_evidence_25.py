"""Held-out student answers and tutor replies, written for this module, on mixed numbers, a
part of a counted whole, praise before a "but" that asks for something else instead, and a
tutor's own different result.

- A mixed number is one value: "2 1/2 cups" is 5/2, "3 and 1/4" is 13/4, "1 3/4" is 7/4;
  "2 and a half" is 5/2; a whole number and a fraction apart ("3 miles and 1/2 of them") or
  two operands ("the sum of 3 and 1/4") stay two.
- A part of a counted whole is worked out: "I ate 1/2 of the 8 slices" is 4, "25% of the 80
  students" is 20, "half of the 12 eggs" is 6; "1/2 of the pizza is 4 slices" is still 4.
- Praise then "but" and a question naming what to ask instead ("Nice work, but what is 15% of
  40, not 40% of 15?") corrects; "Nice work, but what's the next step?" still confirms.
- A tutor stating a different result of their own ("Hmm, I got 36 though", "I'm getting 36")
  corrects; "I got 36 too" with the student's 36 confirms.

38 cases (unit and dialogue), 23 failed before (on the start commit 9edb529).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.statedresults import stated_results
from companion.ai.offline.studentturns import final_value
from companion.ai.offline.verdicts import reaction
from tests.ai.analysisprobes import dialogue, judged

RIGHT = "right"
WRONG = "wrong"

# -- 1. what a student's answer gives -----------------------------------------------------------

VALUES = [
    ("2 1/2 cups", "5/2"),
    ("3 and 1/4", "13/4"),
    ("I think it's 1 3/4 hours", "7/4"),
    ("the answer is 4 2/3", "14/3"),
    ("she needs 2 and a half cups", "5/2"),
    ("I ate 1/2 of the 8 slices", "4"),
    ("25% of the 80 students", "20"),
    ("he ate half of the 12 eggs", "6"),
    ("2/3 of the 9 marbles", "6"),
    ("a total of 3 and 1/4 cups", "13/4"),
    # two operands named, no mixed number: as before
    ("the sum of 3 and 1/4", "3"),
    ("the difference between 5 and 1/2", "5"),
    # as before
    ("1/2 of the pizza is 4 slices", "4"),
    ("she has 3/4 of the pizza left", "3/4"),
    ("he walked 3 miles and 1/2 of them were uphill", "3"),
    ("5/2", "5/2"),
    ("1/2 of 30", "15"),
]


@pytest.mark.parametrize(("text", "value"), VALUES)
def test_the_value_an_answer_gives(text: str, value: str) -> None:
    assert final_value(text) == [value]


# -- 2. how the tutor judges ----------------------------------------------------------------------

VERDICTS = [
    ("Nice work, but what is 15% of 40, not 40% of 15?", WRONG),
    ("Good job! But how many are left, not how many she ate?", WRONG),
    ("Great effort, but what does the question ask for, the area and not the perimeter?", WRONG),
    # as before
    ("Nice work, but what's the next step?", RIGHT),
    ("Great, so what is 15% of 40?", RIGHT),
    ("Good job! Now what is 15% of 60?", RIGHT),
]


@pytest.mark.parametrize(("tutor", "verdict"), VERDICTS)
def test_how_the_tutor_judges(tutor: str, verdict: str) -> None:
    assert reaction(tutor) == verdict


# -- 3. in a dialogue -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tutor",
    [
        "Hmm, I got 36 though.",
        "I'm getting 36.",
        "Oh, I get 36 when I work it out.",
        "Well, I came up with 36. Can you check?",
    ],
)
def test_the_tutors_own_different_result_corrects(tutor: str) -> None:
    text = dialogue("What is 4 x 9?", "32", tutor)
    assert judged(text) == [WRONG]


def test_after_the_tutors_own_result_the_student_is_told() -> None:
    text = dialogue("What is 4 x 9?", "32", "Hmm, I got 36 though.", "oh yeah, 36", "Yes!")
    assert judged(text) == [WRONG, "told"]


@pytest.mark.parametrize("tutor", ["I got 36 too!", "Yes, I'm getting 36 as well."])
def test_the_tutors_same_result_confirms(tutor: str) -> None:
    text = dialogue("What is 4 x 9?", "36", tutor)
    assert judged(text) == [RIGHT]


STATED = [
    ("Hmm, I got 36 though.", {"36"}),
    ("I got 36 cookies.", {"36"}),
    # a story the tutor tells, a condition: no result of the tutor's
    ("I got 12 stickers and gave away 5. How many are left?", set()),
    ("If I get 3 more, how many do I have?", set()),
]


@pytest.mark.parametrize(("tutor", "results"), STATED)
def test_the_tutors_own_result(tutor: str, results: set[str]) -> None:
    assert stated_results(tutor) == results


def test_a_mixed_number_is_judged_by_its_value() -> None:
    text = dialogue(
        "A recipe needs 1 1/4 cups of flour per batch. How much for 2 batches?",
        "2 1/2 cups",
        "Can you say it as an improper fraction?",
        "5/2",
        "Yes, that's right.",
    )
    assert judged(text) == ["unconfirmed", RIGHT]  # as before


def test_a_corrected_mixed_number_given_again_as_a_fraction_stays_wrong() -> None:
    text = dialogue(
        "What is 3/4 + 3/4?",
        "1 1/4",
        "Not quite.",
        "5/4",
        "Let's add the tops first: what is 3 + 3?",
        "6, so 6/4",
        "Yes!",
    )
    assert judged(text) == [WRONG, WRONG, "guided"]


def test_a_part_of_a_counted_whole_then_praise_with_a_but() -> None:
    text = dialogue(
        "A pizza has 8 slices and Sam ate 1/2 of them. How many slices are left?",
        "Sam ate 1/2 of the 8 slices",
        "Nice work, but how many are left, not how many he ate?",
        "4 slices left",
        "Great job!",
    )
    assert judged(text) == [WRONG, "right_after_correction"]


def test_a_percent_of_the_wrong_number() -> None:
    text = dialogue(
        "What is 15% of 40?",
        "40% of 15 is 6",
        "Nice work, but what is 15% of 40, not 40% of 15?",
        "it's 6 either way",
        "Exactly, well spotted!",
    )
    assert judged(text) == [WRONG, "right_after_correction"]
