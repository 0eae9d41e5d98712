"""What the analysis says must be true as a tutor reads the session: "times" multiplies and
is no clock time, an everyday word (a spider's legs, a time period) is no lesson by itself,
"that is correct, but shouldn't you ...?" corrects, and a misconception quotes what the
student got wrong, not a true step they restated, with a fix that is no pat on the back."""

from __future__ import annotations

from companion.ai.offline.analysis import analyze
from companion.ai.offline.matching import stem
from companion.ai.offline.misconceptionfixes import _AFFIRMS
from companion.ai.offline.spelling import kb_speller
from companion.ai.offline.verdicts import reaction


def kb_ids(text: str, hint: str = "") -> set[str]:
    return {c.kb_id or "" for c in analyze(text, subject_hint=hint).concepts}


def test_times_multiplies_and_is_no_clock_time() -> None:
    assert stem("times") == "times" and stem("minutes") == "minute"
    text = (
        "Tutor: What times 7 gives us 28?\n"
        "Student: ok\n"
        "Tutor: What is the value of 7 times 4?\n"
        "Student: 24\n"
        "Tutor: That's a good try. Count by sevens four times.\n"
    )
    found = kb_ids(text, "Math")
    assert "elementary_math.telling_time" not in found
    assert "elementary_math.multiplication_facts" in found


def test_a_clock_question_is_still_telling_time() -> None:
    text = (
        "Tutor: What time does the clock show when the hour hand is on 3?\n"
        "Student: 3 o'clock\n"
        "Tutor: Correct! What time is it 2 hours later?\n"
    )
    assert "elementary_math.telling_time" in kb_ids(text, "Math")


SPIDERS = (
    "Teacher: How many legs does a spider have?\n"
    "Student: Spiders have 8 legs, and ants have 6 legs.\n"
    "Teacher: So how many legs do 3 spiders and 2 ants have?\n"
    "Student: 3 x 8 = 24 and 2 x 6 = 12, so 24 + 12 = 36 legs.\n"
    "Teacher: Well done.\n"
)


def test_legs_of_animals_are_no_pythagorean_theorem() -> None:
    result = analyze(SPIDERS)
    assert "geometry.pythagorean_theorem" not in {c.kb_id for c in result.concepts}
    assert result.subject != "Geometry"


def test_legs_beside_the_hypotenuse_are_the_theorem() -> None:
    text = (
        "Tutor: The legs of this right triangle are 3 and 4.\n"
        "Tutor: What is the hypotenuse?\n"
        "Student: 5, because 9 + 16 = 25\n"
        "Tutor: Correct!\n"
    )
    assert "geometry.pythagorean_theorem" in kb_ids(text, "Math")


def test_a_time_period_is_no_graph_of_sine() -> None:
    text = (
        "Teacher: How much does she spend on papers?\n"
        "Student: She buys a paper for $2 every week and there are 6 weeks in the time "
        "period, so 6 x 2 = 12 dollars over the whole period.\n"
        "Teacher: Remember the Sunday paper costs $3 more each week.\n"
        "Student: Over the time period that is 6 x 3 = 18 more, so 12 + 18 = 30 dollars.\n"
        "Teacher: Yes, well done.\n"
    )
    result = analyze(text)
    assert "trigonometry.graphs_of_sine_and_cosine" not in {c.kb_id for c in result.concepts}
    assert result.subject != "Trigonometry"


def test_a_leading_question_after_correct_corrects() -> None:
    assert reaction("okay so 2x + 2 = 16. that is correct. but should you not subtract 2?") == (
        "wrong"
    )
    assert reaction("Shouldn't it be 12 here?") == "wrong"
    assert reaction("Wouldn't that be 240?") == "wrong"
    assert reaction("Great! What should you do next?") == "right"


def test_a_corrected_step_is_no_key_point() -> None:
    text = (
        "Teacher: Solve 3(2x + 2) = 48 and walk me through it.\n"
        "Student: Dividing both sides by 3 gives 2x + 2 = 16. Then I subtract 6 from both "
        "sides to get 2x = 10. So x = 5.\n"
        "Teacher: okay so 2x + 2 = 16. that is correct. but then should you not subtract 2 "
        "from both sides in the next step?\n"
        "Student: Oh yes. Subtracting 2 from both sides gives 2x = 14, so x = 7.\n"
        "Teacher: Excellent, well done.\n"
    )
    result = analyze(text)
    points = [p for c in result.concepts for p in c.key_points]
    assert not any("subtract 6" in p for p in points)
    struggles = [m for c in result.concepts for m in c.misconceptions]
    assert any("2x = 10" in m or "x = 5" in m for m in struggles)


