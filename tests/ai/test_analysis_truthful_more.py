"""More of what a tutor reading the analysis would call false or unhelpful, on sessions it was
not tuned on: an order, a step left to compute or feedback on the answer is no key point; the
same wrong result given again is one misconception, and its fix is what fixed it (not the
praise, not the part the tutor confirmed, not a restated fact of the problem); "you may have
misunderstood", "does she actually ...?", "that seems a bit high" correct, while "how many
days do you need to count?" and a look back at a mistake already fixed judge nothing; "I did
it", "i dont no" and how the student feels answer nothing; and one unit of a quantity, "change
your answer", "less than the tickets" or "the formula for the volume" ground no lesson."""

from __future__ import annotations

from companion.ai.offline.analysis import analyze
from companion.ai.offline.attempts import find_attempts
from companion.ai.offline.transcripts import parse_transcript
from companion.ai.offline.verdicts import reaction
from companion.ai.schemas import TranscriptAnalysis


def points(result: TranscriptAnalysis) -> list[str]:
    return [p for c in result.concepts for p in c.key_points]


def struggles(result: TranscriptAnalysis) -> list[str]:
    return [m for c in result.concepts for m in c.misconceptions]


def kb_ids(text: str, hint: str = "") -> set[str]:
    return {c.kb_id or "" for c in analyze(text, subject_hint=hint).concepts}


# -- key points: facts covered, never orders, open steps, feedback or questions ---------------

STICKERS = (
    "Teacher: Walk me through how you found the stickers Noor has left.\n"
    "Student: She had 40 stickers and gave away 12, so 40 - 12 = 28. Then she got 9 more, "
    "so 28 + 9 = 37. Then she gave away 12, so 37 - 12 = 25.\n"
    "Teacher: You are giving away the 12 stickers twice. Then add 9 to this.\n"
    "Student: 28 + 9 = 37 stickers.\n"
    "Teacher: Don't take away the 12 stickers again at the end. So 28 + 9 =\n"
    "Student: So Noor has 28 + 9 = 37 stickers left.\n"
    "Teacher: Yes, Noor has 37 stickers left. Well done!\n"
)


def test_orders_open_steps_and_feedback_are_no_key_points() -> None:
    found = points(analyze(STICKERS))
    assert found, "the confirmed result is still a point"
    assert not any("twice" in p or "add 9 to this" in p for p in found), found
    assert not any(p.startswith("Don't") or p.rstrip().endswith("=") for p in found), found
    method = (
        "Tutor: To find the area of a rectangle we multiply the length by the width.\n"
        "Tutor: What is the area of a rectangle 6 cm long and 4 cm wide?\n"
        "Student: 6 x 4 = 24 square cm\n"
        "Tutor: Correct, well done!\n"
    )
    stated = points(analyze(method, subject_hint="Math"))
    assert any("multiply the length by the width" in p for p in stated), stated


def test_a_question_without_its_mark_and_the_task_are_no_key_points() -> None:
    text = (
        "Tutor: Here we need to find how many marbles Ravi has now.\n"
        "Student: I think he has 14 marbles because 9 + 5 = 14.\n"
        "Tutor: Imagine you are collecting shells on a beach.\n"
        "Tutor: If you had 9 shells and found 5 more how many would you have\n"
        "Student: 9 + 5 = 14 shells\n"
        "Tutor: Great, that is correct. Ravi has 9 + 5 = 14 marbles too.\n"
    )
    found = points(analyze(text))
    assert not any("how many would you have" in p for p in found), found
    assert not any(p.startswith(("Here we need", "Imagine")) for p in found), found


def test_the_same_fact_said_again_is_one_key_point() -> None:
    text = (
        "Tutor: A square has four equal sides and four right angles.\n"
        "Tutor: Is this shape a square?\n"
        "Student: yes because all the sides are equal and the angles are right angles\n"
        "Tutor: Great thinking, so just like we said before, a square has four equal sides and "
        "four right angles.\n"
    )
    found = points(analyze(text, subject_hint="Math"))
    assert sum("four equal sides" in p for p in found) == 1, found


