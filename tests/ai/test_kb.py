"""The shipped curriculum knowledge base: size, shape and a consistent graph."""

from __future__ import annotations

from companion.ai.kb import load_kb
from companion.ai.offline import templates


def test_the_knowledge_base_has_at_least_25_subjects_and_300_concepts():
    kb = load_kb()
    assert len(kb.subjects) >= 25
    assert len(kb.concepts) >= 300


def test_it_spans_math_science_english_test_prep_and_programming():
    kb = load_kb()
    for subject_id in (
        "algebra_1",
        "calculus",
        "statistics",
        "biology",
        "chemistry",
        "physics",
        "english_reading",
        "english_writing",
        "sat_math",
        "act_math",
        "intro_programming",
    ):
        assert subject_id in kb.subjects, subject_id


def test_every_concept_has_a_description_keywords_and_known_prerequisites():
    kb = load_kb()
    for concept in kb.concepts.values():
        assert concept.description.strip(), concept.id
        assert len(concept.keywords) >= 3, concept.id
        assert concept.id.startswith(concept.subject_id + "."), concept.id
        for prerequisite in concept.prerequisites:
            assert prerequisite in kb.concepts, f"{concept.id} -> {prerequisite}"


def test_every_subject_leads_somewhere_known_and_never_to_itself():
    kb = load_kb()
    for subject in kb.subjects.values():
        for follower in subject.next_subjects:
            assert follower in kb.subjects and follower != subject.id, (subject.id, follower)
    assert sum(1 for s in kb.subjects.values() if s.next_subjects) >= 20


def test_every_practice_generator_named_in_the_data_exists():
    kb = load_kb()
    named = {c.generator for c in kb.concepts.values() if c.generator}
    assert named, "no concept has a math generator"
    assert named <= set(templates.names())


def test_facts_contain_a_term_of_their_concept_for_cloze_questions():
    kb = load_kb()
    for concept in kb.concepts.values():
        terms = [t.lower() for t in (concept.name, *concept.keywords, *concept.synonyms)]
        for fact in concept.facts:
            assert any(t in fact.lower() for t in terms), (concept.id, fact)
