"""What a tutor reading the analysis would call false, on sessions it was not tuned on: an
inverse step of an equation names no arithmetic skill and "Solve 4y = 28" is an order, no key
point, nor is "We are asked to round ..."; when the tutor's reply only asks, the fix is the tutor's later word on the same idea, or
the right answer that redoes that step (not the next step's result); "on the right lines" draws
no line; "you have already found ..." is feedback, no key point; "Yes, I am doing it in my
head" tells about the student, no misconception; "should the part change now?" pays out no
money and the side of an equation is no side of a shape."""

from __future__ import annotations

from companion.ai.offline.analysis import analyze
from companion.ai.schemas import TranscriptAnalysis

ARITHMETIC = {
    "elementary_math.long_division",
    "elementary_math.multiplication_facts",
    "elementary_math.addition_and_subtraction_with_regrouping",
    "elementary_math.multi_step_word_problems",
}


def points(result: TranscriptAnalysis) -> list[str]:
    return [p for c in result.concepts for p in c.key_points]


def struggles(result: TranscriptAnalysis) -> list[str]:
    return [m for c in result.concepts for m in c.misconceptions]


def kb_ids(text: str) -> set[str]:
    return {c.kb_id or "" for c in analyze(text).concepts}


def test_inverse_steps_of_an_equation_name_no_arithmetic_skill() -> None:
    text = (
        "Tutor: Solve 4y = 28 for y.\n"
        "Student: I take away 4 from both, so y = 24.\n"
        "Tutor: Not quite. The 4 multiplies y, so we divide both sides by 4 to undo it.\n"
        "Student: Dividing by 4, y = 7.\n"
        "Tutor: Yes, well done.\n"
    )
    ids = {c.kb_id for c in analyze(text).concepts}
    assert "algebra_1.linear_equations" in ids
    assert not ids & ARITHMETIC, ids


def test_an_order_to_solve_the_problem_is_no_key_point() -> None:
    text = (
        "Tutor: Solve 6k = 42 for k.\n"
        "Student: I would subtract 6, so k = 36.\n"
        "Tutor: Not quite. To undo multiplying by 6 we divide both sides by 6.\n"
        "Student: Dividing, so k = 7.\n"
        "Tutor: Yes, that is right.\n"
    )
    kept = points(analyze(text))
    assert kept and not any(p.lower().startswith("solve") for p in kept), kept


def test_a_later_tutor_word_on_the_wrong_idea_is_the_fix_not_the_next_steps_answer() -> None:
    text = (
        "Tutor: Nora's scarf cost $12. Mia's scarf cost the same as Nora's. Ben paid half of "
        "what Mia paid. How much did Ben pay?\n"
        "Student: Mia's scarf cost $24.\n"
        "Tutor: no, what did Nora pay?\n"
        "Student: Nora paid $12.\n"
        "Tutor: mia scarf cost the same as nora\n"
        "Student: Mia's scarf cost $12 too.\n"
        "Tutor: and Ben?\n"
        "Student: Ben paid half of $12, which is $6.\n"
        "Tutor: Yes, that is right.\n"
    )
    lines = struggles(analyze(text))
    assert lines and "$24" in lines[0], lines
    fix = lines[0].split("the fix was")[-1]
    assert "mia scarf cost the same as nora" in fix and "$6" not in fix, lines


def test_the_fix_from_later_answers_redoes_the_same_step() -> None:
    text = (
        "Tutor: A farm has 4 pens with 6 hens each and 5 more hens outside. How many hens?\n"
        "Student: The pens hold 4 + 6 = 10 hens, so there are 15 hens.\n"
        "Tutor: Can you look at the pens again?\n"
        "Student: The hens outside are 5.\n"
        "Tutor: Yes, that's right.\n"
        "Student: The pens hold 4 x 6 = 24 hens.\n"
        "Tutor: Yes, that's right. And the total?\n"
        "Student: 24 + 5 = 29 hens.\n"
        "Tutor: Great work.\n"
    )
    lines = struggles(analyze(text))
    assert lines and "4 + 6 = 10" in lines[0], lines
    assert "4 x 6 = 24" in lines[0].split("fix was")[-1], lines