# -- misconceptions: one per wrong idea, with the fix that fixed it ---------------------------


def test_the_same_wrong_result_given_again_is_one_misconception() -> None:
    text = (
        "Teacher: How many legs do 4 chairs and 2 stools have if a stool has 3 legs?\n"
        "Student: 4 x 4 = 16 and 2 x 3 = 6, so 16 - 6 = 10 legs.\n"
        "Teacher: Not quite, we need all the legs together.\n"
        "Student: Oh I see, so the chairs have 16 and the stools have 6 and I take them away "
        "to get 16 - 6 = 10 legs in the room.\n"
        "Teacher: No, check the operation again.\n"
        "Student: 16 + 6 = 22 legs.\n"
        "Teacher: Yes, well done.\n"
    )
    assert len(struggles(analyze(text))) == 1, struggles(analyze(text))


def test_the_fix_from_a_later_answer_is_its_result_not_its_preamble() -> None:
    text = (
        "Teacher: Talk me through your answer.\n"
        "Student: The bakery sells 120 muffins in a week. Each box holds 6 muffins. "
        "So it needs 120 x 6 = 720 boxes for the week.\n"
        "Teacher: Not quite. Do we multiply when we put muffins into boxes?\n"
        "Student: Oh, yes, you're right. The bakery sells 120 muffins in a week and each box "
        "holds 6 muffins, so the muffins are shared into boxes of 6. So it needs 120 / 6 = 20 "
        "boxes for the week.\n"
        "Teacher: Perfect, well done.\n"
    )
    lines = struggles(analyze(text))
    assert lines and "120 / 6 = 20 boxes" in lines[0], lines
    assert (
        "you're right" not in lines[0]
        and "sells 120 muffins in a week" not in lines[0].split("fix was")[-1]
    )


def test_the_part_the_tutor_confirmed_or_praised_is_no_fix() -> None:
    confirmed = (
        "Teacher: Solve 3(x + 2) = 27.\n"
        "Student: 3(x + 2) = 27, so x + 2 = 9. Then I subtract 6 to get x = 3.\n"
        "Teacher: okay so x + 2 = 9. that is correct. but then should you not subtract 2?\n"
        "Student: Yes, subtracting 2 gives x = 7.\n"
        "Teacher: Excellent.\n"
    )
    praised = (
        "Teacher: How much older is Mia than Leo?\n"
        "Student: Mia is 5 years older than Ana, and Ana is 2 years older than Leo, so Mia "
        "is 3 years older than Leo.\n"
        "Teacher: Drawing a number line for the ages is a great idea. Are you sure?\n"
        "Student: I am not sure.\n"
    )
    first = struggles(analyze(confirmed))
    assert first and "\u201cokay so x + 2 = 9.\u201d" not in first[0], first
    second = struggles(analyze(praised))
    assert second and "great idea" not in second[0], second


def test_a_fix_is_no_talk_about_repeating() -> None:
    text = (
        "Teacher: How many stamps did Omar buy?\n"
        "Student: He had 30, used 50 and has 5 left, so 30 + 50 - 5 = 75 and 75 - 30 = 45.\n"
        "Teacher: Does it make sense that he used 50 stamps if he only sent 40 letters?\n"
        "Student: No. So 30 + 50 - 5 = 75 and he bought 75 - 30 = 45 stamps.\n"
        "Teacher: Now you only repeated your previous calculation. He sent 40 letters with "
        "one stamp each.\n"
        "Student: So 40 + 5 - 30 = 15 stamps.\n"
        "Teacher: Perfect.\n"
    )
    lines = struggles(analyze(text))
    assert lines and not any("repeated" in line for line in lines), lines


