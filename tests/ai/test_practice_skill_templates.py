"""Templates for the skills that used to get only vocabulary items: which concepts they serve,
answers recomputed from the question, the grader accepting the forms a student types, steps
that end at the answer."""

import ast
import itertools
import math
import random
import re
import statistics

import pytest
import sympy

from companion.ai.kb import load_kb
from companion.ai.offline import hints, practice, templates
from companion.ai.offline.grading import grade
from companion.ai.offline.mathparse import to_number
from companion.ai.offline.practice import generate
from companion.ai.schemas import ConceptRef

# concept -> the template that now practises it (each got only vocabulary items before)
NEW_PAIRINGS = {
    "elementary_math.multi_step_word_problems": "multi_step_word",
    "elementary_math.place_value": "place_value",
    "elementary_math.rounding_and_estimation": "rounding",
    "elementary_math.money": "money",
    "elementary_math.telling_time": "elapsed_time",
    "elementary_math.multiplicative_comparison": "multiplicative_comparison",
    "elementary_math.properties_of_operations": "properties_of_operations",
    "elementary_math.quadrilaterals": "quadrilaterals",
    "elementary_math.two_and_three_dimensional_shapes": "shapes_2d_3d",
    "elementary_math.fraction_basics": "fraction_basics",
    "elementary_math.measurement_and_unit_conversion": "unit_conversion",
    "elementary_math.factors_and_multiples": "factors_multiples",
    "elementary_math.comparing_and_ordering_numbers": "compare_numbers",
    "elementary_math.bar_graphs_and_pictographs": "bar_graphs",
    "pre_algebra.rational_and_irrational_numbers": "rational_irrational",
    "pre_algebra.properties_of_real_numbers": "properties_of_operations",
    "geometry.transformations": "transformations",
    "geometry.congruent_triangles": "congruent_triangles",
    "trigonometry.law_of_sines": "law_of_sines",
    "trigonometry.law_of_cosines": "law_of_cosines",
    "trigonometry.radian_measure": "radian_measure",
    "precalculus.vectors": "vectors",
    "precalculus.matrices": "matrices",
    "act_math.matrix_basics": "matrices",
    "precalculus.infinite_geometric_series": "infinite_geometric_series",
    "algebra_2.sequences_and_series": "sequences",
    "act_math.sequences_and_patterns": "sequences",
    "precalculus.conic_sections": "conic_sections",
    "precalculus.polar_coordinates": "polar_coordinates",
    "statistics.data_displays": "data_displays",
    "statistics.probability_distributions": "probability_distributions",
    "elementary_math.measuring_angles": "angles_basic",
    "elementary_math.lines_and_angles": "angles_basic",
    "elementary_math.coordinate_grid": "coordinate_grid",
    "elementary_math.measuring_length": "measuring_length",
    "elementary_math.symmetry": "line_symmetry",
    "pre_algebra.prime_factorization": "prime_factorization",
    "pre_algebra.scientific_notation": "scientific_notation",
    "pre_algebra.exponents_and_square_roots": "powers_roots",
    "algebra_2.complex_numbers": "complex_numbers",
    "algebra_2.polynomial_division": "polynomial_division",
    "algebra_2.inverse_functions": "inverse_functions",
    "algebra_2.function_composition": "function_composition",
    "geometry.special_right_triangles": "special_right_triangles",
    "geometry.parallel_lines_and_transversals": "transversal_angles",
    "geometry.arcs_sectors_and_inscribed_angles": "arcs_sectors",
    "trigonometry.reciprocal_trigonometric_functions": "reciprocal_trig",
    "trigonometry.inverse_trigonometric_functions": "inverse_trig",
    "trigonometry.sum_and_double_angle_formulas": "double_angle",
    "precalculus.binomial_theorem": "binomial_theorem",
    "calculus.product_and_quotient_rules": "derivative_product",
    "calculus.antiderivatives": "antiderivative",
    "statistics.quartiles_and_box_plots": "quartiles",
    "statistics.normal_distribution": "z_score",
    "statistics.conditional_probability": "conditional_probability",
    "statistics.independent_and_dependent_events": "independent_events",
    "act_math.parallel_and_perpendicular_lines": "perpendicular_slope",
    "geometry.coordinate_geometry": "midpoint_distance",
    "sat_math.circles_on_the_coordinate_plane": "circle_equation",
    "trigonometry.graphs_of_sine_and_cosine": "trig_graphs",
    "algebra_2.quadratic_functions_and_parabolas": "quadratic_vertex",
    "algebra_2.function_transformations": "function_shift",
    "precalculus.even_and_odd_functions": "even_odd_function",
    "precalculus.piecewise_functions": "piecewise_evaluate",
    "algebra_2.polynomial_functions": "polynomial_zeros",
    "precalculus.rational_functions": "rational_asymptotes",
    "algebra_2.rational_expressions": "rational_simplify",
    "algebra_2.radicals_and_rational_exponents": "radicals",
    "sat_math.data_tables_and_probability": "two_way_table",
    "statistics.correlation_and_regression": "regression_line",
    "statistics.central_limit_theorem": "sampling_distribution",
    "statistics.statistical_inference": "confidence_interval",
    "sat_math.sample_statistics_and_conclusions": "sample_estimate",
    "statistics.sampling_and_study_design": "sampling_method",
    "algebra_1.linear_and_nonlinear_functions": "linear_nonlinear",
    "sat_math.linear_models_in_context": "linear_model_context",
    "sat_math.inequality_word_problems": "inequality_word",
    "sat_math.rearranging_formulas": "rearrange_formula",
    "trigonometry.trigonometric_identities": "trig_identities",
    "trigonometry.solving_trigonometric_equations": "trig_equations",
    "precalculus.parametric_equations": "parametric_equations",
    "precalculus.polynomial_and_rational_inequalities": "polynomial_inequality",
    "act_math.composite_figures_and_shaded_regions": "composite_area",
    "act_math.number_properties": "number_properties",
    "calculus.definition_of_the_derivative": "derivative_definition",
    "calculus.continuity": "continuity",
    "calculus.implicit_differentiation": "implicit_differentiation",
    "calculus.u_substitution": "u_substitution",
    "calculus.concavity_and_the_second_derivative": "concavity",
    "calculus.extrema_and_the_first_derivative_test": "extrema",
    "calculus.optimization": "optimization",
    "calculus.related_rates": "related_rates",
    "geometry.geometric_proofs": "proof_logic",
    "act_math.act_pacing_and_guessing": "test_pacing",
    "sat_math.sat_math_strategies": "work_backwards",
    "elementary_math.personal_financial_literacy": "financial_literacy",
    "elementary_math.even_and_odd_numbers": "even_odd_numbers",
    "elementary_math.number_patterns": "number_patterns",
    "pre_algebra.simple_interest": "simple_interest",
    # each used to get a neighbouring skill's problems (marbles shared in a ratio, x times y for
    # dividing, notebook prices for distance and work, triangle sums, unit-circle values)
    "geometry.similar_triangles": "similar_triangles",
    "geometry.angle_relationships": "angle_pairs",
    "pre_algebra.dividing_fractions": "fraction_divide",
    "act_math.distance_rate_and_work_problems": "distance_rate_work",
    "trigonometry.reference_and_coterminal_angles": "reference_angle",
}
NEW_TEMPLATES = sorted(set(NEW_PAIRINGS.values()))
LEVELS = ("easy", "medium", "hard")
SEEDS = range(60)


