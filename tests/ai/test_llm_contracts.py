"""The LLM path under the offline engine's contracts, against the loopback OpenAI server.

Concepts land on the knowledge-base keys the offline engine uses (junk dropped by its
filter); generated problems are checked with sympy (corrected, dropped, topped up);
math is graded without the LLM; refusals, malformed, schema-invalid and slow replies
fall back to the offline engine and say so in the log.
"""

from __future__ import annotations

import ast
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from companion.ai.conceptkeys import concept_key_of, kb_concept_for, name_key
from companion.ai.kb import load_kb
from companion.ai.local import LocalProvider
from companion.ai.offline.analysis import analyze
from companion.ai.offline.grading import grade
from companion.ai.offline.matching import hinted_subjects
from companion.ai.offline.practice import generate
from companion.ai.offline.salientterms import is_junk_term
from companion.ai.openai_provider import OpenAIProvider
from companion.ai.questionmath import computed_answer
from companion.ai.schemas import ConceptRef, Problem
from companion.ai.verify import CHECKED, false_claims, unsupported, verify_problem
from tests.ai.fake_openai_server import (
    FakeOpenAIServer,
    completion,
    filtered,
    recorded,
    refusal,
)

MODEL = "test-model"
ROOT = Path(__file__).resolve().parents[2]
PYTHAGORAS = (ROOT / "tests" / "fixtures" / "transcripts" / "pythagoras_maria.txt").read_text()
LINEAR = ConceptRef(id="c1", name="Linear equations", kb_id="algebra_1.linear_equations")
TRIANGLES = ConceptRef(id="c2", name="Pythagorean theorem", kb_id="geometry.pythagorean_theorem")
FALLBACK_LOGGED = "the fallback answers"


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as fake:
        yield fake


def provider_for(server: FakeOpenAIServer, **options: Any) -> OpenAIProvider:
    settings: dict[str, Any] = {
        "api_key": "sk-test",
        "base_url": server.base_url,
        "model": MODEL,
        "fallback": LocalProvider(),
        "timeout": 5.0,
        "max_retries": 0,
        "base_delay": 0.001,
    }
    return OpenAIProvider(**(settings | options))


# ---- concepts on knowledge-base keys ---------------------------------------------------


def offline_key() -> str:
    """The key the offline engine files this session's concept under."""
    (concept,) = analyze(PYTHAGORAS, subject_hint="Geometry").concepts
    return concept_key_of(concept)


@pytest.mark.parametrize(
    "name",
    ["Pythagorean Theorem", "pythagorean theorem (right triangles)", "The Pythagorean theorem"],
)
def test_each_way_an_llm_names_the_concept_lands_on_the_offline_engines_key(server, name):
    reply = {"subject": "Geometry", "concepts": [{"name": name, "mastery_level": 70}]}
    server.script(completion(reply))
    result = provider_for(server).analyze_transcript(PYTHAGORAS, subject_hint="Geometry")
    (concept,) = result.concepts
    assert concept_key_of(concept) == offline_key() == "geometry.pythagorean_theorem"
    assert concept.name == "Pythagorean theorem"


def test_a_recorded_analysis_is_grounded_merged_and_cleaned(server, caplog):
    server.script(recorded("analysis_session_1"))
    with caplog.at_level(logging.INFO, logger="companion.ai.conceptkeys"):
        result = provider_for(server).analyze_transcript(PYTHAGORAS, subject_hint="Geometry")
    assert result.engine == f"openai:{MODEL}"
    keys = [concept_key_of(c) for c in result.concepts]
    assert keys == ["geometry.pythagorean_theorem", "name:heron_formula"]
    theorem, heron = result.concepts
    assert len(theorem.key_points) == 2  # two names of one concept: both key points kept
    # mastery from the student's counted attempts, not the model's impression (70 and 80)
    (counted,) = analyze(PYTHAGORAS, subject_hint="Geometry").concepts
    assert (theorem.mastery_level, theorem.evidence) == (counted.mastery_level, counted.evidence)
    assert theorem.measured and counted.evidence >= 2
    assert heron.mastery_level == 40 and heron.evidence is None  # nothing counted: the LLM's
    # the model's own kb_id and "measured" are not believed
    assert theorem.kb_id == "geometry.pythagorean_theorem"
    dropped = " ".join(r.getMessage() for r in caplog.records)
    for junk in ("Great job", "Maria", "Please"):
        assert f"dropped '{junk}'" in dropped


