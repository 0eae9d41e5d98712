"""Key points from the tutor's feedback on a question: the sentence that teaches after "Not
quite." often names no term of the concept ("range(3) starts at 0 and stops before 3."), yet
it is about the concept the question was on. Such a sentence is a point of that concept when
the concept has no point of its own; bare praise, plans for the next session and feedback
far from the question stay out.

Written for this module in the way tutors write, before the engine read feedback this way:
4 of 10 failed on the engine before (the biology, chemistry and both loop cases); the others
guard what must not change (bare praise, plans, far feedback, the student's own working, and
a planted mistake, added with the guard that keeps it out).
"""

from __future__ import annotations

from companion.ai.offline.analysis import analyze


def _points(text: str, subject: str = "") -> dict[str, list[str]]:
    return {c.name: c.key_points for c in analyze(text, subject_hint=subject).concepts}


def _all_points(text: str, subject: str = "") -> list[str]:
    return [p for points in _points(text, subject).values() for p in points]


def test_a_correction_that_names_no_term_is_a_point_of_the_questions_concept() -> None:
    text = (
        "Tutor: Let's warm up with a for loop. What does for i in range(3): print(i) show?\n"
        "Student: 1 2 3\n"
        "Tutor: Not quite. range(3) starts at 0 and stops before 3, so it prints 0 1 2.\n"
        "Student: oh ok\n"
    )
    points = _points(text, "Intro to Programming (Python)")
    assert any("starts at 0" in p for p in points.get("For loops", [])), points


def test_the_feedback_on_a_while_loop_question_is_a_while_loop_point() -> None:
    text = (
        "Tutor: Now a while loop: what happens with n = 3 and while n > 0: print(n)?\n"
        "Student: it prints 3 2 1\n"
        "Tutor: Careful, nothing changes n, so the condition stays true forever.\n"
        "Student: so I need n = n - 1\n"
        "Tutor: Exactly.\n"
    )
    points = _points(text, "Intro to Programming (Python)")
    assert any("condition stays true" in p for p in points.get("While loops", [])), points


def test_feedback_in_biology_teaches_the_questions_concept() -> None:
    text = (
        "Tutor: Let's review mitosis. How many daughter cells does it make?\n"
        "Student: four\n"
        "Tutor: Not quite. One division gives two identical cells with the full set of chromosomes.\n"
        "Student: ah two then\n"
        "Tutor: Yes.\n"
    )
    points = _points(text, "Biology")
    mitosis = [p for name, found in points.items() if "Mitosis" in name for p in found]
    assert any("two identical cells" in p for p in mitosis), points


def test_feedback_on_a_fraction_question_is_a_point_of_adding_fractions() -> None:
    text = (
        "Tutor: Let's add fractions. What is 1/3 + 1/6?\n"
        "Student: 2/9\n"
        "Tutor: Not quite. Thirds have to become sixths first: 1/3 is 2/6, and 2/6 + 1/6 = 3/6.\n"
        "Student: so 3/6 which is 1/2\n"
        "Tutor: That's right!\n"
    )
    points = _all_points(text, "Math")
    assert any("Thirds have to become sixths" in p for p in points), points


def test_feedback_in_history_teaches_the_questions_concept() -> None:
    text = (
        "Tutor: Today is the causes of World War I. What event started the war in 1914?\n"
        "Student: the sinking of the Lusitania\n"
        "Tutor: Not quite. The assassination of Archduke Franz Ferdinand in Sarajevo set it off.\n"
        "Student: right, the archduke\n"
    )
    points = _all_points(text, "History")
    assert any("Franz Ferdinand" in p for p in points), points


def test_feedback_in_chemistry_teaches_the_questions_concept() -> None:
    text = (
        "Tutor: Let's balance chemical equations. How do you balance H2 + O2 -> H2O?\n"
        "Student: change H2O to H2O2\n"
        "Tutor: No, subscripts never change; only the numbers in front of each formula do.\n"
        "Student: so 2H2 + O2 -> 2H2O\n"
        "Tutor: Perfect.\n"
    )
    points = _points(text, "Chemistry")
    assert any(
        "subscripts never change" in p.lower()
        for p in points.get("Balancing chemical equations", [])
    ), points


def test_bare_praise_after_a_question_is_no_point() -> None:
    text = (
        "Tutor: How would you add up a list of numbers in Python?\n"
        "Student: make total = 0 and loop over the list adding each number to total\n"
        "Tutor: Great job, that's the accumulator pattern.\n"
    )
    points = _all_points(text, "Intro to Programming (Python)")
    assert not any("Great job" in p for p in points), points


def test_a_plan_for_the_next_session_is_no_point() -> None:
    text = (
        "Tutor: What is the slope of y = 3x + 2?\n"
        "Student: 3\n"
        "Tutor: That's right, the slope is the number in front of x.\n"
        "Tutor: We'll graph a few lines next time.\n"
    )
    points = _all_points(text, "Algebra I")
    assert not any("next time" in p for p in points), points


def test_a_carried_point_never_replaces_the_students_confirmed_working() -> None:
    text = (
        "Tutor: How many moles are in 36 grams of water?\n"
        "Student: The molar mass of water is 18 grams per mole, so 36 divided by 18 is 2 moles.\n"
        "Tutor: Perfect. Keep that in mind for later.\n"
        "Tutor: That one was quick, nice.\n"
    )
    points = _all_points(text, "Chemistry")
    assert any("36 divided by 18" in p for p in points), points


def test_feedback_far_from_any_question_is_not_carried() -> None:
    text = (
        "Tutor: What does for i in range(4) print?\n"
        "Student: 0 1 2 3\n"
        "Tutor: Yes.\n"
        "Student: can I get some water\n"
        "Tutor: Sure, go ahead.\n"
        "Student: back\n"
        "Tutor: My dog was barking at the mailman all morning.\n"
    )
    points = _all_points(text, "Intro to Programming (Python)")
    assert not any("dog" in p for p in points), points


def test_a_planted_mistake_in_the_feedback_is_no_point() -> None:
    text = (
        "Tutor: Let's practise for loops. How many times does for i in range(4) run?\n"
        "Student: 4 times\n"
        "Tutor: Yes. I once said it starts at 1 and ends at 4. Can you spot my error?\n"
        "Student: it starts at 0\n"
        "Tutor: Right.\n"
    )
    points = _all_points(text, "Intro to Programming (Python)")
    assert not any("starts at 1" in p for p in points), points
