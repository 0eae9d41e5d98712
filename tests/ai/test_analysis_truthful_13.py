"""Held-out sessions in the two styles of the real data (short K-12 chat turns with typos and
praise for effort; a teacher walking a 7th-grader through a word problem), on what a tutor
reading the analysis would call false: a rule stated as "..., which is 12." dropped as a
question; praise for trying ("Good job trying!", "Awesome try!") taken for a confirmation;
the student's answer after the tutor gave it away counted as mastery; the fix of a
scaffolded correction taken from the first sub-step's answer instead of the answer that
settled it; a substitution or elimination lesson ranked under "Linear equations"; the
problem's own data, the agenda ("We are learning about ... today") or the next task ("Now
let's change 3/4 into a percent") kept as key points; a fraction in the tutor's question read
as a step the tutor set up; the hands of a clock and a plant's light energy not read as what
they are about. The student answering a different question than asked and the no-topic
session beside them guard what already held.

Written before the fixes: 17 of the 24 cases failed on the unchanged code.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import NO_TOPIC, analyze
from companion.ai.offline.keypoints import CONFIRMED
from companion.ai.schemas import TranscriptAnalysis
from tests.ai.analysisprobes import ids, outcome_of, points

SYSTEMS = "algebra_1.systems_of_equations"
LINEAR = "algebra_1.linear_equations"


def misconceptions(result: TranscriptAnalysis) -> list[str]:
    return [m for c in result.concepts for m in c.misconceptions]


def concept(result: TranscriptAnalysis, kb_id: str):
    found = [c for c in result.concepts if c.kb_id == kb_id]
    assert found, ids(result)
    return found[0]


# -- "..., which is 12." explains, it asks nothing ------------------------------------------


@pytest.mark.parametrize(
    ("text", "taught"),
    [
        (
            "Tutor: Hi Emma! Let's find the area of a rectangle.\n"
            "Tutor: The rectangle is 6 cm long and 2 cm wide. What is the area?\n"
            "Student: 8\n"
            "Tutor: That was a good try. 8 is what we get when we add 6 and 2.\n"
            "Tutor: The area of a rectangle is the length times the width, which is "
            "6 x 2 = 12 square cm.\n"
            "Student: ok so its 12 square cm\n"
            "Tutor: Great job!\n",
            "The area of a rectangle is the length times the width, which is 6 x 2 = 12 square cm.",
        ),
        (
            "Tutor: What is 10% of 50?\n"
            "Student: 10% of 50 is 10\n"
            "Tutor: Not quite. To find 10% we divide by 10, which is 50 / 10 = 5.\n"
            "Student: 5\n"
            "Tutor: Yes, that's correct!\n",
            "To find 10% we divide by 10, which is 50 / 10 = 5.",
        ),
    ],
)
def test_a_rule_ending_in_which_is_a_value_is_a_key_point(text: str, taught: str) -> None:
    kept = points(analyze(text, subject_hint="Math"))
    assert taught in kept, kept


def test_which_as_a_question_is_still_no_key_point() -> None:
    text = (
        "Tutor: Here are 3/8 and 5/8 of a pizza, which is bigger?\n"
        "Student: 5/8\n"
        "Tutor: Correct! 5/8 is bigger because 5 eighths is more than 3 eighths.\n"
    )
    kept = points(analyze(text, subject_hint="Math"))
    assert not any("which is bigger" in p for p in kept), kept


# -- praise for trying is no confirmation ------------------------------------------------------


@pytest.mark.parametrize("praise", ["Good job trying!", "Nice job trying!", "Awesome try!"])
def test_praise_for_trying_marks_the_answer_wrong(praise: str) -> None:
    text = (
        "Tutor: Look at the number 4,582. What is the value of the 5?\n"
        "Student: 5\n"
        f"Tutor: {praise} The 5 is in the hundreds place, so its value is 500.\n"
        "Student: 500\n"
        "Tutor: Awesome!\n"
    )
    assert outcome_of(text, "5") == "wrong"
    lines = misconceptions(analyze(text, subject_hint="Math"))
    assert lines and "\u201c5\u201d" in lines[0], lines


def test_well_done_for_trying_after_a_wrong_first_step() -> None:
    text = (
        "Tutor: Let's solve 3x + 5 = 20.\n"
        "Student: x = 8\n"
        "Tutor: Well done for trying! What do we do first to get 3x by itself?\n"
        "Student: take away 5 from both sides so 3x = 15\n"
        "Tutor: Yes! Now divide both sides by 3.\n"
        "Student: x = 5\n"
        "Tutor: Correct, x = 5 because 3 times 5 is 15 and 15 + 5 = 20.\n"
    )
    assert outcome_of(text, "x = 8") == "wrong"
    result = analyze(text)
    assert concept(result, LINEAR).mastery_level < 90


def test_praise_for_a_right_answer_still_confirms() -> None:
    text = (
        "Tutor: What is 6 x 7?\n"
        "Student: 42\n"
        "Tutor: Awesome job! You tried hard on these facts today.\n"
    )
    assert outcome_of(text, "42") == "right"


# -- an answer the tutor gave away is no mastery ----------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "Not quite. 25% is one quarter, and one quarter of 80 is 20.",
        "Good try! 25% means 25 out of 100, so 25% of 80 is 20.",
        "No, we divide 80 by 4 and get 20.",
    ],
)
def test_the_answer_after_the_tutor_gave_it_away_is_only_told(told: str) -> None:
    text = (
        "Tutor: What is 25% of 80?\n"
        "Student: 25\n"
        f"Tutor: {told}\n"
        "Student: 20\n"
        "Tutor: Yes, well done!\n"
    )
    assert outcome_of(text, "20") not in CONFIRMED
    assert concept(analyze(text), "pre_algebra.percents").mastery_level < 35


def test_an_answer_the_tutor_only_hinted_at_still_counts() -> None:
    text = (
        "Tutor: What is 25% of 80?\n"
        "Student: 25\n"
        "Tutor: Not quite. 25% is one quarter. What is one quarter of 80?\n"
        "Student: 20\n"
        "Tutor: Yes, well done!\n"
    )
    assert outcome_of(text, "20") in CONFIRMED


# -- the fix of a scaffolded correction is the answer that settled it --------------------------


def test_the_fix_is_the_answer_to_the_question_asked_again() -> None:
    text = (
        "Tutor: What is 3/4 + 1/8?\n"
        "Student: 4/12\n"
        "Tutor: Not quite. What is a common denominator of 4 and 8?\n"
        "Student: 8\n"
        "Tutor: Great! How many eighths are in 3/4?\n"
        "Student: 6/8\n"
        "Tutor: Yes! So what is 3/4 + 1/8?\n"
        "Student: 7/8\n"
        "Tutor: Perfect, well done!\n"
    )
    lines = misconceptions(analyze(text))
    assert len(lines) == 1 and "the fix was \u201c7/8\u201d" in lines[0], lines


def test_the_fix_is_the_student_redoing_the_step_in_words() -> None:
    text = (
        "Teacher: Sam has 3 bags with 12 marbles each. He gives away 9 marbles. How many "
        "marbles does he have left? Walk me through your solution.\n"
        "Student: Sam has 3 bags with 12 marbles so he has 3 + 12 = 15 marbles. Then 15 - 9 = 6. "
        "He has 6 marbles left.\n"
        "Teacher: Hmm, not quite. If there are 3 bags with 12 in each bag, how do we find the "
        "total?\n"
        "Student: oh we multiply 3 x 12 = 36\n"
        "Teacher: Good. So how many are left after giving away 9?\n"
        "Student: 36 - 9 = 27 marbles\n"
        "Teacher: That's right, he has 27 marbles left.\n"
    )
    result = analyze(text)
    lines = misconceptions(result)
    assert lines and "the fix was \u201coh we multiply 3 x 12 = 36\u201d" in lines[0], lines
    # the problem's own data is no key point, even when the turn ends in an order
    assert not any(p.startswith("Sam has 3 bags") for p in points(result)), points(result)


# -- a system of equations lesson is about systems -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Tutor: Let's solve the two equations 2x + y = 10 and x - y = 2 together.\n"
            "Student: i add them so 3x = 12\n"
            "Tutor: Good! What is x?\n"
            "Student: x = 4\n"
            "Tutor: Yes. Now put x = 4 into x - y = 2.\n"
            "Student: 4 - y = 2 so y = 2\n"
            "Tutor: Great, the solution is (4, 2).\n"
        ),
        (
            "Teacher: Tickets cost $5 for kids and $8 for adults. 10 people paid $62 in all. "
            "What two equations can we write?\n"
            "Student: k + a = 10 and 5k + 8a = 62\n"
            "Teacher: Correct! Now solve them.\n"
            "Student: a = 10 - k, so 5k + 8(10 - k) = 62, 5k + 80 - 8k = 62, -3k = -18, "
            "k = 6 and a = 4\n"
            "Teacher: Excellent! 6 kids and 4 adults.\n"
        ),
        (
            "Tutor: Solve y = x + 3 and y = 2x + 1.\n"
            "Student: x + 3 = 2x + 1\n"
            "Tutor: Good, you set them equal. Now solve for x.\n"
            "Student: 3 - 1 = 2x - x so x = 2\n"
            "Tutor: Great! And y?\n"
            "Student: y = 2 + 3 = 5\n"
            "Tutor: Perfect. So the lines cross at (2, 5).\n"
        ),
    ],
)
def test_a_system_ranks_above_the_equations_it_is_made_of(text: str) -> None:
    result = analyze(text)
    assert ids(result)[:1] == [SYSTEMS], ids(result)
    assert concept(result, SYSTEMS).evidence >= 2


def test_one_equation_solved_step_by_step_is_no_system() -> None:
    text = (
        "Tutor: Solve 2x + 3 = 11.\n"
        "Student: 2x = 8\n"
        "Tutor: Good, and then?\n"
        "Student: x = 4\n"
        "Tutor: Correct!\n"
    )
    assert SYSTEMS not in ids(analyze(text))


# -- the student answering a different question than asked -------------------------------------


def test_the_area_given_for_the_perimeter_is_a_misconception() -> None:
    text = (
        "Tutor: A garden is 5 m long and 3 m wide. What is its perimeter?\n"
        "Student: 15\n"
        "Tutor: That is the area, not the perimeter. The perimeter is the distance all the way "
        "around the garden.\n"
        "Student: 5 + 3 + 5 + 3 = 16\n"
        "Tutor: Yes! The perimeter is 16 m.\n"
    )
    assert outcome_of(text, "15") == "wrong"
    assert outcome_of(text, "5 + 3 + 5 + 3 = 16") == "right_after_correction"
    result = analyze(text, subject_hint="Math")
    lines = misconceptions(result)
    assert lines and lines[0].startswith("You first answered \u201c15\u201d"), lines
    assert "the fix was \u201cThat is the area, not the perimeter." in lines[0], lines
    assert "struggled with Area and perimeter (resolved by the end)" in result.summary
    assert "15" not in " ".join(points(result)), points(result)


# -- key points: no agenda, no next task; each concept its own ---------------------------------


def test_the_lesson_agenda_and_the_next_task_are_no_key_points() -> None:
    text = (
        "Tutor: Let's work on a rectangle that is 7 ft long and 4 ft wide.\n"
        "Tutor: What is the perimeter?\n"
        "Student: 22 ft\n"
        "Tutor: Correct! The perimeter is the sum of all four sides, 7 + 4 + 7 + 4 = 22 ft.\n"
        "Tutor: Now what is the area?\n"
        "Student: 11\n"
        "Tutor: Not quite, for area we multiply the length by the width: 7 x 4 = 28 square feet.\n"
        "Student: 28 square feet\n"
        "Tutor: Yes!\n"
        "Tutor: Now let's change 3/4 into a percent.\n"
        "Student: 75%\n"
        "Tutor: Great, 3/4 is 75 out of 100, so 3/4 = 75%.\n"
    )
    result = analyze(text, subject_hint="Math")
    kept = points(result)
    assert not any(p.startswith("Now let's") for p in kept), kept
    area = concept(result, "elementary_math.area_and_perimeter").key_points
    percent = concept(result, "pre_algebra.percents")
    assert any("perimeter" in p for p in area) and any("28 square feet" in p for p in area), area
    assert not any("%" in p for p in area), area
    assert percent.key_points == ["Great, 3/4 is 75 out of 100, so 3/4 = 75%."], percent
    # the fraction is the problem's own, not a step the tutor set up (the session's earlier
    # correction still counts against it)
    assert outcome_of(text, "75%") in ("right", "right_after_correction")
    assert percent.mastery_level > 40


def test_photosynthesis_is_about_the_plant_not_physics() -> None:
    text = (
        "Tutor: We are learning about photosynthesis today.\n"
        "Tutor: Which gas do plants take in from the air to make their food?\n"
        "Student: oxygen\n"
        "Tutor: Not quite. Plants take in carbon dioxide and give off oxygen.\n"
        "Student: carbon dioxide\n"
        "Tutor: Right! And what do plants need from the sun?\n"
        "Student: sunlight energy\n"
        "Tutor: Exactly, plants use light energy from the sun to make glucose.\n"
    )
    result = analyze(text)
    assert ids(result) == ["biology.photosynthesis"], ids(result)
    kept = points(result)
    assert "Exactly, plants use light energy from the sun to make glucose." in kept, kept
    assert not any("learning about" in p for p in kept), kept
    lines = misconceptions(result)
    assert lines and "the fix was \u201cPlants take in carbon dioxide" in lines[0], lines


def test_the_hands_of_the_clock_are_telling_time() -> None:
    text = (
        "Tutor: Hi Aiden! Look at the clock. The short hand is on the 4 and the long hand is "
        "on the 6. What time is it?\n"
        "Student: 6:20\n"
        "Tutor: Close, but the short hand tells the hour, so the hour is 4. When the long hand "
        "points at 6 it is 30 minutes.\n"
        "Student: 4:30\n"
        "Tutor: You got it! +1 point\n"
        "Tutor: What time will it be in 1 hour?\n"
        "Student: 5:30\n"
        "Tutor: Awesome job!\n"
    )
    result = analyze(text)
    assert ids(result) == ["elementary_math.telling_time"], ids(result)
    kept = points(result)
    assert "When the long hand points at 6 it is 30 minutes." in kept, kept
    assert "struggled with Telling time" in result.summary and "6:20" in result.summary


# -- guards -------------------------------------------------------------------------------------


def test_greetings_points_and_names_are_no_topic() -> None:
    text = (
        "Tutor: Hi Sofia! How are you today?\n"
        "Student: good thx\n"
        "Tutor: Great! You have 3 points so far, keep it up!\n"
        "Student: yay\n"
        "Tutor: Thanks for coming, see you next week Sofia!\n"
        "Student: bye\n"
    )
    result = analyze(text)
    assert result.concepts == [] and NO_TOPIC in result.summary


def test_right_first_time_and_a_hedge_are_told_apart() -> None:
    text = (
        "Tutor: Hi Mia, today we will review place value.\n"
        "Tutor: In the number 3,726 which digit is in the tens place?\n"
        "Student: 2\n"
        "Tutor: Yes! Great job.\n"
        "Tutor: What is the value of the 7 in 3,726?\n"
        "Student: is it 700?\n"
        "Tutor: Correct, the 7 is in the hundreds place so it is worth 700.\n"
    )
    assert outcome_of(text, "2") == "right"
    assert outcome_of(text, "is it 700?") == "hedged"
    result = analyze(text)
    assert ids(result)[:1] == ["elementary_math.place_value"]
    assert "Correct, the 7 is in the hundreds place so it is worth 700." in points(result)