def problems(name, seeds=SEEDS, levels=LEVELS):
    for seed in seeds:
        for difficulty in levels:
            yield templates.render(name, random.Random(seed), difficulty)


@pytest.mark.parametrize(("concept_id", "name"), sorted(NEW_PAIRINGS.items()))
def test_the_concept_is_served_by_its_template_and_the_kb_suggests_it(concept_id, name):
    concept = load_kb().concepts[concept_id]
    assert practice.server_for(concept) == name
    assert concept.generator == name
    ref = ConceptRef(id="c", name=concept.name, kb_id=concept.id)
    made = generate([ref], count=3, seed=1).problems
    assert len(made) == 3
    assert not any(p.question.startswith(("Fill in the blank", "In a few sentences")) for p in made)


@pytest.mark.parametrize(
    ("concept_id", "name"),
    [
        ("algebra_2.function_transformations", "transformations"),  # graphs, not points
        ("sat_math.inequality_word_problems", "multi_step_word"),
        ("act_math.number_properties", "properties_of_operations"),
        ("sat_math.circles_on_the_coordinate_plane", "conic_sections"),
        ("elementary_math.measuring_length", "unit_conversion"),
        ("trigonometry.inverse_trigonometric_functions", "inverse_functions"),
        ("algebra_1.solving_quadratic_equations", "quadratic_vertex"),
        ("geometry.transformations", "function_shift"),
        ("precalculus.even_and_odd_functions", "piecewise_evaluate"),
        ("precalculus.piecewise_functions", "even_odd_function"),
        ("algebra_2.polynomial_division", "polynomial_zeros"),
        ("algebra_2.rational_expressions", "rational_asymptotes"),
        ("precalculus.rational_functions", "rational_simplify"),
        ("pre_algebra.exponents_and_square_roots", "radicals"),
        ("statistics.conditional_probability", "two_way_table"),
        ("statistics.data_displays", "regression_line"),
        ("statistics.normal_distribution", "sampling_distribution"),
        ("statistics.standard_deviation", "confidence_interval"),
        ("statistics.statistical_inference", "sampling_method"),
        ("statistics.sampling_and_study_design", "sample_estimate"),
        ("algebra_1.functions", "linear_nonlinear"),
        ("algebra_1.slope", "linear_model_context"),
        ("algebra_1.linear_inequalities", "inequality_word"),
        ("algebra_1.linear_equations", "rearrange_formula"),
        ("trigonometry.reciprocal_trigonometric_functions", "trig_identities"),
        ("trigonometry.inverse_trigonometric_functions", "trig_equations"),
        ("precalculus.vectors", "parametric_equations"),
        ("algebra_1.linear_inequalities", "polynomial_inequality"),
        ("geometry.circumference_and_area_of_circles", "composite_area"),
        ("elementary_math.factors_and_multiples", "number_properties"),
        ("calculus.power_rule", "derivative_definition"),
        ("calculus.limits", "continuity"),
        ("calculus.chain_rule", "implicit_differentiation"),
        ("calculus.definite_integrals", "u_substitution"),
        ("calculus.power_rule", "concavity"),
        ("calculus.optimization", "extrema"),
        ("calculus.extrema_and_the_first_derivative_test", "optimization"),
        ("calculus.chain_rule", "related_rates"),
        ("geometry.congruent_triangles", "proof_logic"),
        ("sat_math.sat_math_strategies", "test_pacing"),
        ("act_math.act_pacing_and_guessing", "work_backwards"),
        ("elementary_math.money", "financial_literacy"),
        ("elementary_math.personal_financial_literacy", "money"),
        ("precalculus.even_and_odd_functions", "even_odd_numbers"),
        ("act_math.number_properties", "even_odd_numbers"),
        ("act_math.sequences_and_patterns", "number_patterns"),
        ("elementary_math.number_patterns", "sequences"),
        ("pre_algebra.percents", "simple_interest"),
        ("pre_algebra.simple_interest", "exponential_growth"),
        ("geometry.similar_triangles", "ratio"),
        ("geometry.angle_relationships", "angle_sum"),
        ("pre_algebra.dividing_fractions", "fraction_multiply"),
        ("elementary_math.multiplying_fractions", "fraction_divide"),
        ("act_math.distance_rate_and_work_problems", "unit_rate"),
        ("trigonometry.reference_and_coterminal_angles", "unit_circle"),
    ],
)
def test_a_template_does_not_claim_a_neighbouring_concept(concept_id, name):
    concept = load_kb().concepts[concept_id]
    assert practice.server_for(concept) != name


