"""Held-out tutor replies and student answers, written for this module, on confirmations typed
after a "no", doubts asked back, praise for a part, and answers given as an expression, a
fraction, a percent or with a unit.

- A "no" that opens a confirmation denies the doubt, not the answer: "No, you're right",
  "Nah, that's correct", "No no, it's right"; the tutor's own slip ("my mistake", "I
  misread") says nothing of the student's answer.
- A doubt asked back corrects: "Not sure that's right", "Where did the 42 come from?",
  "What's 7 times 8 again?", "I'm getting a different number"; so does praise for a part
  ("Good job with the first part", "That's the right idea! Now ...") and a step that
  "needs another look" after praise; "Close enough!", "That works!", "Mhm", "That's what I
  got too" confirm.
- A student turn that gives a part of a number not worked out ("1/2 of 30", "25% of 80",
  "half of 30") gives its value (15, 20, 15), never the whole; a unit's power ("24 cm^2") is
  no answer, and a single fraction in a sentence ("she has 3/4 of the pizza left") is it.

48 cases (unit and dialogue), 35 failed before (on the start commit 39fea28).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.studentturns import final_value
from companion.ai.offline.verdicts import reaction
from tests.ai.analysisprobes import dialogue, judged

RIGHT = "right"
WRONG = "wrong"

# -- 1. a "no" that opens a confirmation --------------------------------------------------------

REPLIES = [
    ("No, you're right!", RIGHT),
    ("Nah, you're right, it's 18.", RIGHT),
    ("No no, that's correct.", RIGHT),
    ("Nope, that's right. Nice work.", RIGHT),
    ("No, you are correct, I misread your working.", RIGHT),
    ("No, it's correct! Sorry, my mistake.", RIGHT),
    ("Oh no, you're totally right, my bad.", RIGHT),
    # a "no" before a correction, or a confirmation of one part, still corrects
    ("No, that's not right.", WRONG),
    ("No, that's right for one box, but she bought 3.", WRONG),
    ("Nah, check the last step.", WRONG),
]


@pytest.mark.parametrize(("tutor", "verdict"), REPLIES)
def test_a_no_before_a_confirmation_confirms(tutor: str, verdict: str) -> None:
    assert reaction(tutor) == verdict


# -- 2. doubts asked back, praise for a part, confirmations in other words ---------------------

VERDICTS = [
    ("Hmm, not sure about that.", WRONG),
    ("Not sure that's right.", WRONG),
    ("Where did the 42 come from?", WRONG),
    ("What's 7 times 8 again?", WRONG),
    ("I'm getting a different number.", WRONG),
    ("Great job setting it up! The last step needs another look.", WRONG),
    ("Good job with the first part. What about the second?", WRONG),
    ("That's the right idea! Now what is 3 x 14?", WRONG),
    ("Nearly! Look at the decimal point.", WRONG),
    ("That's the numerator only.", WRONG),
    ("Close enough!", RIGHT),
    ("That works!", RIGHT),
    ("Mhm, and then?", RIGHT),
    ("Uh-huh. What next?", RIGHT),
    ("That's what I got too!", RIGHT),
    # as before
    ("You're close, check the last step.", WRONG),
    ("Good try, but look at the last step.", WRONG),
    ("Are you sure about that?", WRONG),
    ("How did you get that?", None),
    ("You used the right method and got the right answer!", RIGHT),
]


@pytest.mark.parametrize(("tutor", "verdict"), VERDICTS)
def test_how_the_tutor_judges(tutor: str, verdict: str) -> None:
    assert reaction(tutor) == verdict


# -- 3. what a student's answer gives ----------------------------------------------------------

VALUES = [
    ("1/2 of 30", "15"),
    ("it's 25% of 80", "20"),
    ("half of 30", "15"),
    ("1/4 of 20 dollars", "5"),
    ("10% of $50", "5"),
    ("24 cm^2", "24"),
    ("the area is 24 cm2", "24"),
    ("she has 3/4 of the pizza left", "3/4"),
    # as before
    ("1/2 of 30 is 15", "15"),
    ("wait, 24 not 42", "24"),
    ("42... no wait, 24", "24"),
    ("The answer is 75%.", "75"),
    ("$12.50", "12.5"),
]


@pytest.mark.parametrize(("text", "value"), VALUES)
def test_the_value_an_answer_gives(text: str, value: str) -> None:
    assert final_value(text) == [value]


# -- 4. in a dialogue ---------------------------------------------------------------------------


def test_a_no_before_you_are_right_confirms_the_answer() -> None:
    text = dialogue(
        "A shirt costs $20 and is 15% off. How much do you save?",
        "$3",
        "Hmm, let me check.",
        "is that wrong?",
        "No, you're right! 15% of 20 is 3.",
    )
    assert judged(text) == [RIGHT]


def test_a_part_not_worked_out_is_judged_by_its_value() -> None:
    text = dialogue(
        "There are 30 students and half of them walk to school. How many walk?",
        "1/2 of 30",
        "Good, and what is that?",
        "15",
        "Yes!",
    )
    assert judged(text) == [RIGHT, RIGHT]


def test_a_doubt_asked_back_then_the_fix() -> None:
    text = dialogue(
        "What is 7 x 8?",
        "54",
        "What's 7 times 8 again?",
        "oh wait, 56",
        "That works!",
    )
    assert judged(text) == [WRONG, "right_after_correction"]


def test_praise_for_the_first_part_then_the_second() -> None:
    text = dialogue(
        "Tom buys 3 packs of 4 pens and gives away 5. How many pens does he have?",
        "3 x 4 = 12",
        "Good job with the first part. What about the 5 he gives away?",
        "12 - 5 = 7 pens",
        "Mhm, that's what I got too.",
    )
    assert judged(text) == ["partial", "right_after_correction"]


def test_a_unit_power_is_no_answer() -> None:
    text = dialogue(
        "A square has sides of 5 cm. What is its area?",
        "25 cm^2",
        "That works! Square centimetres is right for an area.",
    )
    assert judged(text) == [RIGHT]
