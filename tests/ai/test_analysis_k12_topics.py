"""K-12 lessons the dev set has few or none of (Texas TEKS grades 1-8, Algebra I and II,
Geometry): the question a tutor asks in such a lesson names its concept.

Every snippet here is written for this test in the way chat tutors write (a short problem,
one question, a wrong answer); the lesson's concept must be among the top five.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.evals._topics import topic_concepts

LESSONS = [
    (
        "statistics.basic_probability",
        "Tutor: A bag has 3 red marbles and 5 blue marbles.\nTutor: What is the probability of picking a red marble?\nStudent: 3/5",
    ),
    (
        "statistics.basic_probability",
        "Tutor: A spinner has 4 equal sections.\nTutor: What is the probability of landing on green?\nStudent: 1/2",
    ),
    (
        "statistics.basic_probability",
        "Tutor: You roll a number cube once.\nTutor: What are the chances of rolling an even number?\nStudent: 3 out of 6",
    ),
    (
        "elementary_math.personal_financial_literacy",
        "Tutor: Maria earns $20 a week walking dogs.\nTutor: She wants to save half of her income.\nTutor: How much money does she save each week?\nStudent: 15",
    ),
    (
        "elementary_math.personal_financial_literacy",
        "Tutor: Is a new video game a need or a want?\nStudent: a need",
    ),
    (
        "elementary_math.personal_financial_literacy",
        "Tutor: Let's make a budget.\nTutor: Your income is $500 and your expenses are $420.\nTutor: How much is left to save?\nStudent: 100",
    ),
    (
        "pre_algebra.simple_interest",
        "Tutor: Sam deposits $200 in a savings account that earns 5% simple interest per year.\nTutor: How much interest does he earn in 3 years?\nStudent: 10",
    ),
    (
        "elementary_math.personal_financial_literacy",
        "Tutor: What is the difference between a debit card and a credit card?\nStudent: a credit card uses your money",
    ),
    (
        "statistics.data_displays",
        "Tutor: Look at the dot plot.\nTutor: How many students read 4 books?\nStudent: 5",
    ),
    (
        "statistics.data_displays",
        "Tutor: In the stem and leaf plot, what number does 3 | 5 show?\nStudent: 8",
    ),
    (
        "statistics.data_displays",
        "Tutor: Use the frequency table.\nTutor: How many students have 2 pets?\nStudent: 7",
    ),
    (
        "statistics.quartiles_and_box_plots",
        "Tutor: What is the median of the box plot?\nStudent: 12",
    ),
    (
        "geometry.similar_triangles",
        "Tutor: The two rectangles are similar.\nTutor: What is the scale factor from the small one to the big one?\nStudent: 3",
    ),
    (
        "geometry.pythagorean_theorem",
        "Tutor: A right triangle has legs 6 and 8.\nTutor: How long is the hypotenuse?\nStudent: 14",
    ),
    (
        "geometry.pythagorean_theorem",
        "Tutor: Use a^2 + b^2 = c^2.\nTutor: What is 6 squared plus 8 squared?\nStudent: 28",
    ),
    (
        "pre_algebra.scientific_notation",
        "Tutor: Write 45,000 in scientific notation.\nStudent: 45 x 10^3",
    ),
    (
        "pre_algebra.scientific_notation",
        "Tutor: What is 3.2 x 10^4 in standard form?\nStudent: 3200",
    ),
    (
        "algebra_1.slope",
        "Tutor: What is the slope of the line through (1, 2) and (3, 6)?\nStudent: 4",
    ),
    (
        "algebra_1.slope",
        "Tutor: The table shows the cost of tickets.\nTutor: What is the rate of change?\nStudent: 2",
    ),
    (
        "geometry.transformations",
        "Tutor: Triangle ABC moves 3 units to the right.\nTutor: Which transformation is this?\nStudent: a reflection",
    ),
    (
        "geometry.transformations",
        "Tutor: The figure is turned 90 degrees clockwise around the origin.\nTutor: Is this a translation, a reflection or a rotation?\nStudent: translation",
    ),
    (
        "geometry.transformations",
        "Tutor: The figure is dilated by a scale factor of 2.\nTutor: What are the new coordinates of point A?\nStudent: (2, 3)",
    ),
    ("pre_algebra.integer_operations", "Tutor: What is -7 + 4?\nStudent: -11"),
    ("pre_algebra.integer_operations", "Tutor: What is -3 times -5?\nStudent: -15"),
    (
        "pre_algebra.proportions",
        "Tutor: Is the relationship between x and y proportional?\nTutor: Look at y/x for each row.\nStudent: yes",
    ),
    (
        "pre_algebra.proportions",
        "Tutor: What is the constant of proportionality in y = 4x?\nStudent: x",
    ),
    (
        "geometry.volume_and_surface_area",
        "Tutor: Find the surface area of the cube with side 3 cm.\nStudent: 27",
    ),
    (
        "geometry.volume_and_surface_area",
        "Tutor: Look at the net of the rectangular prism.\nTutor: What is the area of all the faces together?\nStudent: 52",
    ),
    (
        "elementary_math.two_and_three_dimensional_shapes",
        "Tutor: How many faces does a cube have?\nStudent: 8",
    ),
    (
        "geometry.circumference_and_area_of_circles",
        "Tutor: The radius is 5 inches.\nTutor: What is the circumference?\nStudent: 10",
    ),
    (
        "geometry.circumference_and_area_of_circles",
        "Tutor: What is the area of a circle with diameter 10?\nStudent: 31.4",
    ),
    (
        "geometry.angle_relationships",
        "Tutor: Angles A and B are supplementary.\nTutor: If angle A is 70 degrees, what is angle B?\nStudent: 20",
    ),
    (
        "geometry.angle_relationships",
        "Tutor: Two angles are complementary. One is 35 degrees. What is the other?\nStudent: 145",
    ),
    (
        "geometry.angle_relationships",
        "Tutor: What do you know about vertical angles?\nStudent: they add to 180",
    ),
    ("algebra_1.linear_inequalities", "Tutor: Solve the inequality 2x + 3 > 11.\nStudent: x > 7"),
    (
        "algebra_1.linear_inequalities",
        "Tutor: x is greater than 4.\nTutor: Do we use an open circle or a closed circle on the number line?\nStudent: closed",
    ),
    ("algebra_1.linear_equations", "Tutor: Solve x + 7 = 15.\nStudent: 22"),
    ("algebra_1.linear_equations", "Tutor: What is the value of x in 3x - 4 = 11?\nStudent: 3"),
    (
        "pre_algebra.algebraic_expressions",
        "Tutor: Write an expression for 5 more than a number n.\nStudent: 5n",
    ),
    (
        "statistics.measures_of_center",
        "Tutor: The scores are 4, 6, 8 and 10.\nTutor: What is the mean?\nStudent: 8",
    ),
    (
        "statistics.standard_deviation",
        "Tutor: Find the mean absolute deviation of the data.\nStudent: 2",
    ),
    (
        "elementary_math.even_and_odd_numbers",
        "Tutor: Is 15 an even number or an odd number?\nStudent: even",
    ),
    (
        "elementary_math.number_patterns",
        "Tutor: What is the next number in the pattern 3, 6, 9, 12?\nStudent: 14",
    ),
    ("elementary_math.fraction_basics", "Tutor: Which is greater, 2/3 or 3/4?\nStudent: 2/3"),
    (
        "geometry.triangle_and_polygon_angle_sums",
        "Tutor: Two angles of a triangle are 50 and 60 degrees.\nTutor: What is the third angle?\nStudent: 80",
    ),
    ("geometry.congruent_triangles", "Tutor: Are the two triangles congruent?\nStudent: no"),
    (
        "algebra_1.systems_of_equations",
        "Tutor: Solve the system y = 2x and x + y = 9.\nStudent: x = 4",
    ),
    (
        "algebra_1.solving_quadratic_equations",
        "Tutor: What are the solutions of x^2 - 9 = 0?\nStudent: 9",
    ),
    (
        "algebra_1.exponential_growth_and_decay",
        "Tutor: A population doubles every year. Is this exponential growth or linear?\nStudent: linear",
    ),
    ("algebra_1.functions", "Tutor: If f(x) = 2x + 1, what is f(3)?\nStudent: 6"),
    ("algebra_1.equations_of_lines", "Tutor: What is the y-intercept of y = 3x + 5?\nStudent: 3"),
    (
        "geometry.area_of_plane_figures",
        "Tutor: What is the area of the trapezoid with bases 4 and 6 and height 2?\nStudent: 20",
    ),
    (
        "geometry.volume_and_surface_area",
        "Tutor: What is the volume of the cone with radius 3 and height 4?\nStudent: 36",
    ),
    ("pre_algebra.integer_operations", "Tutor: What is the absolute value of -8?\nStudent: -8"),
    ("pre_algebra.percents", "Tutor: What is 20% of 50?\nStudent: 5"),
    (
        "pre_algebra.percent_increase_and_decrease",
        "Tutor: A shirt costs $20 and the sales tax is 8%.\nTutor: How much is the tax?\nStudent: 1.6",
    ),
    (
        "pre_algebra.ratios",
        "Tutor: There are 4 boys and 6 girls.\nTutor: What is the ratio of boys to girls?\nStudent: 6:4",
    ),
    (
        "elementary_math.measurement_and_unit_conversion",
        "Tutor: The thermometer shows 72 degrees Fahrenheit.\nTutor: How much warmer is it than 65 degrees?\nStudent: 5",
    ),
    (
        "elementary_math.measurement_and_unit_conversion",
        "Tutor: How many ounces are in 2 pounds?\nStudent: 16",
    ),
    (
        "pre_algebra.exponents_and_square_roots",
        "Tutor: What is the square root of 64?\nStudent: 32",
    ),
    ("pre_algebra.exponents_and_square_roots", "Tutor: What is 2 to the 5th power?\nStudent: 10"),
    (
        "pre_algebra.prime_factorization",
        "Tutor: What is the prime factorization of 24?\nStudent: 4 x 6",
    ),
    (
        "pre_algebra.gcf_and_lcm",
        "Tutor: What is the greatest common factor of 12 and 18?\nStudent: 3",
    ),
    (
        "algebra_2.sequences_and_series",
        "Tutor: What is the common difference of the arithmetic sequence 5, 9, 13?\nStudent: 5",
    ),
    ("algebra_2.logarithms", "Tutor: What is log base 2 of 8?\nStudent: 4"),
    ("algebra_2.complex_numbers", "Tutor: What is i squared?\nStudent: 1"),
    (
        "geometry.parallel_lines_and_transversals",
        "Tutor: The parallel lines are cut by a transversal.\nTutor: Angle 1 is 110 degrees. What is its corresponding angle?\nStudent: 70",
    ),
    (
        "pre_algebra.proportions",
        "Tutor: On the map, 1 inch is 50 miles.\nTutor: How far apart are two towns that are 3 inches apart on the map?\nStudent: 53",
    ),
    (
        "elementary_math.area_and_perimeter",
        "Tutor: What is the perimeter of a square with side 5?\nStudent: 25",
    ),
    (
        "statistics.basic_probability",
        "Tutor: There are 10 cards numbered 1 to 10.\nTutor: If you pick one card, how likely is it that you get a 7?\nStudent: very likely",
    ),
    (
        "statistics.basic_probability",
        "Tutor: We flip a coin 20 times and get heads 12 times.\nTutor: What is the experimental probability of heads?\nStudent: 12/8",
    ),
    (
        "elementary_math.personal_financial_literacy",
        "Tutor: Jake sells lemonade for $1 a cup and spends $5 on lemons.\nTutor: He sells 12 cups. What is his profit?\nStudent: 12",
    ),
    (
        "elementary_math.personal_financial_literacy",
        "Tutor: Which one is a way to pay using money from your checking account?\nStudent: credit card",
    ),
    (
        "pre_algebra.simple_interest",
        "Tutor: Ana borrows $1,000 at 4% interest per year.\nTutor: How much interest will she pay after 2 years?\nStudent: 40",
    ),
    (
        "statistics.data_displays",
        "Tutor: The dot plot shows the number of pets.\nTutor: What is the most common number of pets?\nStudent: 3",
    ),
    (
        "geometry.similar_triangles",
        "Tutor: Triangle ABC is similar to triangle DEF.\nTutor: AB is 4 and DE is 12. What is the scale factor?\nStudent: 8",
    ),
    (
        "geometry.pythagorean_theorem",
        "Tutor: The ladder is the hypotenuse of a right triangle.\nTutor: What is the length of the ladder?\nStudent: 10 feet",
    ),
    (
        "pre_algebra.scientific_notation",
        "Tutor: Write 0.00052 in scientific notation.\nStudent: 52 x 10^-5",
    ),
    ("algebra_1.slope", "Tutor: Find rise over run for the line on the graph.\nStudent: 2/3"),
    (
        "geometry.transformations",
        "Tutor: The shape was flipped over the y-axis.\nTutor: What transformation is that?\nStudent: rotation",
    ),
    (
        "pre_algebra.integer_operations",
        "Tutor: The temperature was -5 and it dropped 8 more degrees.\nTutor: What is -5 - 8?\nStudent: 3",
    ),
    (
        "pre_algebra.proportions",
        "Tutor: Does the graph show a proportional relationship?\nStudent: no because it goes up",
    ),
    (
        "geometry.volume_and_surface_area",
        "Tutor: What is the surface area of a rectangular prism that is 2 by 3 by 4?\nStudent: 24",
    ),
    (
        "geometry.circumference_and_area_of_circles",
        "Tutor: Use 3.14 for pi.\nTutor: What is the area if the radius is 2?\nStudent: 6.28",
    ),
    (
        "geometry.angle_relationships",
        "Tutor: Angle 1 and angle 2 form a linear pair.\nTutor: Angle 1 is 130. What is angle 2?\nStudent: 230",
    ),
    (
        "algebra_1.linear_inequalities",
        "Tutor: You need at least 15 points to win.\nTutor: Write an inequality for this.\nStudent: x < 15",
    ),
    (
        "algebra_1.linear_equations",
        "Tutor: To get x by itself, what inverse operation do we use in x - 9 = 4?\nStudent: subtract",
    ),
    ("pre_algebra.algebraic_expressions", "Tutor: Evaluate 4n + 3 when n = 2.\nStudent: 45"),
    (
        "statistics.measures_of_center",
        "Tutor: Put the numbers 7, 2, 9, 4, 5 in order.\nTutor: Which number is the median?\nStudent: 9",
    ),
    (
        "elementary_math.even_and_odd_numbers",
        "Tutor: Can 7 cubes be put into pairs with none left over?\nTutor: So is 7 an even number?\nStudent: yes",
    ),
    (
        "elementary_math.number_patterns",
        "Tutor: Look at 5, 10, 15, 20.\nTutor: What is the rule for the pattern?\nStudent: add 10",
    ),
    (
        "elementary_math.two_and_three_dimensional_shapes",
        "Tutor: How many edges does a rectangular prism have?\nStudent: 6",
    ),
    (
        "geometry.congruent_triangles",
        "Tutor: Figures with the same size and shape are called what?\nStudent: similar\nTutor: They are congruent.",
    ),
    (
        "elementary_math.personal_financial_literacy",
        "Tutor: Lily gets an allowance of $10 a week.\nTutor: She wants to buy a $30 toy. How many weeks must she save?\nStudent: 2",
    ),
    (
        "geometry.triangle_and_polygon_angle_sums|geometry.congruent_triangles|elementary_math.two_and_three_dimensional_shapes",
        "Tutor: Can the side lengths 3, 4 and 9 make a triangle?\nTutor: Remember the two shorter sides must add to more than the longest side.\nStudent: yes",
    ),
    (
        "elementary_math.addition_and_subtraction_with_regrouping",
        "Tutor: 3 + 5 = 8 is in the fact family.\nTutor: What subtraction fact is in the same fact family?\nStudent: 8 + 3",
    ),
    (
        "elementary_math.multiplication_facts",
        "Tutor: The array has 4 rows of 6 dots.\nTutor: How many dots are there?\nStudent: 10",
    ),
    (
        "statistics.basic_probability",
        "Tutor: You flip a coin and roll a number cube.\nTutor: How many outcomes are in the sample space?\nStudent: 8",
    ),
    (
        "geometry.triangle_and_polygon_angle_sums",
        "Tutor: The exterior angle of the triangle is 120 degrees.\nTutor: The two remote interior angles are equal. What is each one?\nStudent: 30",
    ),
    (
        "elementary_math.bar_graphs_and_pictographs|statistics.data_displays|pre_algebra.percents",
        "Tutor: The circle graph shows how students get to school.\nTutor: What percent of students walk?\nStudent: 40",
    ),
    (
        "pre_algebra.percent_increase_and_decrease",
        "Tutor: The meal costs $40 and you leave a 15% tip.\nTutor: How much is the tip?\nStudent: 4",
    ),
    (
        "pre_algebra.percent_increase_and_decrease|pre_algebra.percents",
        "Tutor: A salesperson earns a 5% commission on $600 of sales.\nTutor: How much is the commission?\nStudent: 50",
    ),
    (
        "statistics.data_displays",
        "Tutor: Look at the histogram.\nTutor: How many students scored between 80 and 89?\nStudent: 4",
    ),
    (
        "statistics.quartiles_and_box_plots",
        "Tutor: In the box and whisker plot, what is the upper quartile?\nStudent: 20",
    ),
    (
        "pre_algebra.integer_operations",
        "Tutor: Start at -2 on the number line and move 5 to the right.\nTutor: Where do you land?\nStudent: -7",
    ),
    (
        "algebra_1.functions",
        "Tutor: What is the domain of the function shown in the table?\nStudent: 2, 4, 6",
    ),
    (
        "algebra_2.quadratic_functions_and_parabolas",
        "Tutor: What is the vertex of the parabola y = (x - 2)^2 + 3?\nStudent: (-2, 3)",
    ),
    (
        "algebra_2.polynomial_functions|algebra_1.solving_quadratic_equations|algebra_1.factoring_quadratics",
        "Tutor: What are the zeros of f(x) = (x - 1)(x + 4)?\nStudent: 1 and 4",
    ),
    (
        "geometry.coordinate_geometry",
        "Tutor: What is the midpoint of the segment from (2, 4) to (6, 8)?\nStudent: (8, 12)",
    ),
    (
        "elementary_math.lines_and_angles|geometry.angle_relationships|geometry.geometric_proofs",
        "Tutor: Ray BD bisects angle ABC.\nTutor: If angle ABC is 80 degrees, what is angle ABD?\nStudent: 160",
    ),
    (
        "elementary_math.place_value",
        "Tutor: How many tens and how many ones are in 47?\nStudent: 7 tens and 4 ones",
    ),
    (
        "elementary_math.money",
        "Tutor: You have 3 quarters and 2 dimes.\nTutor: How much money is that?\nStudent: 85 cents",
    ),
    (
        "pre_algebra.unit_rates",
        "Tutor: 5 pounds of apples cost $10.\nTutor: What is the cost for 1 pound?\nStudent: 5",
    ),
    ("elementary_math.multiplying_fractions", "Tutor: What is 2/3 of 12?\nStudent: 6"),
    ("pre_algebra.percents", "Tutor: Write 3/4 as a percent.\nStudent: 34%"),
    ("algebra_1.linear_equations", "Tutor: Solve 5x + 2 = 3x + 10.\nStudent: x = 6"),
    (
        "algebra_1.systems_of_equations",
        "Tutor: Where do the lines y = x + 1 and y = -x + 5 intersect?\nStudent: (1, 2)",
    ),
    (
        "statistics.correlation_and_regression",
        "Tutor: Does the scatter plot show a positive or negative association?\nStudent: negative",
    ),
    (
        "statistics.correlation_and_regression",
        "Tutor: Use the trend line to predict the height at age 10.\nStudent: 40",
    ),
    (
        "statistics.sampling_and_study_design",
        "Tutor: Which sample is a random sample of the students in the school?\nStudent: the basketball team",
    ),
    (
        "pre_algebra.simple_interest",
        "Tutor: What is the simple interest on $500 at 3% for 4 years?\nStudent: 15",
    ),
    (
        "elementary_math.personal_financial_literacy",
        "Tutor: Why do people pay more when they use a credit card and do not pay it back on time?\nStudent: because of taxes",
    ),
    (
        "geometry.volume_and_surface_area",
        "Tutor: What is the volume of a sphere with radius 3?\nStudent: 27",
    ),
    (
        "elementary_math.area_and_perimeter|geometry.area_of_plane_figures",
        "Tutor: Split the L-shaped figure into two rectangles.\nTutor: What is the total area?\nStudent: 20",
    ),
    (
        "elementary_math.measuring_angles",
        "Tutor: Angle ABC is made of a 30 degree angle and a 45 degree angle.\nTutor: What is the measure of angle ABC?\nStudent: 15",
    ),
    (
        "pre_algebra.rational_and_irrational_numbers|elementary_math.comparing_and_ordering_numbers|pre_algebra.integer_operations",
        "Tutor: Order -1/2, 0.3 and -0.75 from least to greatest.\nStudent: 0.3, -1/2, -0.75",
    ),
    (
        "pre_algebra.rational_and_irrational_numbers",
        "Tutor: Is the square root of 5 rational or irrational?\nStudent: rational",
    ),
    (
        "algebra_1.linear_inequalities",
        "Tutor: Solve -2x + 4 < 10. Remember to flip the sign.\nStudent: x < -3",
    ),
    (
        "algebra_2.sequences_and_series|elementary_math.number_patterns",
        "Tutor: The first term is 4 and each term is 3 more than the one before.\nTutor: What is the 10th term?\nStudent: 34",
    ),
]


@pytest.mark.parametrize(("concept", "text"), LESSONS)
def test_a_k12_lesson_snippet_finds_its_concept(concept: str, text: str) -> None:
    """`concept` may name alternatives ("a|b") where the lesson fits either."""
    found = [c.kb_id for c in analyze(text, subject_hint="Math").concepts[:5]]
    assert set(concept.split("|")) & set(found), found


@pytest.mark.parametrize(
    ("lesson", "concept"),
    [
        ("8.6C.Pythagorean Theorem", "geometry.pythagorean_theorem"),
        ("7.6I.Probability of Simple Events (Review) - 1", "statistics.basic_probability"),
        ("6.12A.Dot Plot", "statistics.data_displays"),
        ("8.2C.Scientific notation", "pre_algebra.scientific_notation"),
        ("4.10B.Profit", "elementary_math.personal_financial_literacy"),
        ("8.10A.Transformations", "geometry.transformations"),
        ("A1.3B.Slope and Rate of Change", "algebra_1.slope"),
        ("7.11A.Two-Step Inequalities", "algebra_1.linear_inequalities"),
        ("2.7A.Even & Odd Numbers", "elementary_math.even_and_odd_numbers"),
    ],
)
def test_a_k12_lesson_name_maps_whatever_its_case_and_number(lesson: str, concept: str) -> None:
    assert concept in (topic_concepts(lesson) or ())


# grade 1-6 lessons named as a teacher files them, with a snippet of each
NAMED_LESSONS = [
    (
        "Fact Families",
        "Tutor: 4, 5 and 9 make a fact family.\nTutor: If 4 + 5 = 9, what is 9 - 5?\nStudent: 5",
    ),
    ("Capacity", "Tutor: Which holds more, a cup or a gallon?\nStudent: a cup"),
    ("Weight", "Tutor: Would you measure a dog in ounces or pounds?\nStudent: ounces"),
    (
        "Temperature",
        "Tutor: The thermometer reads 30 degrees. Is it hot or cold outside?\nStudent: hot",
    ),
    ("Multiplying Decimals", "Tutor: What is 0.4 x 0.2?\nStudent: 0.8"),
    ("Dividing Decimals", "Tutor: What is 4.5 divided by 0.5?\nStudent: 0.9"),
    ("Coins", "Tutor: How many nickels make a quarter?\nStudent: 4"),
    (
        "Input-Output Tables",
        "Tutor: The input is 3 and the output is 9. The input is 4 and the output is 12.\nTutor: What is the rule?\nStudent: add 6",
    ),
    ("Angles", "Tutor: Is a 120 degree angle acute or obtuse?\nStudent: acute"),
    (
        "Triangles",
        "Tutor: A triangle has 3 equal sides. What kind of triangle is it?\nStudent: right",
    ),
    ("Numerical Expressions", "Tutor: Evaluate 3 + 4 x 2.\nStudent: 14"),
    ("Divisibility Rules", "Tutor: Is 135 divisible by 5?\nStudent: no"),
    (
        "Ratios",
        "Tutor: There are 3 cats and 5 dogs. Write the ratio of cats to dogs.\nStudent: 5 to 3",
    ),
    (
        "Line Graphs",
        "Tutor: The line graph shows the temperature each hour.\nTutor: When was it the warmest?\nStudent: 9 am",
    ),
    ("Mixed Numbers", "Tutor: Write 7/2 as a mixed number.\nStudent: 2 1/2"),
    ("Skip Counting", "Tutor: Skip count by 5s: 5, 10, 15, what comes next?\nStudent: 25"),
    ("Tens and Ones", "Tutor: How many tens are in 63?\nStudent: 3"),
    (
        "Ordering Fractions",
        "Tutor: Order 1/2, 1/4 and 3/4 from least to greatest.\nStudent: 3/4, 1/2, 1/4",
    ),
    (
        "Making Change",
        "Tutor: You pay with $5 for a $3.25 toy. How much change do you get?\nStudent: $2.25",
    ),
    (
        "Time",
        "Tutor: The clock shows the hour hand at 3 and the minute hand at 6. What time is it?\nStudent: 6:15",
    ),
]


@pytest.mark.parametrize(("lesson", "text"), NAMED_LESSONS)
def test_a_named_grade_school_lesson_finds_a_concept_its_name_states(
    lesson: str, text: str
) -> None:
    accepted = topic_concepts(f"3.1A.{lesson}")
    found = [c.kb_id for c in analyze(text, subject_hint="Math").concepts[:5]]
    assert accepted and accepted & set(found), found
