"""Offline transcript analysis on realistic sessions from several subjects and real MathDial data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.ai.kb import KBSubject, load_kb
from companion.ai.offline.analysis import analyze
from companion.ai.offline.transcripts import TranscriptError, parse_transcript

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