def test_a_misconception_corrected_again_says_so() -> None:
    text = (
        "Teacher: What is 3/4 of 20?\n"
        "Student: 20 / 3 = 6.67\n"
        "Teacher: Not quite, divide by the bottom number.\n"
        "Student: 20 / 4 = 5\n"
        "Teacher: That's not all, check again.\n"
        "Student: 5 x 3 = 15 so it is 15\n"
    )
    lines = struggles(analyze(text))
    assert lines and lines[0].endswith(
        "It was corrected again later, and the last answer was not checked."
    ), lines


# -- how the tutor judged it ------------------------------------------------------------------


def test_implicit_corrections_correct() -> None:
    assert reaction("I think you may have misunderstood the question.") == "wrong"
    assert reaction("So how many times does he actually pay the fee?") == "wrong"
    assert reaction("That number seems a bit high, let's count one box first.") == "wrong"
    assert reaction("No, it shouldn't be that big.") == "wrong"
    assert reaction("The box is small and red.") is None


def test_a_question_about_what_to_count_judges_nothing() -> None:
    assert reaction("ok, so how many days do you need to count the pages for") is None
    assert reaction("Do you need to take the 5 away again?") == "wrong"


def test_a_look_back_question_alone_judges_nothing() -> None:
    text = (
        "Teacher: How many pens are left?\n"
        "Student: 30 - 12 - 6 = 12 pens left.\n"
        "Teacher: Can you see the mistake you made in your first answer?\n"
        "Student: Yes, I added the pens instead of taking them away at first.\n"
    )
    assert reaction("Can you see the mistake you made in your first answer?") is None
    assert not struggles(analyze(text))


def test_praise_then_the_next_fact_confirms() -> None:
    assert reaction("Good, well done. But Sara wants 10 more than double. What is double?") == (
        "right"
    )
    assert reaction("Good. But you forgot the 10 extra.") == "wrong"
    assert reaction("Yes, but you need to add the tax") == "wrong"


def test_done_dont_know_and_feelings_are_no_answers() -> None:
    turns = parse_transcript(
        "Tutor: What is the unit for the volume?\n"
        "Student: i did it\n"
        "Tutor: Plus 1 point for your try.\n"
        "Tutor: Why do we line up the decimal points?\n"
        "Student: i dont no\n"
        "Tutor: Good try. We line them up so tenths add to tenths.\n"
        "Tutor: How do you feel about your method?\n"
        "Student: I feel confident about my method and the operations I used.\n"
        "Tutor: Great! You just made one small error in the total.\n"
    ).turns
    judged = [a for a in find_attempts(turns) if a.outcome not in ("confused", "helped")]
    assert judged == [], judged
    assert any(a.outcome == "confused" for a in find_attempts(turns))


# -- concepts: a word in its everyday sense grounds no lesson --------------------------------


def test_one_unit_of_a_quantity_is_no_conversion_lesson() -> None:
    text = (
        "Teacher: Each sandwich uses 1 pound of ham. How many pounds for 6 sandwiches?\n"
        "Student: 6 x 1 = 6 pounds\n"
        "Teacher: Right. Ham costs $4 a pound, so what do 6 pounds cost?\n"
        "Student: 6 x 4 = 24 dollars\n"
        "Teacher: Well done.\n"
    )
    assert "elementary_math.measurement_and_unit_conversion" not in kb_ids(text)
    both = "Tutor: Which holds more, a cup or a gallon?\nStudent: a gallon\nTutor: Correct!\n"
    assert "elementary_math.measurement_and_unit_conversion" in kb_ids(both, "Math")


