"""Practice templates, text problems and practice-set generation."""

import random
import re

import pytest
import sympy

from companion.ai.kb import load_kb
from companion.ai.offline import templates
from companion.ai.offline.grading import grade
from companion.ai.offline.mathparse import equivalent, solve_equation, to_number
from companion.ai.offline.practice import generate
from companion.ai.offline.textgrading import is_explain
from companion.ai.offline.textproblems import source_for, text_problems
from companion.ai.schemas import ConceptRef

REQUIRED = [
    "fraction_add",
    "fraction_multiply",
    "decimal_ops",
    "percent_of",
    "percent_change",
    "ratio",
    "order_of_operations",
    "integer_ops",
    "exponent_rules",
    "gcd_lcm",
    "unit_rate",
    "linear_equation",
    "linear_inequality",
    "distribute",
    "combine_like_terms",
    "slope",
    "system_2x2",
    "quadratic_factor",
    "quadratic_formula",
    "evaluate_expression",
    "polynomial_multiply",
    "function_evaluate",
    "logarithm",
    "exponential_growth",
    "pythagorean",
    "area_perimeter",
    "circle",
    "angle_sum",
    "volume",
    "right_triangle_trig",
    "unit_circle",
    "derivative_power",
    "derivative_chain",
    "definite_integral",
    "limit",
    "mean_median_mode",
    "probability_simple",
    "standard_deviation",
    "combinatorics",
    "expected_value",
    "kinematics",
    "newton_second_law",
    "ohms_law",
    "kinetic_energy",
    "molar_mass",
    "moles_grams",
    "ideal_gas",
]
LEVELS = ("easy", "medium", "hard")
SEEDS = range(20)


def test_every_required_template_is_registered():
    assert set(REQUIRED) <= set(templates.names())


def test_every_generator_named_in_the_knowledge_base_exists():
    named = {c.generator for c in load_kb().concepts.values() if c.generator}
    assert named <= set(templates.names())


@pytest.mark.parametrize("name", REQUIRED)
def test_template_answers_grade_correct_and_answer_plus_one_grades_wrong(name):
    for seed in SEEDS:
        for difficulty in LEVELS:
            problem = templates.render(name, random.Random(seed), difficulty)
            assert problem.explanation and problem.hint and problem.difficulty == difficulty
            assert grade(problem, problem.correctAnswer).correct, (seed, difficulty, problem)
            if problem.type == "multiple_choice":
                assert problem.correctAnswer in problem.options and len(set(problem.options)) == 4
                continue
            value = to_number(problem.correctAnswer)
            if value is not None:
                assert not grade(problem, str(value + 1)).correct, (seed, difficulty, problem)


def equation_of(question: str) -> str:
    return question.split(":", 1)[1].strip()


@pytest.mark.parametrize("name", ["linear_equation", "quadratic_factor"])
def test_equation_answers_match_sympy_solving_the_question_again(name):
    for seed in SEEDS:
        for difficulty in LEVELS:
            problem = templates.render(name, random.Random(seed), difficulty)
            roots = solve_equation(equation_of(problem.question))
            assert equivalent(problem.correctAnswer, " or ".join(f"x = {r}" for r in roots))


def test_system_answers_satisfy_both_equations():
    x, y = sympy.symbols("x y")
    for seed in SEEDS:
        problem = templates.render("system_2x2", random.Random(seed), "medium")
        sx, sy = (int(v) for v in re.findall(r"-?\d+", problem.correctAnswer))
        left, right = re.search(r"system: (.*?)\. Answer", problem.question)[1].split(" and ")
        for equation in (left, right):
            lhs, rhs = equation.split("=")
            expr = sympy.sympify(re.sub(r"(\d)([xy])", r"\1*\2", lhs))
            assert expr.subs({x: sx, y: sy}) == int(rhs)


def test_derivative_answers_match_sympy_diff():
    x = sympy.Symbol("x")
    for seed in SEEDS:
        problem = templates.render("derivative_power", random.Random(seed), "hard")
        text = problem.question.split("= ", 1)[1].rstrip(".").replace("^", "**")
        expected = sympy.diff(sympy.sympify(re.sub(r"(\d)x", r"\1*x", text)), x)
        assert equivalent(problem.correctAnswer, str(expected).replace("**", "^"))


