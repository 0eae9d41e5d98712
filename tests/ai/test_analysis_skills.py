"""Skills read from the numbers a lesson works with, when its words name none."""

from __future__ import annotations

from companion.ai.offline.analysis import analyze


def kb_ids(text: str) -> list[str]:
    return [c.kb_id for c in analyze(text, subject_hint="Math").concepts[:5]]


def test_numbers_with_a_decimal_point_are_decimal_work() -> None:
    text = (
        "Tutor: Marty saved 16.50 in May and 12.95 in July.\n"
        "Tutor: Which month did he save less?\n"
        "Student: 12.95\n"
        "Tutor: Yes, 12.95 < 16.50.\n"
    )
    assert "elementary_math.decimals" in kb_ids(text)


def test_a_price_in_dollars_and_cents_is_not_decimal_work() -> None:
    text = "Tutor: A pen costs $1.50 and a pad $2.25. What is the total?\nStudent: $3.75\n"
    assert "elementary_math.decimals" not in kb_ids(text)


def test_a_product_taken_away_from_the_part_being_divided_is_long_division() -> None:
    text = (
        "Tutor: Next, we have to multiply 7 and 24.\n"
        "Tutor: What is the product of 24 and 7?\n"
        "Student: 168\n"
        "Tutor: We need to write 168 below 175.\n"
        "Tutor: What is 175 - 168 = ?\n"
        "Student: 7\n"
    )
    assert "elementary_math.long_division" in kb_ids(text)


def test_taking_away_a_number_that_is_no_product_is_not_long_division() -> None:
    text = (
        "Tutor: We have to multiply 7 and 24.\n"
        "Student: 168\n"
        "Tutor: What is 175 - 160 = ?\n"
        "Student: 15\n"
    )
    assert "elementary_math.long_division" not in kb_ids(text)


def test_the_size_of_a_matrix_is_not_multiplication() -> None:
    from companion.ai.offline.skills import arithmetic_turns

    assert arithmetic_turns(["Find the determinant of the 3x3 matrix."]) == {}
    assert arithmetic_turns(["What is 3x3?"]) == {"Multiplication": [0]}


def test_a_squared_term_in_parentheses_is_algebra_but_a_squared_unit_is_not() -> None:
    from companion.ai.offline.notationskills import notation_skills

    assert "algebra_1.polynomials" in notation_skills(["Graph (x^2)/(16)+(y^2)/(36)=1."])
    assert "algebra_1.polynomials" not in notation_skills(["The room is 12 (m^2)."])


def test_asking_how_many_of_one_unit_are_in_another_is_unit_conversion() -> None:
    text = (
        "Tutor: How many seconds are in one minute?\n"
        "Student: 50 seconds\n"
        "Tutor: Not quite. There are 60 seconds in one minute.\n"
    )
    assert "elementary_math.measurement_and_unit_conversion" in kb_ids(text)
