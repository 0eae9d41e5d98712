"""Held-out sessions with several problems in a row (a K-12 tutor posing problem after
problem, in short chat turns and in spoken sessions), on what a tutor reading the analysis
would call false: a right answer to a new problem counted as "right after a correction"
because an earlier, settled problem had one; "that happens to be right, but for the wrong
reason" read as no verdict at all (the answer stood unjudged, or its right value was later
held against the student); "Answers on X were confirmed without corrections" said of a
concept shown as "not enough evidence yet" or of one whose answer came only after a
correction; and the student's own restated steps ("Then 5x = 2x + 15.") shown as key points
where the tutor taught the concept in a statement of its own. The answer to the corrected
question asked again after a scaffolding sub-question is still right after the correction (a
confirmed sub-step settles nothing); a retry confirmed straight after the correction settles
it, and the next step is the student's own.

Written before the fixes: 19 of these 23 cases failed on the unchanged code (the other four
guard what held: praise "for the right reason", the biology demo's summary, one confirmed
answer per concept, and the student's statement when the tutor taught none).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.attempts import find_attempts
from companion.ai.offline.transcripts import parse_transcript
from companion.ai.schemas import TranscriptAnalysis
from tests.ai.analysisprobes import ids

RIGHT = "right"
AFTER = "right_after_correction"
WRONG = "wrong"
WEAK = "weak_reasoning"  # the right value, reached by reasoning the tutor corrected
CONFIRMED = (RIGHT, AFTER, "hedged", "guided")
DEMO = Path(__file__).resolve().parents[2] / "companion" / "demo"


def judged(text: str) -> list[str]:
    """The outcome of each of the student's answers, in order (the tutor's help aside)."""
    turns = parse_transcript(text).turns
    return [a.outcome for a in find_attempts(turns) if a.outcome not in ("helped", "confused")]


def outcomes_of(text: str, said: str) -> list[str]:
    """Every outcome recorded for the student turn that says exactly `said`."""
    turns = parse_transcript(text).turns
    return [a.outcome for a in find_attempts(turns) if turns[a.turn].text == said]


def concept(result: TranscriptAnalysis, kb_id: str):
    found = [c for c in result.concepts if c.kb_id == kb_id]
    assert found, ids(result)
    return found[0]


def misconceptions(result: TranscriptAnalysis) -> list[str]:
    return [m for c in result.concepts for m in c.misconceptions]


# -- a right answer to a new problem after an earlier, settled correction ------------------------

NEW_PROBLEMS = [
    (
        # chat: the rejected value is the right answer to the next fact
        "Tutor: What is 7 x 8?\n"
        "Student: 54\n"
        "Tutor: Not quite, try counting up by eights.\n"
        "Student: 56\n"
        "Tutor: Yes!\n"
        "Tutor: Next one: what is 6 x 9?\n"
        "Student: 54\n"
        "Tutor: Correct!\n",
        [WRONG, AFTER, RIGHT],
    ),
    (
        "Tutor: ok lets add fractions. what is 1/4 + 2/4?\n"
        "Student: 3/8\n"
        "Tutor: Not quite, when the bottoms are the same we only add the tops.\n"
        "Student: oh 3/4\n"
        "Tutor: Great job!\n"
        "Tutor: Here's another one: 2/5 + 1/5\n"
        "Student: 3/5\n"
        "Tutor: Perfect!\n"
        "Tutor: Now try 1/3 + 1/3\n"
        "Student: 2/3\n"
        "Tutor: Yes, well done!\n",
        [WRONG, AFTER, RIGHT, RIGHT],
    ),
    (
        # spoken session: the next problem is posed in the turn that confirms the last one
        "Teacher: Let's do a few percent problems. First, what is 10% of 90?\n"
        "Student: 9\n"
        "Teacher: Good. Next, what is 20% of 90?\n"
        "Student: 20% is double 10% so 18\n"
        "Teacher: Exactly. Now a harder one: a $40 jacket is 25% off. What is the sale price?\n"
        "Student: 25% of 40 is 10 so the price is $50\n"
        "Teacher: Careful, a discount takes money off the price.\n"
        "Student: oh so it costs $30\n"
        "Teacher: That's right. Last one: what is 50% of 36?\n"
        "Student: 18\n"
        "Teacher: Well done!\n",
        [RIGHT, RIGHT, WRONG, AFTER, RIGHT],
    ),
    (
        # science, no numbers: the tutor says it is the next question
        "Tutor: What gas do plants take in for photosynthesis?\n"
        "Student: oxygen\n"
        "Tutor: Not quite, plants give off oxygen. Think about the gas we breathe out.\n"
        "Student: carbon dioxide\n"
        "Tutor: Yes, well done!\n"
        "Tutor: Next question: where in the cell does photosynthesis happen?\n"
        "Student: in the chloroplasts\n"
        "Tutor: Exactly, the chloroplasts hold the green chlorophyll.\n",
        [WRONG, AFTER, RIGHT],
    ),
    (
        # physics, spoken: a second problem after a corrected first one
        "Tutor: A car travels 120 km in 2 hours. What is its average speed?\n"
        "Student: 240 km per hour\n"
        "Tutor: Not quite. Speed is distance divided by time, not times.\n"
        "Student: 60 km per hour\n"
        "Tutor: Yes, 60 kilometres per hour.\n"
        "Tutor: Let's try another one. A runner covers 100 metres in 20 seconds. What is her "
        "speed?\n"
        "Student: 5 metres per second\n"
        "Tutor: Exactly right.\n",
        [WRONG, AFTER, RIGHT],
    ),
    (
        # place value: the first answer was given away by the tutor, then a new digit is asked
        "Tutor: What is the value of the 3 in 348?\n"
        "Student: 3\n"
        "Tutor: Good try! The 3 is in the hundreds place so it is worth 300.\n"
        "Student: 300\n"
        "Tutor: yes!! What is the value of the 4 in 348?\n"
        "Student: 40\n"
        "Tutor: Correct, the 4 is in the tens place.\n",
        [WRONG, "told", RIGHT],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEW_PROBLEMS)
def test_a_right_answer_to_a_new_problem_is_right_first_time(
    text: str, expected: list[str]
) -> None:
    assert judged(text) == expected


def test_the_corrected_question_asked_again_after_a_sub_question_stays_after() -> None:
    """Guard: a scaffolding sub-question answered right does not settle the corrected one."""
    text = (
        "Tutor: What is 3/4 of 20?\n"
        "Student: 12\n"
        "Tutor: Not quite. What is 1/4 of 20 first?\n"
        "Student: 5\n"
        "Tutor: Good. So what is 3/4 of 20?\n"
        "Student: 15\n"
        "Tutor: Exactly! Now a new one: what is 2/3 of 12?\n"
        "Student: 8\n"
        "Tutor: Spot on.\n"
    )
    assert outcomes_of(text, "15") == [AFTER]
    assert outcomes_of(text, "8") == [RIGHT]


def test_the_next_step_after_a_settled_retry_is_a_new_question() -> None:
    """The corrected step, retried and confirmed, is settled; the next step is the student's own."""
    text = (
        "Tutor: Solve 2(x + 3) = 14.\n"
        "Student: 2x + 3 = 14\n"
        "Tutor: Not quite, the 2 multiplies both terms in the brackets.\n"
        "Student: 2x + 6 = 14\n"
        "Tutor: Yes. Now keep going.\n"
        "Student: 2x = 8 so x = 4\n"
        "Tutor: Great job.\n"
    )
    assert judged(text) == [WRONG, AFTER, RIGHT]


