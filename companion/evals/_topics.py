"""Which knowledge-base concepts stand for a Bridge lesson topic.

Written once from the topic names (what a teacher would file the lesson under), not tuned
per example: a topic maps to the KB concept(s) that teach it, and to each concept its name
states outright ("Adding and Subtracting Decimals" is decimals and addition/subtraction,
"Multiplicative Comparisons" is multiplication, "Metric Conversions and Word Problems" is
conversion and word problems, "Ordering Rational Numbers" is rational numbers).
"""

from __future__ import annotations

import re

from companion.ai.offline.matching import tokenize

_E, _P, _A1, _G, _S = "elementary_math.", "pre_algebra.", "algebra_1.", "geometry.", "statistics."

_ADD_SUB = (_E + "addition_and_subtraction_with_regrouping",)
_MULT = (_E + "multiplication_facts", _E + "multi_digit_multiplication")
_DIV = (_E + "long_division",)
_SHAPES = (_E + "two_and_three_dimensional_shapes", _E + "quadrilaterals")
_AREA = (_E + "area_and_perimeter", _G + "area_of_plane_figures")
_DECIMALS = (_E + "decimals",)
_FRACTIONS = (_E + "fraction_basics",)
_ROUNDING = (_E + "rounding_and_estimation",)
_UNITS = (_E + "measurement_and_unit_conversion",)
_VOLUME = (_E + "volume_of_rectangular_prisms", _G + "volume_and_surface_area")
_WORD = (_E + "multi_step_word_problems",)
_GRAPHS = (_E + "bar_graphs_and_pictographs",)
_COORD = (_E + "coordinate_grid",)
_LINES = (_E + "lines_and_angles",)
_COMPARE = _E + "comparing_and_ordering_numbers"
_RATIONAL = _P + "rational_and_irrational_numbers"

