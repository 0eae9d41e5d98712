"""Mastery from the final state of a dialogue: how much of the work the student did."""

from __future__ import annotations

from companion.ai.offline.analysis import analyze
from companion.ai.offline.attempts import find_attempts
from companion.ai.offline.masterytrace import estimate
from companion.ai.offline.transcripts import parse_transcript


def attempts_of(text: str):
    return find_attempts(parse_transcript(text).turns)


UNAIDED = (
    "Teacher: Maya weighed 60 pounds. At her peak she lifted half of 300 pounds. How much?\n"
    "Student: 300 / 3 = 100 pounds\n"
    "Teacher: Not quite. Read the question again.\n"
    "Student: Half of 300 is 150 pounds\n"
    "Teacher: Yes, that is correct.\n"
)
GUIDED = (
    "Teacher: Maya weighed 60 pounds. At her peak she lifted half of 300 pounds. How much?\n"
    "Student: 300 / 3 = 100 pounds\n"
    "Teacher: Not quite. So at her peak 300 * 0.5 = ?\n"
    "Student: 150 pounds\n"
    "Teacher: Yes, that is correct.\n"
)


def test_a_right_answer_to_a_step_the_tutor_wrote_out_is_guided() -> None:
    assert [a.outcome for a in attempts_of(UNAIDED)] == ["wrong", "right_after_correction"]
    assert [a.outcome for a in attempts_of(GUIDED)][-1] == "guided"


def test_a_guided_answer_counts_less_than_one_found_alone() -> None:
    assert estimate(attempts_of(GUIDED))[0] < estimate(attempts_of(UNAIDED))[0]


SCAFFOLDED = (
    "Teacher: A box holds 12 pens. How many pens are in 5 boxes and 3 loose pens?\n"
    "Student: 12 + 5 + 3 = 20\n"
    "Teacher: Think about the 5 boxes: each has 12 pens, so we need 12 five times.\n"
    "Student: 12 x 5 = 60\n"
    "Teacher: And we still have the 3 loose pens to put with the 60.\n"
    "Student: 60 + 3 = 63\n"
    "Teacher: Yes, that is correct.\n"
)
ON_THEIR_OWN = (
    "Teacher: A box holds 12 pens. How many pens are in 5 boxes and 3 loose pens?\n"
    "Student: 12 + 5 + 3 = 20\n"
    "Teacher: Think about the boxes again. What does each box hold?\n"
    "Student: 12 x 5 = 60\n"
    "Teacher: And then what do you do with the loose ones?\n"
    "Student: 60 + 3 = 63\n"
    "Teacher: Yes, that is correct.\n"
)


def test_each_tutor_turn_that_brings_the_numbers_after_the_students_work_is_help() -> None:
    assert sum(a.outcome == "helped" for a in attempts_of(SCAFFOLDED)) == 2
    assert not any(a.outcome == "helped" for a in attempts_of(ON_THEIR_OWN))


def test_help_the_student_needed_lowers_mastery_of_the_same_answers() -> None:
    helped = analyze(SCAFFOLDED).concepts
    alone = analyze(ON_THEIR_OWN).concepts
    assert helped and alone
    assert max(c.mastery_level for c in helped) < min(c.mastery_level for c in alone)


def test_a_worked_example_before_any_attempt_is_teaching_not_help() -> None:
    text = (
        "Teacher: Here is an example: 4 boxes of 10 pens make 4 x 10 = 40 pens.\n"
        "Student: 12 x 5 = 60\n"
        "Teacher: Yes, that is correct.\n"
    )
    assert [a.outcome for a in attempts_of(text)] == ["right"]


def test_repeating_the_answer_the_tutor_gave_away_is_told_not_right() -> None:
    told = (
        "Teacher: A raft holds 21 people. How many fit if 8 need life jackets?\n"
        "Student: 21 - 8 = 13 people\n"
        "Teacher: Let X be the number. We get X = 17.\n"
        "Student: Oh, I see. So 17 people fit on the raft.\n"
        "Teacher: Yes 17\n"
    )
    outcomes = [a.outcome for a in attempts_of(told) if a.outcome != "helped"]
    assert outcomes == ["wrong", "told"]
    found_alone = told.replace("We get X = 17.", "Not quite, think about the jackets.")
    assert [a.outcome for a in attempts_of(found_alone)][-1] == "right_after_correction"
    assert estimate(attempts_of(told))[0] < estimate(attempts_of(found_alone))[0]
    revealed = told.replace("We get X = 17.", "The answer is 17, can you see how?")
    assert "told" in [a.outcome for a in attempts_of(revealed)]


def test_a_session_ending_on_an_unchallenged_answer_accepts_it_unless_confused() -> None:
    ends = "Teacher: How many pens are in 5 boxes of 12?\nStudent: 5 x 12 = 60 pens\n"
    assert [a.outcome for a in attempts_of(ends)] == ["accepted"]
    lost = "Teacher: How many pens are in 5 boxes of 12?\nStudent: I'm confused about the boxes\n"
    assert "accepted" not in [a.outcome for a in attempts_of(lost)]


def test_a_step_the_tutor_sets_up_in_words_is_only_computed() -> None:
    text = (
        "Teacher: Maya started at 60 pounds and peaked at 150. How much did she gain?\n"
        "Student: 150 + 60 = 210 pounds\n"
        "Teacher: Not quite. So 150 minus the 60 she started at would be\n"
        "Student: 150 - 60 = 90 pounds\n"
        "Teacher: Yes this is correct\n"
    )
    assert [a.outcome for a in attempts_of(text)][-1] == "guided"


def test_corrections_in_their_many_forms_mark_the_answer_wrong() -> None:
    from companion.ai.offline.verdicts import reaction

    for said in (
        "Hmm, I don't think that's right.",
        "Close! Try the last step again.",
        "Let's look at that again.",
        "I got a different answer.",
        "Are you certain about that?",
        "You are close.",
        "That is off by 2.",
        "Yes, but you need to add the tax too.",
        "Look at your work again.",
    ):
        assert reaction(said) == "wrong", said
    for said in ("Great work -- but what if she had 5 more?", "Correct! The shop is close by."):
        assert reaction(said) == "right", said
