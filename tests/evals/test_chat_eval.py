"""The chat eval: a 40-question set with expected content, run through `companion eval chat`."""

from __future__ import annotations

from collections import Counter

from companion.ai.kb import load_kb
from companion.ai.schemas import ChatChunk
from companion.evals import chat as chat_eval
from companion.evals import run_suites


def test_the_set_has_forty_questions_covering_every_kind_of_request() -> None:
    _, items = chat_eval.load_set()
    kinds = Counter(item["kind"] for item in items)
    assert len(items) == 40
    for kind in ("compare", "percent", "solve", "simplify", "differentiate", "quiz", "session"):
        assert kinds[kind] >= 4, kind
    assert kinds["concept"] >= 6
    assert all(item.get("required") or item.get("forbidden") for item in items)
    assert all(item.get("then_required") for item in items if "answer" in item)


def test_concept_questions_span_several_subjects() -> None:
    _, items = chat_eval.load_set()
    kb = load_kb()
    subjects = set()
    for item in items:
        if item["kind"] == "concept":
            subjects |= {
                c.subject_id
                for c in kb.concepts.values()
                if c.name.lower() in item["question"].lower()
            }
    assert len(subjects) >= 5


def test_the_offline_engine_passes_at_least_ninety_percent() -> None:
    figure = run_suites(["chat"])["chat"][0]
    assert figure.goal == 0.9
    assert figure.ok, figure.detail


def test_a_reply_without_the_expected_content_fails_its_item() -> None:
    assert chat_eval.content_problems("Here is how I can help.", ["12"], []) == ["missing '12'"]
    assert chat_eval.content_problems("It is 4/8.", [], ["4/8"]) == ["says '4/8'"]


def test_an_engine_that_only_gives_generic_help_scores_far_below_the_goal(monkeypatch) -> None:
    def generic(ctx):
        yield ChatChunk(text="I can help with your sessions, math and quizzes.")
        yield ChatChunk(done=True)

    monkeypatch.setattr(chat_eval, "chat", generic)
    outcomes = chat_eval.run_set()
    assert sum(o.ok for o in outcomes) / len(outcomes) < 0.2