BRIDGE_TOPICS: dict[str, tuple[str, ...]] = {
    "Addition & Subtraction Properties": (_E + "properties_of_operations", *_ADD_SUB),
    "Length": (_E + "measuring_length",),
    "Measuring Length": (_E + "measuring_length",),
    "Length Problems": (_E + "measuring_length", *_WORD),
    "Place Value": (_E + "place_value",),
    "Expanded Notation": (_E + "place_value",),
    "Counting Numbers": (_E + "place_value", _E + "comparing_and_ordering_numbers"),
    "Addition and Subtraction Facts": _ADD_SUB,
    "Addition and Subtraction Within 100": _ADD_SUB,
    "Adding Whole Numbers": _ADD_SUB,
    "Subtracting Whole Numbers": _ADD_SUB,
    "Adding Multi-Digit Numbers": _ADD_SUB,
    "Subtracting Multi-Digit Numbers": _ADD_SUB,
    "Money": (_E + "money",),
    "Foundations of Multiplication": _MULT,
    "Understanding Multiplication": _MULT,
    "Properties of Multiplication": (*_MULT, _E + "properties_of_operations"),
    "Multiplying Multi-Digit by One-Digit Numbers": _MULT,
    "Multiplying Two-Digit by Two-Digit Numbers": _MULT,
    "Multiplying Whole Numbers": _MULT,
    "Multiples of Ten": (*_MULT, _E + "place_value"),
    "2- and 3-Dimensional Shapes": _SHAPES,
    "Classify 3D Figures": _SHAPES,
    "Classifying 2D Figures": _SHAPES,
    "Polygons": _SHAPES,
    "Quadrilaterals": _SHAPES,
    "Area by Counting": _AREA,
    "Shapes and Area": (*_AREA, *_SHAPES),
    "Area with side lengths": _AREA,
    "Concept of Area": _AREA,
    "Unit Squares": _AREA,
    "Area": _AREA,
    "Perimeter": _AREA,
    "Decomposing Figures": _AREA,
    "Areas of Triangles": _AREA,
    "Areas by Decomposition": _AREA,
    "Bar Graphs": _GRAPHS,
    "Pictographs": _GRAPHS,
    "Line Plots with Fractions": (*_GRAPHS, *_FRACTIONS),
    "Fraction Concepts": _FRACTIONS,
    "Fractions on a Number Line": _FRACTIONS,
    "Understanding Equivalent Fractions": _FRACTIONS,
    "Convert Fractions to Decimal Form": (*_FRACTIONS, *_DECIMALS),
    "Adding and Subtracting Fractions": (_E + "adding_and_subtracting_fractions",),
    "Adding and Subtracting Mixed Numbers": (_E + "adding_and_subtracting_fractions",),
    "Multipying Mixed Numbers": (_E + "multiplying_fractions",),
    "Estimating Products of Fractions": (_E + "multiplying_fractions", *_ROUNDING),
    "Word Problems with Fractions": (*_WORD, _E + "multiplying_fractions", *_FRACTIONS),
    "Word Problems with Mixed Numbers": (*_WORD, _E + "multiplying_fractions", *_FRACTIONS),
    "Two-Step Word Problems": _WORD,
    "Addition and Subtraction Word Problems": (*_WORD, *_ADD_SUB),
    "Multiplication and Division Word Problems": (*_WORD, *_MULT, *_DIV),
    "Word Problems with Multiplication": (*_WORD, *_MULT),
    "Word Problems with Division": (*_WORD, *_DIV),
    "Rounding Whole Numbers": _ROUNDING,
    "Rounding": _ROUNDING,
    "Estimation": _ROUNDING,
    "Estimate Solutions to Division Problems": (*_ROUNDING, *_DIV),
    "Understanding Division": _DIV,
    "Relating Division to Multiplication": (*_DIV, *_MULT),
    "Unknown Numbers in Division": _DIV,
    "Dividing Using Equations": _DIV,
    "Dividing with Remainders": _DIV,
    "Multi-Digit Division with Two-Digit Divisors": _DIV,
    "Using Time": (_E + "telling_time",),
    "Converting Units of Measure": _UNITS,
    "Metric Conversions and Word Problems": (*_UNITS, *_WORD),
    "Standard Conversions": _UNITS,
    "Word Problems with Standard Measurement": (*_UNITS, *_WORD),
    "Prime and Composite Numbers": (_P + "prime_factorization", _E + "factors_and_multiples"),
    "Factors and Multiples": (_E + "factors_and_multiples", _P + "gcf_and_lcm"),
    "Comparing Decimals": (*_DECIMALS, _COMPARE),
    "Comparing Decimal Numbers": (*_DECIMALS, _COMPARE),
    "Decimal Numbers": _DECIMALS,
    "Rounding Decimal Numbers": (*_DECIMALS, *_ROUNDING),
    "Adding and Subtracting Decimal Numbers": (*_DECIMALS, *_ADD_SUB),
    "Adding and Subtracting Decimals": (*_DECIMALS, *_ADD_SUB),
    "Comparing Whole Numbers": (_COMPARE,),
    "Multiplicative Comparisons": (_E + "multiplicative_comparison", _E + "multiplication_facts"),
    "Geometric Lines": _LINES,
    "Symmetry": (_E + "symmetry",),
    "Measuring Angles": (_E + "measuring_angles",),
    "Simple Expressions": (_P + "algebraic_expressions", _P + "order_of_operations"),
    "Simple Expression": (_P + "algebraic_expressions", _P + "order_of_operations"),
    "Order of Operations": (_P + "order_of_operations",),
    "Solving with Order of Operations": (_P + "order_of_operations",),
    "Understanding Volume": _VOLUME,
    "Volume of Rectangular Prisms": _VOLUME,
    "Volume of Composite Rectangular Prisms": _VOLUME,
    "Using the Volume Formula": _VOLUME,
    "Volumes of Prisms": _VOLUME,
    "Volume of Cylinders": (_G + "volume_and_surface_area",),
    "Graphing on a Coordinate Grid": _COORD,
    "Creating and Graphing Ordered Pairs": _COORD,
    "Graphing Points on the Coordinate Plane": _COORD,
    "Mean and Median": (_S + "measures_of_center",),
    "Range and Deviation": (_S + "measures_of_center", _S + "standard_deviation"),
    "Ordering Rational Numbers": (_P + "integer_operations", _COMPARE, _RATIONAL),
    "Divide Two Fractions": (_P + "dividing_fractions",),
    "Dividing Fractions": (_P + "dividing_fractions",),
    "Concept of Ratios": (_P + "ratios",),
    "Multi-Step Ratios": (_P + "ratios", _P + "proportions", *_WORD),
    "Understanding Percents": (_P + "percents",),
    "Vocabulary of Algebra": (_P + "algebraic_expressions",),
    "Additive Inverses": (_P + "integer_operations", _P + "properties_of_real_numbers"),
    "Adding Rational Numbers": (_P + "integer_operations", _RATIONAL),
    "Applying Properties of Operations": (
        _E + "properties_of_operations",
        _A1 + "distributive_property",
    ),
    "Identify Unit Rate": (_P + "unit_rates",),
    "Unit Rates": (_P + "unit_rates",),
    "Percent Change": (_P + "percent_increase_and_decrease", _P + "percents"),
    "Proportional Relationship Graphs": (_P + "proportions",),
    "Reflections": (_G + "transformations",),
    "What is Slope?": (_A1 + "slope",),
    "Relationships of Functions": (_A1 + "functions", _A1 + "linear_and_nonlinear_functions"),
    "Intro to Functions": (_A1 + "functions", _A1 + "linear_and_nonlinear_functions"),
    "Factoring Polynomials": (_A1 + "factoring_quadratics", _A1 + "polynomials"),
}