NAMED = [
    # (the uploader's subject, a name an LLM gives, the KB concept the offline engine reports)
    ("Math", "Percentages", "pre_algebra.percents"),
    ("Math", "Order of operations (PEMDAS)", "pre_algebra.order_of_operations"),
    ("Math", "Solving two-step linear equations", "algebra_1.linear_equations"),
    (
        "Math",
        "Adding fractions with unlike denominators",
        "elementary_math.adding_and_subtracting_fractions",
    ),
    (
        "Math",
        "Borrowing in subtraction",
        "elementary_math.addition_and_subtraction_with_regrouping",
    ),
    ("Math", "Greatest common factor", "pre_algebra.gcf_and_lcm"),
    ("Math", "Mean, median and mode", "statistics.measures_of_center"),
    ("Calculus", "Chain rule for derivatives", "calculus.chain_rule"),
    ("Biology", "Light-dependent reactions", "biology.photosynthesis"),
    ("Physics", "Newton's Second Law (F = ma)", "physics.newtons_second_law"),
    ("Python", "For loops", "intro_programming.for_loops"),
]


@pytest.mark.parametrize(("hint", "name", "kb_id"), NAMED, ids=[n[1] for n in NAMED])
def test_names_an_llm_gives_map_onto_the_knowledge_base(hint, name, kb_id):
    subjects = hinted_subjects(load_kb(), hint)
    assert kb_concept_for(name, subjects=subjects).id == kb_id


def test_two_names_of_one_concept_merge_into_one_estimate(server):
    reply = {
        "concepts": [
            {
                "name": "Heron's formula",
                "mastery_level": 40,
                "key_points": ["s = half the perimeter"],
            },
            {"name": "Herons Formula (area from sides)", "mastery_level": 60, "key_points": ["A"]},
        ]
    }
    server.script(completion(reply))
    result = provider_for(server).analyze_transcript("Tutor: Heron's formula gives the area.")
    (concept,) = result.concepts
    assert concept.mastery_level == 50 and concept.key_points == ["s = half the perimeter", "A"]


def test_a_concept_the_kb_does_not_know_keeps_one_stable_key():
    assert kb_concept_for("Heron's formula", subjects={"geometry"}) is None
    same = [
        "Heron's formula",
        "Heron's Formula (triangle area from side lengths)",
        "herons formulas",
    ]
    assert {name_key(n) for n in same} == {"name:heron_formula"}
    assert name_key("Heron's formula") != name_key("Law of cosines")


def test_the_uploaders_subject_breaks_a_tie_between_concepts_of_one_name():
    assert kb_concept_for("Functions", subjects={"intro_programming"}).id == (
        "intro_programming.functions"
    )
    assert kb_concept_for("Functions", subjects={"algebra_1"}).id == "algebra_1.functions"


def test_talk_and_names_are_junk_by_the_offline_filter_and_topics_are_not():
    texts = ["Maria, what is 3 + 4?", "Great job today, Maria!"]
    speakers = {"ms.", "rivera", "maria"}
    for junk in ("Please", "Good job", "Keep going", "Maria", "Ms. Rivera", "Bye"):
        assert is_junk_term(junk, texts, speakers), junk
    for topic in ("Treaty of Versailles", "Heron's formula", "Photosynthesis"):
        assert not is_junk_term(topic, texts, speakers), topic


# ---- practice problems checked with sympy ----------------------------------------------


