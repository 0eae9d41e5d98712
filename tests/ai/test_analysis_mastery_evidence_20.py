"""Held-out dialogues, written for this module, on how a teacher going through a student's
word-problem solution judges the answers, in forms the attempts reader may not know yet.

- A correction asked as a question: "Why do you add the 13 ounces again?", "Don't you think
  that's a lot for a sandwich?", "Could you recalculate ...?", "Can you do the calculation
  again?", "Is there anything you've forgotten?"; or said as a step already in the sum ("it's
  already included in your first step"), as something left out ("you've forgotten the
  delivery charge", "you've missed something out"), as a simpler way ("it's much simpler than
  that"), as an impossibility ("that's not possible"), or a look at the units again.
- Partial credit: "That's only part of it", "half right", "You've correctly worked out the
  cost of the apples. So how much change ...?" (a step praised, the answer not reached), and
  the thinking credited before a "but" ("Good thinking, but ..."): the answer is "partial",
  corrected, counting less than a right one.
- Praise for the effort that goes on to a "but" or "however" is no verdict of right; "That's
  more like it!" and a typed "corect" confirm.
- The student hedging between two values ("12 or 14"), or picking one of two values the
  tutor offered ("Is it 8000 or 10000?"), is not a plain right answer.
- A doubt that points at what is missing or made up: "What about the food cost?", "Where are
  you getting the information about double windows?", "Have you used those 2000 steps
  anywhere?", "how is it possible they ended up with 77?", "... 10? It isn't.", "you have only
  added the 2 in the bathroom", "a different starting point"; "Agreed!" confirms; "I believe
  it is 10" hedges; "12 dollars and 40 cents" is the $12.40 the tutor gave.
- A part credited, the rest asked or challenged, is partial credit: "You're correct that he
  had 120 minutes in total. What we want ...", "You are right when you say 60% walk. How many
  ...?", "Well done for getting to 150 dollars ...", "You've made a great start", "that makes
  sense except for ...", "you have started off well". Corrections that stand after praise:
  "that doesnt seem to be correct", "There's just one error", "But why have you added 36 and
  30?", and "Have you correctly divided both sides by 0.1?". Praise for the whole answer or
  for the fix ("well done for spotting the mistake", "for rethinking that") still confirms.
- The student agreeing with the tutor and giving the number the tutor just stated ("He needs
  to read 42 more." "That's correct. Carlos needs to read 42 books.") is only told; an answer
  to the tutor's question that uses its number ("What is 80% of 100?" "80") is no echo.
- Not finished yet, counted twice, or the student's words set against the problem: "That
  isn't quite right", "You have taken 200 off twice", "You have said Nora is 10 now, but ...",
  "... What about the 1st floor?"; "on the right lines, but", "many things right", "We aren't
  finished", "on the right track" are partial credit; "I agree!" and "That's the answer!"
  confirm, and "I agree that ..." credits a part only.
- The student echoing the result a correction works out with a product ("so 8 x 6 = 48")
  is only told: the "x" of a product is no unknown of an equation to solve.
- Guards (already read well, kept): "are you sure about that?", "check your units", a
  self-correction inside one answer, confirming after a correction, money and unit words.

81 dialogue snippets and tutor lines, 91 tests: when written, 57 of the 91 failed on the code
of the time (base commit 425a4f1).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.masterytrace import estimate
from companion.ai.offline.verdicts import reaction
from tests.ai.analysisprobes import attempts_of, judged
from tests.ai.analysisprobes import outcome_starting as outcome_of

RIGHT = "right"
AFTER = "right_after_correction"
WRONG = "wrong"


def _fixed(question: str, first: str, correction: str, second: str, confirm: str) -> str:
    return (
        f"Teacher: {question}\n"
        f"Student: {first}\n"
        f"Teacher: {correction}\n"
        f"Student: {second}\n"
        f"Teacher: {confirm}\n"
    )


# -- corrections asked as questions or said in other words ---------------------------------

CORRECTED = [
    _fixed(
        "Two buckets hold 13 ounces and 20 ounces of sand. Ella pours the first into the "
        "second. How much sand is in the second bucket?",
        "13 + 20 = 33 ounces, and then 33 + 13 = 46 ounces.",
        "Why do you add the 13 ounces again?",
        "Oh, it was already poured in, so it is 33 ounces.",
        "Yes, that's right.",
    ),
    _fixed(
        "A sandwich costs $4 and a juice costs $2. What do 3 sandwiches cost?",
        "3 x 4 x 2 = $24 for the sandwiches.",
        "$24 for three sandwiches, don't you think that's a lot?",
        "The juice is not part of it, so 3 x 4 = $12.",
        "Exactly.",
    ),
    _fixed(
        "Each of the 5 families after the first bought 2 tacos at $3. How much did they spend "
        "on tacos?",
        "5 x 3 = $15 on tacos.",
        "Each family bought 2 tacos. Could you recalculate how much they spent?",
        "5 x 2 = 10 tacos, and 10 x $3 = $30.",
        "Well done.",
    ),
    _fixed(
        "A pack of 6 pens costs $9. How much do 4 packs cost?",
        "4 x 9 = $32.",
        "Can you do the calculation again?",
        "4 x 9 = $36.",
        "Great job!",
    ),
    _fixed(
        "Half of the 18 guests eat two hot dogs and the others eat one. How many hot dogs?",
        "18 x 2 = 36 hot dogs.",
        "Okay, you've missed something out. Does every guest eat two?",
        "9 x 2 = 18 and 9 x 1 = 9, so 27 hot dogs.",
        "Yes, 27 is right.",
    ),
    _fixed(
        "A jug holds 2 litres of juice. 500 ml is poured out and then 250 ml more. How much is "
        "left?",
        "2000 - 500 = 1500, 1500 - 250 = 1250, and 1250 - 500 = 750 ml.",
        "The 500 ml is already included in your first step.",
        "So it is just 1250 ml.",
        "Correct!",
    ),
    _fixed(
        "3 kg of apples cost $6. Jo pays with a $10 note. What is her change?",
        "One kg is $2, so 10 / 2 = 5 kg, and 5 - 3 = 2, so $2 x 2 = $4 change.",
        "It's much simpler than that. You know what the apples cost.",
        "$10 - $6 = $4 change.",
        "That's it!",
    ),
    _fixed(
        "Rachel is 4 years older than her sister Emily, who is 36. How old is Rachel?",
        "Rachel is 36 - 4 = 32.",
        "That's not possible if Rachel is the older sister.",
        "Then she is 36 + 4 = 40.",
        "Good work.",
    ),
    _fixed(
        "A film is 1 hour 40 minutes long. How many minutes is that?",
        "1 + 40 = 41 minutes.",
        "Let's look at the units in your sum again.",
        "1 hour is 60 minutes, so 60 + 40 = 100 minutes.",
        "Brilliant.",
    ),
    _fixed(
        "Ben buys 4 books at $7 and a bag at $12. How much does he spend?",
        "4 x 7 = $28.",
        "Is there anything you've forgotten in your answer?",
        "The bag. $28 + $12 = $40.",
        "Yes, well done.",
    ),
]


@pytest.mark.parametrize("text", CORRECTED)
def test_a_correction_in_other_words_marks_the_answer_wrong(text: str) -> None:
    assert judged(text) == [WRONG, AFTER]


def test_a_correction_asked_back_lowers_mastery() -> None:
    corrected = CORRECTED[0]
    straight = (
        "Teacher: Two buckets hold 13 ounces and 20 ounces of sand. Ella pours the first into "
        "the second. How much sand is in the second bucket?\n"
        "Student: It was poured in, so 13 + 20 = 33 ounces.\n"
        "Teacher: Yes, that's right.\n"
    )
    assert estimate(attempts_of(corrected))[0] < estimate(attempts_of(straight))[0]


# -- partial credit -------------------------------------------------------------------------

PARTIAL = [
    "That's only part of it.",
    "Half right! What about the second week?",
    "You're halfway there.",
    "You've correctly worked out the cost of the apples. So how much change does Jo get?",
    "I can see you have correctly identified the 20% rise, which is $30. What is the new price?",
    "Well done on correctly doing steps 1 and 2, could you explain step 3?",
    "You were nearly right with your answer here.",
]


@pytest.mark.parametrize("line", PARTIAL)
def test_partial_credit_is_no_confirmation(line: str) -> None:
    assert reaction(line) == WRONG


STEP_PRAISED = [
    (
        "Teacher: A coat costs $150 and the price rises by 20%. What is the new price?\n"
        "Student: 20% of 150 is $30.\n"
        f"Teacher: {PARTIAL[4]}\n"
        "Student: 150 + 30 = $180.\n"
        "Teacher: Yes, that's correct.\n"
    ),
    _fixed(
        "Pizzas cost $11 each and delivery is $5. What do 3 pizzas cost delivered?",
        "3 x 11 = $33.",
        "You've added the cost of the pizzas correctly. However, you've forgotten the delivery "
        "charge.",
        "$33 + $5 = $38.",
        "Perfect!",
    ),
]


@pytest.mark.parametrize("text", STEP_PRAISED)
def test_a_step_praised_before_the_rest_is_asked_is_partial_credit(text: str) -> None:
    assert judged(text) == ["partial", AFTER]


def test_partial_credit_counts_less_than_a_right_answer() -> None:
    straight = (
        "Teacher: A coat costs $150 and the price rises by 20%. What is the new price?\n"
        "Student: 20% of 150 is $30, so 150 + 30 = $180.\n"
        "Teacher: Yes, that's correct.\n"
    )
    assert estimate(attempts_of(STEP_PRAISED[0]))[0] < estimate(attempts_of(straight))[0]


# -- praise for the effort, not the answer; confirmations in other words --------------------


@pytest.mark.parametrize(
    "line",
    [
        "Good thinking, but the 4 friends share them, not 3.",
        "I like your thinking, however the question asks for the total.",
        "Nice effort! Let's look at the second step together.",
        "Your method is corect in that Kenny sold 100 cards. But remember that he kept 50.",
    ],
)
def test_praise_for_the_effort_is_no_confirmation(line: str) -> None:
    assert reaction(line) == WRONG


def test_the_thinking_credited_before_a_but_is_partial_credit() -> None:
    text = (
        "Teacher: A runner does 3 km a day for 7 days. How far does she run?\n"
        "Student: 3 + 7 = 10 km.\n"
        "Teacher: Good thinking, but what about the days?\n"
        "Student: 3 x 7 = 21 km.\n"
        "Teacher: That's correct!\n"
    )
    assert judged(text) == ["partial", AFTER]


@pytest.mark.parametrize("line", ["That's more like it!", "Corect, well done.", "Yes, corect!"])
def test_a_confirmation_in_other_words_confirms(line: str) -> None:
    assert reaction(line) == RIGHT


# -- the student hedges or picks the tutor's number -----------------------------------------


def test_two_values_given_at_once_are_a_hedge() -> None:
    text = (
        "Teacher: A box holds 6 eggs. How many eggs are in 2 boxes?\n"
        "Student: 12 or 14 eggs.\n"
        "Teacher: Yes, 12.\n"
    )
    assert judged(text) == ["hedged"]


def test_maybe_with_a_question_mark_is_a_hedge() -> None:
    text = (
        "Teacher: How many wheels do 3 tricycles have?\n"
        "Student: maybe 9?\n"
        "Teacher: Yes, that's right.\n"
    )
    assert judged(text) == ["hedged"]


def test_picking_one_of_two_values_the_tutor_offered_is_only_guided() -> None:
    text = (
        "Teacher: Talk me through your solution.\n"
        "Student: She needs to save 10000 - 2000 = 8000 dollars, so 8000 / 4 = 2000 a month.\n"
        "Teacher: So is the total we're aiming for 8000 or 10000?\n"
        "Student: 10000\n"
        "Teacher: Yes, good.\n"
    )
    assert outcome_of(text, "10000") == "guided"


# -- guards: forms read well already --------------------------------------------------------


@pytest.mark.parametrize("correction", ["Are you sure about that?", "Check your units."])
def test_a_known_correction_still_corrects(correction: str) -> None:
    text = _fixed(
        "A runner does 3 km a day for 7 days. How far does she run?",
        "3 + 7 = 10 km.",
        correction,
        "3 x 7 = 21 km.",
        "That's correct!",
    )
    assert judged(text) == [WRONG, AFTER]


def test_a_self_correction_inside_one_answer_is_judged_on_its_last_value() -> None:
    text = (
        "Teacher: There are 6 rows of 4 chairs. How many chairs?\n"
        "Student: 6 x 4 = 26, wait, no, it's 24 chairs.\n"
        "Teacher: Exactly right.\n"
    )
    assert judged(text) == [RIGHT]


def test_money_words_in_the_answer_are_confirmed() -> None:
    text = (
        "Teacher: Three tickets at $4.50 each. What is the total?\n"
        "Student: 3 x 4.50 = 13.50 dollars.\n"
        "Teacher: Spot on.\n"
    )
    assert judged(text) == [RIGHT]


def test_repeating_what_the_tutor_just_worked_out_is_only_told() -> None:
    text = (
        "Teacher: How many chairs are there at 8 tables if each table has 6 chairs?\n"
        "Student: 8 + 6 = 14 chairs.\n"
        "Teacher: Not quite, each table has 6 chairs, so 8 x 6 = 48.\n"
        "Student: 48 chairs.\n"
    )
    assert outcome_of(text, "48 chairs") == "told"


# -- second batch: doubts that point at what is missing ------------------------------------

POINTED_AT = [
    _fixed(
        "A hotel has 5 bedrooms with 2 windows each and a kitchen with 3 windows. How many "
        "windows are there?",
        "5 x 2 = 10 windows, and double windows make it 20.",
        "Where are you getting the information about double windows? I don't see that in "
        "the question.",
        "Oh, then it is 10 + 3 = 13 windows.",
        "Yes, 13 windows.",
    ),
    _fixed(
        "Tickets cost $20.25 for the family and food was $4.50 of that. What did the tickets "
        "alone cost?",
        "20.25 + 4.50 = $24.75.",
        "What about the food cost? It is part of the $20.25.",
        "20.25 - 4.50 = $15.75.",
        "Perfect.",
    ),
    _fixed(
        "Two friends collected 59 shells in total and gave 12 away. How many shells are left?",
        "59 + 12 + 6 = 77 shells.",
        "So if they collected 59 shells in total, how is it possible they ended up with 77?",
        "59 - 12 = 47 shells.",
        "That's right.",
    ),
    _fixed(
        "James walks 2000 steps to school and 4000 steps in the park. His goal is 10000 steps. "
        "How many more does he need?",
        "10000 - 4000 = 6000 steps.",
        "Have you used those 2000 steps anywhere in your solution?",
        "10000 - 4000 - 2000 = 4000 steps.",
        "Well done!",
    ),
    _fixed(
        "Three pens cost $6. How much do 7 pens cost?",
        "7 x 6 = $42.",
        "I think you may need a different starting point.",
        "One pen is 6 / 3 = $2, so 7 pens cost $14.",
        "Great!",
    ),
    _fixed(
        "A shop sells 3 times as many apples as pears. It sold 12 pears. How many apples?",
        "12 / 3 = 4 apples.",
        "Think about it: the apples cannot be less than the pears, can they?",
        "12 x 3 = 36 apples.",
        "Yes, 36.",
    ),
    _fixed(
        "Sam studies 2 hours every weeknight and 5 hours at the weekend. How many hours a week?",
        "2 + 5 = 7 hours, so 10 hours with the weekend.",
        "How is 2 hours every night plus 5 hours at the weekend 10? It isn't.",
        "5 x 2 = 10 and 10 + 5 = 15 hours.",
        "Excellent.",
    ),
    _fixed(
        "There are 16 windows upstairs, 5 in the hall and 2 in the bathroom. How many windows?",
        "16 + 2 = 18 windows.",
        "Currently you have only added the 2 in the bathroom.",
        "16 + 5 + 2 = 23 windows.",
        "You got it.",
    ),
]


@pytest.mark.parametrize("text", POINTED_AT)
def test_a_doubt_pointing_at_what_is_missing_corrects_the_answer(text: str) -> None:
    assert judged(text) == [WRONG, AFTER]


def test_agreed_confirms() -> None:
    assert reaction("Agreed! What's that as a percentage?") == RIGHT


def test_money_in_words_is_the_value_the_tutor_gave() -> None:
    text = (
        "Teacher: Four books at $3.10 each. What is the total?\n"
        "Student: 4 + 3.10 = $7.10.\n"
        "Teacher: Not quite, the total is 4 x 3.10 = $12.40.\n"
        "Student: So 12 dollars and 40 cents.\n"
    )
    assert outcome_of(text, "So 12 dollars") == "told"


def test_i_believe_is_a_hedge() -> None:
    text = (
        "Teacher: How many legs do 5 ducks have?\n"
        "Student: I believe it is 10 legs.\n"
        "Teacher: Correct!\n"
    )
    assert judged(text) == ["hedged"]


@pytest.mark.parametrize("text", POINTED_AT)
def test_the_doubt_itself_is_read_as_a_correction(text: str) -> None:
    line = text.splitlines()[2].removeprefix("Teacher: ")
    assert reaction(line) == WRONG


def test_asking_whether_a_step_was_done_correctly_is_a_correction_not_credit() -> None:
    text = (
        "Teacher: Solve 0.1x = 5.\n"
        "Student: x = 0.5\n"
        "Teacher: Have you correctly divided both sides by 0.1?\n"
        "Student: x = 50\n"
        "Teacher: Yes!\n"
    )
    assert judged(text) == [WRONG, AFTER]


# -- third batch: a part credited, the rest challenged ---------------------------------------

PART_CREDITED = [
    "You're correct that he had 120 minutes in total. What we want to find is the number of "
    "questions.",
    "You are right when you say 60% of the pupils walk. How many pupils is that?",
    "Well done for getting to 150 dollars. He splits the cost with his sister, so what next?",
    "You've made a great start - well done. Have you included all the bids?",
    "Yes that makes sense except for the fact that Kate runs 3 times as far as Cole.",
    "I can see you have started off well here. What do you do with the 1000?",
]


@pytest.mark.parametrize("line", PART_CREDITED)
def test_a_part_credited_is_partial_credit(line: str) -> None:
    assert reaction(line) == WRONG


@pytest.mark.parametrize(
    "line",
    [
        "that doesnt seem to be correct. How many books did she sell in both years?",
        "Well that doesn't look to be correct. Let's try something else.",
        "Well done Amir. There's just one error: the pool takes 220 litres in all, not each.",
        "Very good, you did the sums. But in the last step why have you added 36 and 30?",
    ],
)
def test_a_correction_after_a_word_of_praise_still_corrects(line: str) -> None:
    assert reaction(line) == WRONG


def test_a_part_credited_in_a_dialogue_is_partial() -> None:
    text = (
        "Teacher: A class of 30 pupils: 60% walk to school. How many do not walk?\n"
        "Student: 60% of 30 is 18 pupils.\n"
        "Teacher: You are right when you say 60% of the pupils walk, which is 18. How many "
        "do not walk?\n"
        "Student: 30 - 18 = 12 pupils.\n"
        "Teacher: Yes, that's correct.\n"
    )
    assert judged(text) == ["partial", AFTER]


@pytest.mark.parametrize(
    "line",
    [
        "Well done for getting the right answer!",
        "You're correct, and your answer is right.",
        "Great start to the lesson: that's right!",
        "Right! I agree with your strategy of dividing the area by the length.",
    ],
)
def test_credit_for_the_whole_answer_still_confirms(line: str) -> None:
    assert reaction(line) == RIGHT


@pytest.mark.parametrize(
    "line",
    [
        "That's excellent, well done for spotting the mistake and correcting it!",
        "Excellent, well done for rethinking that!",
        "Yes! Do you see where you made the slight error before?",
    ],
)
def test_praise_for_the_fix_still_confirms(line: str) -> None:
    assert reaction(line) == RIGHT


def test_asking_whether_a_step_was_done_correctly_corrects() -> None:
    assert reaction("Have you correctly divided both sides by 0.1?") == WRONG


# -- fourth batch: the student agrees and echoes the tutor's number --------------------------

ECHOED = [
    (
        "Teacher: A centre takes in 2400 green turtles and 800 others. How many in all?\n"
        "Student: 2400 - 800 = 1600 turtles.\n"
        "Teacher: Not quite. They take in both kinds, so there are 3200 turtles in the centre.\n"
        "Student: Yes, the total number of turtles in the centre is 3200.\n"
    ),
    (
        "Teacher: Carlos has read 58 books and wants 100. How many more must he read?\n"
        "Student: 100 + 58 = 158 books.\n"
        "Teacher: He needs to read 42 more, or his total will only be 58, not 100.\n"
        "Student: That's correct. Carlos needs to read 42 books to reach 100.\n"
    ),
    (
        "Teacher: Each round has 4 questions and there were 13 rounds. How many questions?\n"
        "Student: 13 + 4 = 17 questions.\n"
        "Teacher: We multiply here: 13 rounds of 4, so there were 52 questions.\n"
        "Student: Oh, I see. There were 52 questions in the quiz.\n"
    ),
]


@pytest.mark.parametrize("text", ECHOED)
def test_agreeing_with_the_number_the_tutor_stated_is_only_told(text: str) -> None:
    assert judged(text)[-1] == "told"


def test_an_answer_to_the_tutors_question_with_its_number_is_no_echo() -> None:
    text = (
        "Teacher: What is 80% of 100?\nStudent: 80% of 100 is 80 hours.\nTeacher: Yes, well done.\n"
    )
    assert judged(text) == [RIGHT]


# -- fifth batch: not finished yet, counted twice, the student's words set against the problem


@pytest.mark.parametrize(
    "line",
    [
        "That isn't quite right. The problem says he stays two nights.",
        "You have taken 200 off twice there. It only needs to be removed once.",
        "You have said Nora is 10 now, but she is 10 in 5 years' time.",
        "That's the space left on the 2nd floor. What about the 1st floor?",
    ],
)
def test_a_correction_in_other_words_corrects(line: str) -> None:
    assert reaction(line) == WRONG


@pytest.mark.parametrize(
    "line",
    [
        "That is on the right lines, but the 2 dishes are part of the 10.",
        "You already did many things right but let's look at the end of the problem.",
        "I think you started the problem well. What do you do next?",
        "We aren't finished. Let's now look at the rods for the beams.",
        "You're on the right track. How many weeks is that?",
    ],
)
def test_not_finished_yet_is_partial_credit(line: str) -> None:
    assert reaction(line) == WRONG


@pytest.mark.parametrize(
    "line",
    ["I agree! So, what does he need for his last roll?", "That's the answer! Well reasoned."],
)
def test_agreement_confirms(line: str) -> None:
    assert reaction(line) == RIGHT
