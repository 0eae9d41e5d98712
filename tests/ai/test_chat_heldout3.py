"""A third held-out chat set in a student's own words (lowercase, typos, no punctuation,
chatty), written for this test before it was run: geometry formulas with numbers, mean,
median, mode and range, GCF and LCM, primes, rounding and place value, scientific
notation, exponents and roots, order of operations, unit conversions, simple interest,
ratios and proportions, integers, absolute value, slope from two points, quadratic roots,
simplifying fractions, comparing decimals, definitions from the knowledge base, kinds of
functions, two inequalities, and "quiz me" followed by a graded reply.

An expected value written "**v" must appear inside a bold span of the reply (the answer
line), as a whole number (28 does not match 28.27); any other text must appear as is. A
tuple lists forms of the same answer, any of which will do."""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import FALLBACK, quizzed, reply, says

# (question, the answer it must give (or forms of it), what it must never say)
QUESTIONS: list[tuple[str, str | tuple[str, ...], str]] = [
    # geometry formulas with numbers
    ("whats the area of a rectangle thats 7 by 4", "**28", FALLBACK),
    ("area of a triangle base 10 height 6", "**30", "**60"),
    ("circumference of a circle with diameter 10", ("31.4", "10 \\pi"), "20 \\pi"),
    ("volume of a cube with side 3 cm", "**27", "**9"),
    ("volume of a rectangular prism 2 by 3 by 4", "**24", FALLBACK),
    ("perimeter of a square with side 9", "**36", "**81"),
    ("area of a circle with radius 3", ("9 \\pi", "28.27"), "6 \\pi"),
    ("what is the area of a parallelogram with base 8 and height 5", "**40", "**20"),
    ("volume of a cylinder radius 2 height 5", ("20 \\pi", "62.83"), FALLBACK),
    ("perimeter of a rectangle 5 by 3", "**16", "**15"),
    ("how do i find the area of a square with sides of 12 inches", "**144", FALLBACK),
    ("sum of the interior angles of a hexagon", "**720", FALLBACK),
    ("a triangle has angles 50 and 60 what is the third angle", "**70", FALLBACK),
    # mean, median, mode, range
    ("mean of 2 4 6 8 10", "**6", FALLBACK),
    ("find the median of 7, 2, 9, 4", "**5.5", FALLBACK),
    ("what is the mode of 3 5 3 7 3 9", "**3", FALLBACK),
    ("range of 12, 5, 20, 8", "**15", FALLBACK),
    ("whats the average of 90 85 and 77", "**84", FALLBACK),
    ("median of 1 2 3 4 5 6", "**3.5", FALLBACK),
    ("mode of 1, 2, 2, 3, 3", "2 and 3", FALLBACK),
    # GCF and LCM
    ("greatest common factor of 36 and 48", "**12", FALLBACK),
    ("lcm of 6 and 8", "**24", "**48"),
    ("whats the gcf of 15 25 and 35", "**5", FALLBACK),
    ("least common multiple of 9 and 12", "**36", "**108"),
    # primes and prime factorisation
    ("prime factorization of 72", "2^{3} \\times 3^{2}", FALLBACK),
    ("is 1 prime or composite", "neither prime nor composite", "**1 is not prime**."),
    ("is 0 a prime number", "neither prime nor composite", "Yes"),
    ("is 91 prime", "7 \\times 13", "Yes"),
    ("is 2 prime or composite", "2 is prime**", "composite**"),
    ("is 57 composite", "Yes, **57 is composite", "not composite"),
    # rounding and place value
    ("round 4.567 to the nearest tenth", "**4.6", "**4.57"),
    ("round 3,482 to the nearest hundred", ("**3500", "**3,500"), "**3480"),
    ("what is the place value of 7 in 4,732", "**700", "**tens**"),
    ("round 12.345 to the nearest whole number", "**12", "**12.3"),
    ("what digit is in the tenths place in 5.28", "**2", FALLBACK),
    ("round 0.0456 to 2 decimal places", "**0.05", "**0.046"),
    # scientific notation
    ("write 45000 in scientific notation", "4.5 \\times 10^{4}", FALLBACK),
    ("what is 3.2 x 10^3 in standard form", ("**3200", "**3,200"), FALLBACK),
    ("0.00061 in scientific notation", "6.1 \\times 10^{-4}", FALLBACK),
    ("whats 2 x 10^5 times 3 x 10^2", ("6 \\times 10^{7}", "**60000000", "**60,000,000"), FALLBACK),
    # exponents and roots
    ("what is 2 to the 10th", "**1024", FALLBACK),
    ("whats 5 cubed", "**125", "**15"),
    ("square root of 196", "**14", FALLBACK),
    ("what is 10 to the power of 0", "**1", "**10"),
    ("what is 4^-2", ("\\frac{1}{16}", "**1/16", "**0.0625"), "**-16"),
    ("simplify sqrt 50", "5 \\sqrt{2}", FALLBACK),
    ("cube root of 64", "**4", "**8"),
    ("what is 2^3 * 2^4", "**128", FALLBACK),
    # order of operations
    ("what is 8 + 2 x 5", "**18", "**50"),
    ("12 - 4 / 2 + 1", "**11", "**5"),
    ("(6 + 4) * 3 - 5", "**25", FALLBACK),
    ("what is 2 + 3^2 * 2", "**20", "**50"),
    ("whats 20 / 4 * 5", "**25", "**1"),
    # unit conversions: metric, customary, time, money
    ("how many feet in 3 miles", ("**15840", "**15,840"), FALLBACK),
    ("convert 5 km to meters", ("**5000", "**5,000"), FALLBACK),
    ("how many ounces in 3 pounds", "**48", FALLBACK),
    ("how many minutes in 2.5 hours", "**150", FALLBACK),
    ("how many seconds are in a day", ("**86400", "**86,400"), FALLBACK),
    ("convert 250 cm to m", "**2.5", "**25000"),
    ("how many cups in a gallon", "**16", FALLBACK),
    ("how many quarters in 5 dollars", "**20", FALLBACK),
    ("how many ml in 2 liters", ("**2000", "**2,000"), FALLBACK),
    ("convert 3 yards to inches", "**108", FALLBACK),
    ("how many days in 3 weeks", "**21", FALLBACK),
    ("how many cents in $4.25", "**425", FALLBACK),
    # simple interest
    ("simple interest on 500 dollars at 4% for 2 years", "**40", FALLBACK),
    ("if i put 2000 in the bank at 3% simple interest how much after 5 years", "2300", FALLBACK),
    ("how much interest do i earn on 1200 at 2.5% for 4 years", "**120", FALLBACK),
    # ratios and proportions
    ("solve 3/4 = x/12", "x = 9", FALLBACK),
    ("if 3 apples cost 1.50 how much do 7 apples cost", "3.50", FALLBACK),
    ("split 40 in the ratio 3:5", "25", FALLBACK),
    ("simplify the ratio 12 to 18", "**2:3", FALLBACK),
    ("2/5 = 6/x what is x", "x = 15", FALLBACK),
    # integers and absolute value
    ("what is -7 + 12", "**5", "**-19"),
    ("what's -3 times -8", "**24", "**-24"),
    ("-15 divided by 3", "**-5", FALLBACK),
    ("what is 4 - (-6)", "**10", "**-2"),
    ("whats -5 - 9", "**-14", "**4"),
    ("what is |-18|", "**18", "**-18"),
    ("absolute value of 7 - 12", "**5", "**-5"),
    ("what is |-3| + |5|", "**8", "**2"),
    # slope from two points
    ("slope between (2, 3) and (6, 11)", "**2", FALLBACK),
    ("find the slope of the line through (1,5) and (4,-1)", "**-2", FALLBACK),
    ("what's the slope from (0,0) to (3,2)", ("\\frac{2}{3}", "**2/3"), FALLBACK),
    ("slope of the line through (2,4) and (2,9)", "undefined", "**0"),
    # quadratic roots
    ("solve x^2 - 7x + 12 = 0", "x = 3 or x = 4", FALLBACK),
    ("roots of x^2 - 16 = 0", "x = -4 or x = 4", FALLBACK),
    ("what are the roots of x^2 + 2x - 15", ("x = -5 or x = 3", "-5, 3", "-5 and 3"), FALLBACK),
    ("solve x^2 = 49", "x = -7 or x = 7", FALLBACK),
    ("x^2 + 4x + 4 = 0 solve", "x = -2", FALLBACK),
    ("solve x^2 + 1 = 0", "no real", "x = 1"),
    # simplifying fractions and comparing decimals
    ("simplify 14/21", "\\frac{2}{3}", FALLBACK),
    ("reduce 45/60", "\\frac{3}{4}", FALLBACK),
    ("what is 12/16 in lowest terms", "\\frac{3}{4}", FALLBACK),
    ("which is bigger 0.7 or 0.65", "0.7 is bigger than 0.65", "0.65 is bigger"),
    ("is 0.45 greater than 0.5", "No", "Yes"),
    ("order 0.3, 0.25, 0.305 from least to greatest", "0.25 < 0.3 < 0.305", FALLBACK),
    ("which is smaller 2.09 or 2.1", "2.09 is smaller", "2.1 is smaller"),
    # definitions from the knowledge base (a term a concept lists)
    ("what is a rhombus", "four equal sides", FALLBACK),
    ("what does denominator mean", "Fraction basics", FALLBACK),
    ("whats a quotient", "the quotient is 3", "quotient rule"),
    ("what is a hypotenuse", "longest side", FALLBACK),
    ("define adjective", "describes a noun", FALLBACK),
    ("what is the median", "middle", FALLBACK),
    ("what is a trapezoid", "parallel sides", FALLBACK),
    # kinds of functions, two inequalities
    ("is the derivative of x^2 even", "$2 x$ is odd**", "already simple"),
    ("is x^3 an odd function", "Yes", "already simple"),
    ("is x^2 + 1 even or odd", "is even**", "already simple"),
    ("x < -1, x > 6", ("no solution", "x < -1 or x > 6"), "holds when x < -1."),
    ("x < -1 or x > 6", "x < -1 or x > 6", "holds when x < -1."),
    ("solve 2x + 1 > 5 and x < 10", "2 < x < 10", "holds when x > 2."),
]