def test_the_algebra_demo_new_problems_start_fresh() -> None:
    text = (DEMO / "algebra_linear_equations.txt").read_text()
    # the slope question comes two problems after the last correction, asked as a question
    assert outcomes_of(text, "So in y = 3x + 2 the slope is 3?") == ["hedged"]
    # the distributing step, retried and confirmed, is settled: the next steps are new questions
    assert outcomes_of(text, "Oh, so 3x - 12 = 2x + 1.") == [AFTER]
    assert outcomes_of(text, "Subtract 2x, x - 12 = 1, add 12, x = 13.") == [RIGHT]


# -- right, but for the wrong reason --------------------------------------------------------------

LUCKY_REPLIES = [
    "Here that happens to be right, but for the right reason: compare them with a common "
    "denominator, 10/15 and 9/15.",
    "That happens to be right, but not for the right reason. With a common denominator they "
    "are 10/15 and 9/15.",
    "Your answer is right but your reasoning is not. Write both with 15 as the denominator.",
    "You got lucky there: 2/3 is bigger, but a smaller bottom number alone does not tell you "
    "that. Compare 10/15 and 9/15.",
]


@pytest.mark.parametrize("reply", LUCKY_REPLIES)
def test_a_right_value_for_the_wrong_reason_is_no_mastery_and_a_misconception(reply: str) -> None:
    text = (
        "Tutor: Which fraction is bigger, 2/3 or 3/5?\n"
        "Student: 2/3 because 3 is smaller than 5 so the pieces are bigger\n"
        f"Tutor: {reply}\n"
        "Student: oh so 10/15 is more than 9/15, 2/3 is bigger\n"
    )
    said = "2/3 because 3 is smaller than 5 so the pieces are bigger"
    assert outcomes_of(text, said) == [WEAK]
    # the value itself was right: saying it again with the right reason is no repeated mistake
    assert outcomes_of(text, "oh so 10/15 is more than 9/15, 2/3 is bigger") == ["accepted"]
    result = analyze(text, subject_hint="Math")
    lines = misconceptions(result)
    assert lines and f"\u201c{said}\u201d" in lines[0], lines
    # less mastery than the same answer confirmed with its reasoning
    confirmed = analyze(text.replace(reply, "Exactly right."), subject_hint="Math")
    assert result.concepts[0].mastery_level < confirmed.concepts[0].mastery_level


