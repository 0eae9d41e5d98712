"""An answer the student's next confirmed step works with was taken up, not abandoned: a clock
time counts as one value ("It arrives at 8:05", then "from 8:05 to 9:00 is 55 minutes", which
the tutor confirms), so the first answer is no misconception. Thanks and how the student feels
("Thank you! I'm glad I was able to figure it out.") answer nothing, so a later correction is
never quoted against them, nor is a compliment to the tutor ("You are the best").

Written before the rules: 10 cases, 6 failed before (a time the next step used came out
"wrong" and was quoted as "You first thought ..."; a thank-you was read as an answer).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from tests.ai.analysisprobes import outcome_of, outcome_starting


def _lines(text: str) -> list[str]:
    return [m for c in analyze(text, subject_hint="Math").concepts for m in c.misconceptions]


@pytest.mark.parametrize(
    ("first", "asked", "then"),
    [
        (
            "It arrives at 8:05.",
            "How many minutes is it from 8.05 until 9:00?",
            "From 8:05 to 9:00 is 55 minutes.",
        ),
        (
            "She would get there at 10:30 am",
            "And how long does she wait for the 12 o'clock show?",
            "10:30 to 12:00 is 1 hour 30 minutes, so 90 minutes",
        ),
    ],
)
def test_a_time_the_confirmed_next_step_works_with_is_no_mistake(
    first: str, asked: str, then: str
) -> None:
    text = (
        "Tutor: The bus leaves at 7:15 and the trip takes 50 minutes. Talk me through it.\n"
        "Student: 7 hours and 15 minutes plus 50 minutes is 12 hours 5 minutes, so 725 minutes.\n"
        "Tutor: If the trip starts at 7:15 and takes 50 minutes, what time does it arrive?\n"
        f"Student: {first}\n"
        f"Tutor: {asked}\n"
        f"Student: {then}\n"
        "Tutor: That is the answer, well done!\n"
    )
    assert outcome_of(text, first) != "wrong"
    assert not any(first.rstrip(".") in line for line in _lines(text))


def test_a_time_the_student_dropped_for_a_confirmed_one_stays_wrong() -> None:
    text = (
        "Tutor: The bus leaves at 7:15 and the trip takes 45 minutes. What time does it arrive?\n"
        "Student: It arrives at 8:15.\n"
        "Tutor: Let's count the minutes from 7:15 to 8:00 first.\n"
        "Student: Oh, that is 45 minutes, so it arrives at 8:00.\n"
        "Tutor: Yes, exactly!\n"
    )
    assert outcome_of(text, "It arrives at 8:15.") == "wrong"


@pytest.mark.parametrize(
    "thanks",
    [
        "Thank you! I'm glad I was able to figure it out.",
        "Thanks so much, that makes a lot more sense now.",
        "I'm really happy that I finally got that one right.",
        "Thank you, I feel much more confident about these problems now.",
        "You are the best",
        "you're so helpful!!",
    ],
)
def test_thanks_and_feelings_answer_nothing(thanks: str) -> None:
    text = (
        "Tutor: There are 18 fruits in two baskets, 2x = 18. How can you work out x?\n"
        "Student: Divide both sides by 2, so x = 9 lemons.\n"
        "Tutor: That's right! Well done! You solved this very rapidly!\n"
        f"Student: {thanks}\n"
        "Tutor: Now, hmm, not quite: the 9 lemons are shared between both baskets.\n"
    )
    assert outcome_of(text, thanks) is None
    assert not any(thanks[:20] in line for line in _lines(text))


def test_thanks_with_an_answer_is_still_an_answer() -> None:
    text = "Tutor: What is 7 x 8?\nStudent: Thanks for the hint! So it is 56.\nTutor: Correct!\n"
    assert outcome_starting(text, "Thanks for the hint!") == "right"
