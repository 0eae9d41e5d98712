"""Held-out dialogues, written for this module, on how the attempts reader takes a student's
own second thoughts, spelled-out numbers, a tutor who confirms only a step, a tutor who takes
a confirmation back, and questions that only ask for the working.

- A self-correction sent as a separate turn ("wait, no, it's 56", "sorry I meant 12", "Oops,
  I meant $45") withdraws the earlier value: it is no wrong answer the tutor corrected, and
  the new value is the answer to judge; "40, not 64" gives 40.
- Number words ("twelve", "forty-five dollars", "three hundred") are values: a corrected value
  said again in words is wrong again, the tutor's result echoed in words is only told, and a
  value in words the student dropped for a confirmed one was abandoned.
- A tutor turn that confirms only a step of the answer ("He did indeed give 12 to his brother
  and had 24 left after that. So how many did he have at the start?") and asks again does not
  confirm the final value: partial credit. One that names the final value confirms it.
- A retraction ("Apologies, I've just noticed that your answer is not quite right", "Sorry, I
  spoke too soon") after a confirmation makes the confirmed answer wrong; an apology for the
  tutor's own typo does not.
- A neutral probe ("How did you get that?", "Talk me through your working") judges nothing,
  and the student restating the same value to explain it is the same answer, counted once.
- Praise for persevering is no confirmation; "It is 2, but remember ..." credits a step only.
- A session that ends on a value the tutor already let pass and asked about again has not had
  it accepted; a new value, or a look back at the slip ("Can you see where you went wrong?"),
  still is.

37 dialogues and tutor or student lines, 45 tests: when written, 33 of the 45 failed on the
code of the time (base commit 34ac5da).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.masterytrace import estimate
from companion.ai.offline.studentturns import final_value
from companion.ai.offline.verdicts import reaction
from tests.ai.analysisprobes import attempts_of, dialogue, judged
from tests.ai.analysisprobes import outcome_starting as outcome_of

RIGHT = "right"
AFTER = "right_after_correction"
WRONG = "wrong"


# -- 1. a self-correction sent as a separate turn ----------------------------------------------

SELF_CORRECTED = [
    dialogue(
        "There are 7 boxes of 8 pencils. How many pencils are there?",
        "7 x 8 = 54 pencils.",
        "S: wait, no, it's 56.",
        "T: Correct!",
    ),
    dialogue(
        "A farmer has 3 baskets of 4 apples. How many apples?",
        "21 apples.",
        "S: sorry I meant 12",
        "T: Yes, 12 apples.",
    ),
    dialogue(
        "Nine friends each pay $5 for a ticket. What do they pay in all?",
        "$54.",
        "Okay, talk me through it.",
        "Oops, I meant $45. 9 x 5 = 45.",
        "Well done.",
    ),
    dialogue(
        "Each of 6 shelves holds 5 books. How many books are there?",
        "35 books.",
        "S: Actually it's 30, not 35.",
        "T: That's right.",
    ),
]


@pytest.mark.parametrize("text", SELF_CORRECTED)
def test_a_self_correction_in_its_own_turn_withdraws_the_earlier_value(text: str) -> None:
    assert judged(text) == [RIGHT]


def test_a_withdrawn_value_then_corrected_is_one_wrong_answer() -> None:
    text = dialogue(
        "A box holds 6 rows of 8 eggs. How many eggs?",
        "48 eggs.",
        "S: no wait, 46 eggs.",
        "T: Not quite. Try again.",
    )
    assert judged(text) == [WRONG]


def test_a_withdrawn_value_costs_no_mastery() -> None:
    straight = dialogue(
        "There are 7 boxes of 8 pencils. How many pencils are there?",
        "7 x 8 = 56 pencils.",
        "Correct!",
    )
    assert estimate(attempts_of(SELF_CORRECTED[0]))[0] == estimate(attempts_of(straight))[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8 x 5 is actually 40, not 64", "40"),
        ("It's $12, not $21.", "12"),
        ("So 30 minutes and not 45", "30"),
    ],
)
def test_a_value_denied_after_the_answer_is_not_the_answer(text: str, value: str) -> None:
    assert final_value(text) == [value]


# -- 2. number words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twelve", "12"),
        ("It costs forty-five dollars.", "45"),
        ("three hundred", "300"),
        ("I think there are twenty five left", "25"),
    ],
)
def test_number_words_are_values(text: str, value: str) -> None:
    assert final_value(text) == [value]


def test_a_corrected_value_said_again_in_words_is_wrong_again() -> None:
    text = dialogue(
        "Three packs of 4 juice boxes. How many juice boxes?",
        "3 + 4 = 7 juice boxes.",
        "Not quite. Try again.",
        "It's seven.",
        "Hmm, let's think about what 3 packs of 4 means.",
    )
    assert judged(text) == [WRONG, WRONG]


def test_the_tutors_result_echoed_in_words_is_only_told() -> None:
    text = dialogue(
        "Each of 13 rounds has 4 questions. How many questions?",
        "13 + 4 = 17 questions.",
        "We multiply here: 13 rounds of 4, so there were 52 questions.",
        "Yes, fifty-two questions.",
    )
    assert outcome_of(text, "Yes, fifty-two") == "told"


def test_the_revealed_answer_repeated_in_words_is_only_told() -> None:
    text = dialogue(
        "A shirt costs $15 and jeans cost $30. What do both cost?",
        "$30 - $15 = $15.",
        "No, we add them. The answer is $45.",
        "Oh, forty-five dollars.",
    )
    assert outcome_of(text, "Oh, forty-five") == "told"


def test_a_value_in_words_dropped_for_a_confirmed_one_was_abandoned() -> None:
    text = dialogue(
        "A school has 10 classes of 25 pupils. How many pupils?",
        "three hundred",
        "Let's count the classes again: there are 10 classes.",
        "10 x 25 = 250 pupils.",
        "Yes, that's right.",
    )
    assert judged(text) == [WRONG, AFTER]


def test_an_answer_in_words_is_confirmed() -> None:
    text = dialogue(
        "How many legs do 3 spiders have?",
        "twenty-four",
        "Correct!",
    )
    assert judged(text) == [RIGHT]


# -- 3. a step confirmed, the final value not ---------------------------------------------------

STEP_ONLY = [
    dialogue(
        "Tom gave half of his marbles to his brother and then lost a quarter of the rest. He "
        "has 24 left. How many did he have at the start?",
        "24 divided by 2 is 12, so he gave 12 to his brother. That means he started with 12 "
        "divided by 4, which is 3.",
        "Remember we are working backwards. He did indeed give 12 to his brother and had 24 "
        "left after that. So how many did he have at the start?",
        "He had 24 + 12 = 36 after his brother, so he started with 48.",
        "That's it!",
    ),
    dialogue(
        "A coat costs $80 and is 20% off. What is the sale price?",
        "20% of 80 is 16, so the sale price is 96.",
        "Yes, 20% of 80 is 16. And what is the sale price then?",
        "80 - 16 = $64.",
        "Well done!",
    ),
    dialogue(
        "John has $30 left and each lego set sold for $15. How many sets did he sell?",
        "$30 divided by $15 is 2, so he has 11 sets left.",
        "It is 2, but remember that's what he sold. How many did he sell?",
        "He sold 2 sets.",
        "Great!",
    ),
]


@pytest.mark.parametrize("text", STEP_ONLY)
def test_a_step_confirmed_and_the_question_asked_again_is_partial(text: str) -> None:
    assert judged(text) == ["partial", AFTER]


def test_a_confirmation_naming_the_final_value_confirms() -> None:
    text = dialogue(
        "A coat costs $80 and is 20% off. What is the sale price?",
        "20% of 80 is 16, so the sale price is 64.",
        "Yes, 16 off makes it 64. What would it be with 25% off?",
    )
    assert judged(text)[0] == RIGHT


def test_a_step_confirmed_with_the_final_value_as_the_step_confirms() -> None:
    text = dialogue(
        "There are 12 boxes of 3 cakes. How many cakes?",
        "12 x 3 = 36 cakes.",
        "Yes, 12 x 3 = 36. Now how many are left if 10 are eaten?",
    )
    assert judged(text)[0] == RIGHT


def test_a_step_confirmed_counts_less_than_the_answer_confirmed() -> None:
    straight = dialogue(
        "A coat costs $80 and is 20% off. What is the sale price?",
        "20% of 80 is 16, so the sale price is 80 - 16 = 64.",
        "Well done!",
    )
    assert estimate(attempts_of(STEP_ONLY[1]))[0] < estimate(attempts_of(straight))[0]


# -- 4. a confirmation taken back ---------------------------------------------------------------

RETRACTED = [
    dialogue(
        "Two baskets hold 18 fruits, kiwis and lemons in equal numbers. How many lemons?",
        "2x = 18, so x = 9 lemons in one basket.",
        "That's right! Well done!",
        "Thank you!",
        "Apologies, I've just noticed that your answer is not quite right. Where are the lemons?",
    ),
    dialogue(
        "Four pens cost $3 each. What do they cost?",
        "4 + 3 = $7.",
        "Great job!",
        "T: Sorry, I spoke too soon: that's not correct. What do 4 pens at $3 cost?",
    ),
]


@pytest.mark.parametrize("text", RETRACTED)
def test_a_retracted_confirmation_makes_the_answer_wrong(text: str) -> None:
    assert judged(text)[0] == WRONG


def test_an_apology_for_the_tutors_own_typo_keeps_the_answer_right() -> None:
    text = dialogue(
        "A bag holds 6 balls. How many balls are in 4 bags?",
        "6 x 4 = 24 balls.",
        "Correct!",
        "T: Sorry, I made a typo in the next question: it should say 42 not 24.",
    )
    assert judged(text)[0] == RIGHT


def test_a_retraction_lowers_mastery() -> None:
    kept = "\n".join(RETRACTED[1].splitlines()[:3]) + "\n"
    assert estimate(attempts_of(RETRACTED[1]))[0] < estimate(attempts_of(kept))[0]


# -- 5. neutral probes ---------------------------------------------------------------------------

PROBES = [
    "How did you get that?",
    "Can you explain your answer?",
    "Talk me through your working.",
    "How do you know?",
    "Interesting, how did you work that out?",
]


@pytest.mark.parametrize("line", PROBES)
def test_a_neutral_probe_judges_nothing(line: str) -> None:
    assert reaction(line) is None


@pytest.mark.parametrize("probe", PROBES)
def test_the_same_value_explained_after_a_probe_is_one_answer(probe: str) -> None:
    text = dialogue(
        "There are 12 bags of 3 oranges. How many oranges?",
        "36 oranges.",
        probe,
        "12 bags of 3 is 12 x 3 = 36 oranges.",
        "Great!",
    )
    assert judged(text) == [RIGHT]


def test_the_same_wrong_value_explained_after_a_probe_is_one_wrong_answer() -> None:
    text = dialogue(
        "There are 12 bags of 3 oranges. How many oranges?",
        "15 oranges.",
        "How did you get that?",
        "12 + 3 = 15 oranges.",
        "Not quite, there are 12 bags of 3.",
    )
    assert judged(text)[:1] == [WRONG] and judged(text).count(WRONG) == 1


def test_a_probe_costs_no_mastery() -> None:
    probed = dialogue(
        "There are 12 bags of 3 oranges. How many oranges?",
        "36 oranges.",
        "How did you get that?",
        "12 x 3 = 36 oranges.",
        "Great!",
    )
    straight = dialogue(
        "There are 12 bags of 3 oranges. How many oranges?",
        "12 x 3 = 36 oranges.",
        "Great!",
    )
    assert estimate(attempts_of(probed))[0] == estimate(attempts_of(straight))[0]


# -- other forms: praise for persevering ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "You're doing really well to persevere here - fantastic work! OK, so how much in total "
        "was spent on food?",
        "Well done for sticking with it! Now, what is 20.25 - 4.50?",
    ],
)
def test_praise_for_persevering_is_no_confirmation(line: str) -> None:
    assert reaction(line) != RIGHT


# -- other forms: the session ends on a value the tutor already let pass -------------------------


def test_ending_on_a_value_the_tutor_let_pass_and_asked_again_is_not_accepted() -> None:
    text = dialogue(
        "Ann gives 2/5 of her 30 rabbits away and each of the rest has 2 babies. How many "
        "rabbits does she have now?",
        "She has 30 + 36 = 66 rabbits.",
        "How many rabbits did she keep?",
        "She kept 18 rabbits.",
        "Good, so with the babies, how many rabbits does she have?",
        "She has 30 + 36 = 66 rabbits.",
    )
    assert judged(text)[-1] == "unconfirmed"


def test_ending_on_a_new_value_is_still_accepted() -> None:
    text = dialogue(
        "Ann gives 2/5 of her 30 rabbits away and each of the rest has 2 babies. How many "
        "rabbits does she have now?",
        "She has 30 + 36 = 66 rabbits.",
        "How many rabbits did she keep?",
        "She kept 18 rabbits.",
        "Good, so with the babies, how many rabbits does she have?",
        "She has 18 + 36 = 54 rabbits.",
    )
    assert judged(text)[-1] == "accepted"


def test_looking_back_at_the_slip_with_an_old_value_is_still_accepted() -> None:
    text = dialogue(
        "Buns cost $1 each and milk costs $2. Eggs cost three times the milk. What do 2 buns, "
        "milk and eggs cost?",
        "Milk is 2 x 3 = $6, so 2 + 6 + 18 = $26.",
        "No, read the question again. How much is the milk?",
        "The milk costs $2.",
        "With this in mind, try the question again.",
        "2 + 2 + 6 = $10.",
        "Perfect, can you see where you went wrong?",
        "I multiplied the milk by 3 when it was just $2.",
    )
    assert judged(text)[-1] == "accepted"
