"""Practice templates, text problems and practice-set generation."""

import random
import re

import pytest
import sympy

from companion.ai.kb import load_kb
from companion.ai.offline import hints, practice, retrieval, templates
from companion.ai.offline.grading import grade
from companion.ai.offline.mathequivalence import equivalent
from companion.ai.offline.mathparse import solve_equation, to_number
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


# ---- practice fits the concept and the grade -------------------------------------

SIGN_WORDS = {"%": " percent ", "×": " times ", "÷": " divide ", "|": " absolute value "}
MANY_SEEDS = range(40)


def topic_words(concept) -> set[str]:
    return set(retrieval.tokenize(" ".join((concept.name, *concept.synonyms, *concept.keywords))))


def problem_words(problem) -> set[str]:
    text = " ".join((problem.question, problem.explanation, problem.hint))
    for sign, word in SIGN_WORDS.items():
        text = text.replace(sign, word)
    return set(retrieval.tokenize(text))


def served_problems(concept, seeds=range(8)):
    """What the practice engine generates for the concept, at every difficulty."""
    ref = ConceptRef(id=concept.id, name=concept.name, kb_id=concept.id)
    for seed in seeds:
        for difficulty in LEVELS:
            yield from generate([ref], difficulty=difficulty, count=2, seed=seed).problems


def servers() -> list[tuple[str, str]]:
    kb = load_kb()
    return [(c.id, practice.server_for(c) or "item bank (facts)") for c in kb.concepts.values()]


@pytest.mark.parametrize(("concept_id", "server"), servers())
def test_every_kb_concept_is_served_by_an_on_topic_generator_or_its_own_facts(concept_id, server):
    kb = load_kb()
    concept = kb.concepts[concept_id]
    own_text = " ".join((concept.name, concept.description, *concept.facts)).lower()
    for problem in served_problems(concept, seeds=range(3)):
        if server in templates.names():
            # a computed problem speaks the concept's language (its name, synonyms or keywords)
            assert topic_words(concept) & problem_words(problem), (server, problem.question)
        else:
            # an item-bank problem is written from the concept's own facts and description
            assert problem.correctAnswer.lower() in own_text or concept.name in problem.question


@pytest.mark.parametrize(
    ("concept_id", "off_topic"),
    [
        ("algebra_2.absolute_value_equations", "linear_equation"),
        ("chemistry.limiting_reactant_and_percent_yield", "percent_of"),
        ("elementary_math.multiplication_facts", "integer_ops"),
        ("act_math.direct_and_inverse_variation", "ratio"),
        ("economics.elasticity", "percent_change"),
    ],
)
def test_a_kb_generator_that_does_not_practise_the_concept_is_not_used(concept_id, off_topic):
    concept = load_kb().concepts[concept_id]
    assert concept.generator == off_topic  # the KB still suggests it
    assert not practice.serves(off_topic, concept)
    assert all(p.question for p in served_problems(concept, seeds=range(2)))
    if practice.server_for(concept):
        assert practice.server_for(concept) != off_topic


def test_the_vocabulary_check_flags_the_old_off_topic_pairing() -> None:
    concept = load_kb().concepts["algebra_2.absolute_value_equations"]
    old = templates.render("linear_equation", random.Random(1), "medium")
    assert not topic_words(concept) & problem_words(old)
    new = generate([ConceptRef(id="1", name=concept.name, kb_id=concept.id)], seed=1).problems
    assert all("|" in p.question for p in new)


def test_each_template_declares_the_skills_it_serves() -> None:
    assert set(templates.names()) <= set(practice.SKILLS)
    for name, skill in practice.SKILLS.items():
        assert skill.phrases and list(skill.grades) == sorted(skill.grades), name


def elementary_concepts():
    kb = load_kb()
    return [
        c for c in kb.concepts.values() if practice.grade_of(c, kb) < 6 and practice.server_for(c)
    ]


def test_grade_1_to_5_practice_never_shows_a_negative_number() -> None:
    assert len(elementary_concepts()) >= 8
    for concept in elementary_concepts():
        for problem in served_problems(concept, seeds=MANY_SEEDS):
            shown = " ".join((problem.question, problem.correctAnswer, *problem.options))
            assert not practice.NEGATIVE.search(shown), (concept.id, shown)


@pytest.mark.parametrize("name", sorted(practice.SKILLS))
def test_no_template_shows_a_fraction_like_4_over_4(name):
    for seed in MANY_SEEDS:
        for difficulty in LEVELS:
            problem = templates.render(name, random.Random(seed), difficulty)
            shown = " ".join((problem.question, problem.correctAnswer, *problem.options))
            assert not re.search(r"(?<![\d.])(\d+)/\1(?![\d.])", shown), shown


def test_probabilities_offered_as_options_lie_between_0_and_1() -> None:
    for seed in MANY_SEEDS:
        for difficulty in LEVELS:
            problem = templates.render("probability_simple", random.Random(seed), difficulty)
            for value in (problem.correctAnswer, *problem.options):
                assert 0 <= sympy.Rational(value) <= 1, problem


@pytest.mark.parametrize("name", sorted(practice.SKILLS))
def test_distractors_are_distinct_and_never_absurd(name):
    for seed in MANY_SEEDS:
        for difficulty in LEVELS:
            problem = templates.render(name, random.Random(seed), difficulty)
            if not problem.options:
                continue
            assert problem.correctAnswer in problem.options and len(problem.options) == 4
            for i, first in enumerate(problem.options):
                for second in problem.options[i + 1 :]:
                    assert not equivalent(first, second), problem.options
            if "third angle" in problem.question:
                assert all(0 < float(o) < 180 for o in problem.options), problem.options


