"""Held-out student explanations, written for this module, on which value of a long answer
is the student's answer, and how that value decides the evidence an attempt gives.

- A "because/since" clause after a value justifies it ("3 boxes, since each box holds 24")
  and gives no answer; a leading "Since ..., " clause does not either, nor does a sentence
  that only gives the reason ("That's because ...").
- A number named after an operation verb ("then subtracted 3", "divided by 4", "took 15 from
  60") is an operand; the value an operation results in ("to get 20", "= 44", "that gives
  37") is the answer.
- A check of what would follow otherwise ("If he doesn't ..., his total is only 58") and the
  sentences after a concluding one ("It takes a total of 17 days. On the first 3 days ...")
  name no answer, unless they go on to a result ("So ...", "= 44").
- A comparison asked ("Which is bigger, 0.7 or 0.65?") offers no values to pick between: the
  pick is the answer itself.
- A single number, a bare computation, several unknowns or a clock time read as before.

45 cases (unit and dialogue), 28 failed before (on the start commit 360ca1a).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.studentturns import final_value
from tests.ai.analysisprobes import dialogue, judged

RIGHT = "right"
WRONG = "wrong"


# -- 1. a reason after the value justifies it ---------------------------------------------------

REASONS = [
    ("44 since there were 8 more than 36", "44"),
    ("The price went up by $150, since each bid adds $50 and there were 3 bids.", "150"),
    ("They need 3 boxes, since each box holds 24 crayons.", "3"),
    ("The teacher needs 36 markers, because there are 18 kids and each kid gets 2.", "36"),
    ("He pays $45 for the tickets, as each of the 9 tickets costs $5.", "45"),
    ("She has 30 stickers left because she gave away 10 of her 40.", "30"),
    ("x = 8 since 2x = 16 and I divided both sides by 2", "8"),
    ("It's 12. That's because there are 3 bags with 4 in each.", "12"),
    ("So the answer is 44 because 4 x 11 = 44", "44"),
    ("I think it's 9, since 27 divided by 3 is 9.", "9"),
    ("so he has 13 - 2 = 11 sets left since he sold 2.", "11"),
    ("Since each bag has 6 oranges and she bought 4 bags, she has 24 oranges.", "24"),
    ("Since the 3 friends share 12 cookies, each of them gets 4 cookies.", "4"),
    ("The bus holds 40 people. This is because each of the 10 rows has 4 seats.", "40"),
    ("They each get 4 since there are 12 cookies and 3 friends", "4"),
    ("Yes, she must read 42 pages today. If she doesn't, her total will only be 58.", "42"),
    ("It takes a total of 17 days. On the first 3 days he held it for 10, 20 and 30 s.", "17"),
]


@pytest.mark.parametrize(("text", "value"), REASONS)
def test_a_reason_after_the_value_gives_no_answer(text: str, value: str) -> None:
    assert final_value(text) == [value]


# -- 2. operands named after an operation verb --------------------------------------------------

OPERANDS = [
    ("I multiplied 5 by 4 to get 20 and then subtracted 3", "20"),
    ("I took 15 from 60 to get 45, then divided by 5", "45"),
    ("First I halved 36 to get 18, then multiplied it by 3", "18"),
    ("I worked out 6 x 7 = 42 and then took away 5", "42"),
    ("I multiplied 18 by 2 to get 36. Then I subtracted 18 from 40.", "36"),
    ("The answer is 17. I got it by taking 3 away from 20.", "17"),
    ("The total comes to $35 after I added the $5 tip.", "35"),
    ("It equals 64 when you multiply 8 by 8.", "64"),
    ("First I did 12 x 3 = 36, then 36 + 8 = 44 so she has 44 left", "44"),
    ("Then you subtract 5 and that gives 37.", "37"),
    ("I added 20 pencils for one class and 8 for the other to get a total of 28.", "28"),
    ("Each share is $12, I found it by dividing $60 by 5.", "12"),
    ("She saved $84, which I got by multiplying $7 by 12 weeks.", "84"),
    ("He ran 15 miles in all, I added 5 and then added another 10", "15"),
]


@pytest.mark.parametrize(("text", "value"), OPERANDS)
def test_an_operand_after_an_operation_verb_is_not_the_answer(text: str, value: str) -> None:
    assert final_value(text) == [value]


# -- 3. what reads as before ----------------------------------------------------------------------

KEPT = [
    ("He needs to add 5 more.", "5"),
    ("10 - 3", "7"),
    ("x=5 y=5", "x=5,y=5"),
    ("4:30", "4:30"),
    ("She can finish it in 4 days.", "4"),
    ("Because 14 divided by 2 is 7.", "7"),
    ("It takes 6 hours.", "6"),
    ("36 + 8", "44"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_plain_answers_read_as_before(text: str, value: str) -> None:
    assert final_value(text) == [value]


# -- 4. the evidence an explained answer gives ----------------------------------------------------


def test_an_explained_answer_the_tutor_restates_is_no_correction() -> None:
    text = dialogue(
        "Each of 3 bidders adds $50. How much do they add in all?",
        "They add $150, since each bid adds $50 and there were 3 bids.",
        "So $150 is added by the others. Now what does Carmen add with her 3 bids?",
        "She adds another $150.",
        "Right!",
    )
    assert WRONG not in judged(text)


def test_a_new_value_explained_with_the_corrected_one_is_not_a_repeat() -> None:
    text = dialogue(
        "There are 72 pencils and each case holds 8. How many cases?",
        "8 cases.",
        "Not quite. Try again.",
        "9 cases, since each case holds 8 pencils.",
    )
    assert judged(text) == [WRONG, "accepted"]


def test_the_same_value_explained_to_a_probe_is_one_answer() -> None:
    text = dialogue(
        "6 people each use 2 plates per meal. How many plates for one meal?",
        "12 plates.",
        "Talk me through your working.",
        "I multiplied 6 by 2 to get 12 and checked it by dividing 12 by 2.",
        "Correct!",
    )
    assert judged(text) == [RIGHT]


def test_a_value_dropped_for_a_confirmed_one_is_found_through_its_reason() -> None:
    text = dialogue(
        "A box holds 24 crayons. How many boxes hold 72 crayons?",
        "4 boxes, because 72 divided by 24 is about 4.",
        "Let's count again: how many 24s make 72?",
        "24 + 24 + 24 = 72, so 3 boxes.",
        "Yes, that's right.",
    )
    assert judged(text) == [WRONG, "right_after_correction"]


def test_the_result_explained_after_the_tutor_gave_a_step_is_judged_on_its_own() -> None:
    text = dialogue(
        "Each box has 4 apples. How many apples in 3 boxes?",
        "7 apples.",
        "Not quite, we don't add here.",
        "There are 12 apples, since each of the 3 boxes holds 4.",
        "Yes!",
    )
    assert judged(text) == [WRONG, "right_after_correction"]


def test_a_corrected_value_explained_again_is_wrong_again() -> None:
    text = dialogue(
        "Sam had 40 stickers and gave away 10. How many are left?",
        "50 stickers.",
        "Not quite. Try again.",
        "It's 50 stickers left because I added the 10 to 40.",
        "Hmm, let's look at what giving away means.",
    )
    assert judged(text) == [WRONG, WRONG]