def test_templates_are_deterministic_for_a_seed():
    for name in REQUIRED:
        assert templates.render(name, random.Random(3)) == templates.render(name, random.Random(3))


def kb_subjects() -> list[str]:
    return sorted(load_kb().subjects)


def test_the_algebra_1_subject_is_available_for_text_problems():
    assert "algebra_1" in kb_subjects()


@pytest.mark.parametrize("subject_id", kb_subjects())
def test_each_kb_subject_yields_text_problems_whose_answers_grade_correct(subject_id):
    kb = load_kb()
    made = 0
    for concept in kb.subjects[subject_id].concepts:
        ref = ConceptRef(id=concept.id, name=concept.name, kb_id=concept.id)
        for problem in text_problems(source_for(ref, concept, kb), random.Random(1), "medium"):
            made += 1
            assert problem.explanation
            if is_explain(problem):  # explanations are shown against the model answer, unscored
                assert not grade(problem, problem.correctAnswer).scored
                continue
            assert grade(problem, problem.correctAnswer).correct, problem
            if problem.type == "multiple_choice":
                wrong = next(o for o in problem.options if o != problem.correctAnswer)
                assert not grade(problem, wrong).correct
    assert made > 0


def test_definition_questions_use_neighbouring_concepts_as_distractors():
    kb = load_kb()
    concept = next(c for c in kb.concepts.values() if len(kb.neighbours(c.id)) >= 3)
    ref = ConceptRef(id="c1", name=concept.name, kb_id=concept.id)
    problems = text_problems(source_for(ref, concept, kb), random.Random(0), "easy")
    choice = next(p for p in problems if p.type == "multiple_choice")
    neighbour_names = {n.name for n in kb.neighbours(concept.id)}
    assert set(choice.options) - {concept.name} <= neighbour_names


def test_transcript_sentences_with_the_concepts_keywords_become_cloze_problems():
    transcript = "Tutor: Today we isolate the variable by working on both sides of the equation.\nStudent: OK."
    refs = [ConceptRef(id="7", name="Linear equations", kb_id="algebra_1.linear_equations")]
    kb = load_kb()
    source = source_for(refs[0], kb.concepts["algebra_1.linear_equations"], kb)
    problems = text_problems(source, random.Random(0), "medium", transcript)
    assert "from your session" in problems[0].question and "_____" in problems[0].question


def concept_refs() -> list[ConceptRef]:
    kb = load_kb()
    text_concept = next(c for c in kb.concepts.values() if not c.generator)
    return [
        ConceptRef(id="10", name="Linear equations", mastery=80),
        ConceptRef(id="11", name=text_concept.name, kb_id=text_concept.id, mastery=20),
        ConceptRef(
            id="12", name="Something the KB never heard of", mastery=50, key_points=["alpha beta"]
        ),
    ]


def test_generate_is_deterministic_for_a_seed_and_has_no_duplicates():
    first = generate(concept_refs(), count=8, seed=42)
    assert first == generate(concept_refs(), count=8, seed=42)
    questions = [p.question for p in first.problems]
    assert len(questions) == len(set(questions))


def test_generate_starts_with_the_weakest_concept_and_tags_problems_with_concept_ids():
    problems = generate(concept_refs(), count=6, seed=1).problems
    assert problems[0].conceptId == "11"
    assert {p.conceptId for p in problems} <= {"10", "11", "12"}
    assert "11" in {p.conceptId for p in problems} and "10" in {p.conceptId for p in problems}


def test_generate_matches_a_concept_name_to_its_kb_template():
    problems = generate([ConceptRef(id="5", name="linear equations")], count=3, seed=0).problems
    assert len(problems) == 3 and all(p.question.startswith("Solve for x") for p in problems)


def test_generate_with_no_concepts_returns_an_empty_set():
    assert generate([], seed=1).problems == []
