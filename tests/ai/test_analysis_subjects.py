"""Subject decision by weighted evidence: level from notation, sciences that compute."""

from __future__ import annotations

from companion.ai.offline.analysis import analyze


def test_a_particle_moving_in_metres_per_second_is_physics_though_it_computes() -> None:
    text = (
        "Tutor: A cart moves at a constant velocity of 4 (m)/(s) along a track. "
        "What is its displacement after 6 s?\n"
        "Student: 4 x 6 = 24, so 24 m\n"
        "Tutor: Right: displacement is velocity times time, 4 x 6 = 24 m.\n"
    )
    assert analyze(text).subject == "Physics"


def test_signed_numbers_in_the_work_rule_out_grade_school() -> None:
    text = (
        "Tutor: Multiply the fractions (-3/4) * (2/5) and simplify.\n"
        "Student: I think it is -6/20 = -3/10\n"
        "Tutor: Yes, -3/10. The numerator times the numerator, the denominator times the "
        "denominator, and a negative times a positive is negative.\n"
    )
    assert analyze(text).subject != "Elementary Math"


def test_long_division_of_polynomials_is_not_grade_school_long_division() -> None:
    text = (
        "Tutor: Use long division to divide (x^3-3x^2+5x-6)/(x-2). Give the quotient and "
        "the remainder.\n"
        "Student: Quotient: x^2-x+3, Remainder: 0\n"
        "Tutor: First divide the leading term of the dividend by the leading term of the "
        "divisor.\n"
    )
    assert analyze(text).subject in {"Algebra I", "Algebra II", "Precalculus"}


def test_function_notation_inside_a_derivative_is_calculus_not_algebra() -> None:
    text = (
        "Tutor: For the function g(x)=(2)/(x), find g′(b), where b=3.\n"
        "Student: I think it is (-2)/(9)\n"
        "Tutor: The derivative of the function g(x) at b is the limit lim_x->b of "
        "(g(x)-g(b))/(x-b).\n"
    )
    assert analyze(text).subject == "Calculus"


def test_probability_notation_makes_a_computation_statistics() -> None:
    text = (
        "Tutor: A coin lands heads with 0.5 and a die shows six with 1/6. "
        "Find P(A and B) if A and B are independent.\n"
        "Student: I think it is 0.5 x 1/6 = 1/12\n"
        "Tutor: Yes, P(A and B) = P(A) x P(B) = 1/12.\n"
    )
    assert analyze(text).subject == "Statistics and Probability"


def test_a_determinant_explained_with_add_and_multiply_is_not_grade_school() -> None:
    text = (
        "Tutor: Find the determinant of the 2x2 matrix with rows 3 1 and 4 2.\n"
        "Student: I think it is 2\n"
        "Tutor: Multiply the entries down the first diagonal, then subtract the product "
        "of the entries up the other diagonal: 3 times 2 minus 1 times 4.\n"
    )
    assert analyze(text).subject != "Elementary Math"


def test_a_science_computing_with_measured_quantities_keeps_its_weight() -> None:
    from companion.ai.kb import load_kb
    from companion.ai.offline.subjects import dominant_subject, measured_sciences

    kb = load_kb()
    scores = {"physics.kinematics": 2.0, "precalculus.vectors": 1.8}
    texts = ["A cart is 2.0 km west at t = 0", "and 5.0 km east at 6.0 min."]
    measured = measured_sciences(kb, scores, texts)
    assert measured == {"physics"}
    assert measured_sciences(kb, scores, ["2.0 apples", "5 pears"]) == set()
    chosen = dominant_subject(
        kb, scores, set(), set(), mathy=True, algebraic=False, technical=frozenset(measured)
    )
    assert chosen is not None and chosen.id == "physics"


def test_a_word_problem_in_km_without_physics_terms_stays_math() -> None:
    text = (
        "Tutor: Sam runs 3 km on Monday and 4 km on Tuesday. How far does he run in all?\n"
        "Student: 3 + 4 = 7 km\n"
        "Tutor: Yes, 7 km in all.\n"
    )
    assert analyze(text).subject != "Physics"


def test_one_problem_stating_its_measured_quantities_at_once_is_physics() -> None:
    text = (
        "Tutor: A 1200 kg car pulls a camper. What is the force in the hitch if 75% of the "
        "resisting forces are on the camper?\n"
        "Student: I think it is 900\n"
        "Tutor: Find the resisting force on the camper first.\n"
    )
    assert analyze(text).subject == "Physics"


def test_percents_in_a_probability_problem_are_its_language_not_its_topic() -> None:
    text = (
        "Tutor: Binomial Distributions. 35% of the seeds in a packet sprout and 65% do not. "
        "What would a success be in this case?\n"
        "Student: I think it is a seed that sprouts\n"
        "Tutor: A success is the outcome the binomial random variable counts.\n"
    )
    assert analyze(text).subject == "Statistics and Probability"


def test_an_inequality_on_a_variable_rules_out_grade_school() -> None:
    text = (
        "Tutor: Illustrate the addition property for inequalities by solving n-8<13\n"
        "Student: I think it is n<21\n"
        "Tutor: The addition property: if a<b, then a+c<b+c\n"
    )
    assert analyze(text).subject == "Algebra I"
    system = (
        "Tutor: Is (2,-1) a solution to the system 2x+y>1, x-3y leq 6?\n"
        "Student: I think it is Yes\n"
        "Tutor: Plug the x and y values into each one.\n"
    )
    assert analyze(system).subject == "Algebra I"