# ---- the grader accepts what a student types ------------------------------------------


def typed_forms(question: str, answer: str) -> list[str]:
    """The same answer as students write it: in a sentence, with commas, units, symbols."""
    forms = [answer, answer.replace(", ", ",")]
    value = to_number(answer)
    if value is None and answer.startswith(("[", "(")):
        return forms  # the grader reads a point or a matrix only when it is typed on its own
    forms += [f"The answer is {answer}.", f"I got {answer}"]
    if value is not None and value == int(value) and abs(value) >= 1000:
        forms.append(f"{int(value):,}")
    if "in dollars" in question:
        forms += [f"${answer}", f"{answer} dollars", f"So the change is ${answer}."]
    for unit in ("minutes", "cm", "cents", "degrees") if value is not None else ():
        if f"many {unit}" in question or f"in {unit}" in question or f", {unit}" in question:
            forms.append(f"{answer} {unit}")
    if "pi" in answer:
        forms.append(answer.replace("pi", "π"))
    if "sqrt(" in answer:
        forms.append(re.sub(r"sqrt\((\d+)\)", r"√\1", answer))
    if answer.endswith("%"):
        forms.append(answer.rstrip("%") + " percent")
    return forms


def wrong_answer(problem) -> str | None:
    if problem.options:
        return next(o for o in problem.options if o != problem.correctAnswer)
    value = to_number(problem.correctAnswer)
    return None if value is None else str(value + 1)


