"""The analysis eval suites: how transcripts are built, how matches are judged, and a run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from companion.ai.kb import load_kb
from companion.ai.offline.analysis import analyze
from companion.evals import Figure, format_table, load_suites, run_suites
from companion.evals._courses import COURSE_SUBJECTS
from companion.evals._topics import BRIDGE_TOPICS, topic_concepts, topic_name
from companion.evals.analysis import (
    BRIDGE,
    MATHDIAL,
    OPENSTAX,
    auc,
    bridge_transcript,
    junk_concepts,
    mathdial_transcript,
    openstax_transcript,
    split_of,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).open(encoding="utf-8")]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The fixture excerpts laid out under the dev-set file names."""
    shutil.copy(FIXTURES / "bridge_excerpt.jsonl", tmp_path / BRIDGE)
    shutil.copy(FIXTURES / "mathdial_dev_excerpt.jsonl", tmp_path / MATHDIAL)
    shutil.copy(FIXTURES / "openstax_excerpt.jsonl", tmp_path / OPENSTAX)
    return tmp_path


def test_the_three_analysis_suites_are_registered() -> None:
    assert {"bridge", "openstax-subject", "mathdial"} <= set(load_suites())


@pytest.mark.parametrize(
    ("lesson", "name"),
    [
        ("4.2A.Place Value (Review) - 1", "Place Value"),
        ("2.8A.2- and 3-Dimensional Shapes", "2- and 3-Dimensional Shapes"),
        ("7.NS.1b.Adding Rational Numbers", "Adding Rational Numbers"),
        (
            "7.RP.2a.Proportional Relationship Graphs (Review) - 1.",
            "Proportional Relationship Graphs",
        ),
        ("8.4A.What is Slope?", "What is Slope?"),
    ],
)
def test_a_lesson_code_and_review_mark_are_stripped_from_the_topic(lesson: str, name: str) -> None:
    assert topic_name(lesson) == name


def test_every_topic_and_course_maps_to_concepts_and_subjects_the_kb_has() -> None:
    kb = load_kb()
    for topic, ids in BRIDGE_TOPICS.items():
        assert ids and set(ids) <= kb.concepts.keys(), topic
    for course, subjects in COURSE_SUBJECTS.items():
        assert subjects <= kb.subjects.keys(), course
    assert topic_concepts(
        "6.4E.Understanding Percents;6.2C.Graphing Points on the Coordinate Plane"
    )
    assert topic_concepts("Unknown") is None


def test_transcripts_are_built_from_logged_messages_without_annotations() -> None:
    bridge = bridge_transcript(rows("bridge_excerpt.jsonl")[0])
    assert bridge.splitlines()[-1] == "Student: 9"
    dial = mathdial_transcript(rows("mathdial_dev_excerpt.jsonl")[0])
    assert all(line.split(": ", 1)[0] in ("Teacher", "Student") for line in dial.splitlines())
    assert "(generic)" not in dial and "(focus)" not in dial and "|EOM|" not in dial
    problem = openstax_transcript(rows("openstax_excerpt.jsonl")[0])
    assert problem.startswith("Tutor: ") and "$$" not in problem


def test_junk_is_a_stop_word_or_a_speaker_name() -> None:
    result = analyze(
        "Tutor: Please, Ayisha, plus one point.\nStudent: Thanks!\n"
        "Tutor: The Ayisha Plan: Ayisha Plan again.\n"
    )
    assert junk_concepts(result, {"Ayisha"}) == [
        c.name for c in result.concepts if "ayisha" in c.name.lower()
    ]


def test_a_record_s_half_is_its_split_else_its_source_file() -> None:
    source = {"repo": "r", "path": "dataset/validation.json"}
    assert split_of({"source": source}) == "validation"
    assert split_of({"split": "test", "source": source}) == "test"
    assert split_of({}) == "all"


def test_the_bridge_figure_is_also_given_per_half(data_dir: Path) -> None:
    (topic, _junk) = run_suites(["bridge"], data_dir=data_dir)["bridge"]
    assert topic.detail.endswith(f"; train {topic.detail.split('/')[0]}/4")


def test_auc_is_the_chance_a_positive_outranks_a_negative() -> None:
    assert auc([3, 4], [1, 2]) == 1.0
    assert auc([1, 2], [3, 4]) == 0.0
    assert auc([1, 3], [2, 2]) == 0.5