LONG_WRONG = (
    "Teacher: Can you walk me through your solution?\n"
    "Student: Sure. Maya received 15 + 25 = 40 dollars from her aunts for her birthday. "
    "Together with her savings she had 40 + 60 = 100 dollars in her wallet before shopping. "
    "The 2 books cost 2 x 30 = 60 dollars. Therefore, Maya has 60 - 60 = 0 dollars left "
    "after buying the books.\n"
    "Teacher: No, she received 40 dollars from her aunts and had 100 dollars in her wallet, "
    "so the books come out of the 100 dollars.\n"
    "Student: Oh, so she has 100 - 60 = 40 dollars left.\n"
    "Teacher: Correct, well done.\n"
)


def test_a_misconception_quotes_the_wrong_conclusion_not_a_true_step() -> None:
    struggles = [m for c in analyze(LONG_WRONG).concepts for m in c.misconceptions]
    assert struggles
    assert all("60 - 60 = 0" in m for m in struggles)
    assert not any("15 + 25 = 40" in m for m in struggles)


def test_a_misconception_quotes_the_false_working_first() -> None:
    text = (
        "Teacher: Can you walk me through your solution?\n"
        "Student: Sure. Leo buys 4 packs of cards with 9 cards in each pack for his friends. "
        "So he has 4 x 9 = 32 cards in all to share among everyone at the party. "
        "Then he gives 2 cards to each of his 8 friends, which is 2 x 8 = 16 cards given. "
        "So he keeps 32 - 16 = 16 cards for himself after the party is over.\n"
        "Teacher: Not quite. Look at how many cards are in the packs again.\n"
        "Student: 4 x 9 = 36, so he keeps 36 - 16 = 20 cards.\n"
        "Teacher: Yes, that's right.\n"
    )
    struggles = [m for c in analyze(text).concepts for m in c.misconceptions]
    assert struggles and all("4 x 9 = 32" in m for m in struggles)


def test_praise_for_what_was_right_is_no_fix() -> None:
    for praise in (
        "Now, you have calculated the pumpkin weight correctly.",
        "Okay, so you've started off well.",
        "I can see you have got the correct method of working backwards.",
    ):
        assert _AFFIRMS.search(praise), praise
    assert not _AFFIRMS.search("You need to add 5 to both sides to get 12.")
    text = (
        "Teacher: Can you walk me through your solution?\n"
        "Student: The pumpkins weigh 27 pounds and 108 pounds, so the heaviest pumpkin is "
        "108 pounds. The range is the difference between the heaviest and the lightest "
        "pumpkin, which is 108 + 27 = 135 pounds in total for the two of them.\n"
        "Teacher: Not quite. Now, you have found the pumpkin weights correctly. The range is the "
        "difference, so subtract the lightest pumpkin weight from the heaviest.\n"
        "Student: The range is 108 - 27 = 81 pounds.\n"
        "Teacher: Yes, that's right.\n"
    )
    struggles = [m for c in analyze(text).concepts for m in c.misconceptions]
    assert struggles
    assert not any("correctly" in m for m in struggles)
    assert any("subtract the lightest" in m for m in struggles)


def test_an_ordinal_is_no_fraction() -> None:
    text = (
        "Teacher: Walk me through your solution.\n"
        "Student: In the first week she reads 2 books. In the second week she reads "
        "2 + 3 = 5 books, and in the third week 5 + 3 = 8 books.\n"
        "Teacher: And in the fourth week?\n"
        "Student: 8 + 3 = 11 books in the fourth week.\n"
        "Teacher: Well done.\n"
    )
    assert "elementary_math.fraction_basics" not in kb_ids(text)
    cake = (
        "Tutor: Tom ate a third of the cake and Ann ate two thirds of the pie.\n"
        "Tutor: What part of the pie is left?\n"
        "Student: one third\n"
        "Tutor: Correct!\n"
    )
    assert "elementary_math.fraction_basics" in kb_ids(cake, "Math")


