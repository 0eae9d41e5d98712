"""Fourteen math tutoring sessions of my own (fractions, mixed numbers, a percent discount and
a tax, linear and two-step equations, area and perimeter, elapsed time, decimals, a percent
increase, brackets), each with small talk, a wrong attempt the tutor corrects and a second
problem, read as a tutor would read the report.

The untruths they showed: an order after "Sure," ("Sure, solve 2x - 7 = 9.") kept as a key
point; a correction opened with praise that a "but" takes back ("Good thinking, but a bigger
denominator means smaller pieces.") neither a key point nor the fix, the fix taken from the
next sentence because it shares a bare number with the question; "How long is the movie?"
from 2:45 to 4:20 read as measuring a length, so the student "struggled with Measuring
length"; a common denominator found to compare fractions, and "1/2 is the same as 4/8, and
4/8 is ..." read as two amounts of one unit "is", both naming "Adding and subtracting
fractions" in a session that adds nothing; "First find a common denominator" naming
"Multi-step word problems" in a session with no story; the slip in a rectangle's perimeter
filed under "Quadrilaterals" (the rectangle) instead of "Area and perimeter"; the student's
own questions ("What if the tax was 10%?", "Wait, so my first answer was right?") shown as
misconceptions; praise for what the student did ("Excellent, you used 11:00 as a landmark.")
as a key point; "You're close, but" left at the head of the fix; and "Convert 2 3/4 to an
improper fraction" read as multiplying fractions and as a unit conversion.

34 cases, 12 failed before (base 4a4e697). The first 26 (ten sessions) were written before any
change, 7 failed: the parametrized check on the linear session and all six checks of the
untruths. The next 7 (three more sessions) were written after those fixes, and 4 failed on the
unchanged code (the same 4 failed on the engine of that moment); their 3 parametrized guards
passed. The last (the mixed number) was written after those, and failed before its fix.
"""

from __future__ import annotations

import re

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.transcripts import parse_transcript
from companion.ai.schemas import TranscriptAnalysis
from tests.ai.analysisprobes import ids, points

FRACTIONS = (
    "Tutor: Hi Maya! How was the field trip yesterday?\n"
    "Student: It was fun, we saw the planetarium.\n"
    "Tutor: Nice. Today let's add fractions. What is 2/5 + 1/3?\n"
    "Student: 3/8?\n"
    "Tutor: Not quite. You can't add the denominators. First find a common denominator: 15."
    " So 2/5 is 6/15 and 1/3 is 5/15.\n"
    "Student: Oh, so 6/15 + 5/15 = 11/15.\n"
    "Tutor: Exactly! When the denominators match, you add only the numerators.\n"
    "Student: Okay that makes sense.\n"
    "Tutor: Now try number 5: 3/4 + 1/6.\n"
    "Student: The common denominator is 12, so 9/12 + 2/12 = 11/12.\n"
    "Tutor: Great job!\n"
    "Tutor: See you Thursday at 4, and don't forget your workbook.\n"
    "Student: Bye!\n"
)

PERCENT = (
    "Tutor: Good afternoon, Leo. Ready to go?\n"
    "Student: Yeah I guess.\n"
    "Tutor: A jacket costs $80 and is 25% off. What is the sale price?\n"
    "Student: $55, because 80 minus 25 is 55.\n"
    "Tutor: Careful, 25% isn't 25 dollars. 25% of 80 means 0.25 times 80, which is 20.\n"
    "Student: So the discount is $20 and the sale price is $60?\n"
    "Tutor: Yes, that's right. The percent is always a percent of the original price.\n"
    "Student: I think I get it, maybe.\n"
    "Tutor: Let's check with another one. A $40 game is 10% off. What do you pay?\n"
    "Student: 10% of 40 is 4, so $36.\n"
    "Tutor: Perfect.\n"
    "Tutor: Great work today, have a good weekend!\n"
)