_A2 = "algebra_2."
_PROB = (_S + "basic_probability",)
_FINANCE = (_E + "personal_financial_literacy",)
_INTEGERS = (_P + "integer_operations",)
_EQUATIONS = (_A1 + "linear_equations",)
_INEQUALITIES = (_A1 + "linear_inequalities",)
_EXPRESSIONS = (_P + "algebraic_expressions",)
_CIRCLES = (_G + "circumference_and_area_of_circles",)
_SOLIDS = (_G + "volume_and_surface_area",)
_MOVES = (_G + "transformations",)
_CENTER = (_S + "measures_of_center",)

# TEKS strands of grades 1-8, Algebra I and II and Geometry that the dev set has few or no
# lessons of, under the names a teacher files them by: each name states its concept
_K12_TOPICS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("Probability", "Simple Probability", "Theoretical Probability"), _PROB),
    (("Experimental Probability", "Probability of Simple Events"), _PROB),
    (
        ("Compound Events", "Probability of Compound Events"),
        (*_PROB, _S + "independent_and_dependent_events"),
    ),
    (("Personal Financial Literacy", "Financial Literacy", "Needs and Wants"), _FINANCE),
    (("Income and Expenses", "Budgets", "Budgeting", "Saving and Spending"), _FINANCE),
    (("Profit", "Credit and Debit Cards", "Borrowing and Lending"), _FINANCE),
    (("Simple Interest",), (_P + "simple_interest",)),
    (
        ("Simple and Compound Interest", "Compound Interest"),
        (_P + "simple_interest", _A2 + "compound_interest_and_the_number_e"),
    ),
    (("Sales Tax", "Discounts and Markups"), (_P + "percent_increase_and_decrease",)),
    (("Dot Plots", "Line Plots"), (*_GRAPHS, _S + "data_displays")),
    (
        ("Stem-and-Leaf Plots", "Histograms", "Frequency Tables", "Data Displays"),
        (_S + "data_displays",),
    ),
    (("Box Plots", "Interquartile Range"), (_S + "quartiles_and_box_plots",)),
    (("Mean", "Median", "Mode", "Mean, Median, and Mode", "Measures of Center"), _CENTER),
    (("Mean Absolute Deviation",), (_S + "standard_deviation",)),
    (("Scatter Plots", "Line of Best Fit"), (_S + "correlation_and_regression",)),
    (("Two-Way Tables",), (_S + "conditional_probability",)),
    (("Similar Figures", "Similar Triangles", "Similar Shapes"), (_G + "similar_triangles",)),
    (("Dilations",), (*_MOVES, _G + "similar_triangles")),
    (("Scale Drawings",), (_P + "proportions",)),
    (("Pythagorean Theorem", "The Pythagorean Theorem"), (_G + "pythagorean_theorem",)),
    (("Converse of the Pythagorean Theorem",), (_G + "pythagorean_theorem",)),
    (("Transformations", "Translations", "Rotations", "Rigid Transformations"), _MOVES),
    (("Congruent Figures", "Congruent Triangles"), (_G + "congruent_triangles",)),
    (
        ("Angle Relationships", "Complementary and Supplementary Angles"),
        (_G + "angle_relationships",),
    ),
    (("Vertical Angles", "Adjacent Angles"), (_G + "angle_relationships",)),
    (
        ("Parallel Lines and Transversals", "Angles and Parallel Lines"),
        (_G + "parallel_lines_and_transversals",),
    ),
    (
        ("Triangle Sum Theorem", "Angles of Triangles", "Triangle Angle Sum"),
        (_G + "triangle_and_polygon_angle_sums",),
    ),
    (("Surface Area", "Surface Area of Prisms", "Nets"), _SOLIDS),
    (("Volume of Cones", "Volume of Spheres", "Volume of Pyramids"), _SOLIDS),
    (
        ("Circles", "Circumference", "Area of Circles", "Circumference and Area of Circles"),
        _CIRCLES,
    ),
    (("Area of Trapezoids", "Area of Parallelograms"), _AREA),
    (("Scientific Notation",), (_P + "scientific_notation",)),
    (("Integers", "Integer Operations", "Adding Integers", "Subtracting Integers"), _INTEGERS),
    (("Multiplying Integers", "Dividing Integers", "Absolute Value"), _INTEGERS),
    (("Adding and Subtracting Integers", "Multiplying and Dividing Integers"), _INTEGERS),
    (("Rational Numbers", "Irrational Numbers", "Real Numbers"), (_RATIONAL,)),
    (("Exponents", "Powers and Exponents", "Square Roots"), (_P + "exponents_and_square_roots",)),
    (("Prime Factorization",), (_P + "prime_factorization",)),
    (("Greatest Common Factor", "Least Common Multiple"), (_P + "gcf_and_lcm",)),
    (("Even and Odd Numbers",), (_E + "even_and_odd_numbers",)),
    (("Number Patterns", "Numerical Patterns", "Patterns"), (_E + "number_patterns",)),
    (("Comparing Fractions",), (*_FRACTIONS, _COMPARE)),
    (("Equivalent Fractions",), _FRACTIONS),
    (("Percents",), (_P + "percents",)),
    (("Elapsed Time", "Telling Time"), (_E + "telling_time",)),
    (
        ("Proportional Relationships", "Proportional and Non-Proportional Relationships"),
        (_P + "proportions",),
    ),
    (("Constant of Proportionality",), (_P + "proportions",)),
    (("Direct Variation",), (_P + "proportions", _A2 + "variation")),
    (("Slope", "Finding Slope", "Rate of Change", "Slope and Rate of Change"), (_A1 + "slope",)),
    (
        ("Slope-Intercept Form", "Y-Intercept", "Graphing Linear Equations"),
        (_A1 + "slope", _A1 + "equations_of_lines"),
    ),
    (("Inequalities", "One-Step Inequalities", "Two-Step Inequalities"), _INEQUALITIES),
    (("Solving Inequalities", "Graphing Inequalities", "Writing Inequalities"), _INEQUALITIES),
    (("Equations", "One-Step Equations", "Two-Step Equations", "Solving Equations"), _EQUATIONS),
    (("Multi-Step Equations", "Equations with Variables on Both Sides"), _EQUATIONS),
    (("Writing Equations",), _EQUATIONS),
    (("Expressions", "Algebraic Expressions", "Writing Expressions"), _EXPRESSIONS),
    (("Evaluating Expressions", "Equivalent Expressions"), _EXPRESSIONS),
    (("Distributive Property",), (_A1 + "distributive_property",)),
    (("Combining Like Terms",), (_A1 + "combining_like_terms",)),
    (("Systems of Equations", "Systems of Linear Equations"), (_A1 + "systems_of_equations",)),
    (("Functions",), (_A1 + "functions",)),
    (
        ("Linear Functions", "Linear and Nonlinear Functions"),
        (_A1 + "linear_and_nonlinear_functions", _A1 + "equations_of_lines"),
    ),
    (
        ("Quadratic Functions", "Graphing Quadratic Functions"),
        (_A2 + "quadratic_functions_and_parabolas", _A1 + "solving_quadratic_equations"),
    ),
    (("Solving Quadratic Equations", "Quadratic Formula"), (_A1 + "solving_quadratic_equations",)),
    (
        ("Exponential Functions", "Exponential Growth and Decay"),
        (_A1 + "exponential_growth_and_decay",),
    ),
    (
        ("Polynomials", "Adding and Subtracting Polynomials", "Multiplying Polynomials"),
        (_A1 + "polynomials",),
    ),
    (("Exponent Rules", "Laws of Exponents", "Properties of Exponents"), (_A1 + "exponent_rules",)),
    (("Logarithms",), (_A2 + "logarithms",)),
    (("Complex Numbers",), (_A2 + "complex_numbers",)),
    (("Absolute Value Equations", "Absolute Value Functions"), (_A2 + "absolute_value_equations",)),
    (("Arithmetic Sequences", "Geometric Sequences", "Sequences"), (_A2 + "sequences_and_series",)),
    (("Inverse Functions",), (_A2 + "inverse_functions",)),
    (("Simplifying Radicals", "Radicals"), (_A2 + "radicals_and_rational_exponents",)),
    (("Rational Expressions",), (_A2 + "rational_expressions",)),
    (("Completing the Square",), (_A2 + "completing_the_square",)),
    (("Distance Formula", "Midpoint Formula"), (_G + "coordinate_geometry",)),
)
BRIDGE_TOPICS |= {name: ids for names, ids in _K12_TOPICS for name in names}

_CODE = re.compile(r"^.*?\.(?=[A-Z][a-z]|\d-)")
_REVIEW = re.compile(r"\s*\(Review\).*$")


def topic_name(lesson_topic: str) -> str:
    """'4.2A.Place Value (Review) - 1' -> 'Place Value'."""
    return _REVIEW.sub("", _CODE.sub("", lesson_topic.strip(), count=1)).strip()


def _key(name: str) -> str:
    """A topic name as compared: case, '&' and plurals aside ("Dot Plot" is "Dot Plots")."""
    return " ".join(tokenize(name.replace("&", " and ")))


_BY_KEY = {_key(name): ids for name, ids in BRIDGE_TOPICS.items()}


def topic_concepts(lesson_topic: str) -> frozenset[str] | None:
    """The KB concepts that stand for a lesson topic (several topics may be joined by ';')."""
    found = [_BY_KEY.get(_key(topic_name(part))) for part in lesson_topic.split(";")]
    known = [ids for ids in found if ids]
    return frozenset(i for ids in known for i in ids) if known else None