def test_everyday_change_less_than_and_formula_for_ground_nothing() -> None:
    windows = (
        "Teacher: How many windows are in 2 houses with 6 + 4 windows each?\n"
        "Student: 6 + 4 = 10 and 2 x 10 = 20 windows\n"
        "Teacher: Do you want to change your answer?\n"
        "Student: No, 20 windows.\n"
        "Teacher: Good, well done.\n"
    )
    assert "elementary_math.money" not in kb_ids(windows)
    snacks = (
        "Teacher: Juice costs 3.50 less than the sandwich, which costs 6.25. What is the juice?\n"
        "Student: 6.25 - 3.50 = 2.75\n"
        "Teacher: Correct!\n"
    )
    assert "elementary_math.comparing_and_ordering_numbers" not in kb_ids(snacks)
    prism = (
        "Tutor: What is the formula for the volume of a rectangular prism?\n"
        "Student: 12\n"
        "Tutor: Your answer is incorrect. It is length x width x height.\n"
    )
    assert "algebra_1.linear_equations" not in kb_ids(prism, "Math")
    making_change = (
        "Tutor: You pay $5 for a $3.25 toy. How much change do you get?\nStudent: $1.75\n"
    )
    assert "elementary_math.money" in kb_ids(making_change, "Math")


def test_an_answer_dropped_after_the_tutor_steers_away_was_wrong() -> None:
    text = (
        "Teacher: Tom drinks 5 glasses of water a day on weekdays, and 2 glasses of water and "
        "1 juice on each weekend day. How many glasses of water is that in a week?\n"
        "Student: 5 x 5 = 25 and 3 x 2 = 6, so 25 + 6 = 31 glasses.\n"
        "Teacher: We only count the water, not the juice.\n"
        "Student: 5 x 5 = 25 and 2 x 2 = 4, so 25 + 4 = 29 glasses.\n"
        "Teacher: Well done.\n"
    )
    result = analyze(text)
    assert any("31" in line for line in struggles(result)), struggles(result)
    assert "without corrections" not in result.summary
    next_step = (
        "Tutor: A box holds 6 eggs. How many eggs are in 4 boxes?\n"
        "Student: 6 x 4 = 24 eggs\n"
        "Tutor: Ana uses 5 eggs for a cake. How many are left?\n"
        "Student: 24 - 5 = 19 eggs\n"
        "Tutor: Correct!\n"
    )
    assert not struggles(analyze(next_step, subject_hint="Math"))


def test_a_working_label_is_no_speaker() -> None:
    text = (
        "Teacher: Write each week's savings and the total.\n"
        "Student: Week one: 10 + 5 = 15\n"
        "Week two: 15 + 5 = 20\n"
        "Total: 15 + 20 = 35\n"
        "Teacher: The total is what she has at the end, 20, not 35.\n"
        "Student: Week one: 10 + 5 = 15\n"
        "Total: 15 + 20 = 35\n"
    )
    turns = parse_transcript(text).turns
    assert [t.role for t in turns] == ["tutor", "student", "tutor", "student"]
    assert not any("15 + 20 = 35" in p for p in points(analyze(text)))


def test_what_the_student_said_or_wrote_is_feedback_not_a_key_point() -> None:
    text = (
        "Teacher: How many pages does Ali read on each of the 4 days left?\n"
        "Student: 36 - 12 = 24 and 24 / 4 = 6 pages a day.\n"
        "Teacher: You said he has 24 pages left, and that is right. Your first step in the "
        "solution is correct as well. We need to divide it.\n"
        "Student: 24 / 4 = 6 pages\n"
        "Teacher: Well done, 24 / 4 = 6 pages a day.\n"
    )
    found = points(analyze(text))
    assert found and not any(
        p.startswith(("You said", "Your first step", "We need")) for p in found
    )


def test_real_praise_then_try_the_whole_problem_again_confirms() -> None:
    assert reaction("Super work! Can you try again now, remembering that the part is 7?") == (
        "right"
    )
    assert reaction("Good try! Can you try again?") == "wrong"
    assert reaction("Nice, but can you try again?") == "wrong"