def test_in_the_morning_is_no_clock_reading() -> None:
    text = (
        "Teacher: Walk me through it.\n"
        "Student: He repairs 3 phones in the morning and 12 in the afternoon, so "
        "3 + 12 = 15 phones.\n"
        "Teacher: Yes, and how many does each of the 3 workers repair?\n"
        "Student: 15 / 3 = 5 phones each.\n"
        "Teacher: Well done.\n"
    )
    assert "elementary_math.telling_time" not in kb_ids(text)
    clock = (
        "Tutor: School starts at 8:15 in the morning and ends at 2:45 in the afternoon.\n"
        "Tutor: How long is the school day?\n"
        "Student: 6 hours 30 minutes\n"
        "Tutor: Correct!\n"
    )
    assert "elementary_math.telling_time" in kb_ids(clock, "Math")


def test_false_working_is_no_key_point_even_when_praised() -> None:
    text = (
        "Teacher: What is the total cost of the 6 extra bids of $50 and the $200 start?\n"
        "Student: 6 x 50 = 300, so the total cost of the desk is $200 + $300 = $450.\n"
        "Teacher: Great - you're getting closer! What is 200 + 300?\n"
        "Student: 200 + 300 = 500, so the total cost of the desk is $500.\n"
        "Teacher: That's great - you got there in the end!\n"
    )
    result = analyze(text)
    points = [p for c in result.concepts for p in c.key_points]
    assert points and not any("450" in p for p in points)
    assert any("500" in p for p in points)


def test_tutor_turns_are_read_as_a_tutor_means_them() -> None:
    # praise for fixing the slip, a look back at it, politeness: no correction
    assert reaction("Excellent, well done for spotting the mistake and correcting it!") == ("right")
    assert reaction("good, you originally just used the wrong operation") == "right"
    assert reaction("No problem.") is None
    assert reaction("No worries, take your time.") is None
    # the answer is right, whatever else is said about the method
    assert reaction("You've got the correct answer but there is a quicker method.") == "right"
    assert reaction("Have you got the right answer?") is None
    # corrections that read like praise
    assert reaction("You haven't got the right answer yet.") == "wrong"
    assert reaction("Great - you're getting closer! What is 200 + 300?") == "wrong"
    assert reaction("Your method is correct now! Just a tiny calculation error.") == "wrong"
    # still corrections
    assert reaction("There is a mistake in your answer.") == "wrong"
    assert reaction("No, that is not right.") == "wrong"


def test_a_misconception_is_not_the_answer_the_tutor_confirms() -> None:
    text = (
        "Teacher: Can you walk me through your solution?\n"
        "Student: Sure. I started by adding the 6 phones to the 12 phones Kevin had to repair "
        "in the afternoon instead of the 15 he had at the start of the day, so 12 + 6 = 18. "
        "Then I divided 18 by 2 because two people share the work. So, each person needs to "
        "repair 9 phones.\n"
        "Teacher: no. 18 divided by 2 is 9, that part is fine. But the 18 should come from "
        "the 15 phones at the start of the day, not the 12.\n"
        "Student: Oh, so 15 + 6 = 21 and each person repairs 21 / 2 = 10.5 phones.\n"
        "Teacher: Yes, that's right.\n"
    )
    struggles = [m for c in analyze(text).concepts for m in c.misconceptions]
    assert struggles
    assert not any("repair 9 phones" in m for m in struggles)


def test_an_expression_in_a_variable_is_algebra() -> None:
    text = (
        "Tutor: How do we write 4 less than the number of apples?\n"
        "Student: 4-n\n"
        "Tutor: Not quite, the number of apples comes first.\n"
        "Student: n - 4\n"
        "Tutor: That's right!\n"
    )
    assert "pre_algebra.algebraic_expressions" in kb_ids(text, "Math")
    products = (
        "Tutor: What is 3 x 5 + 2?\n"
        "Student: 17\n"
        "Tutor: Correct! And 4 x 4 + 1?\n"
        "Student: 17\n"
        "Tutor: Right again.\n"
    )
    assert "pre_algebra.algebraic_expressions" not in kb_ids(products, "Math")
    equation = "Tutor: Solve 2x + 4 = 10.\nStudent: x = 3\nTutor: Correct!\n"
    assert "pre_algebra.algebraic_expressions" not in kb_ids(equation, "Math")