@pytest.mark.parametrize("name", NEW_TEMPLATES)
def test_answers_grade_correct_in_typed_forms_and_a_wrong_one_does_not(name):
    for problem in problems(name):
        if problem.options:
            assert problem.correctAnswer in problem.options and len(set(problem.options)) == 4
            letter = "abcd"[problem.options.index(problem.correctAnswer)]
            forms = [problem.correctAnswer, letter, problem.correctAnswer.upper()]
        else:
            forms = typed_forms(problem.question, problem.correctAnswer)
        for typed in forms:
            assert grade(problem, typed).correct, (typed, problem.question, problem.correctAnswer)
        wrong = wrong_answer(problem)
        if wrong is not None:
            assert not grade(problem, wrong).correct, (wrong, problem)


def without_thousands(text: str) -> str:
    return re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)


@pytest.mark.parametrize("name", NEW_TEMPLATES)
def test_the_steps_end_at_the_answer_and_the_hint_is_not_a_step(name):
    for problem in problems(name, seeds=range(30)):
        steps = problem.explanation.splitlines()
        assert steps and all(re.match(r"\d+\. \S", s) for s in steps), problem.explanation
        answer = re.escape(problem.correctAnswer)
        shown = without_thousands(problem.explanation)
        assert re.search(rf"(?<![\w.]){answer}(?![\w]|\.\d)", shown, re.I), (
            problem.correctAnswer,
            problem.explanation,
        )
        assert problem.hint and problem.hint not in problem.explanation


# ---- answers recomputed from the question ----------------------------------------------


def numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", without_thousands(text))]


def test_story_problems_have_positive_whole_answers_and_several_steps():
    kinds = set()
    for problem in problems("multi_step_word"):
        assert int(problem.correctAnswer) > 0 and problem.correctAnswer.isdigit()
        assert len(problem.explanation.splitlines()) >= 2, problem.explanation
        kinds.add(re.sub(r"\d+", "N", problem.question.split(".")[0])[:12])
    assert len(kinds) >= 4  # shopping, sharing, rates and working backwards all appear