def test_a_result_the_tutor_states_is_the_fix() -> None:
    stated = (
        "Tutor: What is 7 + 8 + 9?\n"
        "Student: 7 + 8 + 9 = 23\n"
        "Tutor: It isn't, but I have to tell you now. The correct answer is 24.\n"
        "Student: ok 24\n"
    )
    worked = "Teacher: Tell me your answer.\nStudent: 33\nTeacher: 25 + 16 = 41 marbles\n"
    assert any(
        "The correct answer is 24." in m for m in struggles(analyze(stated, subject_hint="Math"))
    )
    assert any("25 + 16 = 41 marbles" in m for m in struggles(analyze(worked)))


def test_a_session_that_opens_on_a_correction_says_so() -> None:
    text = (
        "Tutor: You have made one small error: 15% of 80 is not 8. Could you try that part again?\n"
        "Student: 15% of 80 = 0.15 x 80 = 12, so the price is 80 - 12 = 68 dollars.\n"
        "Tutor: Well done, that is correct.\n"
    )
    summary = analyze(text, subject_hint="Math").summary
    assert "opens with the tutor correcting an earlier answer" in summary, summary
    assert "15% of 80 is not 8" in summary and "without corrections" not in summary
    told = (
        "Tutor: Please read the question carefully.\n"
        "Student: 15% of 80 = 0.15 x 80 = 12\n"
        "Tutor: Well done, that is correct.\n"
    )
    assert "opens with" not in analyze(told, subject_hint="Math").summary


def test_a_fraction_ending_a_stated_method_is_no_open_step() -> None:
    text = (
        "Tutor: Half of the 40 cards are red, and we need to multiply that by 1/3\n"
        "Tutor: How many red cards are multiples of 3?\n"
        "Student: 20 x 1/3 is about 6.67, so 6 cards\n"
        "Tutor: Correct, well done.\n"
        "Tutor: Then the red cards left over are 20 - 6\n"
    )
    found = points(analyze(text, subject_hint="Math"))
    assert any(p.endswith("by 1/3") for p in found), found
    assert not any(p.endswith("20 - 6") for p in found), found


# -- concepts the session did not work on ------------------------------------------------------

MUFFIN_BOXES = (
    "Tutor: A baker has 50 muffins and puts 6 in each box. How many boxes can she fill?\n"
    "Student: 50 / 6 = 8.33 boxes\n"
    "Tutor: Remember you can't have a fraction of a box. How many full boxes?\n"
    "Student: 8 boxes\n"
    "Tutor: Yes! And how many muffins are left over?\n"
    "Student: 50 - 48 = 2 muffins\n"
    "Tutor: Great job.\n"
)


def test_a_fraction_of_a_thing_is_no_fraction_lesson() -> None:
    assert "elementary_math.fraction_basics" not in kb_ids(MUFFIN_BOXES)
    # a fraction of a number still is one
    assert "elementary_math.fraction_basics" in kb_ids(
        "Tutor: What is a fraction of 12 if you take 1/3 of it?\n"
        "Student: 1/3 of 12 is 4\n"
        "Tutor: Yes, a fraction of 12: one third of 12 is 4.\n"
    )


RICE_BAGS = (
    "Tutor: Mia had 15 bags of rice. She sold 4 bags, then bought 2 bags, then sold 3. "
    "How many does she have?\n"
    "Student: 15 - 4 = 11, 11 - 2 = 9, 9 - 3 = 6\n"
    "Tutor: Not quite. She bought 2 bags, so you add them. You are taking away 2 bags twice.\n"
    "Student: 15 - 4 = 11, 11 + 2 = 13, 13 - 3 = 10\n"
    "Tutor: That's right, 10 bags.\n"
)


def test_doing_a_step_twice_is_no_multiplication() -> None:
    assert "elementary_math.multiplication_facts" not in kb_ids(RICE_BAGS)
    # "twice as many as 7" is a product
    assert "elementary_math.multiplication_facts" in kb_ids(
        "Tutor: Ben has 7 cards. Ava has twice as many as Ben. How many cards does Ava have?\n"
        "Student: twice as many as 7 is 14\n"
        "Tutor: Correct, Ava has 14 cards.\n"
    )