def test_recorded_practice_is_corrected_or_dropped_then_topped_up_offline(server, caplog):
    server.script(recorded("practice_mixed"))
    with caplog.at_level(logging.WARNING, logger="companion.ai.verify"):
        result = provider_for(server).generate_practice([LINEAR, TRIANGLES], count=9)
    by_question = {p.question: p for p in result.problems}
    assert len(result.problems) == 9
    assert result.engine == f"openai:{MODEL} + local"
    # wrong stated answers corrected from what the question states
    assert by_question["Solve 3x - 7 = 11."].correctAnswer == "x = 6"
    assert by_question["What is 3/4 + 1/8?"].correctAnswer == "7/8"
    assert by_question["What is 3/4 + 1/8?"].explanation.startswith(CHECKED)
    choice = by_question["What is 15% of 80?"]
    assert choice.correctAnswer == "12" and choice.conceptId == "c1"
    # right ones untouched
    assert by_question["Solve 2x + 5 = 17."].correctAnswer == "x = 6"
    assert by_question["A right triangle has legs 9 and 12. How long is the hypotenuse?"]
    # a false step in the reasoning, two equal options, an unknown concept: dropped
    assert "A box holds 12 pencils. How many pencils are in 3 boxes?" not in by_question
    assert "Which fraction is equal to one half?" not in by_question
    assert "Factor x^2 + 5x + 6." not in by_question
    assert all(p.conceptId in ("c1", "c2") for p in result.problems)
    log = " ".join(r.getMessage() for r in caplog.records)
    assert log.count("corrected") == 3 and log.count("dropped") == 3
    # every kept problem with computable math accepts exactly the computed answer
    for problem in result.problems:
        if computed := computed_answer(problem.question):
            assert grade(problem, computed.answer).correct, problem.question


def test_enough_good_problems_need_no_offline_fill(server):
    server.script(recorded("practice_mixed"))
    result = provider_for(server).generate_practice([LINEAR, TRIANGLES], count=5)
    assert len(result.problems) == 5
    assert result.engine == f"openai:{MODEL}"


def test_when_no_problem_survives_the_offline_engine_writes_the_set(server):
    server.script(recorded("practice_all_wrong"))
    result = provider_for(server).generate_practice([LINEAR], count=3)
    assert len(result.problems) == 3
    assert result.engine == "local (fallback: openai failed: no problem passed the checks)"
    assert all(p.conceptId == "c1" for p in result.problems)


def test_numbers_that_do_not_fit_the_grade_drop_the_problem():
    place_value = ConceptRef(id="p", name="Place value", kb_id="elementary_math.place_value")
    problem = Problem(
        question="What is -3 + 5?",
        type="short_answer",
        correctAnswer="2",
        explanation="Start at -3 and count 5 up.",
        conceptId="p",
    )
    kept, note = verify_problem(problem, [place_value])
    assert kept is None and "grade" in note
    older, _ = verify_problem(problem, [LINEAR])
    assert older is not None


def test_a_multiple_choice_answer_sympy_finds_in_no_option_replaces_the_wrong_option():
    problem = Problem(
        question="Solve 4x = 10.",
        type="multiple_choice",
        options=["x = 2", "x = 3", "x = 4"],
        correctAnswer="x = 2",
        explanation="Divide by 4.",
        conceptId="c1",
    )
    kept, note = verify_problem(problem, [LINEAR])
    assert kept is not None and note.startswith("corrected")
    assert kept.correctAnswer in kept.options
    assert grade(kept, "5/2").correct and not grade(kept, "2").correct


