"""The demo sessions a new user sees first, read truthfully, and the rules behind them.

Found by reading the demo's Algebra session in the browser: the engine showed "You first
thought 'I'd subtract 2x... so 3x = 15, and x = 5.'" as a misconception although the tutor
had said "That's right. Check it: plug it back in." (read as "check it": a correction), took
"Exactly. Sign errors are the most common mistake here" as a correction of the fixed answer
x = -7, gave "So in y = 3x + 2 the slope is 3?" as the fix of a sign slip, and rated a student
who got five of seven steps right at 16 ("Oh nice, that's actually not that bad" and "Can we do
slope next time?" counted as answers the tutor never confirmed; each new problem the tutor
posed counted as help). When written, 13 of these 29 cases failed on that code; the others
guard what held (answers stay answers, corrections stay corrections).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.attempts import find_attempts
from companion.ai.offline.studentturns import is_answer
from companion.ai.offline.transcripts import parse_transcript
from companion.ai.offline.verdicts import reaction
from tests.ai.analysisprobes import outcomes

DEMO = Path(__file__).resolve().parents[2] / "companion" / "demo"
TRANSCRIPTS = sorted(p for p in DEMO.iterdir() if p.suffix in {".txt", ".vtt", ".srt", ".json"})
QUOTE = re.compile(r"You first thought \u201c(.+?)\u201d")


def _outcomes_of(text: str, said: str) -> list[str]:
    """Every outcome recorded for the student turn that says exactly `said`."""
    turns = parse_transcript(text).turns
    return [a.outcome for a in find_attempts(turns) if turns[a.turn].text == said]


CONFIRMS = re.compile(
    r"\W*(?:that'?s right|that'?s correct|exactly|yes|correct|great job|good job|well done)\b"
    r"(?![^.!?]*\b(?:but|not)\b)",
    re.I,
)


def _confirmed_turns(text: str, filename: str) -> set[str]:
    """Student turns the very next tutor turn opens by confirming ("That's right. ...",
    "Exactly. ..."), read here without the engine's rules."""
    turns = parse_transcript(text, filename).turns
    return {
        turn.text
        for turn, after in itertools.pairwise(turns)
        if turn.role == "student" and after.role == "tutor" and CONFIRMS.match(after.text)
    }


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.name)
def test_no_demo_misconception_quotes_an_answer_the_tutor_confirmed(path: Path) -> None:
    text = path.read_text()
    result = analyze(text, filename=path.name)
    confirmed = _confirmed_turns(text, path.name)
    quoted = [q for c in result.concepts for m in c.misconceptions for q in QUOTE.findall(m)]
    quoted += QUOTE.findall(result.summary)
    assert not [q for q in quoted if q in confirmed]


def test_the_algebra_demo_reads_as_the_tutor_judged_it() -> None:
    text = (DEMO / "algebra_linear_equations.txt").read_text()
    result = analyze(text, subject_hint="Algebra I")
    by_name = {c.name: c for c in result.concepts}
    equations = by_name["Linear equations"]
    # right on "5x = 2x + 15", "x = 5", "3x - 12 = 2x + 1", "x = 13"; two slips, both fixed
    assert equations.measured and equations.mastery_level >= 50
    every = " ".join(m for c in result.concepts for m in c.misconceptions)
    assert "x = 5.\u201d" not in every and "x = -7.\u201d \u2014 the fix" not in every
    sign_slip = [m for m in every.split("You first thought") if "so x = 7?" in m]
    assert sign_slip and "-7" in sign_slip[0].split("the fix was")[1]
    assert "slope is 3?\u201d" not in every


@pytest.mark.parametrize(
    ("tutor", "verdict"),
    [
        ("That's right. Check it: plug it back in. Both sides match.", "right"),
        ("That's correct. Check it by plugging it back in.", "right"),
        ("You're right. Now check the next one.", "right"),
        ("Exactly. Sign errors are the most common mistake here, so always check.", "right"),
        ("Yes! It is a common mistake to forget the sign, and you did not.", "right"),
        # guards: the verdict stays a correction
        ("Good try, but that's a common mistake.", "wrong"),
        ("Nice. That is a common mistake, watch out.", "wrong"),
        ("That's right, but check your sign in the last step.", "wrong"),
        ("That is right but you forgot the units.", "wrong"),
        ("Check it: plug it back in.", "wrong"),
    ],
)
def test_a_verdict_that_opens_the_turn_is_read_before_the_habit_it_teaches(
    tutor: str, verdict: str
) -> None:
    assert reaction(tutor) == verdict


@pytest.mark.parametrize(
    ("student", "answers"),
    [
        ("Oh nice, that's actually not that bad.", False),
        ("this is kind of fun", False),
        (
            "Okay. Can we do slope next time? I have a quiz on slope-intercept form on Friday.",
            False,
        ),
        ("i love these", False),
        # guards: answers stay answers
        ("this is easy, it's 12", True),
        ("can we multiply 3 by 4 first", True),
        ("So in y = 3x + 2 the slope is 3?", True),
        ("that is 12", True),
    ],
)
def test_how_the_student_finds_the_work_is_no_answer(student: str, answers: bool) -> None:
    assert is_answer(student) is answers


SESSION = """Tutor: Let's try 4x + 1 = 13. What do you do first?
Student: Subtract 1, so 4x = 12.
Tutor: That's right. And then?
Student: Divide by 4, x = 3.
Tutor: Exactly. Now let's do one with a fraction: x/2 + 3 = 7.
Student: Subtract 3, x/2 = 4, so x = 8.
Tutor: Great job."""


def test_a_new_problem_after_a_confirmed_answer_is_not_help() -> None:
    assert outcomes(SESSION) == ["right", "right", "right"]


def test_a_step_of_the_same_problem_after_a_confirmed_step_is_still_help() -> None:
    """Guard (held before): scaffolding within one problem discounts what the answers earned."""
    text = """Tutor: How many windows are there in total?
Student: 12 + 8 = 20 windows.
Tutor: Yes, 20 windows in total.
Tutor: So if each window has 4 glass panels, how many panels altogether?
Student: 80 panels.
Tutor: Good."""
    assert "helped" in outcomes(text)


def test_saying_you_get_lost_is_confusion_not_an_answer() -> None:
    text = """Tutor: Last time you said equations with x on both sides were tricky.
Student: Yeah. I keep getting lost when there's an x on both sides.
Tutor: Okay. Let's try 5x + 3 = 2x + 18.
Student: 3x = 15, so x = 5.
Tutor: That's right."""
    assert outcomes(text) == ["confused", "right"]


def test_a_guess_after_confusion_is_still_an_answer() -> None:
    """Guard (held before): "I don't get it. Is that where the light is used?" guesses."""
    text = """Tutor: There are two stages: the light reactions and the Calvin cycle.
Student: I don't get the Calvin cycle. Is that where the light is used?
Tutor: Not quite. The Calvin cycle happens in the stroma and does not use light directly.
Student: Oh, so it uses the ATP from the light reactions?
Tutor: Exactly."""
    said = "I don't get the Calvin cycle. Is that where the light is used?"
    assert _outcomes_of(text, said) == ["confused", "wrong"]


def test_a_question_of_their_own_after_confusion_answers_nothing() -> None:
    text = """Tutor: Now one with a negative: -2(x + 5) = 4.
Student: I'm confused, do I distribute the negative too?
Tutor: Yes, distribute the negative 2.
Student: -2x - 10 = 4, so -2x = 14 and x = -7.
Tutor: Exactly."""
    said = "I'm confused, do I distribute the negative too?"
    assert _outcomes_of(text, said) == ["confused"]
