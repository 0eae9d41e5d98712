"""Offline transcript analysis on realistic sessions from several subjects and real MathDial data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.ai.kb import KBSubject, load_kb
from companion.ai.offline.analysis import analyze
from companion.ai.offline.transcriptlimits import TranscriptError
from companion.ai.offline.transcripts import parse_transcript

FIXTURES = Path(__file__).parent.parent / "fixtures"
TRANSCRIPTS = FIXTURES / "transcripts"


def read(name: str) -> str:
    return (TRANSCRIPTS / name).read_text(encoding="utf-8")


def subject_named(*names: str) -> KBSubject | None:
    """The KB subject whose name contains one of `names` (KB files are still being written)."""
    subjects = load_kb().subjects.values()
    found = (s for name in names for s in subjects if name.lower() in s.name.lower())
    return next(found, None)


def mathdial_rows() -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / "mathdial_excerpt.jsonl").open()]


def as_transcript(row: dict) -> str:
    return "\n".join(f"{t['speaker'].title()}: {' '.join(t['text'].split())}" for t in row["turns"])


# file, names the KB subject may have, a word of one expected concept's name
SUBJECT_FIXTURES = [
    ("algebra_confused.txt", ("Algebra I",), "linear equation"),
    ("biology_photosynthesis.vtt", ("Biology",), "photosynthesis"),
    ("chemistry_stoichiometry.srt", ("Chemistry",), "stoichiometry"),
    ("geometry_notes.txt", ("Geometry",), "pythagorean"),
    ("english_thesis.json", ("English Writing", "Composition", "English"), "thesis"),
    ("python_loops.json", ("Python", "Programming", "Computer Science"), "loop"),
    ("us_history_constitution.txt", ("U.S. History", "US History", "American"), "constitution"),
]


@pytest.mark.parametrize(("name", "subject_names", "concept_word"), SUBJECT_FIXTURES)
def test_the_session_subject_and_a_covered_concept_are_found(
    name: str, subject_names: tuple[str, ...], concept_word: str
) -> None:
    subject = subject_named(*subject_names)
    if subject is None:
        pytest.skip(f"the knowledge base has no {subject_names[0]} subject yet")
    result = analyze(read(name), filename=name)
    assert result.subject == subject.name
    assert any(concept_word in c.name.lower() for c in result.concepts)
    assert all(c.kb_id in load_kb().concepts for c in result.concepts)


@pytest.mark.parametrize("name", [f[0] for f in SUBJECT_FIXTURES])
def test_every_analysis_has_the_promised_shape(name: str) -> None:
    result = analyze(read(name), filename=name)
    assert result.engine == "local"
    assert 1 <= len(result.concepts) <= 8
    assert all(5 <= c.mastery_level <= 98 for c in result.concepts)
    assert result.summary.startswith(result.subject)
    assert result.concepts[0].name in result.topics


@pytest.mark.parametrize("name", [f[0] for f in SUBJECT_FIXTURES])
def test_key_points_are_quoted_exactly_from_the_transcript(name: str) -> None:
    text = read(name)
    turns = [turn.text for turn in parse_transcript(text, name).turns]
    result = analyze(text, filename=name)
    points = [p for c in result.concepts for p in c.key_points]
    assert points
    for point in points:
        assert any(point in turn for turn in turns)
        if not name.endswith(".json"):  # JSON escapes change the raw text
            assert point in text


def test_a_confused_and_corrected_student_gets_lower_mastery_than_one_who_explains() -> None:
    confused = analyze(read("algebra_confused.txt"))
    confident = analyze(read("algebra_confident.txt"))
    low = {c.kb_id: c.mastery_level for c in confused.concepts}
    high = {c.kb_id: c.mastery_level for c in confident.concepts}
    shared = low.keys() & high.keys()
    assert "algebra_1.linear_equations" in shared
    for kb_id in shared:
        assert low[kb_id] < 50 < high[kb_id]


def test_the_concept_explained_well_scores_higher_than_the_one_the_student_was_lost_on() -> None:
    text = (
        "Tutor: First, slope. What is the slope between (1, 2) and (3, 6)?\n"
        "Student: Rise over run, so 4 over 2, which means the slope is 2.\n"
        "Tutor: Exactly, great job.\n"
        "Tutor: Next, the quadratic formula. Solve x^2 - 5x + 6 = 0 with it.\n"
        "Student: I don't get the quadratic formula at all. Is the discriminant b minus 4ac?\n"
        "Tutor: Not quite, the discriminant is b squared minus 4ac.\n"
        "Student: I'm confused about where the plus or minus comes from.\n"
    )
    mastery = {c.kb_id: c.mastery_level for c in analyze(text).concepts}
    assert mastery["algebra_1.slope"] > mastery["algebra_1.solving_quadratic_equations"]


def test_mathdial_dialogues_read_as_math_with_mostly_low_mastery() -> None:
    math_subjects = {s.name for s in load_kb().subjects.values() if s.area == "math"} | {"Math"}
    rows = mathdial_rows()
    results = [analyze(as_transcript(row)) for row in rows]
    as_math = [r for r in results if r.subject in math_subjects]
    assert len(as_math) >= 10
    mean_mastery = [sum(c.mastery_level for c in r.concepts) / len(r.concepts) for r in results]
    assert sum(m < 70 for m in mean_mastery) >= 0.7 * len(rows)


def test_a_subject_hint_decides_between_subjects_the_session_touches_equally() -> None:
    text = (
        "Tutor: We used the Pythagorean theorem to find the hypotenuse.\n"
        "Student: Then we had to solve the equation for x by isolating the variable.\n"
    )
    assert analyze(text, subject_hint="Geometry").subject == "Geometry"
    assert analyze(text, subject_hint="algebra_1").subject == "Algebra I"


def test_a_session_the_knowledge_base_does_not_know_still_gets_concepts() -> None:
    text = (
        "Coach: Today we look at the Sicilian Defense. After e4 c5 Black fights for the center.\n"
        "Learner: Why not play e5 like in the Italian Game?\n"
        "Coach: The Sicilian Defense makes the position unbalanced, so Black plays for a win.\n"
        "Learner: I'm confused, what does unbalanced mean?\n"
        "Coach: Not quite a fair question yet; first compare the pawn structure in each line.\n"
        "Learner: So in the Sicilian Defense the pawn structure is not symmetric.\n"
    )
    result = analyze(text, subject_hint="Chess")
    assert result.subject == "Chess"
    names = [c.name for c in result.concepts]
    assert "Sicilian Defense" in names
    assert all(c.kb_id is None for c in result.concepts)
    sicilian = next(c for c in result.concepts if c.name == "Sicilian Defense")
    assert sicilian.mastery_level < 55
    assert all(p in text for p in sicilian.key_points)


def test_a_session_without_hint_or_known_terms_says_no_clear_topic() -> None:
    result = analyze("Hello there.\n\nSee you next week, bye.")
    assert result.subject == "General"
    assert result.concepts == []
    assert "No clear topic found" in result.summary


def test_a_ten_thousand_word_session_still_reports_at_most_eight_concepts() -> None:
    parts = [read(name) for name in ("algebra_confused.txt", "algebra_confident.txt")]
    text = "\n".join(parts * 60)
    assert len(text.split()) > 10_000
    result = analyze(text)
    assert 1 <= len(result.concepts) <= 8
    assert result.subject == "Algebra I"


def test_analysis_is_deterministic() -> None:
    text = read("chemistry_stoichiometry.srt")
    assert analyze(text) == analyze(text)


def test_bad_input_raises_the_transcript_error() -> None:
    with pytest.raises(TranscriptError):
        analyze("   ")


# ---- grounded or silent (short excerpts in the style of Bridge chats; see fixtures/README) --

CHITCHAT = (
    "Tutor: Please go through the question carefully.\n"
    "Tutor: Plus 1 point for your effort. Keep it up!\n"
    "Student: ok\n"
    "Tutor: Is that your final answer, Petes?\n"
    "Student: yes\n"
    "Tutor: Good job! Plus 1 point. Please fill in the feedback form. Bye Petes!\n"
    "Student: bye\n"
)


def test_politeness_scoring_talk_and_names_are_never_concepts() -> None:
    result = analyze(CHITCHAT, subject_hint="Math")
    assert result.concepts == []
    assert "No clear topic found" in result.summary
    assert result.topics == []


def test_a_math_session_about_items_is_not_programming() -> None:
    text = (
        "Tutor: A store sells 12 items in a box. Maria buys 5 boxes of items.\n"
        "Tutor: How many items does she have in total?\n"
        "Student: 12 x 5 = 60 items\n"
        "Tutor: That's right, 60 items. Then she gives away 15 items. How many are left?\n"
        "Student: 60 - 15 = 45\n"
        "Tutor: Exactly!\n"
    )
    result = analyze(text, subject_hint="Math")
    kb = load_kb()
    assert result.concepts
    assert all(kb.subject_of(c.kb_id).area == "math" for c in result.concepts)
    assert "elementary_math.multi_step_word_problems" in {c.kb_id for c in result.concepts}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        (
            "Teacher: Sam spent $5 on lunch and $3 on a book and has $12 left. "
            "How much did he start with? Let's work backwards.\n"
            "Student: 12 + 3 = 15 and 15 + 5 = 20, so he started with $20.\nTeacher: Correct.\n",
            "elementary_math.multi_step_word_problems",
        ),
        (
            "Teacher: 1/4 of the pizza is left. Is 1/4 = 2/8?\n"
            "Student: Yes, 1/4 = 2/8 because you multiply the top and bottom by 2.\n"
            "Teacher: Well done.\n",
            "elementary_math.fraction_basics",
        ),
        (
            "Teacher: The movie started at 3:15 p.m. and ran 2 hours. What time did it end?\n"
            "Student: It ended at 5:15 p.m., the elapsed time is 2 hours.\nTeacher: Yes!\n",
            "elementary_math.telling_time",
        ),
    ],
)
def test_an_arithmetic_word_problem_maps_to_the_real_skill(text: str, skill: str) -> None:
    result = analyze(text, subject_hint="Math")
    assert skill in [c.kb_id for c in result.concepts][:3]


# ---- mastery from evidence ---------------------------------------------------------------

INSISTS = (
    "Teacher: Jo buys 3 books at $4 and a pen at $2. What is the total cost?\n"
    "Student: The total is $18.\n"
    "Teacher: Your answer is a little bit off. How much do the 3 books cost?\n"
    "Student: 3 x 4 = 12, plus 2 is 14, so the total is $18.\n"
    "Teacher: Please recheck your answer.\n"
    "Student: I checked and the total is $18.\n"
    "Teacher: Let's look again at 12 + 2.\n"
    "Student: The total is $18.\n"
    "Teacher: Are you sure? Great effort anyway, you are working hard!\n"
)


def test_a_student_who_insists_on_a_wrong_total_gets_low_mastery() -> None:
    result = analyze(INSISTS)
    assert result.concepts
    assert all(c.mastery_level < 35 and c.measured for c in result.concepts)
    assert max(c.evidence or 0 for c in result.concepts) >= 4


@pytest.mark.parametrize(
    "correction",
    [
        "Your answer is a little bit off.",
        "Please recheck your answer.",
        "That was a good try.",
        "Good effort! Plus 1 point for trying.",
        "Hmm, let's start again from the first step.",
    ],
)
def test_corrections_in_their_many_forms_count_as_wrong_answers(correction: str) -> None:
    text = (
        "Tutor: What is 3 x 4 + 2?\n"
        f"Student: 3 x 4 + 2 = 15\nTutor: {correction}\n"
        f"Student: 3 x 4 + 2 = 16\nTutor: {correction}\n"
    )
    concept = analyze(text, subject_hint="Math").concepts[0]
    assert concept.mastery_level < 30
    assert concept.evidence == 2


def test_praise_alone_is_not_evidence_and_says_so() -> None:
    text = (
        "Tutor: Excellent work so far! Keep it up!\n"
        "Tutor: Today we look at place value: the hundreds place and the tens place.\n"
        "Student: ok\n"
        "Tutor: Great job! You are doing great.\n"
    )
    result = analyze(text, subject_hint="Math")
    place = next(c for c in result.concepts if c.kb_id == "elementary_math.place_value")
    assert place.evidence == 0
    assert place.measured is False


# ---- key points and summaries ------------------------------------------------------------

CORRECTED = (
    "Tutor: Let's find the area of a rectangle that is 4 m long and 3 m wide.\n"
    "Student: The area of a rectangle is 4 + 3 = 7 square meters.\n"
    "Tutor: Not quite. To get the area of a rectangle we multiply the length and the width.\n"
    "Student: So 4 x 3 = 12 square meters.\n"
    "Tutor: That's right! The area is 12 square meters.\n"
    "Tutor: Now the line of symmetry: a square has four lines of symmetry.\n"
    "Student: A rectangle has two lines of symmetry because it folds in half two ways.\n"
    "Tutor: Exactly.\n"
)


def test_a_corrected_statement_is_a_misconception_not_a_key_point() -> None:
    result = analyze(CORRECTED, subject_hint="Math")
    area = next(c for c in result.concepts if c.kb_id == "elementary_math.area_and_perimeter")
    wrong = "The area of a rectangle is 4 + 3 = 7 square meters."
    assert all(wrong not in point for c in result.concepts for point in c.key_points)
    assert area.misconceptions == [
        f"You first thought \u201c{wrong}\u201d \u2014 the fix was \u201cTo get the area of a "
        "rectangle we multiply the length and the width.\u201d"
    ]


def test_each_concept_has_its_own_key_points() -> None:
    result = analyze(CORRECTED, subject_hint="Math")
    points = {c.kb_id: c.key_points for c in result.concepts}
    area = points["elementary_math.area_and_perimeter"]
    symmetry = points["elementary_math.symmetry"]
    assert area and symmetry
    assert "To get the area of a rectangle we multiply the length and the width." in area
    assert all("symmetry" not in p for p in area)
    assert all("symmetry" in p for p in symmetry)


def test_the_summary_says_where_the_student_struggled_and_what_resolved_it() -> None:
    summary = analyze(CORRECTED, subject_hint="Math").summary
    assert "struggled with Area and perimeter (resolved by the end)" in summary
    assert "the fix was" in summary
    assert "Line symmetry" in summary
