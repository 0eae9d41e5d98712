"""Held-out dialogues, written for this module, on evidence the attempts reader misread in
MathDial-style sessions (a teacher going through a student's word-problem solution).

- Confirmations typed run together or in other words: "Welldone", "Well-done, ...", "You are
  right", "Superb", "Bang on", "That looks like the right answer!", "You're a genius".
- A doubt about the answer asked back as a question: "Can such a shape exist?", "Is that
  even possible?", "Does this seem like a reasonable price?", "Does 45 / 9 = 6 make sense?",
  or a lone "?". Each corrects the answer before it; praise first still confirms.
- A session that ends on the tutor bringing the numbers after the student's last answer
  ("Pens come in packs of 10, so 60") has not accepted that answer; one that ends on the
  student's answer, or on the tutor's plain "ok", still has.
- A last answer straight after a tutor turn that set out the numbers and judged nothing ("8 for
  the cars, 6 for the bikes and 3 for the tricycle, and you have?") is only guided.
- "You already subtracted the ingredients" corrects a double count; "..., so 48." states a
  result, and the student saying it next is only told.

When written, 12 of the 22 tests here failed on the code of the time (base commit 3b0a6a9).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.masterytrace import estimate
from tests.ai.analysisprobes import attempts_of, judged
from tests.ai.analysisprobes import outcome_starting as outcome_of

RIGHT = "right"
AFTER = "right_after_correction"
WRONG = "wrong"


# -- confirmations in other words ----------------------------------------------------------

CONFIRMED = [
    (
        "Teacher: Hi Nadia, a baker fills 6 trays with 8 rolls each. How many rolls is that?\n"
        "Student: 6 x 8 = 48 rolls altogether.\n"
        "Teacher: Welldone\n"
    ),
    (
        "Teacher: Omar buys 3 notebooks at $4 each. How much does he spend?\n"
        "Student: He spends 3 x $4 = $12.\n"
        "Teacher: Well-done, that is exactly the total.\n"
    ),
    (
        "Teacher: A ribbon 45 cm long is cut into 5 equal pieces. How long is each piece?\n"
        "Student: Each piece is 45 / 5 = 9 cm long.\n"
        "Teacher: You are right.\n"
    ),
    (
        "Teacher: The farm has 124 sheep and sells 39. How many sheep are left?\n"
        "Student: 124 - 39 = 85 sheep are left.\n"
        "Teacher: Superb!\n"
    ),
    (
        "Teacher: A bus carries 52 people on each trip. How many people in 3 trips?\n"
        "Student: 52 x 3 = 156 people in 3 trips.\n"
        "Teacher: Bang on.\n"
    ),
    (
        "Teacher: Talk me through your solution please.\n"
        "Student: Lena read 24 pages on Monday and twice as many on Tuesday, so 24 + 48 = 72 pages.\n"
        "Teacher: That looks like the right answer! Did you enjoy this one?\n"
    ),
    (
        "Teacher: Ivan saves $15 a week for 6 weeks. How much has he saved?\n"
        "Student: 15 x 6 = 90, so he has saved $90.\n"
        "Teacher: You're a genius.\n"
    ),
]


@pytest.mark.parametrize("text", CONFIRMED)
def test_a_confirmation_in_other_words_marks_the_answer_right(text: str) -> None:
    assert judged(text) == [RIGHT]


# -- a doubt asked back corrects the answer ------------------------------------------------

DOUBTED = [
    (
        "Teacher: A triangle has angles of 50 and 60 degrees. What is the third angle?\n"
        "Student: 50 + 60 = 110, and 110 - 180 = -70 degrees.\n"
        "Teacher: So can a triangle exist with an angle of -70 degrees?\n"
        "Student: No, it is 180 - 110 = 70 degrees.\n"
        "Teacher: Yes, that's right.\n"
    ),
    (
        "Teacher: 30 students share 6 pizzas equally. How much pizza does each student get?\n"
        "Student: Each student gets 30 / 6 = 5 pizzas.\n"
        "Teacher: Is that even possible?\n"
        "Student: Oh, it is 6 / 30 = 1/5 of a pizza each.\n"
        "Teacher: Yes, well done.\n"
    ),
    (
        "Teacher: A sandwich and a drink cost $7. The drink costs $2. What does the sandwich "
        "cost?\n"
        "Student: The sandwich costs 7 x 2 = $14.\n"
        "Teacher: Does this seem like a reasonable price for the sandwich?\n"
        "Student: No. It should be 7 - 2 = $5.\n"
        "Teacher: Correct!\n"
    ),
    (
        "Teacher: Can you walk me through your working?\n"
        "Student: I shared the 45 marbles between 9 friends, 45 / 9 = 6 marbles each.\n"
        "Teacher: Does 45 / 9 = 6 make sense?\n"
        "Student: Oh, 9 x 5 = 45, so it is 5 marbles each.\n"
        "Teacher: Good job.\n"
    ),
    (
        "Teacher: Each day Tom reads 10 more pages than the day before. He read 10 pages on day "
        "1. On which day does he read 50 pages?\n"
        "Student: It takes him 4 days.\n"
        "Teacher: ?\n"
        "Student: Day 1 is 10, day 2 is 20, day 3 is 30, day 4 is 40 and day 5 is 50, so day 5.\n"
        "Teacher: Great, that's it.\n"
    ),
]


@pytest.mark.parametrize("text", DOUBTED)
def test_a_doubt_asked_back_corrects_the_answer(text: str) -> None:
    first, fixed = judged(text)
    assert first == WRONG
    assert fixed in (AFTER, "guided")  # "Does 45 / 9 = 6 make sense?" writes the step out


def test_a_doubt_lowers_mastery_below_a_confirmation() -> None:
    doubted = (
        "Teacher: 30 students share 6 pizzas equally. How much pizza does each student get?\n"
        "Student: Each student gets 30 / 6 = 5 pizzas.\n"
        "Teacher: Is that even possible?\n"
        "Student: Each student gets 6 / 30 = 1/5 of a pizza.\n"
        "Teacher: Yes, well done.\n"
    )
    straight = (
        "Teacher: 30 students share 6 pizzas equally. How much pizza does each student get?\n"
        "Student: Each student gets 6 / 30 = 1/5 of a pizza.\n"
        "Teacher: Yes, well done.\n"
    )
    assert estimate(attempts_of(doubted))[0] < estimate(attempts_of(straight))[0]


def test_praise_before_a_check_question_still_confirms() -> None:
    text = (
        "Teacher: How many legs do 7 spiders have?\n"
        "Student: 7 x 8 = 56 legs.\n"
        "Teacher: Excellent job. Does that make sense to you now?\n"
    )
    assert judged(text) == [RIGHT]


# -- the session ends on the tutor, not on the student's answer ----------------------------

ENDS_ON_TUTOR_NUMBERS = (
    "Teacher: How many pens does the class need if each of 30 students needs 2 pens?\n"
    "Student: They need 30 + 2 = 32 pens.\n"
    "Teacher: Read the question again: each student needs two pens.\n"
    "Student: So they need 60 pens, which is 6 packs of 10 pens, so 6.\n"
    "Teacher: The question asks for pens, not packs, so 60\n"
)


def test_an_answer_the_tutor_answers_for_at_the_end_is_not_accepted() -> None:
    assert outcome_of(ENDS_ON_TUTOR_NUMBERS, "So they need") not in ("accepted", RIGHT)


def test_an_answer_the_session_ends_on_stays_accepted() -> None:
    text = ENDS_ON_TUTOR_NUMBERS.rsplit("Teacher:", 1)[0]
    assert outcome_of(text, "So they need") == "accepted"


def test_a_plain_ok_at_the_end_leaves_the_answer_accepted() -> None:
    text = (
        "Teacher: A box holds 12 eggs. How many eggs are in 4 boxes?\n"
        "Student: 12 x 4 = 48 eggs.\n"
        "Teacher: ok\n"
    )
    assert outcome_of(text, "12 x 4") == "accepted"


def test_tutor_numbers_at_the_end_lower_mastery() -> None:
    accepted = ENDS_ON_TUTOR_NUMBERS.rsplit("Teacher:", 1)[0]
    assert estimate(attempts_of(ENDS_ON_TUTOR_NUMBERS))[0] < estimate(attempts_of(accepted))[0]


# -- the last answer only computes what the tutor just set out ------------------------------

SET_OUT_LAST = (
    "Teacher: Walk me through how you counted the wheels.\n"
    "Student: 2 cars with 4 wheels is 8, and 3 bikes is 6, so 14 wheels.\n"
    "Teacher: You also have a tricycle. 8 for the cars, 6 for the bikes and 3 for the tricycle, "
    "and you have?\n"
    "Student: 17 wheels in total.\n"
)
FOUND_LAST = (
    "Teacher: Walk me through how you counted the wheels.\n"
    "Student: 2 cars with 4 wheels is 8, and 3 bikes is 6, so 14 wheels.\n"
    "Teacher: Have you counted the tricycle?\n"
    "Student: Oh, the tricycle has 3 wheels, so 8 + 6 + 3 = 17 wheels in total.\n"
)


def test_a_last_answer_to_numbers_the_tutor_set_out_is_only_guided() -> None:
    assert outcome_of(SET_OUT_LAST, "17 wheels") == "guided"


def test_a_last_answer_found_alone_counts_more_than_one_set_out() -> None:
    assert estimate(attempts_of(SET_OUT_LAST))[0] < estimate(attempts_of(FOUND_LAST))[0]


# -- counted twice; a result the tutor ends a statement on ----------------------------------


def test_a_reminder_that_something_is_already_counted_corrects_the_answer() -> None:
    text = (
        "Teacher: Walk me through how you found the profit.\n"
        "Student: Each pie sells for $9 and costs $3, so $6 profit each. 10 pies is $60, then "
        "minus the $30 of ingredients is $30 profit.\n"
        "Teacher: You already subtracted the ingredients in your profit per pie.\n"
        "Student: So the profit is just 10 x $6 = $60.\n"
        "Teacher: Yes, well done.\n"
    )
    assert judged(text) == [WRONG, AFTER]


def test_a_result_the_tutor_ends_a_statement_on_is_told_when_repeated() -> None:
    text = (
        "Teacher: How many chairs are there at 8 tables if each table has 6 chairs?\n"
        "Student: 8 + 6 = 14 chairs.\n"
        "Teacher: Each of the 8 tables has 6 chairs, so 48.\n"
        "Student: 48 chairs.\n"
    )
    assert outcome_of(text, "8 + 6") == WRONG
    assert outcome_of(text, "48 chairs") == "told"
