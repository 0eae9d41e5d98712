"""Which knowledge-base subjects an OpenStax course covers (written once from its chapters)."""

from __future__ import annotations

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
