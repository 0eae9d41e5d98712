"""Key points, misconceptions and summaries of the offline engine, on made-up tutoring dialogues:
each concept has its own points, a corrected answer is shown once under the concept it is
about, and "resolved" or "still open" follows what the student did after the correction."""

from __future__ import annotations

from companion.ai.offline.analysis import analyze
from companion.ai.offline.attempts import find_attempts
from companion.ai.offline.masterytrace import estimate
from companion.ai.offline.transcripts import parse_transcript
from companion.ai.offline.verdicts import reaction
from companion.ai.schemas import TranscriptAnalysis

# right after two corrections, with the tutor laying out the method (a word problem)
RESOLVED = (
    "Tutor: Sam buys a bike for $120 and a helmet that costs half as much. He sells his old "
    "bike for $40. How much did Sam spend in the end?\n"
    "Student: The helmet is $120 / 2 = $60, so Sam spent $60 - $40 = $20.\n"
    "Tutor: Have you counted the bike itself?\n"
    "Student: The helmet costs $60 and Sam got $40 back, so he spent $20.\n"
    "Tutor: Please try once more.\n"
    "Student: He spent $20 because the helmet is $60 and he got $40 back.\n"
    "Tutor: The bike was 120 and the helmet 60, what do they cost together?\n"
    "Student: Together they cost $120 + $60 = $180.\n"
    "Tutor: Then take away your 40 to give the final amount.\n"
    "Student: So Sam spent $180 - $40 = $140 in the end.\n"
    "Tutor: This is correct, do you see where you went wrong?\n"
    "Student: Yes, at first I forgot the $120 for the bike, so I said $20 instead of $140.\n"
)

# the same kind of problem, but the student never gets past the mistake
STILL_OPEN = (
    "Tutor: Ana has 3 boxes of 8 pens and gives away 5 pens. How many pens does she have left?\n"
    "Student: She has 3 + 8 - 5 = 6 pens left.\n"
    "Tutor: Not quite. Each box holds 8 pens, so the boxes hold 3 x 8 pens together.\n"
    "Student: I still think she has 3 + 8 - 5 = 6 pens.\n"
    "Tutor: That is not right, please check your work again.\n"
)

# a corrected answer, then a new answer that nobody judged before the session ended
UNCHECKED = (
    "Tutor: Ana has 3 boxes of 8 pens and gives away 5 pens. How many pens does she have left?\n"
    "Student: She has 3 + 8 - 5 = 6 pens left.\n"
    "Tutor: Not quite. Each box holds 8 pens, so the boxes hold 3 x 8 pens together.\n"
    "Student: Then she has 3 x 8 - 5 = 19 pens left.\n"
)

# two topics; the corrected answer is about the perimeter, the symmetry answer is right
TWO_TOPICS = (
    "Tutor: Today we work on perimeter and on line symmetry.\n"
    "Tutor: A rectangle is 5 cm long and 2 cm wide. What is its perimeter?\n"
    "Student: The perimeter is 5 x 2 = 10 cm.\n"
    "Tutor: Not quite. The perimeter is the distance around the shape, so we add all four "
    "sides: 5 + 2 + 5 + 2.\n"
    "Student: So the perimeter is 5 + 2 + 5 + 2 = 14 cm.\n"
    "Tutor: Exactly, the perimeter is 14 cm.\n"
    "Tutor: Now, how many lines of symmetry does a rectangle have?\n"
    "Student: A rectangle has 2 lines of symmetry, one across and one down the middle.\n"
    "Tutor: That's right, well done.\n"
)


def _lines(result: TranscriptAnalysis) -> list[str]:
    return [m for c in result.concepts for m in c.misconceptions]


def test_a_corrected_answer_is_shown_once_under_the_concept_it_is_about() -> None:
    result = analyze(TWO_TOPICS, subject_hint="Math")
    by_id = {c.kb_id: c for c in result.concepts}
    perimeter = by_id["elementary_math.area_and_perimeter"]
    assert perimeter.misconceptions == [
        "You first thought \u201cThe perimeter is 5 x 2 = 10 cm.\u201d \u2014 the fix was "
        "\u201cThe perimeter is the distance around the shape, so we add all four sides: "
        "5 + 2 + 5 + 2.\u201d"
    ]
    assert _lines(result) == perimeter.misconceptions  # under no other concept
    symmetry = by_id["elementary_math.symmetry"]
    assert any("2 lines of symmetry" in p for p in symmetry.key_points)
    assert all("perimeter" not in p for p in symmetry.key_points)
    assert all("symmetry" not in p for p in perimeter.key_points)


def test_the_same_wrong_idea_twice_is_one_misconception() -> None:
    lines = _lines(analyze(STILL_OPEN, subject_hint="Math"))
    assert len(lines) == 1
    assert lines[0].startswith("You first thought \u201cShe has 3 + 8 - 5 = 6 pens left.\u201d")


