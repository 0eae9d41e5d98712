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
from companion.evals._k12topics import K12_TOPICS
from companion.evals._kbids import (
    A1,
    ADD_SUB,
    AREA,
    COMPARE,
    COORD,
    DECIMALS,
    DIV,
    FRACTIONS,
    GRAPHS,
    LINES,
    MULT,
    RATIONAL,
    ROUNDING,
    SHAPES,
    UNITS,
    VOLUME,
    WORD,
    E,
    G,
    P,
    S,
)

BRIDGE_TOPICS: dict[str, tuple[str, ...]] = {
    "Addition & Subtraction Properties": (E + "properties_of_operations", *ADD_SUB),
    "Length": (E + "measuring_length",),
    "Measuring Length": (E + "measuring_length",),
    "Length Problems": (E + "measuring_length", *WORD),
    "Place Value": (E + "place_value",),
    "Expanded Notation": (E + "place_value",),
    "Counting Numbers": (E + "place_value", E + "comparing_and_ordering_numbers"),
    "Addition and Subtraction Facts": ADD_SUB,
    "Addition and Subtraction Within 100": ADD_SUB,
    "Adding Whole Numbers": ADD_SUB,
    "Subtracting Whole Numbers": ADD_SUB,
    "Adding Multi-Digit Numbers": ADD_SUB,
    "Subtracting Multi-Digit Numbers": ADD_SUB,
    "Money": (E + "money",),
    "Foundations of Multiplication": MULT,
    "Understanding Multiplication": MULT,
    "Properties of Multiplication": (*MULT, E + "properties_of_operations"),
    "Multiplying Multi-Digit by One-Digit Numbers": MULT,
    "Multiplying Two-Digit by Two-Digit Numbers": MULT,
    "Multiplying Whole Numbers": MULT,
    "Multiples of Ten": (*MULT, E + "place_value"),
    "2- and 3-Dimensional Shapes": SHAPES,
    "Classify 3D Figures": SHAPES,
    "Classifying 2D Figures": SHAPES,
    "Polygons": SHAPES,
    "Quadrilaterals": SHAPES,
    "Area by Counting": AREA,
    "Shapes and Area": (*AREA, *SHAPES),
    "Area with side lengths": AREA,
    "Concept of Area": AREA,
    "Unit Squares": AREA,
    "Area": AREA,
    "Perimeter": AREA,
    "Decomposing Figures": AREA,
    "Areas of Triangles": AREA,
    "Areas by Decomposition": AREA,
    "Bar Graphs": GRAPHS,
    "Pictographs": GRAPHS,
    "Line Plots with Fractions": (*GRAPHS, *FRACTIONS),
    "Fraction Concepts": FRACTIONS,
    "Fractions on a Number Line": FRACTIONS,
    "Understanding Equivalent Fractions": FRACTIONS,
    "Convert Fractions to Decimal Form": (*FRACTIONS, *DECIMALS),
    "Adding and Subtracting Fractions": (E + "adding_and_subtracting_fractions",),
    "Adding and Subtracting Mixed Numbers": (E + "adding_and_subtracting_fractions",),
    "Multipying Mixed Numbers": (E + "multiplying_fractions",),
    "Estimating Products of Fractions": (E + "multiplying_fractions", *ROUNDING),
    "Word Problems with Fractions": (*WORD, E + "multiplying_fractions", *FRACTIONS),
    "Word Problems with Mixed Numbers": (*WORD, E + "multiplying_fractions", *FRACTIONS),
    "Two-Step Word Problems": WORD,
    "Addition and Subtraction Word Problems": (*WORD, *ADD_SUB),
    "Multiplication and Division Word Problems": (*WORD, *MULT, *DIV),
    "Word Problems with Multiplication": (*WORD, *MULT),
    "Word Problems with Division": (*WORD, *DIV),
    "Rounding Whole Numbers": ROUNDING,
    "Rounding": ROUNDING,
    "Estimation": ROUNDING,
    "Estimate Solutions to Division Problems": (*ROUNDING, *DIV),
    "Understanding Division": DIV,
    "Relating Division to Multiplication": (*DIV, *MULT),
    "Unknown Numbers in Division": DIV,
    "Dividing Using Equations": DIV,
    "Dividing with Remainders": DIV,
    "Multi-Digit Division with Two-Digit Divisors": DIV,
    "Using Time": (E + "telling_time",),
    "Converting Units of Measure": UNITS,
    "Metric Conversions and Word Problems": (*UNITS, *WORD),
    "Standard Conversions": UNITS,
    "Word Problems with Standard Measurement": (*UNITS, *WORD),
    "Prime and Composite Numbers": (P + "prime_factorization", E + "factors_and_multiples"),
    "Factors and Multiples": (E + "factors_and_multiples", P + "gcf_and_lcm"),
    "Comparing Decimals": (*DECIMALS, COMPARE),
    "Comparing Decimal Numbers": (*DECIMALS, COMPARE),
    "Decimal Numbers": DECIMALS,
    "Rounding Decimal Numbers": (*DECIMALS, *ROUNDING),
    "Adding and Subtracting Decimal Numbers": (*DECIMALS, *ADD_SUB),
    "Adding and Subtracting Decimals": (*DECIMALS, *ADD_SUB),
    "Comparing Whole Numbers": (COMPARE,),
    "Multiplicative Comparisons": (E + "multiplicative_comparison", E + "multiplication_facts"),
    "Geometric Lines": LINES,
    "Symmetry": (E + "symmetry",),
    "Measuring Angles": (E + "measuring_angles",),
    "Simple Expressions": (P + "algebraic_expressions", P + "order_of_operations"),
    "Simple Expression": (P + "algebraic_expressions", P + "order_of_operations"),
    "Order of Operations": (P + "order_of_operations",),
    "Solving with Order of Operations": (P + "order_of_operations",),
    "Understanding Volume": VOLUME,
    "Volume of Rectangular Prisms": VOLUME,
    "Volume of Composite Rectangular Prisms": VOLUME,
    "Using the Volume Formula": VOLUME,
    "Volumes of Prisms": VOLUME,
    "Volume of Cylinders": (G + "volume_and_surface_area",),
    "Graphing on a Coordinate Grid": COORD,
    "Creating and Graphing Ordered Pairs": COORD,
    "Graphing Points on the Coordinate Plane": COORD,
    "Mean and Median": (S + "measures_of_center",),
    "Range and Deviation": (S + "measures_of_center", S + "standard_deviation"),
    "Ordering Rational Numbers": (P + "integer_operations", COMPARE, RATIONAL),
    "Divide Two Fractions": (P + "dividing_fractions",),
    "Dividing Fractions": (P + "dividing_fractions",),
    "Concept of Ratios": (P + "ratios",),
    "Multi-Step Ratios": (P + "ratios", P + "proportions", *WORD),
    "Understanding Percents": (P + "percents",),
    "Vocabulary of Algebra": (P + "algebraic_expressions",),
    "Additive Inverses": (P + "integer_operations", P + "properties_of_real_numbers"),
    "Adding Rational Numbers": (P + "integer_operations", RATIONAL),
    "Applying Properties of Operations": (
        E + "properties_of_operations",
        A1 + "distributive_property",
    ),
    "Identify Unit Rate": (P + "unit_rates",),
    "Unit Rates": (P + "unit_rates",),
    "Percent Change": (P + "percent_increase_and_decrease", P + "percents"),
    "Proportional Relationship Graphs": (P + "proportions",),
    "Reflections": (G + "transformations",),
    "What is Slope?": (A1 + "slope",),
    "Relationships of Functions": (A1 + "functions", A1 + "linear_and_nonlinear_functions"),
    "Intro to Functions": (A1 + "functions", A1 + "linear_and_nonlinear_functions"),
    "Factoring Polynomials": (A1 + "factoring_quadratics", A1 + "polynomials"),
}

BRIDGE_TOPICS |= {name: ids for names, ids in K12_TOPICS for name in names}

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
