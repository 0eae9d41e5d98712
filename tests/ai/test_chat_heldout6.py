"""A sixth held-out chat set in a student's own words (lowercase, typos, no punctuation,
"can u"), written for this test before it was run: what comes next in a number pattern
(squares, cubes, triangular numbers, second differences, Fibonacci-like sums, a geometric
list with a fraction ratio), arithmetic with trig and log functions in it (degrees when
marked, radians with pi, both readings when the angle has no unit), physics with givens in
km/h, minutes, grams and cm (and speeds over km or miles in minutes said per hour),
statistics (the interquartile range is not the range), rounding, percents, a percent or a
fraction of a number inside a longer sum, primes, factors, unit conversions, one measure of a
shape from another, a claimed result to confirm or correct, questions no number can answer, definitions of knowledge-base terms never covered in a session, and
"quiz me" followed by a right and a wrong reply. Every expected answer was computed by hand:
the next square, cube or triangular number; exact trig values from the unit circle
(sin 30° = 1/2, cos 60° = 1/2, tan 45° = 1); 1 km/h = 5/18 m/s, 1 min = 60 s, 1 g = 0.001 kg,
1 cm = 0.01 m; quartiles as the medians of the halves.

60 of 82 failed on the code before the rules they name were written (the others guard
behaviour that already held: the rules must not break it).

Each case lists the texts the reply must all hold: one written "**v" must appear inside a bold
span (the answer line) with no digit running on either side; any other text must appear as
is. NO_NUMBER as the never-text means no bold span may hold a digit: the honest reply gives
no number (or, for an angle with no unit, both readings and neither as the answer)."""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import FALLBACK, NO_NUMBER, check_all, check_quiz