def test_shopping_change_is_the_bill_minus_what_was_bought():
    for problem in problems("multi_step_word"):
        if "change" not in problem.question:
            continue
        found = re.search(
            r"buys (\d+) \w+(?: \w+)? for (\d+) dollars each(?: and a lunch box for (\d+) dollars)?"
            r"\. \w+ pays with a (\d+)-dollar bill",
            problem.question,
        )
        count, price, extra, bill = (int(g or 0) for g in found.groups())
        assert int(problem.correctAnswer) == bill - count * price - extra


def test_rounding_and_place_value_answers_match_the_question():
    for problem in problems("rounding"):
        if problem.question.startswith("Round"):
            number = numbers(problem.question)[0]
            unit = {"ten": 10, "hundred": 100, "thousand": 1000}[problem.question.split()[-1][:-1]]
            assert int(problem.correctAnswer) == math.floor(number / unit + 0.5) * unit
        else:
            a, b = numbers(problem.question)[:2]
            sign = 1 if "+" in problem.question else -1
            expected = round(a / 100 + 0.001) * 100 + sign * round(b / 100 + 0.001) * 100
            assert int(problem.correctAnswer) == expected, problem.question
    for problem in problems("place_value", levels=("easy",)):
        digit, number = re.search(r"digit (\d) in ([\d,]+)", problem.question).groups()
        text = number.replace(",", "")
        place = len(text) - 1 - text.index(digit)
        assert int(problem.correctAnswer) == int(digit) * 10**place


def clock(text: str) -> int:
    hour, minute = text.split(":")
    return int(hour) % 12 * 60 + int(minute)


def test_elapsed_time_and_end_times_match_the_clock():
    for problem in problems("elapsed_time"):
        times = re.findall(r"\d{1,2}:\d\d", problem.question)
        if len(times) == 2:
            assert int(problem.correctAnswer) == clock(times[1]) - clock(times[0])
        else:
            hours = int(re.search(r"lasts (\d+) hour", problem.question)[1])
            extra = re.search(r"and (\d+) minutes", problem.question)
            length = 60 * hours + (int(extra[1]) if extra else 0)
            assert clock(problem.correctAnswer) == clock(times[0]) + length


def test_money_change_and_coins_add_up_in_cents():
    coin = {"quarter": 25, "dime": 10, "nickel": 5, "penn": 1}
    for problem in problems("money"):
        if "cents" in problem.question:
            held = re.findall(r"(\d+) (quarter|dime|nickel|penn)", problem.question)
            assert int(problem.correctAnswer) == sum(int(n) * coin[c] for n, c in held)
        else:
            prices = [
                sympy.Rational(p) for p in re.findall(r"(\d+\.\d\d) dollars", problem.question)
            ]
            bill = int(re.search(r"(\d+)-dollar bill", problem.question)[1])
            assert sympy.Rational(problem.correctAnswer) == bill - sum(prices)
            assert re.fullmatch(r"\d+\.\d\d", problem.correctAnswer)  # dollars and cents


def test_quadrilateral_angles_and_solid_counts_are_consistent():
    for problem in problems("quadrilaterals", levels=("medium",)):
        angles = numbers(problem.question)[:3]
        assert int(problem.correctAnswer) == 360 - sum(angles)
    for problem in problems("shapes_2d_3d", levels=("hard",)):
        faces, edges, vertices = numbers(problem.question)[:3]
        assert vertices - edges + faces == 2  # Euler's formula for every solid asked about


def test_trigonometry_answers_match_a_float_computation():
    for problem in problems("law_of_cosines", levels=("medium",)):
        a, b, angle = numbers(problem.question)[:3]
        c = math.sqrt(a * a + b * b - 2 * a * b * math.cos(math.radians(angle)))
        assert abs(float(problem.correctAnswer) - c) <= 0.005
    for problem in problems("radian_measure", levels=("easy",)):
        degrees = numbers(problem.question)[0]
        exact = re.sub(r"(\d)pi", r"\1*pi", problem.correctAnswer)
        assert sympy.sympify(exact) == sympy.rad(degrees)