def test_stated_constants_are_the_ones_used() -> None:
    for seed in MANY_SEEDS:
        gas = templates.render("ideal_gas", random.Random(seed), "medium")
        n, temp, volume = (
            float(v) for v in re.findall(r"([\d.]+) (?:mol|K|L)\b", gas.question)[:3]
        )
        r_stated = float(re.search(r"R = ([\d.]+)", gas.question)[1])
        assert abs(float(gas.correctAnswer) - n * r_stated * temp / volume) <= 0.005
        hard = templates.render("ideal_gas", random.Random(seed), "hard")
        n, temp, pressure = (
            float(v) for v in re.findall(r"([\d.]+) (?:mol|K|atm)\b", hard.question)[:3]
        )
        assert abs(float(hard.correctAnswer) - n * r_stated * temp / pressure) <= 0.005, hard
        mass = templates.render("molar_mass", random.Random(seed), "hard")
        stated = {
            el: float(m) for el, m in re.findall(r"([A-Z][a-z]?) = ([\d.]*\d)", mass.question)
        }
        formula = re.search(r"mass of (\w+)", mass.question)[1]
        total = sum(
            stated[el] * int(k or 1) for el, k in re.findall(r"([A-Z][a-z]?)(\d*)", formula)
        )
        assert abs(float(mass.correctAnswer) - total) <= 0.005
        for difficulty in LEVELS:
            moles = templates.render("moles_grams", random.Random(seed), difficulty)
            grams, per_mol = (float(v) for v in re.findall(r"([\d.]*\d) g", moles.question)[:2])
            assert float(moles.correctAnswer) == round(grams / per_mol, 2), moles.question


def test_an_elementary_concept_gets_an_easier_level_rather_than_off_grade_work() -> None:
    kb = load_kb()
    prisms = kb.concepts["elementary_math.volume_of_rectangular_prisms"]
    ref = ConceptRef(id="v", name=prisms.name, kb_id=prisms.id)
    problems = generate([ref], difficulty="hard", count=3, seed=4).problems
    assert problems and all("box" in p.question for p in problems)  # no cones for grade 5


@pytest.mark.parametrize("name", sorted(set(templates.names()) - set(REQUIRED)))
def test_new_templates_answers_grade_correct_and_a_near_miss_grades_wrong(name):
    for seed in SEEDS:
        for difficulty in LEVELS:
            problem = templates.render(name, random.Random(seed), difficulty)
            assert grade(problem, problem.correctAnswer).correct, problem
            value = to_number(problem.correctAnswer)
            if value is not None and not problem.options:
                assert not grade(problem, str(value + 1)).correct, problem


@pytest.mark.parametrize("name", templates.names())
def test_no_hint_gives_the_answer_away(name):
    for seed in SEEDS:
        for difficulty in LEVELS:
            problem = templates.render(name, random.Random(seed), difficulty)
            assert not hints.reveals(problem.hint, problem), (problem.hint, problem.correctAnswer)


@pytest.mark.parametrize("name", templates.names())
def test_questions_write_money_in_words_so_markdown_math_never_swallows_it(name):
    for difficulty in LEVELS:
        problem = templates.render(name, random.Random(0), difficulty)
        assert "$" not in problem.question + problem.explanation + problem.hint


SIGN_IS_THE_SKILL = {"integer_ops", "slope", "unit_circle"}  # a sign slip is the mistake to catch


@pytest.mark.parametrize("name", templates.names())
def test_every_seed_builds_a_problem_and_no_distractor_has_an_absurd_sign(name):
    for seed in (*range(100), 165, 176, 240):  # 165: equal exponents once ran out of distractors
        for difficulty in LEVELS:
            problem = templates.render(name, random.Random(seed), difficulty)
            answer = to_number(problem.correctAnswer)
            if not problem.options or answer is None or answer < 0 or name in SIGN_IS_THE_SKILL:
                continue
            if "-" not in problem.question:
                assert all((to_number(o) or 0) >= 0 for o in problem.options), problem


def test_a_statement_the_tutor_corrected_never_becomes_a_fill_in_the_blank() -> None:
    transcript = (
        "Tutor: How do we add fractions with the same denominator?\n"
        "Student: You add the tops and the bottoms of the fractions to get the answer.\n"
        "Tutor: Not quite. Keep the denominator and add only the numerators of the fractions.\n"
        "Student: So for fractions with a common denominator the bottom stays the same."
    )
    kb = load_kb()
    concept = kb.concepts["elementary_math.adding_and_subtracting_fractions"]
    ref = ConceptRef(id="f", name=concept.name, kb_id=concept.id)
    problems = text_problems(source_for(ref, concept, kb), random.Random(0), "easy", transcript)
    from_session = [p for p in problems if "from your session" in p.question]
    assert from_session
    assert not any("tops and the bottoms" in p.question for p in from_session)
    assert not any(p.question.endswith("?") for p in from_session)


def test_a_politeness_word_is_never_the_blank() -> None:
    ref = ConceptRef(id="p", name="Please", key_points=["Please go through the question carefully"])
    transcript = "Tutor: Please go through the question carefully and check each step."
    problems = text_problems(source_for(ref, None, load_kb()), random.Random(0), "easy", transcript)
    assert not any(p.correctAnswer.lower() == "please" for p in problems)
