"""What each practice template practises, and from which school grade each difficulty fits.

A template serves a knowledge-base concept of its subject area only when the concept names
one of its skill phrases: every word of a phrase of two or more words appears in the
concept's name, or the phrase is the whole name or a whole synonym. The
generator a KB entry suggests is a suggestion: it is used only when it passes this check,
so "Absolute value equations" never gets plain linear equations.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.ai.schemas import Difficulty

LEVELS: tuple[Difficulty, ...] = ("easy", "medium", "hard")


@dataclass(frozen=True)
class Skill:
    phrases: tuple[str, ...]
    grades: tuple[int, int, int] = (6, 6, 6)  # lowest school grade for easy, medium, hard
    areas: tuple[str, ...] = ("math",)  # KB subject areas whose concepts it may serve

    def lowest_grade(self, difficulty: Difficulty) -> int:
        """The lowest grade whose students can do this template at this difficulty."""
        return self.grades[LEVELS.index(difficulty)]


def _s(
    *phrases: str, grades: tuple[int, int, int] = (6, 6, 6), areas: tuple[str, ...] = ("math",)
) -> Skill:
    return Skill(phrases, grades, areas)


SCIENCE = ("science",)
SKILLS: dict[str, Skill] = {
    # numbers and arithmetic
    "add_subtract_whole": _s("addition and subtraction", grades=(1, 2, 3)),
    "multiplication_facts": _s("multiplication facts", "times table", grades=(3, 3, 3)),
    "multi_digit_multiply": _s("multi digit multiplication", grades=(4, 4, 5)),
    "long_division": _s("long division", "division with remainders", grades=(4, 4, 5)),
    "fraction_add": _s("adding fractions", "subtracting fractions", grades=(4, 5, 5)),
    "fraction_multiply": _s("multiplying fractions", grades=(5, 5, 5)),
    "fraction_divide": _s("dividing fractions", "dividing by a fraction", grades=(6, 6, 6)),
    "decimal_ops": _s("decimals", "adding decimals", grades=(4, 5, 5)),
    "percent_of": _s("percents", "percent of a number"),
    "simple_interest": _s("simple interest", "interest on a loan", grades=(7, 7, 7)),
    "percent_change": _s(
        "percent increase", "percent change", "discount word problems", grades=(7, 7, 7)
    ),
    "ratio": _s("ratios"),
    "proportion": _s("proportions", "set up a proportion", grades=(6, 7, 7)),
    "unit_rate": _s("unit rates"),
    "distance_rate_work": _s(
        "distance rate and work", "distance rate", "work problems", grades=(6, 6, 8)
    ),
    "order_of_operations": _s("order of operations", grades=(5, 6, 6)),
    "integer_ops": _s("integer operations", "integers"),
    "exponent_rules": _s("exponent rules", "laws of exponents", grades=(8, 8, 8)),
    "number_properties": _s("number properties", "integer properties", grades=(7, 7, 7)),
    "gcd_lcm": _s("gcf and lcm", "greatest common factor", "least common multiple"),
    # grade 1-5 number sense, measurement, shapes and story problems
    "test_pacing": _s("act pacing and guessing", "act pacing", grades=(7, 7, 7)),
    "work_backwards": _s(
        "sat math strategies", "work backwards from the choices", grades=(6, 7, 9)
    ),
    "multi_step_word": _s(
        "multi step word problems", "two step word problems", "working backward", grades=(3, 4, 4)
    ),
    "multiplicative_comparison": _s("multiplicative comparison", grades=(4, 4, 4)),
    "place_value": _s("place value", grades=(2, 4, 4)),
    "rounding": _s("rounding and estimation", "rounding", grades=(3, 3, 4)),
    "compare_numbers": _s("comparing and ordering numbers", "comparing numbers", grades=(2, 4, 4)),
    "factors_multiples": _s("factors and multiples", "prime and composite", grades=(4, 4, 4)),
    "fraction_basics": _s("fraction basics", "equivalent fractions", grades=(3, 3, 4)),
    "properties_of_operations": _s(
        "properties of operations", "properties of real numbers", grades=(1, 3, 3)
    ),
    "money": _s("money", "counting money", grades=(2, 3, 4)),
    "financial_literacy": _s(
        "personal financial literacy", "financial literacy", "personal finance", grades=(3, 4, 5)
    ),
    "even_odd_numbers": _s("even and odd numbers", "odd and even numbers", grades=(2, 2, 3)),
    "number_patterns": _s("number patterns", "numerical patterns", grades=(3, 4, 4)),
    "elapsed_time": _s("elapsed time", "telling time", grades=(3, 3, 3)),
    "unit_conversion": _s("unit conversion", grades=(4, 4, 4)),
    "quadrilaterals": _s("quadrilaterals", grades=(3, 3, 4)),
    "shapes_2d_3d": _s("three dimensional shapes", "2d shapes", "3d shapes", grades=(2, 4, 5)),
    "rational_irrational": _s("rational and irrational numbers", grades=(7, 7, 7)),
    "angles_basic": _s("measuring angles", "lines rays and angles", grades=(4, 4, 4)),
    "coordinate_grid": _s("coordinate grid", grades=(5, 5, 5)),
    "measuring_length": _s("measuring length", grades=(2, 2, 3)),
    "line_symmetry": _s("line symmetry", grades=(4, 4, 4)),
    "prime_factorization": _s("prime factorization", grades=(6, 6, 6)),
    "scientific_notation": _s("scientific notation", grades=(7, 7, 7)),
    "powers_roots": _s("exponents and square roots", grades=(6, 6, 6)),
    # algebra
    "linear_equation": _s("linear equations", "two step equation", grades=(6, 7, 8)),
    "absolute_value_equation": _s("absolute value equations", grades=(9, 9, 9)),
    "variation": _s("direct and inverse variation", "direct variation", grades=(8, 8, 9)),
    "complete_square": _s("completing the square", grades=(9, 9, 9)),
    "linear_inequality": _s("linear inequalities", grades=(7, 7, 8)),
    "linear_nonlinear": _s("linear and nonlinear functions", grades=(8, 8, 8)),
    "linear_model_context": _s("linear models in context", "interpret the slope", grades=(8, 8, 8)),
    "inequality_word": _s("inequality word problems", grades=(7, 7, 7)),
    "rearrange_formula": _s(
        "rearranging formulas", "solve the formula for", "literal equations", grades=(8, 8, 9)
    ),
    "distribute": _s("distributive property"),
    "combine_like_terms": _s("combining like terms"),
    "evaluate_expression": _s("algebraic expressions", "variable expression"),
    "slope": _s("slope", "equations of lines", "average rate of change", grades=(8, 8, 8)),
    "system_2x2": _s("systems of equations", grades=(8, 8, 8)),
    "quadratic_factor": _s("factoring quadratics", "quadratics on the act", grades=(9, 9, 9)),
    "quadratic_formula": _s(
        "solving quadratic equations", "quadratic on the sat", grades=(9, 9, 9)
    ),
    "polynomial_multiply": _s(
        "polynomials", "multiplying binomials", "equivalent expressions", grades=(9, 9, 9)
    ),
    "function_evaluate": _s("functions", "function notation", grades=(8, 8, 9)),
    "logarithm": _s("logarithms", "exponential and logarithmic equations", grades=(10, 10, 10)),
    "exponential_growth": _s(
        "exponential growth",
        "compound interest",
        "linear versus exponential models",
        grades=(9, 9, 9),
        areas=("math", "social_studies"),
    ),
    # geometry and trigonometry
    "pythagorean": _s("pythagorean theorem", grades=(8, 8, 8)),
    "area_perimeter": _s("area and perimeter", "area of plane figures", grades=(3, 3, 6)),
    "circle": _s("area of circles", grades=(7, 7, 7)),
    "composite_area": _s(
        "composite figures and shaded regions", "shaded regions", grades=(6, 7, 7)
    ),
    "angle_sum": _s("polygon angle sums", "triangle angle sum", grades=(7, 7, 8)),
    "angle_pairs": _s(
        "angle relationships",
        "angle pairs",
        "complementary and supplementary angles",
        grades=(7, 7, 7),
    ),
    "similar_triangles": _s("similar triangles", grades=(7, 7, 8)),
    "volume": _s("rectangular prisms", "volume and surface area", grades=(5, 8, 8)),
    "right_triangle_trig": _s(
        "right triangle trigonometry",
        "solving right triangles",
        "trigonometry on the act",
        "right triangles and trigonometry",
        grades=(9, 9, 9),
    ),
    "unit_circle": _s("unit circle", grades=(10, 10, 10)),
    "reference_angle": _s(
        "reference and coterminal angles",
        "reference angles",
        "coterminal angles",
        grades=(10, 10, 10),
    ),
    "law_of_sines": _s("law of sines", grades=(10, 10, 10)),
    "law_of_cosines": _s("law of cosines", grades=(10, 10, 10)),
    "radian_measure": _s("radian measure", grades=(10, 10, 10)),
    "transformations": _s("transformations", "rigid motion", grades=(8, 8, 8)),
    "proof_logic": _s("geometric proofs", "conditional statement", grades=(8, 8, 8)),
    "congruent_triangles": _s("congruent triangles", grades=(8, 8, 8)),
    "special_right_triangles": _s("special right triangles", grades=(9, 9, 9)),
    "transversal_angles": _s("parallel lines and transversals", grades=(8, 8, 9)),
    "arcs_sectors": _s("arcs sectors and inscribed angles", grades=(10, 10, 10)),
    "reciprocal_trig": _s("reciprocal trigonometric functions", grades=(10, 10, 11)),
    "inverse_trig": _s("inverse trigonometric functions", grades=(11, 11, 11)),
    "double_angle": _s("double angle formulas", grades=(11, 11, 11)),
    "trig_graphs": _s("graphs of sine and cosine", grades=(10, 10, 11)),
    "trig_identities": _s("trigonometric identities", "trig identities", grades=(10, 10, 11)),
    "trig_equations": _s("solving trigonometric equations", "trig equations", grades=(10, 10, 11)),
    "perpendicular_slope": _s("parallel and perpendicular lines", grades=(8, 8, 9)),
    "midpoint_distance": _s("coordinate geometry", grades=(8, 8, 8)),
    "circle_equation": _s("circles on the coordinate plane", grades=(9, 9, 9)),
    # algebra II
    "quadratic_vertex": _s(
        "quadratic functions and parabolas", "graphing quadratics", grades=(9, 9, 10)
    ),
    "function_shift": _s(
        "function transformations", "transformations of functions", grades=(10, 10, 10)
    ),
    "even_odd_function": _s("even and odd functions", grades=(11, 11, 11)),
    "piecewise_evaluate": _s("piecewise functions", grades=(10, 10, 11)),
    "polynomial_zeros": _s("polynomial functions", "degree and end behavior", grades=(10, 10, 10)),
    "rational_asymptotes": _s("rational functions", "rational function graph", grades=(10, 11, 11)),
    "rational_simplify": _s(
        "rational expressions", "simplify the rational expression", grades=(10, 10, 11)
    ),
    "radicals": _s("radicals and rational exponents", "simplifying square roots", grades=(9, 9, 9)),
    "complex_numbers": _s("complex numbers", grades=(10, 10, 10)),
    "polynomial_division": _s("polynomial division", "dividing polynomials", grades=(10, 10, 10)),
    "inverse_functions": _s("inverse functions", grades=(10, 10, 10)),
    "function_composition": _s("function composition", "composing functions", grades=(10, 10, 10)),
    # precalculus
    "vectors": _s("vectors", grades=(11, 11, 11)),
    "matrices": _s("matrices", "matrix basics", grades=(10, 10, 10)),
    "sequences": _s(
        "sequences and series", "sequences and patterns", "arithmetic sequence", grades=(8, 9, 10)
    ),
    "infinite_geometric_series": _s("infinite geometric series", grades=(11, 11, 11)),
    "polar_coordinates": _s("polar coordinates", grades=(11, 11, 11)),
    "conic_sections": _s("conic sections", grades=(10, 11, 11)),
    "binomial_theorem": _s("binomial theorem", grades=(11, 11, 11)),
    "parametric_equations": _s("parametric equations", grades=(11, 11, 11)),
    "polynomial_inequality": _s(
        "polynomial and rational inequalities", "sign diagram", grades=(10, 10, 11)
    ),
    # calculus
    "derivative_product": _s("product and quotient rules", grades=(11, 11, 11)),
    "antiderivative": _s("antiderivatives", grades=(11, 11, 11)),
    "derivative_power": _s("power rule", grades=(11, 11, 11)),
    "derivative_chain": _s("chain rule", grades=(11, 11, 11)),
    "definite_integral": _s("definite integrals", grades=(11, 11, 11)),
    "limit": _s("limits", grades=(11, 11, 11)),
    "derivative_definition": _s(
        "definition of the derivative", "derivative from first principles", grades=(11, 11, 11)
    ),
    "continuity": _s("continuity", grades=(11, 11, 11)),
    "implicit_differentiation": _s(
        "implicit differentiation", "differentiate implicitly", grades=(11, 11, 12)
    ),
    "concavity": _s("concavity and the second derivative", "concavity", grades=(11, 11, 11)),
    "extrema": _s("extrema and the first derivative test", "critical number", grades=(11, 11, 11)),
    "optimization": _s("optimization", "optimization problem", grades=(11, 11, 12)),
    "related_rates": _s("related rates", grades=(11, 11, 12)),
    "u_substitution": _s("u substitution", "substitution for integrals", grades=(12, 12, 12)),
    # statistics and probability
    "mean_median_mode": _s("measures of center", "averages and missing values"),
    "probability_simple": _s("basic probability", "probability with objects", grades=(7, 7, 7)),
    "standard_deviation": _s("standard deviation", grades=(9, 9, 9)),
    "combinatorics": _s("permutations and combinations", "counting arrangements", grades=(9, 9, 9)),
    "expected_value": _s("expected value", grades=(9, 9, 9)),
    "bar_graphs": _s("bar graphs and pictographs", "bar graphs", grades=(2, 3, 4)),
    "data_displays": _s("data displays", grades=(6, 6, 6)),
    "quartiles": _s("quartiles and box plots", grades=(6, 6, 6)),
    "z_score": _s("normal distribution", grades=(10, 10, 10)),
    "conditional_probability": _s("conditional probability", grades=(10, 10, 10)),
    "independent_events": _s("independent and dependent events", grades=(7, 7, 8)),
    "probability_distributions": _s("probability distributions", grades=(9, 9, 10)),
    "two_way_table": _s("data tables and probability", "two way table", grades=(7, 7, 9)),
    "regression_line": _s("correlation and regression", "regression line", grades=(8, 8, 10)),
    "sampling_distribution": _s("central limit theorem", grades=(10, 10, 11)),
    "confidence_interval": _s("statistical inference", "confidence interval", grades=(10, 10, 11)),
    "sampling_method": _s("sampling and study design", "stratified sample", grades=(7, 7, 9)),
    "sample_estimate": _s(
        "sample statistics and conclusions", "survey conclusion", grades=(7, 7, 9)
    ),
    # science
    "kinematics": _s("kinematics", grades=(9, 9, 9), areas=SCIENCE),
    "newton_second_law": _s("newton's second law", grades=(9, 9, 9), areas=SCIENCE),
    "ohms_law": _s("ohm's law", grades=(9, 9, 9), areas=SCIENCE),
    "kinetic_energy": _s("kinetic energy", grades=(9, 9, 9), areas=SCIENCE),
    "work_energy_power": _s("work energy", grades=(9, 9, 9), areas=SCIENCE),
    "molar_mass": _s("molar mass", grades=(10, 10, 10), areas=SCIENCE),
    "moles_grams": _s("grams to moles", grades=(10, 10, 10), areas=SCIENCE),
    "mole_ratio": _s("stoichiometry", "mole ratio", grades=(10, 10, 10), areas=SCIENCE),
    "limiting_reactant": _s("limiting reactant", grades=(10, 10, 10), areas=SCIENCE),
    "ideal_gas": _s("gas laws", grades=(10, 10, 10), areas=SCIENCE),
    "percent_yield": _s("percent yield", grades=(10, 10, 10), areas=SCIENCE),
}