def test_eulers_e_to_a_power_is_an_exponential_function_not_decimals() -> None:
    text = (
        "Tutor: Calculate e^-1.2. Round to four decimal places.\n"
        "Student: I think it is 0.3012\n"
        "Tutor: Use the e^x key of the calculator.\n"
    )
    assert analyze(text).subject not in {"Elementary Math", "Pre-Algebra"}


def test_increasing_and_decreasing_read_from_a_graph_is_not_calculus() -> None:
    text = (
        "Tutor: Determine the intervals on which h(x)=2(x-3)^2+1 is increasing and "
        "decreasing.\n"
        "Student: I think it is increasing on (3,infty); decreasing on (-infty,3)\n"
        "Tutor: The vertex is at x=3; look at the horizontal shift.\n"
    )
    assert analyze(text).subject != "Calculus"


def test_a_typed_integral_is_calculus() -> None:
    text = (
        "Tutor: Solve this initial value problem. int x^(-2) \\,dx, f(1)=2. y=___?\n"
        "Student: I think it is 3-1/x\n"
        "Tutor: First integrate, then use f(1)=2 to find C.\n"
    )
    assert analyze(text).subject == "Calculus"


def test_counting_selections_is_statistics_not_test_prep() -> None:
    text = (
        "Tutor: A club has 9 members. How many ways can you select a committee of 4 when "
        "the order is not important?\n"
        "Student: I think it is 126\n"
        "Tutor: This is a combination: 9 choose 4.\n"
    )
    assert analyze(text).subject == "Statistics and Probability"


def test_a_half_life_model_is_an_exponential_function() -> None:
    text = (
        "Tutor: A drug has a half-life of 6 hours. If a patient takes 400 mg, how much "
        "remains after 18 hours?\n"
        "Student: I think it is 50\n"
        "Tutor: Three half-lives pass: 400 * (1/2)^3 = 50 mg.\n"
    )
    assert analyze(text).subject not in {"Elementary Math", "Pre-Algebra", "Earth Science"}


def test_weights_choose_between_subjects_but_do_not_erase_the_evidence() -> None:
    from companion.ai.kb import load_kb
    from companion.ai.offline.subjects import dominant_subject

    kb = load_kb()
    # coins in a system of equations: grade school and test prep are both discounted, yet
    # the session plainly is math and must not fall through to "no clear topic"
    scores = {"elementary_math.money": 3.8, "sat_math.systems_of_equations_in_word_problems": 2.2}
    chosen = dominant_subject(kb, scores, set(), set(), mathy=False, algebraic=True)
    assert chosen is not None and chosen.area == "math"
    assert (
        dominant_subject(
            kb, {"elementary_math.money": 0.6}, set(), set(), mathy=False, algebraic=True
        )
        is None
    )


SYSTEMS = (
    "Tutor: Solving systems of equations in word problems: adult tickets cost 5 dollars and "
    "child tickets 3 dollars; 10 tickets cost 38 dollars. How many adult tickets?\n"
    "Student: 4 adult tickets\n"
    "Tutor: Right, 5a + 3c = 38 and a + c = 10.\n"
)


def test_test_prep_material_is_the_school_subjects_unless_the_test_is_named() -> None:
    plain = analyze(SYSTEMS)
    assert plain.subject == "Algebra I"
    assert plain.concepts[0].kb_id == "algebra_1.systems_of_equations"
    assert analyze(SYSTEMS, subject_hint="SAT Math").subject == "SAT Math"
    assert analyze(SYSTEMS.replace("Solving", "For the SAT, solving")).subject == "SAT Math"


def test_a_word_problem_is_math_whatever_its_setting() -> None:
    text = (
        "Tutor: Dana runs a dog-walking business. She charges $15 a walk and her monthly "
        "expenses are $300. She wants to put at least $600 a month into her savings account. "
        "How many walks must she do each month?\n"
        "Student: I think it is 60\n"
        "Tutor: First write an inequality for her monthly income after expenses.\n"
    )
    assert analyze(text).subject not in ("Economics", "Personal Finance")


def test_the_same_setting_without_written_math_keeps_its_own_subject() -> None:
    text = (
        "Tutor: What does blood pressure measure in the cardiovascular system?\n"
        "Student: how hard the blood pushes on the artery walls\n"
        "Tutor: Yes. The ventricle contracts and pushes blood into the arteries.\n"
    )
    assert analyze(text).subject == "Anatomy & Physiology"


def test_a_number_problem_set_up_as_an_equation_is_linear_equations() -> None:
    text = (
        "Tutor: The sum of two numbers is 30. One number is six more than the other. What "
        "are the numbers?\n"
        "Student: I think it is 12 and 18\n"
        "Tutor: Set up the equation first: call the smaller number n, so n + (n + 6) = 30.\n"
    )
    result = analyze(text)
    assert "algebra_1.linear_equations" in [c.kb_id for c in result.concepts]
