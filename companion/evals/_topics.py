"""Which knowledge-base concepts stand for a Bridge lesson topic or an OpenStax course.

Written once from the topic names (what a teacher would file the lesson under), not tuned
per example: a topic maps to the KB concept(s) that teach it, and to each concept its name
states outright ("Adding and Subtracting Decimals" is decimals and addition/subtraction,
"Multiplicative Comparisons" is multiplication, "Metric Conversions and Word Problems" is
conversion and word problems, "Ordering Rational Numbers" is rational numbers).
"""

from __future__ import annotations

import re

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

# the KB subjects whose material each course's chapters cover
COURSE_SUBJECTS: dict[str, frozenset[str]] = {
    # chapter 1 reviews arithmetic; 3.4 is geometry applications
    "OpenStax: Elementary Algebra": frozenset(
        {"elementary_math", "pre_algebra", "algebra_1", "algebra_2", "geometry"}
    ),
    # chapter 1 reviews pre-algebra, with 1.3 fractions and 1.4 decimals (which the KB files
    # under elementary_math); 11.1 is distance, midpoint and circles
    "OpenStax: Intermediate Algebra": frozenset(
        {"elementary_math", "pre_algebra", "algebra_1", "algebra_2", "precalculus", "geometry"}
    ),
    # chapter 1 (prerequisites) is real numbers, order of operations, exponents and
    # scientific notation (pre_algebra in the KB); 2.1 is the distance and midpoint formulas
    # (geometry); chapter 9 ends with counting and probability
    "OpenStax: College Algebra": frozenset(
        {"pre_algebra", "algebra_1", "algebra_2", "precalculus", "geometry", "statistics"}
    ),
    # chapters 5-8 are trigonometry (5.1 arc length and sector area, which the KB files under
    # geometry), 11 counting and probability, 12 limits and derivatives
    "OpenStax: Pre-Calculus": frozenset(
        {
            "algebra_1",
            "algebra_2",
            "precalculus",
            "trigonometry",
            "geometry",
            "statistics",
            "calculus",
        }
    ),
    # chapter 1 reviews functions (1.1 domain and range, 1.2 slope and linear functions),
    # trigonometric, exponential and logarithmic functions: the KB files functions, slope
    # and exponential functions under algebra_1 and logarithms under algebra_2
    "OpenStax: Calculus Volume 1": frozenset(
        {"calculus", "precalculus", "trigonometry", "algebra_1", "algebra_2"}
    ),
    # 12.1 is linear equations y = a + bx, their slope and y-intercept (algebra_1 in the KB)
    "OpenStax: Introductory Stats": frozenset({"statistics", "algebra_1"}),
    "OpenStax: University Physics": frozenset({"physics"}),
    "OpenStax: College Physics": frozenset({"physics"}),
}

_CODE = re.compile(r"^.*?\.(?=[A-Z][a-z]|\d-)")
_REVIEW = re.compile(r"\s*\(Review\).*$")


def topic_name(lesson_topic: str) -> str:
    """'4.2A.Place Value (Review) - 1' -> 'Place Value'."""
    return _REVIEW.sub("", _CODE.sub("", lesson_topic.strip(), count=1)).strip()


def topic_concepts(lesson_topic: str) -> frozenset[str] | None:
    """The KB concepts that stand for a lesson topic (several topics may be joined by ';')."""
    found = [BRIDGE_TOPICS.get(topic_name(part)) for part in lesson_topic.split(";")]
    known = [ids for ids in found if ids]
    return frozenset(i for ids in known for i in ids) if known else None