@pytest.mark.parametrize(("question", "expected", "never"), QUESTIONS)
def test_a_heldout_question_gets_its_computed_answer(
    question: str, expected: str | tuple[str, ...], never: str
) -> None:
    text = reply(question)
    forms = expected if isinstance(expected, tuple) else (expected,)
    assert any(says(text, form) for form in forms), text
    assert never not in text, text


def test_a_comma_between_two_inequalities_gives_both_readings() -> None:
    text = reply("x < -1, x > 6")
    assert "no solution" in text and "x < -1 or x > 6" in text


# (quiz request, a word the quiz's concept id has)
QUIZZES = [
    ("quiz me on gcf", "gcf"),
    ("can u quiz me on scientific notation", "scientific_notation"),
    ("quiz me on slope pls", "slope"),
    ("quiz me on simple interest", "interest"),
    ("quiz me on prime factorization", "prime"),
    ("quiz me on the area of circles", "circle"),
]


@pytest.mark.parametrize(("request_", "topic"), QUIZZES)
def test_a_quiz_is_on_the_topic_and_its_reply_is_graded(request_: str, topic: str) -> None:
    quiz, history = quizzed(request_)
    assert quiz is not None and topic in (quiz.conceptId or ""), quiz
    right = reply(f"its {quiz.correctAnswer}", history)
    assert right.startswith("✅ Correct"), right
    wrong = reply("its 123456", history)
    assert wrong.startswith("Not quite"), wrong


