"""Bridge-style excerpts of the skills a grade 3-8 or Algebra I lesson works on, as a chat
tutor writes them (a question on the board, a short or wrong answer, "Let me explain it to
you", points for the effort): factoring out a common factor, fractions on a number line,
place value, rounding, equivalent fractions, comparing decimals, slope, area and perimeter,
exponents, order of operations, estimating a product, classifying figures by their angles.

Every excerpt is written for this test, not taken from any data set. The lesson's concept
must be among the top five, no concept may be junk, and the chatter and passing words at the
end ("factor in the time", "the power went out") must name no skill.
55 cases, 24 failed before (a power "2^4", "7 squared" or "2 x 2 x 2", a question setting
whole numbers or a fraction and decimals against each other, "which decimal is the greatest?", which operation goes
first, the GCF of terms in a letter, two numbers that multiply to 12 and add to 7, "closer to
300 or 400", "rounds to 50", the change in y, a product's size judged, adding and dividing for
the mean, "6 + 9 = 9 + 6", "6 x (10 + 2) = 6 x 10 + 6 x 2", "in which place", a rise and a
run, "what fraction of", PEMDAS named alone, a base times a height, and "let's line up our
work", which named a line).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.evals._topics import topic_concepts
from companion.evals.analysis import junk_concepts

LESSONS = [
    (
        "A.10E.Factoring Polynomials",
        "Tutor: What is the GCF of 6x^2 and 9x?\nStudent: 3\nTutor: That was a good try. Both terms also share x.\nTutor: So we factor out 3x and get 3x(2x + 3).",
    ),
    (
        "A.10E.Factoring Polynomials",
        "Tutor: Look at the terms 4y^2 and 8y.\nTutor: Do the terms share a common factor? If they do, factor it out.\nStudent: 4\nTutor: Good try. Each term also has a y, so the common factor is 4y.",
    ),
    (
        "A.10E.Factoring Polynomials",
        "Tutor: Here is your next question.\nTutor: Factor x^2 + 7x + 12.\nStudent: (x+3)(x+4)\nTutor: Great job! Plus 2 points.",
    ),
    (
        "3.3B.Fractions on a Number Line",
        "Tutor: Look at the number line on the board. It is split into 4 equal parts between 0 and 1.\nTutor: Where would you put 3/4?\nStudent: at the 3rd mark\nTutor: Great job! Plus 1 point.",
    ),
    (
        "3.3B.Fractions on a Number Line",
        "Tutor: How many equal parts is the number line from 0 to 1 divided into?\nStudent: 6\nTutor: Good. So each tick mark is one sixth.\nTutor: What fraction is at the second tick mark?\nStudent: 2",
    ),
    (
        "4.2B.Place Value",
        "Tutor: What is the value of the digit 7 in 3,718?\nStudent: 7\nTutor: That was a good try.\nTutor: The 7 is in the hundreds place, so its value is 700.",
    ),
    (
        "3.4B.Rounding",
        "Tutor: Round 2,568 to the nearest thousand.\nStudent: 2,000\nTutor: Look at the digit in the hundreds place. It is 5, so we round up.\nStudent: 3,000",
    ),
    (
        "3.4B.Rounding",
        "Tutor: Is 74 closer to 70 or 80?\nStudent: 80\nTutor: Please recheck. 74 is only 4 away from 70.\nTutor: So 74 to the nearest ten is 70.",
    ),
    (
        "4.3C.Equivalent Fractions",
        "Tutor: Multiply the numerator and the denominator by 2.\nTutor: What is 3/5 written in tenths?\nStudent: 6/10\nTutor: Awesome! 3/5 and 6/10 name the same amount.",
    ),
    (
        "4.3C.Equivalent Fractions",
        "Tutor: Is 2/4 the same as 1/2?\nStudent: no\nTutor: That was a good try.\nTutor: If we divide the top and the bottom of 2/4 by 2, we get 1/2.",
    ),
    (
        "4.2F.Comparing Decimals",
        "Tutor: Which is greater, 0.45 or 0.5?\nStudent: 0.45\nTutor: Good try. Compare the tenths first: 4 tenths is less than 5 tenths.\nStudent: oh 0.5",
    ),
    (
        "4.2F.Comparing Decimals",
        "Tutor: Put >, < or = in the box: 3.07 ___ 3.7\nStudent: >\nTutor: Please recheck your answer. Look at the digit in the tenths place.",
    ),
    (
        "8.4B.Slope",
        "Tutor: What is the rise from point A to point B?\nStudent: 4\nTutor: Good. The run is 2.\nTutor: Slope is rise over run, so what is 4/2?\nStudent: 2",
    ),
    (
        "8.4B.Slope",
        "Tutor: Find the slope of the line through (1, 3) and (3, 7).\nStudent: 4\nTutor: Good try. Subtract the y-values, then divide by the change in the x-values.",
    ),
    (
        "3.6C.Area",
        "Tutor: The rectangle is 8 units long and 3 units wide.\nTutor: How many unit squares cover it?\nStudent: 11\nTutor: That was a good try. Multiply the length by the width.",
    ),
    (
        "3.7B.Perimeter",
        "Tutor: To find the perimeter we add all the sides.\nTutor: What is 6 + 4 + 6 + 4?\nStudent: 20\nTutor: Great job! Plus 1 point.",
    ),
    (
        "3.7B.Perimeter",
        "Tutor: A square garden has sides of 5 feet.\nTutor: How many feet of fence go all the way around it?\nStudent: 25\nTutor: That is the space inside. We need the distance around.",
    ),
    (
        "6.7A.Exponents",
        "Tutor: What is the value of 2^4?\nStudent: 8\nTutor: Good try. 2^4 means 2 x 2 x 2 x 2.\nStudent: 16",
    ),
    (
        "6.7A.Exponents",
        "Tutor: In 5 to the third power, which number is the base?\nStudent: 3\nTutor: Please recheck. The base is the number that gets multiplied by itself.",
    ),
    (
        "6.7A.Exponents",
        "Tutor: The exponent tells us how many times to use the number as a factor.\nStudent: ok\nTutor: So what is 2 x 2 x 2?\nStudent: 6\nTutor: Please recheck.",
    ),
    (
        "5.4F.Order of Operations",
        "Tutor: Solve 8 + 2 x 5.\nStudent: 50\nTutor: Good try. Remember PEMDAS: we multiply before we add.\nStudent: 18",
    ),
    (
        "5.4F.Order of Operations",
        "Tutor: What do we solve first in 3 x (4 + 2)?\nStudent: 3 x 4\nTutor: That was a good try. We always work inside the parentheses first.",
    ),
    (
        "5.3A.Estimating Products of Fractions",
        "Tutor: 1/3 is less than 1.\nTutor: So will 1/3 times 240 be less than or greater than 240?\nStudent: greater\nTutor: Please recheck. Multiplying by a fraction less than 1 makes the product smaller.",
    ),
    (
        "3.6A.Classifying 2D Figures",
        "Tutor: A rectangle has four right angles.\nTutor: Does a rhombus always have four right angles?\nStudent: yes\nTutor: Please recheck your answer.",
    ),
    (
        "4.2F.Comparing Decimals",
        "Tutor: Which is bigger, 1.25 or 1.3?\nStudent: 1.25\nTutor: Good try. Look at the tenths digits first.",
    ),
    (
        "4.2F.Comparing Decimals",
        "Tutor: Is 0.8 more or less than 0.75?\nStudent: less\nTutor: That was a good try.\nTutor: Let me explain it to you.",
    ),
    (
        "7.2A.Ordering Rational Numbers",
        "Tutor: Which is the smallest: 0.6, 3/4 or 0.55?\nStudent: 3/4\nTutor: That was a good try.\nTutor: Write 3/4 as a decimal first.",
    ),
    (
        "4.2C.Comparing and Ordering Numbers",
        "Tutor: Look at 0.45, 0.5 and 0.405 on the board.\nTutor: Which decimal is the greatest?\nStudent: 0.45\nTutor: Good try. Please recheck.",
    ),
    (
        "3.2D.Comparing Whole Numbers",
        "Tutor: Which number is larger, 4,518 or 4,581?\nStudent: 4,518\nTutor: Please recheck your answer.",
    ),
    (
        "6.7A.Exponents",
        "Tutor: What is 7 squared?\nStudent: 14\nTutor: Good try. 7 squared is 7 x 7.\nStudent: 49",
    ),
    (
        "6.7A.Exponents",
        "Tutor: What is the value of 5^2?\nStudent: 10\nTutor: That was a good try.\nTutor: 5^2 = 5 x 5 = 25.",
    ),
    (
        "5.4F.Order of Operations",
        "Tutor: In 15 - 6 ÷ 3, which do we do first?\nStudent: 15 - 6\nTutor: Good try. Division comes before subtraction.",
    ),
    (
        "5.4F.Order of Operations",
        "Tutor: Simplify 20 ÷ 4 + 3 x 2.\nStudent: 16\nTutor: Please recheck. Divide and multiply from left to right first.",
    ),
    (
        "A.10E.Factoring Polynomials",
        "Tutor: What is the greatest common factor of 12x and 18?\nStudent: 3\nTutor: Good try, the GCF is 6.\nTutor: So 12x + 18 = 6(2x + 3).",
    ),
    (
        "A.10E.Factoring Polynomials",
        "Tutor: Which two numbers multiply to 12 and add to 7?\nStudent: 6 and 2\nTutor: Good try. 6 and 2 add to 8.\nStudent: 3 and 4",
    ),
    (
        "3.4B.Rounding",
        "Tutor: Is 362 closer to 300 or 400?\nStudent: 400\nTutor: That was a good try. Please recheck.",
    ),
    (
        "3.4B.Rounding",
        "Tutor: What number is halfway between 40 and 50?\nStudent: 45\nTutor: Great! So 47 rounds to 50.",
    ),
    (
        "8.4B.Slope",
        "Tutor: What is the change in y from point A to point B?\nStudent: 4\nTutor: Good. The change in x is 2.\nTutor: So what is 4 divided by 2?\nStudent: 2",
    ),
    (
        "4.4G.Estimation",
        "Tutor: 1/4 is less than 1, so the product will be less than 200.\nStudent: so 50\nTutor: Great thinking!",
    ),
    (
        "6.12C.Mean",
        "Tutor: Add the numbers and divide by 5 to find the average.\nStudent: 6\nTutor: Please recheck your sum.",
    ),
    (
        "3.5.Applying Properties of Operations",
        "Tutor: Look: 6 + 9 = 9 + 6.\nTutor: Does the sum stay the same when we switch the numbers?\nStudent: no\nTutor: Please recheck.",
    ),
    (
        "3.5.Applying Properties of Operations",
        "Tutor: 6 x (10 + 2) = 6 x 10 + 6 x 2.\nTutor: What is 6 x 12?\nStudent: 62\nTutor: Good try. 60 + 12 = 72.",
    ),
    (
        "4.2B.Place Value",
        "Tutor: Look at the number 6,358.\nTutor: The 3 is in which place?\nStudent: tens\nTutor: That was a good try. Please recheck.",
    ),
    (
        "8.4A.Slope",
        "Tutor: How many units does the line go up from A to B?\nStudent: 3\nTutor: Good. And how many units to the right?\nStudent: 1\nTutor: So the rise is 3 and the run is 1.",
    ),
    (
        "3.3A.Fraction Concepts",
        "Tutor: What fraction of the circle is shaded?\nStudent: 3/4\nTutor: Great job! Plus 1 point.",
    ),
    (
        "5.4F.Order of Operations",
        "Tutor: What do we do with the exponent first?\nStudent: multiply\nTutor: Good try. In PEMDAS, the E comes right after the P.",
    ),
    (
        "6.8B.Areas of Triangles",
        "Tutor: Multiply the base times the height and divide by 2.\nStudent: 12\nTutor: That was a good try. Let me explain it to you.",
    ),
    (
        "6.12B.Mean",
        "Tutor: To find the mean, add all the numbers and divide by how many numbers there are.\nTutor: What is (12 + 15 + 18) divided by 3?\nStudent: 15\nTutor: Excellent work!",
    ),
]


@pytest.mark.parametrize(("lesson", "text"), LESSONS)
def test_a_lesson_excerpt_names_its_skill(lesson: str, text: str) -> None:
    accepted = topic_concepts(lesson)
    assert accepted, lesson
    result = analyze(text, subject_hint="Math")
    found = [c.kb_id for c in result.concepts[:5]]
    assert accepted & set(found), found
    assert not junk_concepts(result, {"tutor", "student"})


# chatter whose words only sound like a skill's names no concept
CHATTER = [
    "Tutor: Is that your final answer?\nStudent: yes\nTutor: That was a good try. Plus 1 point.",
    "Tutor: Please factor in that we have 5 minutes left.\nStudent: ok\nTutor: Great effort so far.",
    "Tutor: The power went out for a second, sorry.\nStudent: ok\nTutor: Let's get back on track.",
    "Tutor: Let's line up our work on the board.\nStudent: ok\nTutor: Keep going, you are doing great.",
    "Tutor: Which one do you want to do first?\nStudent: the first one\nTutor: Okay, go ahead.",
    "Tutor: Is your answer more or less than what you had before?\nStudent: less\nTutor: Okay.",
]


@pytest.mark.parametrize("text", CHATTER)
def test_chatter_names_no_skill(text: str) -> None:
    assert analyze(text, subject_hint="Math").concepts == []


def test_a_bare_product_is_no_factoring_nor_exponents() -> None:
    text = "Tutor: What is the value of 6 times 7?\nStudent: 42\nTutor: Correct! Plus 1 point."
    found = {c.kb_id for c in analyze(text, subject_hint="Math").concepts}
    assert not found & {
        "algebra_1.factoring_quadratics",
        "algebra_1.polynomials",
        "pre_algebra.exponents_and_square_roots",
        "pre_algebra.order_of_operations",
    }, found