def test_on_the_right_lines_draws_no_line() -> None:
    text = (
        "Tutor: A shelf holds 48 books. A sixth are comics and 3 more are atlases. Sam reads "
        "neither. How many books are left for Sam?\n"
        "Student: 48 - 6 = 42 books are left for Sam.\n"
        "Tutor: That is on the right lines, but a sixth of 48 books is 8 books, not 6 books.\n"
        "Student: 48 - 8 = 40 books.\n"
        "Tutor: You are along the right lines again, and the 3 atlases come off the 40 books too.\n"
        "Student: 40 - 3 = 37 books are left for Sam.\n"
        "Tutor: Correct.\n"
    )
    ids = {c.kb_id for c in analyze(text).concepts}
    assert ids and "elementary_math.lines_and_angles" not in ids, ids


def test_what_the_student_already_found_is_feedback_not_a_key_point() -> None:
    text = (
        "Tutor: Ann has 3 bags of 8 apples and gives away 5. How many are left?\n"
        "Student: 3 x 8 = 24 apples, and 24 + 5 = 29 are left.\n"
        "Tutor: Now, you have worked out the number of apples correctly.\n"
        "Tutor: But you already got 24 apples by multiplying 3 by 8, and giving away takes "
        "apples off.\n"
        "Student: So 24 - 5 = 19 apples are left.\n"
        "Tutor: Yes, that's right.\n"
    )
    kept = points(analyze(text))
    assert not any("you have worked out" in p or "you already got" in p for p in kept), kept


def test_a_yes_about_what_the_student_does_is_no_misconception() -> None:
    text = (
        "Tutor: Pens cost $3 each and a pad costs $4. What do 4 pens and a pad cost?\n"
        "Student: 4 x 3 + 4 = 15, so $15.\n"
        "Tutor: Not quite. Are you working it out in your head?\n"
        "Student: Yes, I am doing it all in my head so I go faster.\n"
        "Tutor: Then slow down a little. 4 x 3 = 12 and 12 + 4 = 16.\n"
        "Student: So it is $16.\n"
        "Tutor: That's right.\n"
    )
    lines = struggles(analyze(text))
    assert lines and not any("in my head" in line for line in lines), lines


def test_a_part_that_should_change_pays_out_no_money() -> None:
    text = (
        "Tutor: A jar has 30 beads and a fifth of them are red. How many are not red?\n"
        "Student: A fifth of 30 is 5, so 25 are not red.\n"
        "Tutor: Not quite. 30 divided by 5 is 6, so shouldn't the red part change now?\n"
        "Student: Yes, 6 are red, so 30 - 6 = 24 are not red.\n"
        "Tutor: That's right.\n"
    )
    ids = {c.kb_id for c in analyze(text).concepts}
    assert ids and "elementary_math.money" not in ids, ids


def test_the_side_of_an_equation_is_no_side_of_a_shape() -> None:
    text = (
        "Tutor: Ella is 4 years older than Max, and together they are 20. How old is Max?\n"
        "Student: m + m + 4 = 20, so 2m = 16 and m = 8.\n"
        "Tutor: Right. The right side of the equation was 20 and the left side had 2m + 4.\n"
        "Student: So the left side of the equation is 2m + 4 = 20 and Max is 8.\n"
        "Tutor: Yes, well done.\n"
    )
    ids = {c.kb_id for c in analyze(text).concepts}
    assert ids and "elementary_math.two_and_three_dimensional_shapes" not in ids, ids
    both = text.replace("So the left side", "Taking 4 from both sides of the equation, the left")
    assert "algebra_1.linear_equations" in kb_ids(both), both


def test_what_the_question_asks_is_the_task_not_a_key_point() -> None:
    text = (
        "Tutor: We are asked to round 2,468 to the nearest thousand.\n"
        "Student: 3,000\n"
        "Tutor: Not quite. To round to the nearest thousand we look at the hundreds digit, "
        "and 4 is less than 5, so we round down to 2,000.\n"
        "Student: 2,000\n"
        "Tutor: Correct!\n"
    )
    kept = points(analyze(text))
    assert kept and not any("asked to" in p for p in kept), kept
