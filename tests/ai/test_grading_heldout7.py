"""A seventh set of held-out answer forms (written for this test, not taken from any data set),
right and wrong forms side by side: expected answers that list alternatives ("Nucleus or
nuclei", "mitochondrion (mitochondria)", "CO2 / carbon dioxide"), numbers spelled out with
their decimals and fractions ("three point two", "two and a half", "three quarters", "minus
four", "one hundred and five"), words that only look like the expected one's other number
("magnesia" for "magnesium"), OpenStax answers typed in plain text (intervals, ±, roots, pi,
scientific notation, degrees, percents) and GSM8K answers in a sentence ("She has 18 apples
left.", "Answer: 42", "=> 42").

Decisions (issue 14):
- An expected answer that lists alternatives ("A or B", "A (B)", "A / B", "A; B") is right
  as either alternative alone: the author wrote two names for one answer. A student who
  names one alternative and another term ("nucleus or ribosome") still hedges, and a student
  who offers two different things where the expected lists two names is no more right than
  one who names only the other thing. Both alternatives together ("nucleus or nuclei") are
  the same answer twice and right.
- A number said in words is that number, with its decimals ("three point two"), its
  fractions ("two and a half", "three quarters", "two thirds"), its sign ("minus four",
  "negative two point five") and "and" inside it ("one hundred and five"). Two spelled
  numbers joined by "or" are a hedge as two figures are.
- Singular and plural share a key only where the words are one term: "magnesia" is not
  "magnesium", "meiosis" is not "mitosis", "medium" is not "media" when "median" is asked.
- Plain-text forms of LaTeX answers: "inf"/"infinity"/"∞" and "U" for ∪, "+-"/"±" for ±,
  "sqrt(5)"/"√5", "pi"/"π", "3.2 x 10^4", "3.2*10^4" and "3.2e4", "45 degrees"/"45°",
  "12 percent". A percent question answered with the decimal stays wrong (issue 12).
- GSM8K final answers typed in a sentence or after a marker ("Answer: 42", "=> 42",
  "#### 42", "She has 18 apples left.", "it costs $7.50 per hour") are read as that number.

When written, before the grader was changed for them, 44 of the 220 cases failed.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.grading import grade_values

# short text questions
DNA = "Where is the DNA of a plant cell kept?"
POWER = "Which organelle releases energy from glucose?"
EXHALE = "Which gas do we breathe out?"
SALT = "What is the chemical name of table salt?"
DRINK = "What compound covers most of Earth's surface?"
CHAIN = "What are the organisms at the start of a food chain called?"
PULL = "What force pulls objects toward Earth?"
GAS = "What is it called when a liquid turns into a gas?"
SPLIT = "What type of cell division makes two identical body cells?"
SEX = "What type of cell division makes gametes?"
METAL = "Which element burns with a bright white flame in a flare?"
MIDDLE = "What is the middle value of an ordered data set called?"
WATER_MOVES = "What is the movement of water across a membrane called?"
ROCK = "What kind of rock forms when magma cools?"
GREEN = "Which organelle carries out photosynthesis?"
# spelled numbers
ROD = "A rod is 1.6 m long. How long are two rods in meters?"
HALF = "Five cookies are shared by two children. How many cookies does each child get?"
QUARTER = "A pizza has 4 slices and 3 are eaten. How much of the pizza is eaten?"
QUARTER_FRACTION = "What fraction of an hour is 45 minutes?"
DROP = "The temperature was 3 degrees and fell by 7 degrees. What is it now?"
SUM = "What is 60 + 45?"
THIRD = "What fraction of the 12 marbles are the 4 red ones?"
TWO_THIRDS = "What fraction of the 12 marbles are the 8 blue ones?"
BIG = "A school has 1,200 students and 45 teachers. How many people is that?"
LOSS = "A stock fell 2.5 points. Write the change as a signed number."
PRICE = "Two pens cost $7.50. What does one pen cost?"
# OpenStax
ABS = "Solve |x - 2| + 4 ≥ 10 and write the answer in interval notation."
OPEN = "Solve 2x - 3 > 5 and write the answer in interval notation."
SQUARES = "Solve x^2 = 9."
ROOT = "Simplify √20."
CIRCLE = "Find the exact circumference of a circle with radius 1.5."
ANGLE = "Find the exact value of θ in [0, π/2] with cos θ = 1/2."
SCI = "Write 32,000 in scientific notation."
FORCE = "A charge feels a force of 32,000 N. Write the force in scientific notation."
TRIANGLE = "Two angles of a triangle are 60° and 75°. Find the third angle."
PERCENT = "Of 50 students, 6 walk to school. What percent of the students walk to school?"
HALF_RED = "Of 10 marbles, 5 are red. What fraction of the marbles are red?"
DIAGONAL = "Find the diagonal of a square with side 5."
SINE = "Find the exact value of sin 60°."
PEOPLE = "A city has 1.5 million people and grows by 500,000. How many people live there now?"
# GSM8K
APPLES = "Maria had 30 apples and gave away 12. How many apples does she have left?"
WAGE = "Tom earns $60 for 8 hours of work. How much does he earn per hour?"
TOTAL = "A class of 6 groups with 7 students each goes on a trip. How many students go?"
SAVINGS = "Ann saves $25 a week for 48 weeks. How much has she saved?"
HOURS = "A train travels 300 miles at 60 miles per hour. How many hours does it take?"


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        # expected answers that list alternatives
        ("Nucleus or nuclei", "nucleus", DNA),
        ("Nucleus or nuclei", "nuclei", DNA),
        ("Nucleus or nuclei", "the nucleus", DNA),
        ("Nucleus or nuclei", "its in the nucleus", DNA),
        ("Nucleus or nuclei", "nucleus or nuclei", DNA),
        ("Mitochondrion (mitochondria)", "mitochondria", POWER),
        ("Mitochondrion (mitochondria)", "mitochondrion", POWER),
        ("Mitochondrion (mitochondria)", "the mitochondria", POWER),
        ("Mitochondrion (mitochondria)", "Mitochondrion (mitochondria)", POWER),
        ("CO2 / carbon dioxide", "carbon dioxide", EXHALE),
        ("CO2 / carbon dioxide", "CO2", EXHALE),
        ("CO2 / carbon dioxide", "co2", EXHALE),
        ("CO2 / carbon dioxide", "i think its carbon dioxide", EXHALE),
        ("Carbon dioxide (CO2)", "CO2", EXHALE),
        ("Carbon dioxide (CO2)", "carbon dioxide", EXHALE),
        ("Sodium chloride (NaCl)", "NaCl", SALT),
        ("Sodium chloride (NaCl)", "sodium chloride", SALT),
        ("Water or H2O", "H2O", DRINK),
        ("Water or H2O", "water", DRINK),
        ("Producers (plants)", "producers", CHAIN),
        ("Producers (plants)", "producer", CHAIN),
        ("Gravity; gravitational force", "gravity", PULL),
        ("Gravity; gravitational force", "the gravitational force", PULL),
        ("Evaporation/vaporization", "vaporization", GAS),
        ("Evaporation/vaporization", "evaporation", GAS),
        ("Chloroplast(s)", "chloroplasts", GREEN),
        ("Chloroplast(s)", "a chloroplast", GREEN),
        ("Igneous", "igneous rock", ROCK),
        ("Mitosis", "mitoses", SPLIT),
        ("Median", "the median", MIDDLE),
        # numbers spelled out
        ("3.2", "three point two", ROD),
        ("3.2", "three point two meters", ROD),
        ("3.2", "Three point two", ROD),
        ("2.5", "two and a half", HALF),
        ("2.5", "two and a half cookies", HALF),
        ("2.5", "2 and a half", HALF),
        ("2.5", "two point five", HALF),
        ("0.75", "three quarters", QUARTER),
        ("0.75", "zero point seven five", QUARTER),
        ("3/4", "three quarters", QUARTER_FRACTION),
        ("3/4", "three fourths", QUARTER_FRACTION),
        ("3/4", "three-quarters of an hour", QUARTER_FRACTION),
        ("-4", "minus four", DROP),
        ("-4", "negative four", DROP),
        ("-4", "minus 4 degrees", DROP),
        ("105", "one hundred and five", SUM),
        ("105", "one hundred five", SUM),
        ("105", "a hundred and five", SUM),
        ("1/3", "one third", THIRD),
        ("1/3", "a third", THIRD),
        ("2/3", "two thirds", TWO_THIRDS),
        ("2/3", "two-thirds", TWO_THIRDS),
        ("1245", "one thousand two hundred and forty-five", BIG),
        ("1245", "twelve hundred and forty five people", BIG),
        ("-2.5", "negative two point five", LOSS),
        ("-2.5", "minus two and a half", LOSS),
        ("3.75", "three dollars and seventy-five cents", PRICE),
        # OpenStax answers typed in plain text
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "(-inf,-4] U [8,inf)", ABS),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "(-infinity, -4] u [8, infinity)", ABS),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "(-∞,-4]∪[8,∞)", ABS),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "x <= -4 or x >= 8", ABS),
        (r"$$(4,\infty)$$", "(4, infinity)", OPEN),
        (r"$$(4,\infty)$$", "x > 4", OPEN),
        (r"$$\pm 3$$", "+-3", SQUARES),
        (r"$$\pm 3$$", "±3", SQUARES),
        (r"$$\pm 3$$", "x = 3 or x = -3", SQUARES),
        (r"$$\pm 3$$", "3, -3", SQUARES),
        (r"$$2\sqrt{5}$$", "2sqrt(5)", ROOT),
        (r"$$2\sqrt{5}$$", "2√5", ROOT),
        (r"$$2\sqrt{5}$$", "2 sqrt 5", ROOT),
        (r"$$2\sqrt{5}$$", "2*sqrt(5)", ROOT),
        (r"$$3\pi$$", "3pi", CIRCLE),
        (r"$$3\pi$$", "3π", CIRCLE),
        (r"$$3\pi$$", "3 pi", CIRCLE),
        (r"$$\frac{\pi}{3}$$", "pi/3", ANGLE),
        (r"$$\frac{\pi}{3}$$", "π/3", ANGLE),
        (r"$$\frac{\pi}{3}$$", "1/3 pi", ANGLE),
        (r"$$3.2 \times 10^{4}$$", "3.2 x 10^4", SCI),
        (r"$$3.2 \times 10^{4}$$", "3.2*10^4", SCI),
        (r"$$3.2 \times 10^{4}$$", "3.2 × 10^4", SCI),
        (r"$$3.2 \times 10^{4}$$", "3.2 X 10^4", SCI),
        (r"$$3.2 \times 10^{4}$$", "3.2e4", FORCE),
        (r"$$3.2 \times 10^{4}$$", "3.2 x 10^4 N", FORCE),
        (r"$$45^{\circ}$$", "45 degrees", TRIANGLE),
        (r"$$45^{\circ}$$", "45°", TRIANGLE),
        (r"$$45^{\circ}$$", "45", TRIANGLE),
        (r"$$45^{\circ}$$", "45 deg", TRIANGLE),
        (r"$$12\%$$", "12%", PERCENT),
        (r"$$12\%$$", "12 percent", PERCENT),
        (r"$$12\%$$", "12", PERCENT),
        (r"$$12\%$$", "twelve percent", PERCENT),
        ("1/2", "half", HALF_RED),
        ("1/2", "half of them", HALF_RED),
        ("3/4", "three over four", QUARTER_FRACTION),
        ("2000000", "2 million", PEOPLE),
        ("2000000", "2 million people", PEOPLE),
        (r"$$5\sqrt{2}$$", "5 root 2", DIAGONAL),
        (r"$$5\sqrt{2}$$", "5 square root of 2", DIAGONAL),
        (r"$$5\sqrt{2}$$", "5sqrt2", DIAGONAL),
        (r"$$\frac{\sqrt{3}}{2}$$", "sqrt3/2", SINE),
        (r"$$\frac{\sqrt{3}}{2}$$", "root 3 over 2", SINE),
        (r"$$3.2 \times 10^{4}$$", "3.2*10^4 N", FORCE),
        # GSM8K answers in a sentence
        ("18", "She has 18 apples left.", APPLES),
        ("18", "18 apples left", APPLES),
        ("18", "Answer: 18", APPLES),
        ("18", "=> 18", APPLES),
        ("18", "30 - 12 = 18", APPLES),
        ("18", "#### 18", APPLES),
        ("18", "She has eighteen apples left.", APPLES),
        ("7.5", "it costs $7.50 per hour", WAGE),
        ("7.5", "He earns $7.50 an hour.", WAGE),
        ("7.5", "60/8 = 7.5 dollars per hour", WAGE),
        ("7.5", "$7.5/hour", WAGE),
        ("42", "Answer: 42", TOTAL),
        ("42", "=> 42", TOTAL),
        ("42", "6 x 7 = 42 students", TOTAL),
        ("42", "The answer is 42 students.", TOTAL),
        ("1200", "She has saved $1,200.", SAVINGS),
        ("1200", "25 * 48 = $1200", SAVINGS),
        ("5", "It takes 5 hours.", HOURS),
        ("5", "five hours", HOURS),
    ],
)
def test_a_right_answer_in_a_student_form_is_accepted(expected, answer, question):
    result = grade_values(expected, answer, question=question)
    assert result.correct, result.feedback


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        # alternatives in the expected answer: another term, or a hedge with another term
        ("Nucleus or nuclei", "nucleolus", DNA),
        ("Nucleus or nuclei", "nucleus or ribosome", DNA),
        ("Nucleus or nuclei", "ribosome or nucleus", DNA),
        ("Nucleus or nuclei", "cytoplasm", DNA),
        ("Nucleus or nuclei", "maybe the nucleus", DNA),
        ("Mitochondrion (mitochondria)", "ribosome", POWER),
        ("Mitochondrion (mitochondria)", "mitochondria or chloroplast", POWER),
        ("Mitochondrion (mitochondria)", "chloroplast (mitochondria)", POWER),
        ("CO2 / carbon dioxide", "carbon monoxide", EXHALE),
        ("CO2 / carbon dioxide", "CO", EXHALE),
        ("CO2 / carbon dioxide", "O2", EXHALE),
        ("CO2 / carbon dioxide", "CO2 or O2", EXHALE),
        ("CO2 / carbon dioxide", "oxygen / carbon dioxide", EXHALE),
        ("Carbon dioxide (CO2)", "oxygen", EXHALE),
        ("Sodium chloride (NaCl)", "sodium", SALT),
        ("Sodium chloride (NaCl)", "NaOH", SALT),
        ("Water or H2O", "H2O2", DRINK),
        ("Producers (plants)", "consumers", CHAIN),
        ("Gravity; gravitational force", "friction", PULL),
        ("Gravity; gravitational force", "gravity or friction", PULL),
        ("Evaporation/vaporization", "condensation", GAS),
        ("Chloroplast(s)", "chlorophyll", GREEN),
        # words that only look like the expected one's other number
        ("Magnesium", "magnesia", METAL),
        ("Magnesium", "manganese", METAL),
        ("Mitosis", "meiosis", SPLIT),
        ("Meiosis", "mitosis", SEX),
        ("Median", "media", MIDDLE),
        ("Median", "medium", MIDDLE),
        ("Osmosis", "diffusion", WATER_MOVES),
        ("Igneous", "sedimentary", ROCK),
        # spelled numbers: another value, or two of them
        ("3.2", "three point three", ROD),
        ("3.2", "thirty two", ROD),
        ("3.2", "three point two or three point three", ROD),
        ("2.5", "two and a quarter", HALF),
        ("2.5", "two or three", HALF),
        ("0.75", "one quarter", QUARTER),
        ("0.75", "three", QUARTER),
        ("3/4", "one quarter", QUARTER_FRACTION),
        ("3/4", "three quarters or two thirds", QUARTER_FRACTION),
        ("-4", "four", DROP),
        ("-4", "minus ten", DROP),
        ("-4", "plus four", DROP),
        ("105", "one hundred and fifteen", SUM),
        ("105", "one hundred and fifty", SUM),
        ("105", "one hundred", SUM),
        ("1/3", "two thirds", THIRD),
        ("2/3", "one third", TWO_THIRDS),
        ("1245", "one thousand two hundred", BIG),
        ("-2.5", "two point five", LOSS),
        ("3.75", "three dollars and fifty cents", PRICE),
        # OpenStax: another interval, sign, root, multiple of pi, exponent or form
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "(-inf,-4) U (8,inf)", ABS),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "[-4, 8]", ABS),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "(-inf,4] U [8,inf)", ABS),
        (r"$$(4,\infty)$$", "[4, infinity)", OPEN),
        (r"$$(4,\infty)$$", "(-infinity, 4)", OPEN),
        (r"$$\pm 3$$", "3", SQUARES),
        (r"$$\pm 3$$", "+-9", SQUARES),
        (r"$$2\sqrt{5}$$", "2sqrt(3)", ROOT),
        (r"$$2\sqrt{5}$$", "5sqrt(2)", ROOT),
        (r"$$2\sqrt{5}$$", "sqrt(10)", ROOT),
        (r"$$3\pi$$", "3", CIRCLE),
        (r"$$3\pi$$", "6pi", CIRCLE),
        (r"$$\frac{\pi}{3}$$", "pi/6", ANGLE),
        (r"$$\frac{\pi}{3}$$", "60", ANGLE),
        (r"$$3.2 \times 10^{4}$$", "3.2 x 10^3", SCI),
        (r"$$3.2 \times 10^{4}$$", "32 x 10^3", SCI),
        (r"$$3.2 \times 10^{4}$$", "32,000", SCI),
        (r"$$3.2 \times 10^{4}$$", "3.2 x 10^-4", FORCE),
        (r"$$45^{\circ}$$", "135°", TRIANGLE),
        (r"$$45^{\circ}$$", "45° or 55°", TRIANGLE),
        (r"$$12\%$$", "0.12", PERCENT),
        (r"$$12\%$$", "1.2%", PERCENT),
        (r"$$12\%$$", "12% or 6%", PERCENT),
        ("1/2", "a third", HALF_RED),
        ("3/4", "four over three", QUARTER_FRACTION),
        ("2000000", "3 million", PEOPLE),
        ("2000000", "2 million or 1.5 million", PEOPLE),
        (r"$$5\sqrt{2}$$", "5 root 3", DIAGONAL),
        (r"$$5\sqrt{2}$$", "2 square root of 5", DIAGONAL),
        (r"$$\frac{\sqrt{3}}{2}$$", "sqrt2/2", SINE),
        (r"$$\frac{\sqrt{3}}{2}$$", "root 3 over 3", SINE),
        (r"$$3.2 \times 10^{4}$$", "3.2*10^3 N", FORCE),
        # GSM8K: a slip, a hedge or the wrong number in the sentence
        ("18", "She has 17 apples left.", APPLES),
        ("18", "18 or 19 apples", APPLES),
        ("18", "Answer: 12", APPLES),
        ("18", "=> 42", APPLES),
        ("18", "17, not 18", APPLES),
        ("18", "She has eighteen or nineteen apples.", APPLES),
        ("18", "30 + 12 = 42", APPLES),
        ("7.5", "it costs $75 per hour", WAGE),
        ("7.5", "$7.05 per hour", WAGE),
        ("7.5", "it costs $7.50 or $8 per hour", WAGE),
        ("42", "Answer: 24", TOTAL),
        ("42", "=> 13", TOTAL),
        ("42", "6 + 7 = 13 students", TOTAL),
        ("1200", "She has saved $1,250.", SAVINGS),
        ("1200", "$120", SAVINGS),
        ("5", "It takes 6 hours.", HOURS),
        ("5", "five or six hours", HOURS),
    ],
)
def test_a_hedge_a_slip_or_another_answer_is_wrong(expected, answer, question):
    assert not grade_values(expected, answer, question=question).correct
