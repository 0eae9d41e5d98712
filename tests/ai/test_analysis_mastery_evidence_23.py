"""Held-out tutor replies and student answers, written for this module, on what a tutor's
naming of the student's work says and which value a worked sentence ends in.

- A tutor who names what the student did or found instead of what was asked corrects it:
  "That's adding them.", "That's the perimeter, not the area.", "You found the cost of one,
  we need all 5.", "That would be the answer if ..."; naming it with praise ("That's adding
  them, good", "Yes, you added them correctly") does not.
- A student turn that ends in a computation not worked out ("so 150 minus 60", "it's 3
  times 12") gives the computation's value (90, 36).
- A fraction inside a longer explanation is no answer ("2/3 of them are red so 8 are red" is
  8); a bare "2/3" stays the fraction.

41 cases (unit and dialogue), 25 failed before (on the start commit 292c65a).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.studentturns import final_value
from companion.ai.offline.verdicts import reaction
from tests.ai.analysisprobes import dialogue, judged

RIGHT = "right"
WRONG = "wrong"

# -- 1. the tutor names what the student did instead of what was asked --------------------------

NAMED_INSTEAD = [
    "That's adding them.",
    "Hmm, that's adding the two prices together.",
    "That's the perimeter, not the area.",
    "That is the number of apples, not the number of baskets.",
    "You added instead of multiplying.",
    "You added the lengths when you should have multiplied them.",
    "That's how many she has left, the question asks how many she gave away.",
    "That is how much he spent. The question asks how much he has left.",
    "You found the cost of one, we need all 5.",
    "You've worked out the cost for one week, but we want the whole month.",
    "That would be the answer if he had bought only one ticket.",
    "That would be right if the price had not changed.",
    "That's only the time for the first part of the trip.",
    "So that's multiplying when we needed to divide.",
    "You've found how many boys there are, not how many girls.",
    "That's her age now, not in 5 years.",
]


@pytest.mark.parametrize("tutor", NAMED_INSTEAD)
def test_naming_what_was_done_instead_corrects(tutor: str) -> None:
    assert reaction(tutor) == WRONG


NAMED_WITH_PRAISE = [
    ("That's adding them, good. Now what do we do with the total?", RIGHT),
    ("Yes, you added them correctly.", RIGHT),
    ("That's right, we need all 5 of them.", RIGHT),
    ("Exactly, that's the area.", RIGHT),
    ("How many does she have left?", None),
    ("The question asks how many she gave away. What do you do first?", None),
]


@pytest.mark.parametrize(("tutor", "verdict"), NAMED_WITH_PRAISE)
def test_naming_it_with_praise_or_asking_does_not_correct(tutor: str, verdict: str) -> None:
    assert reaction(tutor) == verdict


def test_a_named_slip_in_a_dialogue_makes_the_answer_wrong() -> None:
    text = dialogue(
        "A rectangle is 6 cm by 4 cm. What is its area?",
        "20",
        "That's the perimeter, not the area. What do you multiply?",
        "6 x 4 = 24",
        "Yes! 24 square cm.",
    )
    assert judged(text) == [WRONG, "right_after_correction"]


# -- 2. a computation not worked out at the end of the turn -----------------------------------

TRAILING = [
    ("so 150 minus 60", "90"),
    ("it's 3 times 12", "36"),
    ("She gave away 60 of her 150 so 150 - 60", "90"),
    ("I think the answer is 48 divided by 4", "12"),
    ("He has 5 bags with 6 in each, so 5 x 6.", "30"),
    ("the total is 12 plus 8 plus 5", "25"),
    ("so it would be 3 multiplied by 15 dollars", "45"),
    # worked out, or not at the end: as before
    ("so 150 minus 60 is 90", "90"),
    ("3 x 12 = 36", "36"),
    ("10 - 3", "7"),
]


@pytest.mark.parametrize(("text", "value"), TRAILING)
def test_a_trailing_computation_gives_its_value(text: str, value: str) -> None:
    assert final_value(text) == [value]


def test_a_trailing_computation_in_a_dialogue_is_judged_by_its_value() -> None:
    text = dialogue(
        "Sam had 150 stickers and gave 60 to his sister. How many does he have now?",
        "so 150 minus 60",
        "Good, and what is that?",
    )
    assert judged(text) == [RIGHT]


# -- 3. a fraction inside an explanation --------------------------------------------------------

FRACTIONS = [
    ("2/3 of them are red so 8 are red", "8"),
    ("She ate 1/4 of the pizza, so 6 slices are left", "6"),
    ("1/2 of 30 is 15", "15"),
    ("There are 12 marbles and 3/4 are blue, so 9 blue ones", "9"),
    ("2/3", "2/3"),
    ("I think it's 3/4", "3/4"),
    ("the answer is 5/8 of the cake", "5/8"),
]


@pytest.mark.parametrize(("text", "value"), FRACTIONS)
def test_a_fraction_inside_an_explanation_is_no_answer(text: str, value: str) -> None:
    assert final_value(text) == [value]