# (question, what the reply must all say, what it must never say)
QUESTIONS: list[tuple[str, tuple[str, ...], str]] = [
    # what comes next: the term and the rule
    ("what comes next 1, 4, 9, 16", ("**25", "square numbers"), FALLBACK),
    ("whats the next number 1 8 27 64", ("**125", "cube numbers"), FALLBACK),
    ("next term 1, 3, 6, 10, 15", ("**21", "triangular numbers"), FALLBACK),
    ("what comes next in 1, 1, 2, 3, 5, 8", ("**13", "sum of the two before"), FALLBACK),
    ("next number in the pattern 2, 5, 7, 12, 19", ("**31", "sum of the two before"), FALLBACK),
    ("next term of 81, 54, 36, 24", ("**16", "(2/3)^(n − 1)"), "2/3^(n"),
    ("what comes after 3, 5, 9, 17", ("**33", "multiplied by 2"), FALLBACK),
    ("2, 6, 12, 20, 30 whats next", ("**42", "second differences are all 2"), FALLBACK),
    ("what is the 10th term of 1, 4, 9, 16", ("**100",), FALLBACK),
    ("what comes next 64, 16, 4, 1", ("**0.25",), FALLBACK),
    ("what comes next 1/2, 1/4, 1/8", ("**1/16", "multiplied by 1/2"), "1/2 = 1/2"),
    ("wat comes nxt 1,4,9,16", ("**25",), FALLBACK),
    ("find the next 2 numbers 1, 4, 9, 16", ("**25, 36",), FALLBACK),
    ("whats the pattern 3 6 12 24", ("**48", "multiplied by 2"), FALLBACK),
    ("what comes next 7, 3, 9, 1", ("",), NO_NUMBER),  # no rule shows twice: not guessed
    # functions inside arithmetic: computed, the angle's unit stated
    ("sin(30°) + 1", ("**$\\frac{3}{2}$ = 1.5", "degrees"), "+ 1 = 1"),
    ("sin(30) + 1", ("In degrees", "1.5", "In radians", "0.012"), NO_NUMBER),
    ("whats sin(90)+cos(0)", ("In degrees: sin(90°)+cos(0°) = 2", "In radians"), NO_NUMBER),
    ("2cos(60°)", ("**1",), FALLBACK),
    ("tan(45°) * 4", ("**4",), FALLBACK),
    ("whats sin(pi/6) + 1", ("**$\\frac{3}{2}$ = 1.5", "radians"), FALLBACK),
    ("log(100) + 2", ("**4", "base 10"), FALLBACK),
    ("3 sin(45°)", ("2.1213",), FALLBACK),
    ("can u tell me what 3 sin(30°) is", ("**$\\frac{3}{2}$ = 1.5",), FALLBACK),
    # physics with everyday units: converted, and the conversion said
    ("a car goes 90 km/h for 20 minutes how far does it go", ("**30", "90 km/h = 25 m/s"), "**90"),
    ("a bike travels 600 m in 2 minutes whats its speed", ("**5 m/s", "2 min = 120 s"), "**300"),
    ("kinetic energy of a 500 g ball moving at 4 m/s", ("**4 J", "500 g = 0.5 kg"), "**4000"),
    ("a runner goes 5 km in 25 minutes what is the speed in m/s", ("**≈ 3.33 m/s",), "**0.2"),
    (
        "what is the momentum of a 1500 kg car going 72 km/h",
        ("**30000", "72 km/h = 20 m/s"),
        "**108000",
    ),
    (
        "a car accelerates from 36 km/h to 72 km/h in 5 s whats the acceleration",
        ("**2 m/s²", "36 km/h = 10 m/s"),
        "**7.2",
    ),
    ("a 1200 W heater runs for 30 minutes how much energy", ("**2160000 J",), "**36000"),
    ("an object moves 150 cm in 3 s whats its speed", ("**0.5 m/s", "150 cm = 1.5 m"), "**50"),
    ("how much work is done lifting a 2 kg box 3 m", ("**58.8 J",), FALLBACK),
    ("a car drives 120 km in 2 hours what is its speed", ("**60 km",), "m/s"),
    ("whats the average speed if i go 12 km in 30 minutes", ("**24 km per hour",), "**0.4"),
    ("a cyclist rides 9 miles in 45 minutes what is her speed", ("**12 miles per hour",), "**0.2"),
    ("a ball is dropped from rest how fast is it going after 3 seconds", ("**29.4 m/s",), FALLBACK),
    ("a 60 kg person climbs 4 m in 6 s what is the power", ("**392 W",), FALLBACK),
    # statistics
    ("what is the median of 3, 7, 7, 2, 9", ("**7",), FALLBACK),
    ("whats the mode of 3, 7, 7, 2, 9", ("**7",), FALLBACK),
    ("range of 3 7 7 2 9", ("**7",), FALLBACK),
    ("what is the interquartile range of 1 3 5 7 9 11", ("**6",), "**10"),
    ("iqr of 2, 4, 6, 8, 10, 12, 14, 16", ("**8", "Q3 − Q1 = 13 − 5"), FALLBACK),
    (
        "whats the mean median and mode of 2 3 3 5 7",
        ("The **mean** is **4", "The **median** is **3", "The **mode** is **3"),
        FALLBACK,
    ),
    # rounding, percents, fractions, factors, conversions
    ("round 3.456 to the nearest tenth", ("**3.5",), "**3.46"),
    ("round 7.849 to the nearest tenth", ("**7.8",), "**7.9"),
    ("what is 3/4 as a percent", ("**$75\\%$",), FALLBACK),
    ("simplify 18/24", ("\\frac{3}{4}",), FALLBACK),
    ("lcm of 4 and 6", ("**12",), "**24"),
    ("is 87 prime", ("not prime", "3 \\times 29"), "**87 is prime"),
    ("what is the next prime after 13", ("**17",), FALLBACK),
    ("whats the 5th prime number", ("**11",), FALLBACK),
    ("list the prime numbers less than 20", ("**2, 3, 5, 7, 11, 13, 17, 19",), FALLBACK),
    ("what are the primes between 20 and 40", ("**23, 29, 31, 37",), FALLBACK),
    ("what is the 2nd prime factor of 30", ("",), "**3"),  # a factor, not the 2nd prime
    ("convert 5 feet to inches", ("**60 inches",), FALLBACK),
    ("how many seconds in 2.5 minutes", ("**150 seconds",), FALLBACK),
    ("what is 15 percent of 60 plus 10", ("**19",), "**9**"),
    ("whats 100 minus 20% of 40", ("**92",), "**8**"),
    ("what is half of 18 plus 4", ("**13",), "**9**"),
    ("2/3 of 12 minus 3", ("**5",), "**8**"),
    ("whats 1/3 of 2/5 + 1", ("\\frac{17}{15}",), "0.1333 + 1"),
    # one measure of a shape from another: the given number is not a side
    ("what is the perimeter of a square with area 49", ("**$28$",), "**$196$"),
    ("a square has an area of 64 what is its perimeter", ("**$32$",), "**$8$"),
    ("a cube has a volume of 27 whats its surface area", ("**$54$",), FALLBACK),
    ("a rectangle has an area of 24 what is its perimeter", ("can't be told",), NO_NUMBER),
    # a claimed result: yes or no first, never the wrong value as fact
    ("3/4 is 0.34 right", ("No", "**0.75"), "3/4 = 3/4"),
    ("the square root of 49 is 8 isnt it", ("No", "**7"), "Yes"),
    ("so 20% of 50 is 15 correct?", ("No: 20% of 50 is **10**",), "Yes"),
    ("my friend said 6 times 7 is 42 right", ("Yes", "**42"), "No"),
    ("1/3 is 0.33 right", ("Close", "rounded"), "Yes"),
    ("2/3 is 0.6 right", ("No", "0.6667"), "Yes"),
    # no number can be right
    ("how many students are in my class", (FALLBACK,), NO_NUMBER),
    ("whats the area of my room", ("",), NO_NUMBER),
    # knowledge-base terms never covered in a session
    ("whats a noun", ("Parts of speech",), FALLBACK),
    ("what is an atom", ("Atomic structure",), "Balancing chemical equations"),
    ("whats an ecosystem", ("Ecosystems and energy flow",), FALLBACK),
    ("what is a simile", ("Figurative language",), FALLBACK),
    ("what is a producer in biology", ("Ecosystems and energy flow",), "financial literacy"),
]


@pytest.mark.parametrize(("question", "expected", "never"), QUESTIONS)
def test_a_heldout_question_gets_every_part_of_its_computed_answer(
    question: str, expected: tuple[str, ...], never: str
) -> None:
    check_all(question, expected, never)


# (quiz request, a word the quiz's concept id has)
QUIZZES = [
    ("quiz me on fractions", "fraction"),
    ("can u quiz me on percents", "percent"),
    ("quiz me on the water cycle pls", "water_cycle"),
]


@pytest.mark.parametrize(("request_", "topic"), QUIZZES)
def test_a_quiz_is_on_the_topic_and_its_reply_is_graded(request_: str, topic: str) -> None:
    check_quiz(request_, topic)
