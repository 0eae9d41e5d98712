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