def test_the_chemistry_demo_reads_the_lucky_guess_as_a_corrected_idea() -> None:
    text = (DEMO / "chemistry_stoichiometry.srt").read_text()
    said = "I'm confused. Isn't it the one with fewer moles? So oxygen?"
    assert "unconfirmed" not in outcomes_of(text, said)
    assert WEAK in outcomes_of(text, said)
    result = analyze(text, filename="chemistry_stoichiometry.srt")
    assert any("fewer moles" in line for line in misconceptions(result)), misconceptions(result)


def test_right_and_confirmed_with_a_but_for_the_next_step_still_confirms() -> None:
    """Guard: praise that goes on to the next step is no weak-reasoning verdict."""
    text = (
        "Tutor: Which is bigger, 0.7 or 0.65?\n"
        "Student: 0.7 because 7 tenths is more than 6 tenths\n"
        "Tutor: Exactly right, and for the right reason.\n"
    )
    assert judged(text) == [RIGHT]


# -- "confirmed without corrections" only where that holds ---------------------------------------

_CONFIRMED_LIST = re.compile(r"Answers on (.+?) were confirmed without corrections")


def _named_as_confirmed(result: TranscriptAnalysis) -> list[str]:
    found = _CONFIRMED_LIST.search(result.summary)
    return re.split(r", | and ", found.group(1)) if found else []


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("algebra_linear_equations.txt", "Algebra I"),
        ("chemistry_stoichiometry.srt", ""),
        ("biology_photosynthesis.vtt", ""),
    ],
)
def test_the_summary_confirms_only_measured_concepts_without_corrections(
    name: str, hint: str
) -> None:
    result = analyze((DEMO / name).read_text(), subject_hint=hint, filename=name)
    by_name = {c.name: c for c in result.concepts}
    for named in _named_as_confirmed(result):
        shown = by_name[named]
        assert shown.measured, (named, result.summary)
        assert not shown.misconceptions, (named, result.summary)