LINEAR = (
    "Tutor: Hey Sam, did you finish the soccer game?\n"
    "Student: Yeah we won 3-1.\n"
    "Tutor: Awesome! Let's solve 3x + 5 = 20.\n"
    "Student: I add 5 to both sides so 3x = 25.\n"
    "Tutor: Hmm, not quite. To undo +5 you subtract 5 from both sides, so 3x = 15.\n"
    "Student: Then I divide by 3 and x = 5.\n"
    "Tutor: Correct! Always do the inverse operation to both sides.\n"
    "Student: Can I try another?\n"
    "Tutor: Sure, solve 2x - 7 = 9.\n"
    "Student: I add 7, 2x = 16, x = 8.\n"
    "Tutor: Nice, that's it.\n"
    "Tutor: Okay, for homework do page 42, problems 1 to 10.\n"
)

AREA = (
    "Tutor: Hi Ava. Let's look at rectangles today.\n"
    "Student: Okay.\n"
    "Tutor: A rectangle is 6 cm long and 4 cm wide. What is its area?\n"
    "Student: 20 cm because you add them all up.\n"
    "Tutor: That's actually the perimeter: 6 + 4 + 6 + 4 = 20 cm. Area is length times "
    "width, so 6 times 4 = 24 square centimeters.\n"
    "Student: Oh, area is the inside and perimeter is around the outside.\n"
    "Tutor: Exactly. Area is measured in square units.\n"
    "Student: So a square with side 5 has area 25 square units?\n"
    "Tutor: Yes! And what's its perimeter?\n"
    "Student: 20 units.\n"
    "Tutor: Great.\n"
    "Student: I have to go, my mom is here.\n"
    "Tutor: No problem, see you next week!\n"
)

ELAPSED = (
    "Tutor: Hello Noah! How's your week been?\n"
    "Student: Good, kind of busy.\n"
    "Tutor: The movie starts at 2:45 pm and ends at 4:20 pm. How long is the movie?\n"
    "Student: I think it's 2 hours 25 minutes?\n"
    "Tutor: Let's check. From 2:45 to 3:45 is 1 hour. From 3:45 to 4:00 is 15 minutes, and "
    "4:00 to 4:20 is 20 minutes. So it's 1 hour 35 minutes.\n"
    "Student: Oh I subtracted 45 from 20 wrong.\n"
    "Tutor: Right, you can't just subtract the minutes when they're smaller. Counting up in"
    " chunks is easier.\n"
    "Student: Okay.\n"
    "Tutor: Try this one: the bus leaves at 9:50 am and arrives at 11:15 am.\n"
    "Student: 9:50 to 10:00 is 10 minutes, 10:00 to 11:00 is an hour, then 15 more. So 1 "
    "hour 25 minutes.\n"
    "Tutor: Excellent!\n"
    "Tutor: That's all for today. Remember we meet Monday at 5.\n"
)

DECIMALS_MULT = (
    "Tutor: What is 0.3 times 0.2?\n"
    "Student: 0.6\n"
    "Tutor: Not quite. Count the decimal places: 0.3 has one and 0.2 has one, so the answer"
    " needs two decimal places. 3 times 2 is 6, so it's 0.06.\n"
    "Student: Oh, so 0.4 times 0.2 is 0.08.\n"
    "Tutor: Yes, exactly.\n"
    "Tutor: Now try 1.5 times 0.3.\n"
    "Student: 15 times 3 is 45, two decimal places, 0.45.\n"
    "Tutor: Great job. Good work today!\n"
)

PERIMETER_MISSING = (
    "Student: Hi, sorry I'm late.\n"
    "Tutor: No worries! Let's start. The perimeter of a rectangle is 30 m and the length is"
    " 9 m. What is the width?\n"
    "Student: 21 m, because 30 minus 9.\n"
    "Tutor: Not quite, the perimeter counts the length twice and the width twice. So 2 "
    "times 9 is 18, and 30 minus 18 is 12. Then 12 divided by 2 is 6.\n"
    "Student: So the width is 6 m.\n"
    "Tutor: Yes. The perimeter is 2 times length plus 2 times width.\n"
    "Student: I'm not sure I'd remember that.\n"
    "Tutor: Draw the rectangle and label all four sides, that helps.\n"
    "Tutor: Next: the perimeter is 24 and the length is 7. Width?\n"
    "Student: 2 times 7 is 14, 24 minus 14 is 10, half is 5.\n"
    "Tutor: Perfect!\n"
)