def test_linear_algebra_answers_match_sympy():
    for problem in problems("matrices", levels=("easy",)):
        rows = re.search(r"(\[\[.*\]\])", problem.question)[1]
        assert int(problem.correctAnswer) == sympy.Matrix(ast.literal_eval(rows)).det()
    for problem in problems("vectors", levels=("hard",)):
        u, v = (
            sympy.Matrix(ast.literal_eval(p))
            for p in re.findall(r"\(-?\d+, -?\d+\)", problem.question)
        )
        assert int(problem.correctAnswer) == u.dot(v)


def test_series_sums_match_sympy_summation():
    n = sympy.Symbol("n", integer=True, positive=True)
    for problem in problems("infinite_geometric_series", levels=("easy",)):
        first, ratio = re.search(
            r"first term (\d+) and common ratio (-?\d+/\d+)", problem.question
        ).groups()
        r = sympy.Rational(ratio)
        assert sympy.Rational(problem.correctAnswer) == sympy.summation(
            int(first) * r ** (n - 1), (n, 1, sympy.oo)
        )


def test_probabilities_in_distributions_are_between_0_and_1():
    for problem in problems("probability_distributions"):
        shown = re.findall(r"= (\d*\.\d+|\d+/\d+)", problem.question)
        for value in (*shown, *problem.options):
            assert 0 <= sympy.Rational(value) <= 1, problem.question
        if "= ?" in problem.question:
            known = [sympy.Rational(v) for v in shown]
            assert sympy.Rational(problem.correctAnswer) == 1 - sum(known)


def test_grade_school_templates_fit_grades_1_to_5():
    kb = load_kb()
    for concept_id, name in NEW_PAIRINGS.items():
        concept = kb.concepts[concept_id]
        grade_level = practice.grade_of(concept, kb)
        if grade_level >= 6:
            continue
        for problem in problems(name, seeds=range(30)):
            assert practice.fits_grade(problem, grade_level), (name, problem.question)
            value = to_number(problem.correctAnswer)
            assert value is None or value >= 0


def test_grade_school_subtraction_is_not_mistaken_for_a_negative_number():
    kb = load_kb()
    concept = kb.concepts["elementary_math.addition_and_subtraction_with_regrouping"]
    ref = ConceptRef(id="c", name=concept.name, kb_id=concept.id)
    made = [p for seed in range(10) for p in generate([ref], count=3, seed=seed).problems]
    assert any(" - " in p.question for p in made)  # "532 - 178" is subtraction, not -178
    assert not practice.fits_grade(made[0].model_copy(update={"correctAnswer": "-4"}), 5)


def test_calculus_and_algebra_2_answers_match_sympy():
    x = sympy.Symbol("x")
    for problem in problems("derivative_product", levels=("medium",)):
        u, v = re.search(r"= \((.+)\)\((.+)\)\.", problem.question).groups()
        expr = sympy.sympify(re.sub(r"(\d)x", r"\1*x", f"({u})*({v})").replace("^", "**"))
        expected = sympy.expand(sympy.diff(expr, x))
        got = sympy.sympify(re.sub(r"(\d)x", r"\1*x", problem.correctAnswer).replace("^", "**"))
        assert sympy.expand(got - expected) == 0
    for problem in problems("complex_numbers", levels=("hard",)):
        power = int(re.search(r"i\^(\d+)", problem.question)[1])
        assert problem.correctAnswer == {0: "1", 1: "i", 2: "-1", 3: "-i"}[power % 4]