def test_one_confirmed_answer_is_not_called_confirmed_without_corrections() -> None:
    text = (
        "Tutor: Let's practise rounding. Round 47 to the nearest ten.\n"
        "Student: 40\n"
        "Tutor: Not quite, 7 is 5 or more so we round up.\n"
        "Student: 50\n"
        "Tutor: Correct! Next one: round 62 to the nearest ten.\n"
        "Student: 60\n"
        "Tutor: Great job!\n"
        "Tutor: One more thing: what is the perimeter of a square with sides of 3 cm?\n"
        "Student: 12 cm\n"
        "Tutor: Yes!\n"
    )
    result = analyze(text, subject_hint="Math")
    by_name = {c.name: c for c in result.concepts}
    for named in _named_as_confirmed(result):
        assert by_name[named].measured, result.summary
    unmeasured = [c.name for c in result.concepts if not c.measured]
    assert all(name not in _named_as_confirmed(result) for name in unmeasured), result.summary


def test_a_concept_right_only_after_a_correction_is_not_confirmed_without_corrections() -> None:
    text = (
        "Tutor: What is the area of a rectangle 6 cm long and 4 cm wide?\n"
        "Student: 20\n"
        "Tutor: Not quite, that is the perimeter. Area is length times width.\n"
        "Student: 24 square cm\n"
        "Tutor: Yes!\n"
        "Tutor: Next one: a rectangle is 5 cm by 3 cm. What is its area?\n"
        "Student: 15 square cm\n"
        "Tutor: Correct!\n"
    )
    result = analyze(text, subject_hint="Math")
    assert "confirmed without corrections" not in result.summary, result.summary


# -- key points: what the tutor taught before the student's restated steps ----------------------


def test_the_algebra_demo_key_points_are_what_the_tutor_taught() -> None:
    text = (DEMO / "algebra_linear_equations.txt").read_text()
    result = analyze(text, subject_hint="Algebra I")
    kept = [p for c in result.concepts for p in c.key_points]
    assert "Then 5x = 2x + 15." not in kept, kept
    assert "so 3x = 15, and x = 5." not in kept, kept
    # what the tutor taught after confirming: the goal of solving for x
    assert "Exactly, we want to isolate the variable." in kept, kept


def test_a_rule_the_tutor_states_beats_the_students_restated_steps() -> None:
    text = (
        "Tutor: Today we round to the nearest ten. When the ones digit is 5 or more we round up, "
        "otherwise we round down.\n"
        "Tutor: Round 47 to the nearest ten.\n"
        "Student: 50 because 7 is more than 5\n"
        "Tutor: Correct!\n"
        "Tutor: Next one: round 62 to the nearest ten.\n"
        "Student: so 2 is less than 5 and it rounds down to 60\n"
        "Tutor: Great job!\n"
    )
    result = analyze(text, subject_hint="Math")
    kept = [p for c in result.concepts for p in c.key_points]
    assert any(p.startswith("When the ones digit is 5 or more") for p in kept), kept
    assert not any(p.startswith("so 2 is less than 5") for p in kept), kept


def test_the_students_statement_stays_a_key_point_when_the_tutor_taught_none() -> None:
    """Guard: with no tutor statement about the concept, the confirmed answer is the point."""
    text = (
        "Tutor: How many lines of symmetry does a rectangle have?\n"
        "Student: A rectangle has 2 lines of symmetry, one across and one down the middle.\n"
        "Tutor: That's right, well done.\n"
        "Tutor: And how many does a square have?\n"
        "Student: A square has 4 lines of symmetry because the diagonals work too.\n"
        "Tutor: Yes!\n"
    )
    kept = [p for c in analyze(text, subject_hint="Math").concepts for p in c.key_points]
    assert any("2 lines of symmetry" in p for p in kept), kept