EQUIVALENT_FRACTIONS = (
    "Tutor: Hi Lily! Did you have a nice holiday?\n"
    "Student: Yes, we went to my grandma's.\n"
    "Tutor: Lovely. Which is bigger, 3/8 or 1/2?\n"
    "Student: 3/8 because 8 is bigger than 2.\n"
    "Tutor: Good thinking, but a bigger denominator means smaller pieces. 1/2 is the same "
    "as 4/8, and 4/8 is more than 3/8. So 1/2 is bigger.\n"
    "Student: Oh right, the pieces get smaller.\n"
    "Tutor: Exactly. To compare fractions, rewrite them with the same denominator.\n"
    "Student: So 2/3 and 3/4, I make them 8/12 and 9/12, and 3/4 is bigger.\n"
    "Tutor: Yes! Well done.\n"
    "Tutor: Okay let's stop there. Bring your homework next time.\n"
)

PERCENT_INCREASE = (
    "Tutor: Let's do a word problem. A town had 200 people and grew to 250. What's the "
    "percent increase?\n"
    "Student: 50%\n"
    "Tutor: The increase is 50 people, but the percent increase compares it to the original"
    " amount. 50 divided by 200 is 0.25, so 25%.\n"
    "Student: Oh, I forgot to divide by the original.\n"
    "Tutor: Right, percent change = change divided by original, times 100.\n"
    "Student: So if a price goes from 50 to 60 that's 10 divided by 50, 20%.\n"
    "Tutor: That's it!\n"
    "Student: Cool. Can we end early today? I have a dentist appointment.\n"
    "Tutor: Sure, see you Friday.\n"
)

DISTRIBUTIVE = (
    "Tutor: Solve 2(x + 3) = 14.\n"
    "Student: 2x + 3 = 14, so 2x = 11 and x = 5.5.\n"
    "Tutor: Careful, the 2 multiplies both terms in the brackets. So it's 2x + 6 = 14.\n"
    "Student: Then 2x = 8, x = 4.\n"
    "Tutor: Yes. You can also divide both sides by 2 first: x + 3 = 7.\n"
    "Student: Oh, that's faster. x = 4 again.\n"
    "Tutor: Right, both methods give the same answer.\n"
    "Tutor: Great job today! Now try number 3 on the sheet for homework.\n"
)

SESSIONS = {
    "fractions": FRACTIONS,
    "percent": PERCENT,
    "linear": LINEAR,
    "area": AREA,
    "elapsed": ELAPSED,
    "decimals": DECIMALS_MULT,
    "perimeter": PERIMETER_MISSING,
    "comparing": EQUIVALENT_FRACTIONS,
    "percent increase": PERCENT_INCREASE,
    "brackets": DISTRIBUTIVE,
}


def _math(text: str) -> TranscriptAnalysis:
    return analyze(text, subject_hint="Math")


def _concept(result: TranscriptAnalysis, kb_id: str):
    found = [c for c in result.concepts if c.kb_id == kb_id]
    assert found, ids(result)
    return found[0]


def _filed_under(result: TranscriptAnalysis, words: str) -> list[str]:
    return [c.kb_id or "" for c in result.concepts if any(words in m for m in c.misconceptions)]


# -- what holds of every session -----------------------------------------------------------------

# greetings, scheduling, praise and orders: never a point
_NO_POINT = re.compile(
    r"\b(?:hi|hello|bye|see you|weekend|homework|workbook|great job|well done|good work|"
    r"try (?:number|this|another)|field trip|mom)\b|^\W*(?:sure,?\s+)?(?:solve|try|do)\b",
    re.I,
)
_QUOTED = re.compile(r"\u201c(.+?)\u201d")


@pytest.mark.parametrize("name", list(SESSIONS))
def test_no_small_talk_praise_or_order_is_a_key_point(name: str) -> None:
    result = _math(SESSIONS[name])
    assert not [p for p in points(result) if _NO_POINT.search(p)], points(result)