CHECKS = [
    # (question, stated answer, what happens: kept / the corrected answer / dropped)
    ("Find the derivative of f(x) = 3x^2 + 2x.", "6x + 2", "kept"),
    ("Find the derivative of f(x) = 3x^2 + 2x.", "6x^2 + 2", "6x + 2"),
    ("What is d/dx of 3x^2 + 2x?", "6x^2 + 2", "6x + 2"),
    ("What is -5% of 20?", "1", "-1"),
    ("What is 0.1 + 0.2?", "0.3", "kept"),
    ("Solve x^2 = 16.", "x = 5", "x = -4, x = 4"),
    ("A square has area x^2 = 16. Solve for its side length x.", "4", "kept"),
    ("If 2x + 3 = 17, what is x + 1?", "8", "kept"),  # not what the equation gives: no claim
    ("What is 3^2 + 4^2? Then take its square root.", "5", "kept"),
    ("Factor x^2 + 5x + 6.", "(x + 2)(x + 3)", "kept"),
    ("Factor x^2 + 5x + 6.", "(x + 1)(x + 6)", "dropped"),
    ("Expand (x + 1)^2.", "x^2 + 1", "dropped"),
    ("Sam buys 4 packs of 6 cans. How many cans?", "24", "kept"),
]


@pytest.mark.parametrize(("question", "stated", "outcome"), CHECKS)
def test_a_stated_answer_is_kept_corrected_or_dropped_only_on_what_sympy_can_tell(
    question, stated, outcome
):
    problem = Problem(
        question=question,
        type="short_answer",
        correctAnswer=stated,
        explanation="4 × 6 = 24." if "cans" in question else "See the steps.",
        conceptId="c1",
    )
    kept, note = verify_problem(problem, [LINEAR])
    if outcome == "dropped":
        assert kept is None and note.startswith("dropped")
    elif outcome == "kept":
        assert kept is not None and kept.correctAnswer == stated and not note
    else:
        assert kept is not None and kept.correctAnswer == outcome
        assert note.startswith("corrected") and kept.explanation.startswith(CHECKED)


def test_explanations_are_judged_on_arithmetic_not_on_notation():
    assert false_claims("So 12 × 3 = 38 apples.") == ["12 × 3 = 38"]
    for fine in (
        "1. Change = 273 - 195 = 78.\n2. Divide by the original price: 78/195 = 0.4.",
        "2. 30.24 ÷ 9 = 3.36 dollars per notebook.",  # a step number is not a factor
        "Since g(-1) = 0, f(0) = 9.",  # function notation, not products
        "The law of cosines becomes the Pythagorean theorem, because cos 90 = 0.",
        "Area = pi × 3^2 = 28.27",  # a rounded decimal
    ):
        assert false_claims(fine) == [], fine


def test_a_stated_number_the_explanation_never_reaches_is_unsupported():
    assert unsupported("17", "Add 9 and 7 to get 16 apples.")
    assert not unsupported("16", "Add 9 and 7 to get 16 apples.")
    assert not unsupported("25%", "1 of 4 outcomes: 1/4 = 0.25")
    assert not unsupported("3.33", "10 ÷ 3 = 3.3333")
    assert not unsupported("6", "A hexagon has six sides.")  # no numbers: nothing to judge


OFFLINE_SAMPLE = (
    "act_math.percent_and_discount_word_problems",
    "act_math.distance_rate_and_work_problems",
    "algebra_1.solving_quadratic_equations",
    "pre_algebra.dividing_fractions",
    "algebra_1.functions",
    "trigonometry.law_of_cosines",
    "statistics.measures_of_center",
    "calculus.chain_rule",
    "elementary_math.multi_step_word_problems",
)


@pytest.mark.parametrize("concept_id", OFFLINE_SAMPLE)
def test_problems_known_to_be_right_pass_unchanged(concept_id):
    """The offline generator's answers are computed: any correction would be a false alarm
    (bench/bench_llm_checks.py runs every concept)."""
    concept = load_kb().concepts[concept_id]
    ref = ConceptRef(id=concept_id, name=concept.name, kb_id=concept_id)
    for level in ("easy", "medium", "hard"):
        for problem in generate([ref], difficulty=level, count=5, seed=11).problems:
            assert verify_problem(problem, [ref]) == (problem, ""), problem.question


# ---- grading: math never reaches the LLM -----------------------------------------------