COOKIES = (
    "Tutor: 24 cookies are shared equally among 6 friends. How many cookies does each get?\n"
    "Student: 24 / 6 = 4\n"
    "Tutor: Correct! Each friend gets 4 cookies.\n"
    "Student: 4 cookies each\n"
    "Tutor: Well done.\n"
)


def test_a_one_step_division_is_no_long_division() -> None:
    assert "elementary_math.long_division" not in kb_ids(COOKIES)
    # a two-digit quotient is worked in steps
    assert "elementary_math.long_division" in kb_ids(
        "Tutor: 72 pencils are shared equally among 3 boxes. How many in each box?\n"
        "Student: 72 / 3 = 24\n"
        "Tutor: Correct! 24 pencils in each box.\n"
    )


# -- mastery: an answer is evidence for what its question asks ----------------------------------

STICKERS_GIVEN = (
    "Tutor: Mia has 20 stickers and gives 3/4 of them to her friend. Then she buys 8 more. "
    "How many stickers does she have? First, what is 3/4 of 20?\n"
    "Student: 12\n"
    "Tutor: Not quite, try again. What is 3/4 of 20?\n"
    "Student: 10\n"
    "Tutor: No, it is 15, because 1/4 of 20 is 5.\n"
    "Student: oh ok\n"
    "Tutor: Now how many does she have left? What is 20 - 15?\n"
    "Student: 5\n"
    "Tutor: Correct! And after she buys 8 more, what is 5 + 8?\n"
    "Student: 13\n"
    "Tutor: Right, she has 13 stickers.\n"
)


def test_an_answer_counts_for_the_concept_its_question_asks_about() -> None:
    by_id = {c.kb_id: c for c in analyze(STICKERS_GIVEN).concepts}
    fractions = by_id["elementary_math.fraction_basics"]
    adding = by_id["elementary_math.addition_and_subtraction_with_regrouping"]
    assert fractions.evidence == 2  # the two answers to "what is 3/4 of 20?", not "20 - 15"
    assert fractions.mastery_level < adding.mastery_level


DICE_MEAN = (
    "Tutor: Leo rolls a die 5 times and gets 2, 6, 3, 5 and 4. What is the mean of his rolls?\n"
    "Student: 2 + 6 + 3 + 5 + 4 = 20\n"
    "Tutor: Good, that is the total. Now what do you do with the total?\n"
    "Student: 20 / 5 = 4\n"
    "Tutor: Correct, rolling a die 5 times gave him a mean of 4.\n"
)


def test_dice_in_an_average_problem_ask_no_chance() -> None:
    found = kb_ids(DICE_MEAN)
    assert "statistics.basic_probability" not in found
    assert "statistics.measures_of_center" in found
    assert "statistics.basic_probability" in kb_ids(
        "Tutor: If you roll a die, what is the probability of rolling a 5?\n"
        "Student: 1 out of 6, so the probability is 1/6\n"
        "Tutor: Correct, each of the 6 outcomes is equally likely.\n"
    )


FRUIT_SALES = (
    "Tutor: According to the graph, how many more apples than pears did the shop sell?\n"
    "Student: 45 - 30 = 15\n"
    "Tutor: Yes, 15 more. And according to the graph, how many fruits in total?\n"
    "Student: 45 + 30 = 75\n"
    "Tutor: Great!\n"
)


def test_data_read_off_a_graph_is_no_bar_graph_lesson() -> None:
    assert "elementary_math.bar_graphs_and_pictographs" not in kb_ids(FRUIT_SALES)
    assert "elementary_math.bar_graphs_and_pictographs" in kb_ids(
        "Tutor: Look at the bar graph. How many students chose soccer?\n"
        "Student: The soccer bar goes up to 12\n"
        "Tutor: Right, the bar graph shows 12 students.\n"
    )
