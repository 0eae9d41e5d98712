"""Key points are what was taught, not talk that points somewhere: a tutor sending the student
back to the problem's wording ("It says in the question that she reads 1/3 of it", "We already
know from the problem how many mugs she has"), back to an earlier turn ("Look back at what you
told me earlier", "We just calculated it"), announcing the next step, asking for another go
with a typo ("try that agin"), or a verdict with its exception ("that is correct apart from
the addition") teaches nothing, even when the sentence carries numbers or the concept's words.

Written for this module in the way tutors chat, before the engine read such sentences as talk:
12 of 15 failed on the engine before (every pointing sentence but one came out as a key point,
and the verdict); the two guards keep a real explanation that subtracts and a method that
"looks at" place values.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze


def _all_points(text: str) -> list[str]:
    return [p for c in analyze(text).concepts for p in c.key_points]


def _dialogue(tutor_line: str) -> str:
    return (
        "Teacher: Maya has 24 stickers and gives away 1/3 of them. How many are left?\n"
        "Student: She gives away 24 / 3 = 8 stickers, so she has 24 + 8 = 32 left.\n"
        f"Teacher: {tutor_line}\n"
        "Student: Oh, so she has 24 - 8 = 16 stickers left.\n"
        "Teacher: Yes, that's correct, well done.\n"
    )


POINTING = [
    "Not quite. The question says she gives away 1/3 of the stickers.",
    "Not quite. It tells you in the question how many of the stickers she gives away.",
    "Not quite. We already know from the problem how many stickers she started with.",
    "Not quite. Look back at what you told me earlier about the 8 stickers.",
    "Not quite. Read it once more and try that agin with the 8 stickers she gave away.",
    "Not quite. In the question it says she gives away 8 stickers, so check the sign.",
    "Not quite. So looking back at the question, she gives some of the 24 away.",
    "Not quite. The question is asking how many of the 24 stickers are left.",
    "Not quite. We just calculated that she gives away 8 stickers.",
    "Not quite. In your first answer you told me she gives away 24 / 3 = 8 stickers.",
    "Not quite. So the next step is working out how many of the 24 stickers are left.",
    "Not quite. Good, so let's plug in the 8 stickers she gave away.",
]


@pytest.mark.parametrize("line", POINTING)
def test_pointing_at_the_question_or_an_earlier_turn_is_no_key_point(line: str) -> None:
    points = _all_points(_dialogue(line))
    pointing = line.removeprefix("Not quite. ")
    assert all(pointing[:30] not in p for p in points), points


def test_a_verdict_with_an_exception_is_no_key_point() -> None:
    text = _dialogue("Ok, that is correct apart from the addition at the end.")
    points = _all_points(text)
    assert all("apart from the addition" not in p for p in points), points


def test_an_explanation_that_mentions_the_question_stays_a_point() -> None:
    text = _dialogue(
        "Not quite. Giving stickers away takes them off the total, so you subtract the 8."
    )
    points = _all_points(text)
    assert any("takes them off the total" in p for p in points), points


def test_a_method_that_looks_at_place_values_stays_a_point() -> None:
    text = (
        "Tutor: Which is bigger, 0.45 or 0.405?\n"
        "Student: 0.405 because it has more digits\n"
        "Tutor: Not quite. To compare decimals we look at the tenths first, then the hundredths.\n"
        "Student: so 0.45 is bigger because 5 hundredths is more than 0 hundredths\n"
        "Tutor: Exactly, well done.\n"
    )
    points = _all_points(text)
    assert any("look at the tenths first" in p for p in points), points