def test_everyday_phrases_are_no_lesson() -> None:
    text = (
        "Teacher: Walk me through it.\n"
        "Student: In order to find the total, I added 400 + 80 = 480 trees.\n"
        "Teacher: Think about how many of the first trees were left after you cut 80 down.\n"
        "Student: 400 - 80 = 320, and 320 + 400 = 720 trees.\n"
        "Teacher: Yes, well done.\n"
    )
    found = kb_ids(text)
    assert "elementary_math.comparing_and_ordering_numbers" not in found
    assert "elementary_math.rounding_and_estimation" not in found
    ordering = (
        "Tutor: Put 3.4, 3.04 and 3.44 in order from least to greatest.\n"
        "Student: 3.04, 3.4, 3.44\n"
        "Tutor: Correct! About how many is 3.44 + 3.4?\n"
    )
    found = kb_ids(ordering, "Math")
    assert "elementary_math.comparing_and_ordering_numbers" in found
    assert "elementary_math.rounding_and_estimation" in found
    assert _AFFIRMS.search("Well done for identifying that you have to multiply by 14.")


def test_the_length_in_a_formula_is_no_measuring() -> None:
    text = (
        "Tutor: Volume = length x width x height.\n"
        "Tutor: What is the value of 5 x 2 x 4?\n"
        "Student: 6\n"
        "Tutor: Sorry, your answer is incorrect.\n"
    )
    found = kb_ids(text, "Math")
    assert "elementary_math.measuring_length" not in found
    assert "elementary_math.volume_of_rectangular_prisms" in found
    ruler = "Tutor: What is the length of the pencil in inches?\nStudent: 6\nTutor: Correct!\n"
    assert "elementary_math.measuring_length" in kb_ids(ruler, "Math")


def test_an_improper_fraction_beside_fractions_is_no_division() -> None:
    text = "Tutor: 1/8 + 3/8 + 6/8 + 2/8 = ?\nStudent: 13/8\nTutor: That was a good try.\n"
    found = kb_ids(text, "Math")
    assert "elementary_math.long_division" not in found
    assert "elementary_math.fraction_basics" in found
    # a division worked out beside them still is one (a two-digit quotient: long division)
    sharing = "Tutor: What is 3/4 of 96?\nStudent: 96/4 = 24, so 72\nTutor: Correct!\n"
    assert "elementary_math.long_division" in kb_ids(sharing, "Math")


def test_equal_groups_multiply_and_groups_of_divide() -> None:
    array = (
        "Tutor: How many bears are in the array?\n"
        "Student: 147\n"
        "Tutor: Please recheck your answer.\n"
        "Tutor: There are 7 groups of 3 bears.\n"
        "Tutor: 7 groups of 3 things make 21 things.\n"
    )
    found = kb_ids(array, "Math")
    assert "elementary_math.long_division" not in found
    assert "elementary_math.multiplication_facts" in found
    sharing = "Tutor: How many groups of 4 are in 20?\nStudent: 5\nTutor: Correct!\n"
    assert "elementary_math.long_division" in kb_ids(sharing, "Math")


def test_a_real_word_with_a_short_stem_is_no_slip() -> None:
    assert kb_speller().read("landing") == "landing"  # not "lending"
    assert kb_speller().read("perimiter") == "perimeter"
    text = (
        "Teacher: How many seeds are left after landing on the water?\n"
        "Student: 200 - 50 = 150 seeds are left after landing.\n"
        "Teacher: Yes, well done.\n"
    )
    assert "elementary_math.personal_financial_literacy" not in kb_ids(text)


def test_a_value_the_tutor_builds_on_is_no_repeated_mistake() -> None:
    text = (
        "Teacher: How many pencils can it sharpen per minute?\n"
        "Student: I divided 45 by 60 to get 0.75, so it sharpens 60 pencils.\n"
        "Teacher: Not quite, think about the seconds.\n"
        "Student: It sharpens 1 pencil every 45 seconds.\n"
        "Teacher: How many seconds are in a minute\n"
        "Student: There are 60 seconds in one minute.\n"
        "Teacher: And how many seconds then in 6 minutes\n"
        "Student: There are 360 seconds in six minutes.\n"
        "Teacher: Well done.\n"
    )
    struggles = [m for c in analyze(text).concepts for m in c.misconceptions]
    assert not any("60 seconds in one minute" in m for m in struggles)
    retry = (
        "Teacher: What is 9 x 8?\n"
        "Student: 17\n"
        "Teacher: Not quite.\n"
        "Student: 17\n"
        "Teacher: Let us count by nines.\n"
    )
    struggles = [m for c in analyze(retry, subject_hint="Math").concepts for m in c.misconceptions]
    assert struggles
