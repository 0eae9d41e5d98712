"""Next-subject suggestions from the knowledge-base graph."""

from __future__ import annotations

from companion.ai.kb import load_kb
from companion.ai.offline.suggestions import suggest

ALGEBRA_MASTERED = ["Linear equations", "Slope", "Functions", "Factoring quadratics"]


def test_five_suggestions_sorted_by_relevance() -> None:
    result = suggest(
        completed_subject="algebra_1", mastered_concepts=ALGEBRA_MASTERED, studied_subjects=[]
    )
    scores = [s.relevance_score for s in result.suggestions]
    assert len(result.suggestions) == 5
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_direct_successors_rank_first() -> None:
    result = suggest(completed_subject="Algebra I", mastered_concepts=[], studied_subjects=[])
    first_two = {s.subject for s in result.suggestions[:2]}
    assert first_two == {"Geometry", "Algebra II"}


def test_already_studied_and_completed_subjects_are_never_suggested() -> None:
    result = suggest(
        completed_subject="Biology",
        mastered_concepts=["Photosynthesis", "Cellular respiration"],
        studied_subjects=["chemistry", "Physics", "statistics"],
    )
    names = {s.subject for s in result.suggestions}
    assert len(result.suggestions) == 5
    assert names.isdisjoint({"Biology", "Chemistry", "Physics", "Statistics and Probability"})
    assert result.suggestions[0].subject in {"Anatomy & Physiology", "Environmental Science"}


def test_value_proposition_names_what_carries_over() -> None:
    result = suggest(
        completed_subject="algebra_1", mastered_concepts=ALGEBRA_MASTERED, studied_subjects=[]
    )
    algebra_2 = next(s for s in result.suggestions if s.subject == "Algebra II")
    assert "Factoring quadratics" in algebra_2.value_proposition
    assert "Functions" in algebra_2.value_proposition
    assert algebra_2.description.startswith(load_kb().subjects["algebra_2"].description)


def test_related_concepts_are_ones_whose_prerequisites_are_met() -> None:
    kb = load_kb()
    result = suggest(
        completed_subject="algebra_1", mastered_concepts=ALGEBRA_MASTERED, studied_subjects=[]
    )
    geometry = next(s for s in result.suggestions if s.subject == "Geometry")
    # Finishing Algebra I puts its own concepts and those of the subjects before it behind you.
    behind = {"algebra_1", "pre_algebra", "elementary_math"}
    known = {c.id for sid in behind for c in kb.subjects[sid].concepts}
    by_name = {c.name: c for c in kb.subjects["geometry"].concepts}
    assert "Coordinate geometry" in geometry.related_concepts  # builds on Slope
    for name in geometry.related_concepts:
        outside = {p for p in by_name[name].prerequisites if not p.startswith("geometry.")}
        assert outside <= known


def test_more_mastered_prerequisites_raise_relevance() -> None:
    def score(mastered: list[str]) -> float:
        result = suggest(
            completed_subject="geometry", mastered_concepts=mastered, studied_subjects=[]
        )
        return next(s.relevance_score for s in result.suggestions if s.subject == "Trigonometry")

    assert score(["Pythagorean theorem", "Special right triangles", "Similar triangles"]) > score(
        ["Transformations"]
    )


def test_free_text_subject_is_matched_by_keywords() -> None:
    result = suggest(
        completed_subject="cells and photosynthesis", mastered_concepts=[], studied_subjects=[]
    )
    assert result.suggestions[0].subject in {
        "Chemistry",
        "Anatomy & Physiology",
        "Environmental Science",
    }


def test_unknown_subject_falls_back_to_popular_foundations() -> None:
    result = suggest(
        completed_subject="underwater basket weaving", mastered_concepts=[], studied_subjects=[]
    )
    assert len(result.suggestions) == 5
    assert result.suggestions[0].subject == "Algebra I"