@pytest.mark.parametrize("name", list(SESSIONS))
def test_the_wrong_attempt_is_quoted_verbatim_and_resolved(name: str) -> None:
    text = SESSIONS[name]
    result = _math(text)
    said = [t.text for t in parse_transcript(text).turns if t.role == "student"]
    lines = [m for c in result.concepts for m in c.misconceptions]
    assert len(lines) == 1, lines
    thought = _QUOTED.findall(lines[0])[0]
    assert any(thought in s for s in said), (thought, said)
    assert thought not in points(result)  # what was corrected is no point
    assert "resolved by the end" in result.summary, result.summary


# -- the untruths found ---------------------------------------------------------------------------


def test_an_order_after_sure_is_no_key_point() -> None:
    assert "Sure, solve 2x - 7 = 9." not in points(_math(LINEAR))


def test_praise_taken_back_by_but_leaves_the_fix_it_teaches() -> None:
    result = _math(EQUIVALENT_FRACTIONS)
    basics = _concept(result, "elementary_math.fraction_basics")
    assert "A bigger denominator means smaller pieces." in basics.key_points, basics.key_points
    assert basics.misconceptions[0].endswith(
        "the fix was \u201cA bigger denominator means smaller pieces.\u201d"
    ), basics.misconceptions


def test_comparing_fractions_is_not_adding_them() -> None:
    result = _math(EQUIVALENT_FRACTIONS)
    assert "elementary_math.adding_and_subtracting_fractions" not in ids(result)
    assert "Adding and subtracting" not in result.summary, result.summary


def test_how_long_between_clock_times_is_elapsed_time_not_length() -> None:
    result = _math(ELAPSED)
    assert "elementary_math.measuring_length" not in ids(result)
    assert _filed_under(result, "2 hours 25 minutes") == ["elementary_math.telling_time"]
    assert "struggled with Telling time and elapsed time" in result.summary, result.summary
    time = _concept(result, "elementary_math.telling_time")
    assert "From 2:45 to 3:45 is 1 hour." in time.key_points, time.key_points


def test_a_common_denominator_found_first_is_no_word_problem() -> None:
    result = _math(FRACTIONS)
    assert "elementary_math.multi_step_word_problems" not in ids(result)
    assert "word problems" not in result.summary, result.summary


def test_a_rectangles_perimeter_slip_is_filed_under_perimeter() -> None:
    result = _math(PERIMETER_MISSING)
    assert _filed_under(result, "30 minus 9") == ["elementary_math.area_and_perimeter"]
    assert "struggled with Area and perimeter" in result.summary, result.summary
    perimeter = _concept(result, "elementary_math.area_and_perimeter")
    rule = "The perimeter counts the length twice and the width twice."
    assert rule in perimeter.key_points, perimeter.key_points


# -- a student's own question, praise for what they did, "You're close, but" -----------------


TAX = (
    "Tutor: Okay, let's look at problem 4. A meal costs $30 and the tax is 8%. How much is "
    "the tax?\n"
    "Student: Um, maybe $8?\n"
    "Tutor: Hmm, let's think. 8% means 8 out of 100, so we multiply 30 by 0.08. That gives "
    "$2.40.\n"
    "Student: Oh so the tax is $2.40 and the total is $32.40.\n"
    "Tutor: That's right! To find a percent of an amount, change the percent to a decimal "
    "and multiply.\n"
    "Student: What if the tax was 10%?\n"
    "Tutor: Good question. 10% of 30 is 3, so the total would be $33.\n"
    "Student: That one's easy because you just move the decimal.\n"
    "Tutor: Exactly, 10% is one tenth.\n"
    "Tutor: Nice work. Let's stop here for today.\n"
)

TWOSTEP = (
    "Tutor: Good morning! Did you have breakfast?\n"
    "Student: Yeah, pancakes.\n"
    "Tutor: Yum. Let's solve x/4 + 2 = 6.\n"
    "Student: x = 16?\n"
    "Tutor: Let's check. What do you do first?\n"
    "Student: I multiply by 4 first, so x + 2 = 24, and x = 22.\n"
    "Tutor: Not quite. You need to undo the +2 first: subtract 2 from both sides to get x/4"
    " = 4. Then multiply both sides by 4, so x = 16.\n"
    "Student: Wait, so my first answer was right?\n"
    "Tutor: Yes! 16 was right, but your second method was wrong because you only multiplied"
    " part of the left side.\n"
    "Student: Okay, I get it now.\n"
    "Tutor: Great. Try 5x - 3 = 12 on your own.\n"
    "Student: Add 3, 5x = 15, x = 3.\n"
    "Tutor: Correct!\n"
)