def test_the_suites_run_on_excerpts_and_report_figures_with_goals(data_dir: Path) -> None:
    results = run_suites(["bridge", "openstax-subject", "mathdial"], data_dir=data_dir)
    figures = {(suite, f.name): f for suite, fs in results.items() for f in fs}
    assert figures[("bridge", "junk concepts")].value == 0
    assert figures[("mathdial", "junk concepts")].value == 0
    assert figures[("mathdial", "subject is math")].value == 1.0
    assert figures[("openstax-subject", "course -> subject")].value >= 0.75
    assert figures[("bridge", "lesson topic in top-5 concepts")].goal == 0.80
    auc_figure = figures[("mathdial", "mastery AUC solved vs not")]
    assert auc_figure.goal == 0.85 and "2 solved, 4 not" in auc_figure.detail


def test_a_count_figure_prints_as_a_count_not_a_percentage() -> None:
    table = format_table(
        {
            "s": [
                Figure("junk concepts", 0, 0, higher_is_better=False, percent=False),
                Figure("rate", 0.5, 0.8),
            ]
        }
    )
    assert "| s | junk concepts | 0 | <= 0 | ok |" in table
    assert "| s | rate | 50.0% | >= 80.0% | BELOW |" in table


def test_a_figure_without_a_stated_kind_is_a_count_when_above_one() -> None:
    table = format_table({"s": [Figure("steps skipped", 12, 40, higher_is_better=False)]})
    assert "| s | steps skipped | 12 | <= 40 | ok |" in table


@pytest.mark.parametrize(
    ("course", "title", "prompt", "answer", "hint"),
    [
        (
            "OpenStax: College Physics",
            "Tow Bar Force",
            "A 950 kg car tows a trailer. What is the force in the tow bar if 60% of the "
            "resisting forces act on the trailer?",
            "570",
            "Find the resisting force on the trailer first.",
        ),
        (
            "OpenStax: Introductory Stats",
            "Binomial Distributions",
            "In a town 62% of households recycle and 38% do not. What would a success be?",
            "A household that recycles",
            "A success is the outcome the binomial random variable counts.",
        ),
        (
            "OpenStax: College Algebra",
            "Evaluating Exponential Functions",
            "Calculate e^-0.8. Round to four decimal places.",
            "0.4493",
            "Use the e^x key of the calculator.",
        ),
    ],
)
def test_an_openstax_exchange_lands_in_a_subject_its_course_covers(
    course: str, title: str, prompt: str, answer: str, hint: str
) -> None:
    row = {
        "title": title,
        "body": "",
        "course": course,
        "steps": [{"prompt": prompt, "answer": [answer], "hints": [hint]}],
    }
    found = load_kb().find_subject(analyze(openstax_transcript(row)).subject)
    assert found is not None and found.id in COURSE_SUBJECTS[course]


@pytest.mark.parametrize(
    ("lesson", "stated"),
    [
        ("5.3K.Adding and Subtracting Decimal Numbers", "addition_and_subtraction_with_regrouping"),
        ("5.2B.Comparing Decimal Numbers", "comparing_and_ordering_numbers"),
        ("4.2C.Multiplicative Comparisons", "multiplication_facts"),
        ("5.7A.Metric Conversions and Word Problems", "multi_step_word_problems"),
        ("6.2D.Ordering Rational Numbers", "rational_and_irrational_numbers"),
        ("7.4D.Percent Change", "pre_algebra.percents"),
        ("A2.7D.Factoring Polynomials", "algebra_1.polynomials"),
    ],
)
def test_a_topic_also_maps_to_each_concept_its_name_states(lesson: str, stated: str) -> None:
    accepted = topic_concepts(lesson)
    assert accepted and any(cid.endswith(stated) for cid in accepted)


def test_the_bridge_transcript_is_the_logged_session_not_the_expert_rewrite() -> None:
    row = {
        "c_h": [{"user": "tutor", "text": "What is 3 x 4?"}, {"user": "student", "text": "7"}],
        "c_r": [{"user": "tutor", "text": "Not quite, recheck."}],
        "c_r_": [{"user": "tutor", "text": "EXPERT: think of 3 groups of 4."}],
        "c_revision": [{"user": "student", "text": "EXPERT: 12"}],
    }
    text = bridge_transcript(row)
    assert text.splitlines() == [
        "Tutor: What is 3 x 4?",
        "Student: 7",
        "Tutor: Not quite, recheck.",
    ]