def test_quartiles_and_z_scores_match_the_data():
    for problem in problems("z_score", levels=("easy",)):
        mean, sd, score = (float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", problem.question)[:3])
        assert float(problem.correctAnswer) == (score - mean) / sd
    for problem in problems("quartiles", levels=("easy",)):
        data = sorted(numbers(problem.question.split(" of ", 1)[1]))
        assert float(problem.correctAnswer) == statistics.median(data[: len(data) // 2])


@pytest.mark.parametrize("name", NEW_TEMPLATES)
def test_no_hint_names_the_answer_over_many_seeds(name):
    for problem in problems(name, seeds=range(100, 250)):
        assert not hints.reveals(problem.hint, problem), (problem.hint, problem.correctAnswer)


def test_money_answers_are_computed_from_the_amounts_in_the_question():
    for problem in problems("financial_literacy"):
        amounts = [
            sympy.Rational(a) for a in re.findall(r"(\d+(?:\.\d\d)?) dollars?\b", problem.question)
        ]
        if "profit" in problem.question:
            sold = int(re.search(r"sells (\d+)", problem.question)[1])
            price, cost = amounts
            assert int(problem.correctAnswer) == sold * price - cost > 0
        elif "budget" in problem.question:
            budget, *planned = amounts
            assert sympy.Rational(problem.correctAnswer) == budget - sum(planned) > 0
            assert re.fullmatch(r"\d+\.\d\d", problem.correctAnswer)  # dollars and cents
        else:
            price, saved, weekly = amounts
            weeks = int(problem.correctAnswer)
            assert saved + weeks * weekly >= price > saved + (weeks - 1) * weekly
    for problem in problems("simple_interest"):
        principal = int(re.search(r"(\d+) dollars", problem.question)[1])
        rate = re.search(r"(\d+)% simple", problem.question)
        years = re.search(r"in (\d+) years|after (\d+) years", problem.question)
        if problem.correctAnswer.endswith("%"):
            interest = sympy.Rational(re.search(r"earned ([\d.]+) dollars", problem.question)[1])
            t = int(years[1])
            assert sympy.Rational(problem.correctAnswer[:-1], 100) * principal * t == interest
        elif "how many years" in problem.question:
            interest = sympy.Rational(re.search(r"cost ([\d.]+) dollars", problem.question)[1])
            r = sympy.Rational(int(rate[1]), 100)
            assert principal * r * int(problem.correctAnswer) == interest
        else:
            interest = principal * sympy.Rational(int(rate[1]), 100) * int(years[1] or years[2])
            expected = interest + (principal if "paid back" in problem.question else 0)
            assert sympy.Rational(problem.correctAnswer) == expected


def test_even_and_odd_answers_match_the_numbers_and_the_other_kind_grades_wrong():
    kinds = {0: "even", 1: "odd"}
    for problem in problems("even_odd_numbers"):
        shown = numbers(problem.question)
        if problem.options:
            want = re.search(r"is (even|odd)\?", problem.question)[1]
            assert [o for o in problem.options if kinds[int(o) % 2] == want] == [
                problem.correctAnswer
            ]
            continue
        assert problem.correctAnswer == kinds[sum(shown) % 2], problem.question
        other = kinds[1 - sum(shown) % 2]
        for typed in (other, f"It is {other}.", other.upper()):
            assert not grade(problem, typed).correct, (typed, problem.question)
        assert grade(problem, problem.correctAnswer.capitalize()).correct


def test_number_patterns_follow_their_rule():
    for problem in problems("number_patterns"):
        terms = numbers(problem.question.split("pattern", 1)[1].split("?")[0])
        if problem.options:  # the rule
            step = terms[1] - terms[0]
            adds = all(b - a == step for a, b in itertools.pairwise(terms))
            rule = f"add {step}" if adds else f"multiply by {terms[1] // terms[0]}"
            assert problem.correctAnswer == rule and sum(o == rule for o in problem.options) == 1
        elif "th number" in problem.question:
            *start, step, place = terms
            assert int(problem.correctAnswer) == start[0] + (place - 1) * step
        else:
            a, b, c = terms[-3:]
            added, times = c - b == b - a, b * b == a * c
            assert int(problem.correctAnswer) == (c + (c - b) if added else c * (c // b))
            assert added or times
