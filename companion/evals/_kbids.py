"""The knowledge-base concept ids the lesson-topic tables use, in groups a topic name states."""

from __future__ import annotations

E, P, A1, G, S = "elementary_math.", "pre_algebra.", "algebra_1.", "geometry.", "statistics."

ADD_SUB = (E + "addition_and_subtraction_with_regrouping",)
MULT = (E + "multiplication_facts", E + "multi_digit_multiplication")
DIV = (E + "long_division",)
SHAPES = (E + "two_and_three_dimensional_shapes", E + "quadrilaterals")
AREA = (E + "area_and_perimeter", G + "area_of_plane_figures")
DECIMALS = (E + "decimals",)
FRACTIONS = (E + "fraction_basics",)
ROUNDING = (E + "rounding_and_estimation",)
UNITS = (E + "measurement_and_unit_conversion",)
VOLUME = (E + "volume_of_rectangular_prisms", G + "volume_and_surface_area")
WORD = (E + "multi_step_word_problems",)
GRAPHS = (E + "bar_graphs_and_pictographs",)
COORD = (E + "coordinate_grid",)
LINES = (E + "lines_and_angles",)
COMPARE = E + "comparing_and_ordering_numbers"
RATIONAL = P + "rational_and_irrational_numbers"
A2 = "algebra_2."
PROB = (S + "basic_probability",)
FINANCE = (E + "personal_financial_literacy",)
INTEGERS = (P + "integer_operations",)
EQUATIONS = (A1 + "linear_equations",)
INEQUALITIES = (A1 + "linear_inequalities",)
EXPRESSIONS = (P + "algebraic_expressions",)
CIRCLES = (G + "circumference_and_area_of_circles",)
SOLIDS = (G + "volume_and_surface_area",)
MOVES = (G + "transformations",)
CENTER = (S + "measures_of_center",)