# More of the same kinds in other words: the general rule, not the one question above.
FOLLOW_UPS = [
    ("is 7 composite", "No, **7 is not composite**, it is prime", "Yes"),
    ("is 1 a prime number", "neither prime nor composite", "Yes"),
    ("what is the complement of 35 degrees", "**55°**", FALLBACK),
    ("supplement of a 110 degree angle", "**70°**", FALLBACK),
    ("exterior angle of a regular octagon", "**45°**", FALLBACK),
    ("each interior angle of a regular pentagon", "**108°**", FALLBACK),
    ("a quadrilateral has angles 90, 80 and 100 find the fourth angle", "**90°**", FALLBACK),
    ("how many pennies in 3 dimes", "**30 pennies**", FALLBACK),
    ("how many minutes in 1/4 of an hour", "**15 minutes**", FALLBACK),
    ("find the zeros of f(x) = x^2 - 9", "x = -3 or x = 3", "2 variables"),
    ("which digit is in the ten thousands place of 3,456,789", "**5**", FALLBACK),
    ("divide 90 into the ratio 2:3:4", "**20, 30 and 40**", FALLBACK),
    ("5 pens cost $4 how much do 8 pens cost", "**6.40**", FALLBACK),
    ("x>=2 or x<5", "every real number", "holds when"),
    ("is sin(x) an even function", "No, **$\\sin{\\left(x \\right)}$ is odd**", "Yes"),
    ("whats a kite", "two pairs of equal sides", FALLBACK),
    ("what does numerator mean", "numerator is 3", FALLBACK),
    ("what is a mean", "**Mean** is part of **Measures of center**", FALLBACK),
    ("define gcf", "**GCF** is part of", FALLBACK),
    ("is n even", "depends on the value of n", "n$ is odd"),
    ("find the mode 5 6 6 7", "**6**", FALLBACK),
    ("the mean of my test scores 80 90 100", "**90**", FALLBACK),
    ("what is the lcm of 8 12 and 16", "of 8, 12 and 16 is **48**", "of 12 and 16"),
    ("what is the 4th root of 81", "**3**", "4h"),
    ("how many angles are in a pentagon", "**5 angles**", FALLBACK),
    ("what is the absolute value of -4.5", "**4.5**", "frac"),
    ("what is a parallelogram", "**a quadrilateral with both pairs of opposite sides", FALLBACK),
    ("whats a variable in math", "**Variable** is part of **Algebraic expressions**", "Python"),
    ("what is a variable in python", "Variables and assignment", "Algebraic expressions"),
]


@pytest.mark.parametrize(("question", "expected", "never"), FOLLOW_UPS)
def test_the_same_kinds_in_other_words(question: str, expected: str, never: str) -> None:
    text = reply(question)
    assert expected in text, text
    assert never not in text, text
