"""Held-out exchanges, written for this module, on how the student's attempts are read.

Right first time, right after a correction, wrong, hedged; corrections in the many ways tutors
say them; praise for a question, for sharing or for small talk that judges no answer; a tutor
turn that corrects one answer and asks the next question; an answer repeated after the tutor
rejected it; one-step division facts that are no long division; and the "You first thought
..." lines for what was corrected.

When written, 26 of the 48 tests here failed on the code of the time. Two of them (a new
question asked in a correction) failed only because the answer to the tutor's newly written
question counted as "guided"; they now accept any confirmed outcome and check instead which
tutor turn judged which answer, which leaves 24 of 48 failing on that code.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.attempts import find_attempts
from companion.ai.offline.transcripts import parse_transcript
from tests.ai.analysisprobes import judged
from tests.ai.analysisprobes import outcome_starting as outcome_of

RIGHT = "right"
AFTER = "right_after_correction"
WRONG = "wrong"
HEDGED = "hedged"
CONFIRMED = (RIGHT, AFTER, HEDGED, "guided")  # what the tutor confirmed, however it was reached


# -- right first time: confirmations in many words ---------------------------------------------

RIGHT_FIRST_TIME = [
    (
        "Tutor: Priya, what is 3/4 of 20?\n"
        "Student: 15\n"
        "Tutor: Absolutely! Three quarters of twenty is fifteen.\n"
    ),
    (
        "Tutor: Which gas do plants take in to make their food?\n"
        "Student: carbon dioxide\n"
        "Tutor: Precisely. And they give off oxygen.\n"
    ),
    ("Teacher: Round 347 to the nearest ten.\nStudent: 350\nTeacher: That's it, well done.\n"),
    (
        "Tutor: Who was the first president of the United States?\n"
        "Student: George Washington\n"
        "Tutor: You got it!\n"
    ),
    (
        "Tutor: What is the square root of 81?\n"
        "Student: 9\n"
        "Tutor: Indeed, nine nines are eighty-one.\n"
    ),
    ("Tutor: Solve x + 7 = 15.\nStudent: x = 8\nTutor: That checks out, since 8 + 7 = 15.\n"),
    (
        "Tutor: Is 0.6 bigger or smaller than 0.58?\n"
        "Student: bigger\n"
        "Tutor: Right, six tenths beats five tenths.\n"
    ),
    ("Tutor: Can you name the planet closest to the sun?\nStudent: Mercury\nTutor: Correct!\n"),
]


@pytest.mark.parametrize("text", RIGHT_FIRST_TIME)
def test_an_answer_confirmed_first_time_is_right(text: str) -> None:
    assert judged(text) == [RIGHT]


# -- right after a correction: corrections in many words ---------------------------------------

CORRECTED_THEN_RIGHT = [
    (
        "Tutor: Leon, what is 45 + 38?\n"
        "Student: 73\n"
        "Tutor: Not quite. Remember to carry the ten.\n"
        "Student: 83\n"
        "Tutor: Yes, that's right.\n"
    ),
    (
        "Tutor: How many minutes are in 3 hours?\n"
        "Student: 160\n"
        "Tutor: Close, but each hour has sixty minutes.\n"
        "Student: 180 minutes\n"
        "Tutor: Correct!\n"
    ),
    (
        "Tutor: What is 25% of 60?\n"
        "Student: 12\n"
        "Tutor: That's a little bit off. What is a quarter of sixty?\n"
        "Student: 15\n"
        "Tutor: Perfect.\n"
    ),
    (
        "Tutor: Find 1000 - 457.\n"
        "Student: 653\n"
        "Tutor: Recheck the hundreds column.\n"
        "Student: 543\n"
        "Tutor: Great, that's correct.\n"
    ),
    (
        "Tutor: What is the perimeter of a square whose sides are 7 cm?\n"
        "Student: 49 cm\n"
        "Tutor: Let's look again: perimeter is the distance all the way around.\n"
        "Student: 28 cm\n"
        "Tutor: Exactly.\n"
    ),
    (
        "Tutor: Is 51 a prime number?\n"
        "Student: 51 is a prime number\n"
        "Tutor: Hmm, are you sure? Try dividing it by three.\n"
        "Student: Oh, 51 is 3 times 17 so it is not prime\n"
        "Tutor: Right, well spotted.\n"
    ),
    (
        "Tutor: Simplify 18/24.\n"
        "Student: 9/12\n"
        "Tutor: That's equal to it, but I got something different in simplest form.\n"
        "Student: 3/4\n"
        "Tutor: Yes!\n"
    ),
    (
        "Tutor: Mateo, what is the area of a triangle with base 10 and height 6?\n"
        "Student: 60\n"
        "Tutor: You're on the right track, but what do we do with the half?\n"
        "Student: 30\n"
        "Tutor: That's correct.\n"
    ),
    (
        "Tutor: A shirt costs $20 and is 10% off. What is the sale price?\n"
        "Student: The discount is $2 so the price is $22\n"
        "Tutor: You are correct that the discount is $2, but a discount lowers the price.\n"
        "Student: $18\n"
        "Tutor: Well done.\n"
    ),
    (
        "Tutor: What is the capital city of Australia?\n"
        "Student: Sydney\n"
        "Tutor: Hmm, I don't think so. It is a city built to be the capital.\n"
        "Student: Canberra\n"
        "Tutor: Yes, Canberra.\n"
    ),
    (
        "Tutor: Solve 3x = 21.\n"
        "Student: x = 18\n"
        "Tutor: That's not what I got. What undoes multiplying by 3?\n"
        "Student: dividing, so x = 7\n"
        "Tutor: Exactly right.\n"
    ),
    (
        "Tutor: What is 0.5 + 0.25?\n"
        "Student: 0.30\n"
        "Tutor: Hold on, line the decimal points up first.\n"
        "Student: 0.75\n"
        "Tutor: There we go!\n"
    ),
    (
        "Tutor: How many sides does a hexagon have?\n"
        "Student: 5\n"
        "Tutor: Nearly! A pentagon has five.\n"
        "Student: 6\n"
        "Tutor: Correct.\n"
    ),
    (
        "Tutor: Which is bigger, 0.7 or 0.65?\n"
        "Student: 0.65 because 65 is bigger than 7\n"
        "Tutor: Let's think about that more carefully. Compare the tenths first.\n"
        "Student: 0.7 is bigger\n"
        "Tutor: That's right!\n"
    ),
    (
        "Tutor: There are 4 cats and 9 dogs. What is the ratio of cats to dogs?\n"
        "Student: 9:4\n"
        "Tutor: Other way around.\n"
        "Student: 4:9\n"
        "Tutor: Yes.\n"
    ),
    (
        "Tutor: What is 2 to the power of 5?\n"
        "Student: 10\n"
        "Tutor: I'm not sure that's right. It means 2 times itself five times.\n"
        "Student: 32\n"
        "Tutor: Nice work!\n"
    ),
    (
        "Tutor: What is the plural of mouse?\n"
        "Student: mouses\n"
        "Tutor: Give it another go, it is an irregular plural.\n"
        "Student: mice\n"
        "Tutor: Yes, mice.\n"
    ),
    (
        "Tutor: A car goes 60 km in 1 hour. How far does it go in 3 hours?\n"
        "Student: 63 km\n"
        "Tutor: Hmm, that doesn't look right. Are we adding or multiplying?\n"
        "Student: 180 km\n"
        "Tutor: Great!\n"
    ),
]


@pytest.mark.parametrize("text", CORRECTED_THEN_RIGHT)
def test_a_corrected_answer_is_wrong_and_the_next_confirmed_one_right_after(text: str) -> None:
    # "You are correct that the discount is $2, but ..." credits a part: "partial", corrected
    first, then = judged(text)
    assert first in (WRONG, "partial")
    assert then == AFTER


def test_an_answer_corrected_twice_then_confirmed() -> None:
    text = (
        "Tutor: What is the past tense of run?\n"
        "Student: runned\n"
        "Tutor: Not quite, it is an irregular verb.\n"
        "Student: runed\n"
        "Tutor: Close, but still not it. It rhymes with can.\n"
        "Student: ran\n"
        "Tutor: Yes!\n"
    )
    assert judged(text) == [WRONG, WRONG, AFTER]


def test_an_answer_the_tutor_rejects_in_a_statement_is_wrong() -> None:
    text = (
        "Tutor: Without air, does a heavy ball fall faster than a light one?\n"
        "Student: yes the heavy ball falls faster\n"
        "Tutor: Not really. Without air, both fall at the same rate.\n"
    )
    assert judged(text) == [WRONG]


# -- hedged answers -----------------------------------------------------------------------------

HEDGED_ANSWERS = [
    "Tutor: What is 9 x 9?\nStudent: I'm guessing 81\nTutor: Yes, 81.\n",
    "Tutor: What is 48 / 4?\nStudent: possibly 12\nTutor: Correct.\n",
    (
        "Tutor: Two angles of a right triangle are 90 and 45 degrees. What is the third?\n"
        "Student: Not 100% sure but I'd say 45 degrees\n"
        "Tutor: That's right.\n"
    ),
    (
        "Tutor: 2 of 5 slices of a pizza are eaten. What fraction is left?\n"
        "Student: would it be 3/5\n"
        "Tutor: Yes it would!\n"
    ),
]


@pytest.mark.parametrize("text", HEDGED_ANSWERS)
def test_a_right_answer_given_with_a_hedge_counts_as_hedged(text: str) -> None:
    assert judged(text) == [HEDGED]


# -- praise that judges no answer ---------------------------------------------------------------


def test_good_question_praises_the_students_question_not_an_answer() -> None:
    text = (
        "Tutor: Today we add fractions.\n"
        "Student: Why do the bottom numbers have to be the same?\n"
        "Tutor: Good question! The pieces must be the same size before we count them.\n"
        "Tutor: What is 1/5 + 2/5?\n"
        "Student: 3/5\n"
        "Tutor: Correct.\n"
    )
    assert judged(text) == [RIGHT]


def test_thanks_for_sharing_judges_no_explanation() -> None:
    text = (
        "Tutor: Tell me how you found the mean.\n"
        "Student: I added all the numbers up and then divided by how many there were\n"
        "Tutor: Great, thanks for sharing your steps! What mean did you get?\n"
        "Student: 7\n"
        "Tutor: Yes.\n"
    )
    assert outcome_of(text, "I added") != RIGHT
    assert judged(text)[-1] == RIGHT


def test_small_talk_before_the_lesson_is_no_attempt() -> None:
    text = (
        "Tutor: Hi Omar, how was your weekend?\n"
        "Student: It was fun, we went hiking in the mountains\n"
        "Tutor: Good to hear! Let's start. What is 8 + 5?\n"
        "Student: 13\n"
        "Tutor: Yes.\n"
    )
    assert judged(text) == [RIGHT]


# -- one answer per question --------------------------------------------------------------------


def replies(text: str) -> list[tuple[int, str, int | None]]:
    """(student turn, outcome, the tutor turn that judged it) of each answer."""
    turns = parse_transcript(text).turns
    return [(a.turn, a.outcome, a.reply) for a in find_attempts(turns) if a.outcome != "helped"]


def test_a_correction_that_asks_a_new_question_judges_only_the_first_answer() -> None:
    text = (
        "Tutor: What is 7 x 6?\n"
        "Student: 48\n"
        "Tutor: No, 7 x 6 is 42. What is 7 x 7?\n"
        "Student: 49\n"
        "Tutor: Yes!\n"
    )
    (first, wrong, by), (second, outcome, confirmed_by) = replies(text)
    assert (first, wrong, by) == (1, WRONG, 2)
    assert (second, confirmed_by) == (3, 4) and outcome in CONFIRMED


def test_the_answer_to_the_new_question_is_judged_by_its_own_reply() -> None:
    text = (
        "Tutor: Ana, what is 12 + 9?\n"
        "Student: 20\n"
        "Tutor: Not quite, count on from 12. Before that, is 9 odd or even?\n"
        "Student: odd\n"
        "Tutor: Good. So what is 12 + 9?\n"
        "Student: 21\n"
        "Tutor: Exactly.\n"
    )
    assert judged(text) == [WRONG, AFTER, AFTER]


def test_the_new_question_may_have_the_rejected_value_as_its_answer() -> None:
    text = (
        "Tutor: What is 4 x 6?\n"
        "Student: 28\n"
        "Tutor: Not quite, 4 x 6 is 24. Next one: what is 4 x 7?\n"
        "Student: 28\n"
        "Tutor: Spot on.\n"
    )
    assert [(turn, outcome in CONFIRMED) for turn, outcome, _ in replies(text)] == [
        (1, False),
        (3, True),
    ]


# -- an answer repeated after the tutor rejected it ---------------------------------------------


def test_a_word_answer_repeated_after_a_correction_stays_wrong() -> None:
    text = (
        "Tutor: What is the capital of Canada?\n"
        "Student: Toronto\n"
        "Tutor: Not quite, think again.\n"
        "Student: Toronto\n"
        "Tutor: The capital is Ottawa.\n"
    )
    assert judged(text) == [WRONG, WRONG]


def test_a_number_repeated_after_a_correction_stays_wrong_at_the_end() -> None:
    text = (
        "Tutor: What is 15% of 80?\n"
        "Student: 10\n"
        "Tutor: Hmm, are you sure? What is 10% of 80 first?\n"
        "Student: I still think it's 10\n"
    )
    assert judged(text) == [WRONG, WRONG]


def test_a_hedged_repeat_of_a_rejected_word_answer_stays_wrong() -> None:
    text = (
        "Tutor: Which organ pumps blood around the body?\n"
        "Student: the lungs\n"
        "Tutor: That's not it, the lungs take in air.\n"
        "Student: maybe the lungs?\n"
        "Tutor: Let's read the chapter on circulation together.\n"
    )
    assert judged(text) == [WRONG, WRONG]


# -- one-step division facts are no long division -----------------------------------------------

LONG_DIVISION = "elementary_math.long_division"


def kb_ids(text: str) -> list[str]:
    return [c.kb_id or "" for c in analyze(text, subject_hint="Math").concepts]


def test_division_words_around_one_step_facts_name_no_long_division() -> None:
    facts = (
        "Tutor: What is 56 divided by 8?\n"
        "Student: 7\n"
        "Tutor: Correct! Division facts come from multiplication: 8 x 7 = 56.\n"
        "Student: So 63 divided by 9 is 7 too\n"
        "Tutor: Yes, exactly.\n"
    )
    found = kb_ids(facts)
    assert LONG_DIVISION not in found, found
    assert "elementary_math.multiplication_facts" in found, found
    # a dividend of several digits worked down in steps still is long division
    worked = (
        "Tutor: Let's divide 852 by 4.\n"
        "Student: 4 goes into 8 two times, then 5 divided by 4 is 1 remainder 1\n"
        "Tutor: Good, bring down the 2 to make 12. What is 12 divided by 4?\n"
        "Student: 3, so 852 divided by 4 is 213\n"
        "Tutor: Correct!\n"
    )
    assert LONG_DIVISION in kb_ids(worked)


# -- what was corrected, said as "You first thought ..." -----------------------------------------


def misconceptions(text: str) -> list[str]:
    return [m for c in analyze(text).concepts for m in c.misconceptions]


@pytest.mark.parametrize(
    ("text", "wrong_answer"),
    [
        (CORRECTED_THEN_RIGHT[0], "73"),
        (CORRECTED_THEN_RIGHT[4], "49 cm"),
        (CORRECTED_THEN_RIGHT[7], "60"),
        (CORRECTED_THEN_RIGHT[8], "The discount is $2 so the price is $22"),
        (CORRECTED_THEN_RIGHT[13], "0.65 because 65 is bigger than 7"),
        (CORRECTED_THEN_RIGHT[17], "63 km"),
    ],
)
def test_a_corrected_answer_is_a_resolved_misconception(text: str, wrong_answer: str) -> None:
    lines = misconceptions(text)
    assert any(
        line.startswith("You first")
        and f"\u201c{wrong_answer}\u201d" in line
        and "the fix was" in line
        for line in lines
    ), lines