NOON = (
    "Tutor: Hi! Ready for some time problems?\n"
    "Student: Sure.\n"
    "Tutor: A game starts at 11:30 am and lasts 2 hours 15 minutes. When does it end?\n"
    "Student: 13:45 am?\n"
    "Tutor: You're close, but after 12 noon the clock starts over at 1. So 11:30 plus 2 "
    "hours is 1:30 pm, and 15 more minutes is 1:45 pm.\n"
    "Student: Oh, so it's 1:45 pm.\n"
    "Tutor: Yes.\n"
    "Student: I kind of get it but I'm not totally sure.\n"
    "Tutor: That's okay. Here's another: a class starts at 10:40 am and lasts 50 minutes.\n"
    "Student: 10:40 plus 20 is 11:00, plus 30 more is 11:30 am.\n"
    "Tutor: Excellent, you used 11:00 as a landmark.\n"
    "Tutor: Good work today.\n"
)


def test_a_what_if_question_of_the_students_own_is_no_misconception() -> None:
    result = _math(TAX)
    lines = [m for c in result.concepts for m in c.misconceptions]
    assert not [m for m in lines if "What if" in m], lines
    assert len(lines) == 1, lines


def test_asking_whether_their_first_answer_was_right_is_no_misconception() -> None:
    result = _math(TWOSTEP)
    lines = [m for c in result.concepts for m in c.misconceptions]
    assert not [m for m in lines if "my first answer" in m], lines
    assert "x = 22" in lines[0], lines


def test_praise_for_what_the_student_did_is_no_key_point() -> None:
    assert "Excellent, you used 11:00 as a landmark." not in points(_math(NOON))


def test_youre_close_but_leaves_the_fix_it_teaches() -> None:
    result = _math(NOON)
    time = _concept(result, "elementary_math.telling_time")
    fix = "After 12 noon the clock starts over at 1."
    assert time.misconceptions[0].endswith(f"the fix was \u201c{fix}\u201d"), time.misconceptions
    assert fix in time.key_points, time.key_points


@pytest.mark.parametrize("text", [TAX, TWOSTEP, NOON])
def test_small_talk_and_orders_stay_out_of_the_second_sessions(text: str) -> None:
    result = _math(text)
    assert not [p for p in points(result) if _NO_POINT.search(p)], points(result)
    assert "resolved by the end" in result.summary, result.summary


# -- a mixed number rewritten -------------------------------------------------------------------


MIXED = (
    "Tutor: Hey Ben, how's it going?\n"
    "Student: Tired, I had basketball practice.\n"
    "Tutor: We'll keep it short then. Convert 2 3/4 to an improper fraction.\n"
    "Student: Is it 5/4?\n"
    "Tutor: Close, but you need to multiply the whole number by the denominator first. 2 "
    "times 4 is 8, plus 3 is 11, so it's 11/4.\n"
    "Student: Ohh okay. So 1 2/3 would be 5/3?\n"
    "Tutor: Yes, that's exactly right.\n"
    "Tutor: Let's do one more: 3 1/2.\n"
    "Student: 3 times 2 is 6, plus 1 is 7, so 7/2.\n"
    "Tutor: Perfect. You've got it.\n"
    "Student: Can we stop here? I have a test tomorrow.\n"
    "Tutor: Sure, good luck on your test!\n"
)


def test_a_mixed_number_rewritten_is_neither_a_product_nor_a_unit_conversion() -> None:
    result = _math(MIXED)
    found = ids(result)
    assert "elementary_math.multiplying_fractions" not in found, found
    assert "elementary_math.measurement_and_unit_conversion" not in found, found
    assert _filed_under(result, "Is it 5/4?") == ["elementary_math.fraction_basics"]
    assert "struggled with Fraction basics" in result.summary, result.summary