def test_right_after_corrections_and_confirmed_is_resolved_not_still_open() -> None:
    result = analyze(RESOLVED, subject_hint="Math")
    lines = _lines(result)
    assert len(lines) == 1
    assert "the fix was" in lines[0]
    assert "(resolved by the end)" in result.summary
    assert "still open" not in result.summary and "not yet resolved" not in result.summary
    # looking back on the mistake after the tutor confirmed is no new wrong answer
    turns = parse_transcript(RESOLVED).turns
    assert find_attempts(turns)[-1].outcome != "wrong"


def test_a_mistake_the_student_never_got_past_is_still_open_without_a_fix() -> None:
    result = analyze(STILL_OPEN, subject_hint="Math")
    (line,) = _lines(result)
    assert "the fix was" not in line
    assert line.endswith(
        "the tutor pointed out \u201cEach box holds 8 pens, so the boxes hold 3 x 8 pens "
        "together.\u201d Not resolved yet."
    )
    assert "(still open)" in result.summary
    assert "resolved by the end" not in result.summary


def test_a_new_answer_nobody_judged_is_reported_as_not_checked() -> None:
    result = analyze(UNCHECKED, subject_hint="Math")
    (line,) = _lines(result)
    assert line.endswith("The answer given after it was not checked.")
    assert "(last answer not checked)" in result.summary
    assert "the fix was" not in result.summary


def test_key_points_are_explanations_and_confirmed_answers_never_corrected_ones() -> None:
    result = analyze(RESOLVED, subject_hint="Math")
    points = [p for c in result.concepts for p in c.key_points]
    assert "So Sam spent $180 - $40 = $140 in the end." in points
    assert all(p in RESOLVED for p in points)  # verbatim
    assert len(points) == len(set(points))  # each under one concept
    corrected = ("so he spent $20", "He spent $20", "Sam spent $60 - $40 = $20")
    assert not any(c in p for p in points for c in corrected)
    assert not any(p.endswith("?") or "at first" in p for p in points)


def test_questions_verdicts_and_classroom_talk_are_no_key_points() -> None:
    text = (
        "Tutor: What is the value of the 4 in 4,310?\n"
        "Student: 40\n"
        "Tutor: That was a good try.\n"
        "Tutor: Let me explain it to you.\n"
        "Tutor: Plus 1 point for your effort.\n"
    )
    result = analyze(text, subject_hint="Math")
    assert result.concepts
    assert all(c.key_points == [] for c in result.concepts)
    assert all(c.measured is False for c in result.concepts)  # one judged answer: too thin


def test_mastery_of_a_student_who_got_there_with_help_is_in_between_and_measured() -> None:
    helped = analyze(RESOLVED, subject_hint="Math").concepts[0]
    stuck = analyze(STILL_OPEN, subject_hint="Math").concepts[0]
    alone = analyze(
        "Tutor: Sam buys a bike for $120 and a helmet for $60 and sells his old bike for $40. "
        "How much did he spend in the end?\n"
        "Student: He spent $120 + $60 - $40 = $140.\n"
        "Tutor: That's right! And if the helmet had cost $30?\n"
        "Student: Then $120 + $30 - $40 = $110.\n"
        "Tutor: Correct, well done.\n",
        subject_hint="Math",
    ).concepts[0]
    assert helped.measured and stuck.measured and alone.measured
    assert stuck.mastery_level < 40 <= helped.mastery_level < 70 <= alone.mastery_level


def test_praise_then_a_question_about_the_old_mistake_confirms_the_answer() -> None:
    assert reaction("Perfect. Can you see where you initially went wrong?") == "right"
    assert reaction("This is correct, do you see where your mistake was?") == "right"
    # alone, the look back judges nothing: tutors ask it after the right answer as often as
    # after a wrong one (test_analysis_truthful_more.py)
    assert reaction("Can you see where you went wrong?") is None
    assert reaction("Can you see where you might have gone wrong in the first step?") == "wrong"
    assert reaction("Good try, but can you see where you went wrong?") == "wrong"


def test_a_repeated_wrong_value_the_tutor_now_confirms_counts_as_right() -> None:
    text = (
        "Tutor: What is 7 x 6?\n"
        "Student: 42\n"
        "Tutor: Are you sure? Check it again.\n"
        "Student: 42\n"
        "Tutor: Yes, you are right, 42 is correct. I was testing you.\n"
    )
    outcomes = [a.outcome for a in find_attempts(parse_transcript(text).turns)]
    assert outcomes == ["wrong", "right_after_correction"]
    _, judged, measured = estimate(find_attempts(parse_transcript(text).turns))
    assert judged == 2 and measured


def test_a_word_answer_to_a_content_question_is_an_attempt_a_check_in_reply_is_not() -> None:
    text = (
        "Tutor: Which shape has three sides?\n"
        "Student: a square\n"
        "Tutor: Good try, but a square has four sides.\n"
        "Tutor: Do you understand what I did?\n"
        "Student: a little bit\n"
        "Tutor: Do you mind telling me which part is not quite clear?\n"
    )
    attempts = find_attempts(parse_transcript(text).turns)
    assert [(a.turn, a.outcome) for a in attempts] == [(1, "wrong")]