def test_math_is_graded_without_a_request_and_free_text_by_the_llm(server):
    provider = provider_for(server)
    math = Problem(
        question="Solve 2x + 3 = 17.", type="short_answer", correctAnswer="x = 7", explanation="-"
    )
    assert provider.grade_answer(math, "The answer is 7").correct
    assert not provider.grade_answer(math, "7 or 8").correct
    assert server.requests == []
    text = Problem(
        question="Explain why we subtract 3 first.",
        type="short_answer",
        correctAnswer="It undoes the + 3 so only 2x is left.",
        explanation="Undo addition first.",
    )
    server.script(completion({"correct": True, "score": 0.9, "feedback": "Yes.", "scored": False}))
    result = provider.grade_answer(text, "to get 2x alone")
    assert len(server.requests) == 1
    assert result.engine == f"openai:{MODEL}" and result.scored  # "scored" is ours to set


# ---- failures fall back to the offline engine, logged ----------------------------------


@pytest.mark.parametrize(
    ("replies", "requests", "reason"),
    [
        ([recorded("refusal_field")], 1, "refused"),
        ([refusal()], 1, "refused"),
        ([recorded("refusal_text")], 1, "refused"),
        ([filtered()], 1, "refused"),
        ([recorded("truncated"), recorded("truncated")], 2, "invalid output after repair"),
        ([recorded("schema_invalid"), recorded("schema_invalid")], 2, "invalid output"),
        ([recorded("slow_analysis")], 1, "timeout"),
    ],
    ids=["refusal", "refusal-default", "refusal-prose", "filter", "bad-json", "schema", "slow"],
)
def test_a_failed_reply_falls_back_to_the_offline_analysis_and_is_logged(
    server, caplog, replies, requests, reason
):
    server.script(*replies)
    with caplog.at_level(logging.WARNING, logger="companion.ai.openai_provider"):
        result = provider_for(server, timeout=0.3).analyze_transcript(
            PYTHAGORAS, subject_hint="Geometry"
        )
    assert len(server.requests) == requests
    assert result.engine.startswith("local (fallback: openai failed: ")
    assert reason in result.engine
    assert [concept_key_of(c) for c in result.concepts] == [offline_key()]
    assert any(
        FALLBACK_LOGGED in r.getMessage() and reason in r.getMessage() for r in caplog.records
    )


def test_json_wrapped_in_prose_is_read_without_a_repair(server):
    server.script(recorded("prose_around_json"))
    result = provider_for(server).analyze_transcript("Tutor: solve 2x + 3 = 17")
    assert len(server.requests) == 1
    assert [concept_key_of(c) for c in result.concepts] == ["algebra_1.linear_equations"]


# ---- every call off the event loop, with a timeout -------------------------------------

PROVIDER_NAMES = {"get_provider", "build_provider", "OpenAIProvider", "LocalProvider"}
STREAM_CALLS = {"chat_stream", "_next_chunk"}


def test_ui_state_reaches_the_provider_only_through_services_in_the_runner_threads():
    for path in sorted((ROOT / "companion" / "state").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name | ast.alias):
                name = node.id if isinstance(node, ast.Name) else node.name
                assert name not in PROVIDER_NAMES, f"{path.name} touches {name}"
            if isinstance(node, ast.ImportFrom) and node.module == "companion.ai.openai_provider":
                raise AssertionError(f"{path.name} imports the LLM client")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                # the stream is opened and read only as in_thread(chat_stream, ...) arguments
                assert node.func.id not in STREAM_CALLS, f"{path.name} calls {node.func.id}"


def test_the_built_provider_carries_the_configured_timeout(monkeypatch):
    from companion import ai, settings

    monkeypatch.setenv("COMPANION_AI", "openai")
    monkeypatch.setenv("COMPANION_AI_TIMEOUT", "7.5")
    settings.get_settings.cache_clear()
    try:
        provider = ai.build_provider(settings.get_settings())
    finally:
        monkeypatch.undo()
        settings.get_settings.cache_clear()
    assert isinstance(provider, OpenAIProvider)
    assert provider._client.timeout == 7.5
    assert provider._client.max_retries == 0  # retries are ours, each bounded by the timeout
