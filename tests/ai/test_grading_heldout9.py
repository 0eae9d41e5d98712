r"""A ninth set of held-out answer forms (written for this test, not taken from any data set),
right and wrong forms side by side: (a) how students type the final answer of a grade-school
word problem (money with cents or spaces, units, "It's 18 apples", "the answer would be 18",
"18 (apples)", number words, "18!", "18.0", "18 because 3x6", "3 x 6 = 18", "x=18", "18
each", "18/1", another unit of the same quantity); (b) typed answers to algebra and
precalculus steps whose expected answer is authored LaTeX (fractions, radicals, powers,
intervals, points, solution sets, inequalities, functions, logs, trig values, percents),
with equivalent forms that must be accepted and near misses that must be rejected; (c)
hedges and several values, which are wrong.

Decisions:
- A bare "~" or "≈" before a value is a guess where the value is exact, as "about" is.
- An amount in another unit of the same kind ("1.5 hours", "1 hour 30 minutes" for "90
  minutes") is right where the question asks for no unit; where it asks for minutes, an
  answer in hours is wrong.
- Working set up from the question's numbers and not carried out ("3 x 6", "6 + 6 + 6",
  "180 ÷ 15", "22^2" for one number) is not the answer; "3 x 6 = 18" and "18 because 3x6"
  are. A fraction ("3/4"), a mixed number and scientific notation are numbers, not working.
- A bound ("at least 1080", "18+", "no more than 18") is no one value; "adds up to" and
  "rounds up to" state a result.
- A product multiplied out where the question asks to factor is the wrong form.
- "log_3 20", "log_2 x" and "log2(x)" keep their base; "∛x" is the cube root.
- A math answer is graded by its value, never by its words: "the total" is no answer.

When written, before the grader was changed for them, 25 of the 359 cases failed.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.grading import grade_values

# (a) grade-school word problems
SHIRTS = "A store sells shirts for $24 each. Maria buys 45 shirts. How much does she pay?"
APPLES = "Tom has 3 bags with 6 apples in each bag. How many apples does he have?"
COOKIES = "12 cookies are shared equally by 4 friends. How many cookies does each friend get?"
MOVIE_MIN = "A movie is 1.5 hours long. How many minutes long is the movie?"
RUN_HOURS = "Ana runs for 90 minutes. How many hours does she run?"
MOVIE = "A movie starts at noon and has two parts of 45 minutes each. How long is the movie?"
PENS = "A pen costs $1.25. How much do 4 pens cost?"
DISCOUNT = "A shirt costs $40 and is 25% off. How much money is taken off the price?"
HALF = "5 liters of juice are poured equally into 2 jugs. How many liters are in each jug?"
TOTAL = "A school buys 40 boxes of 30 pencils. How many pencils does it buy?"
FARM = "A farm has 250 cows and 4 times as many chickens. How many chickens are there?"
ROUND_COST = "Gas costs $3.49 a gallon. How much do 7 gallons cost? Round to the nearest dollar."
WEEKS = "Leo saves $15 a week. How many weeks does he need to save $180?"
LEFT = "Mia had 52 stickers and gave away 17. How many stickers does she have left?"
# (b) algebra and precalculus steps with authored LaTeX answers
RATIONAL = "Simplify (2x + 6)/(x^2 + 5x + 6)."
FACTOR = "Factor x^2 + 2x - 15."
RADICAL = "Simplify √27."
SIN60 = "Find the exact value of sin(60°)."
COS135 = "Find the exact value of cos(135°)."
POWER = "Simplify x^5 / x^3."
SQUARE = "Expand (2x - 3y)^2."
OUTSIDE = "Solve |x - 2| ≥ 6. Write the answer in interval notation."
ABOVE = "Solve 2x - 1 > 5. Write the answer in interval notation."
HALF_OPEN = "Write -2 ≤ x < 3 in interval notation."
AT_MOST = "Solve 3x + 2 ≤ 17."
POINT = "Solve the system y = 2x and x + y = 6."
ROOTS = "Solve x^2 - 4x - 21 = 0."
PLUS_MINUS = "Solve x^2 = 9."
COST_FN = (
    "A machine worth $12,025 loses $205 of value each year. Write its value C(t) after t years."
)
INVERSE_VAR = "y varies inversely with x, and y = 1 when x = 3. Write the equation."
LOG_BASE = "Solve 3^x = 20 for x. Give the exact answer."
LN = "Solve e^(2x) = 7 for x. Give the exact answer."
ANGLE = "Find θ in [0, π/2] with cos θ = 1/2, in radians."
COS60 = "Find cos(60°)."
TO_DECIMAL = "Write 35% as a decimal."
TO_PERCENT = "Write 0.35 as a percent."
TRIG_EXPR = "Simplify 2cos(x) + 3cos(x)."
AREA_FN = "The radius of a circle is r(t) = 2t + 1. Write the area A as a function of t."
NEG_FRACTION = "Solve 8x + 3 = 0."
ROUNDED = "Find the probability to three decimal places."
EXACT_INT = "Compute 22^2."
COMPLEX = "Simplify (1 + 2i) + (2 + 2i)."
RATIONAL_EXP = "Write x√x as a power of x."
GEOMETRIC = "Write the nth term of the geometric sequence -2, -4, -8, ..."
LOG_INVERSE = "Find the inverse of f(x) = 2^x."
CUBE_INVERSE = "Find the inverse of f(x) = x^3."


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        # (a) money, separators, units and sentences
        ("1080", "$1,080.00", SHIRTS),
        ("1080", "1080 dollars", SHIRTS),
        ("1080", "1 080", SHIRTS),
        ("1080", "$1080", SHIRTS),
        ("1080", "She pays $1,080.", SHIRTS),
        ("1080", "the answer would be 1080", SHIRTS),
        ("1080", "1,080", SHIRTS),
        ("1080", "1080!", SHIRTS),
        ("1080", "1080.00", SHIRTS),
        ("1080", "24 x 45 = 1080", SHIRTS),
        ("1080", "24*45=1080", SHIRTS),
        ("1080", "24 × 45 = $1,080", SHIRTS),
        ("1080", "one thousand eighty dollars", SHIRTS),
        ("1080", "So the total is 1,080 dollars.", SHIRTS),
        ("1080", "Total: $1080", SHIRTS),
        ("1080", "she pays 1080 dollars in total", SHIRTS),
        ("18", "It's 18 apples", APPLES),
        ("18", "18 (apples)", APPLES),
        ("18", "eighteen", APPLES),
        ("18", "Eighteen apples.", APPLES),
        ("18", "18!", APPLES),
        ("18", "18.0", APPLES),
        ("18", "18 because 3x6", APPLES),
        ("18", "18 because 3 x 6 = 18", APPLES),
        ("18", "3 x 6 = 18", APPLES),
        ("18", "3*6=18 apples", APPLES),
        ("18", "3 × 6 = 18", APPLES),
        ("18", "x=18", APPLES),
        ("18", "18 in total", APPLES),
        ("18", "18 apples total", APPLES),
        ("18", "18/1", APPLES),
        ("18", "The answer is 18", APPLES),
        ("18", "He has 18 apples.", APPLES),
        ("18", "he has eighteen apples", APPLES),
        ("18", "i got 18", APPLES),
        ("18", "18 apples", APPLES),
        ("3", "3 each", COOKIES),
        ("3", "3 cookies each", COOKIES),
        ("3", "each friend gets 3", COOKIES),
        ("3", "12/4 = 3", COOKIES),
        ("3", "three each", COOKIES),
        ("3", "12 ÷ 4 = 3 cookies", COOKIES),
        ("90", "90 minutes", MOVIE_MIN),
        ("90", "90 min", MOVIE_MIN),
        ("90", "1.5 × 60 = 90", MOVIE_MIN),
        ("90", "it is 90 minutes long", MOVIE_MIN),
        ("1.5", "1.5 hours", RUN_HOURS),
        ("1.5", "1 1/2 hours", RUN_HOURS),
        ("1.5", "3/2", RUN_HOURS),
        ("1.5", "one and a half hours", RUN_HOURS),
        ("90 minutes", "1.5 hours", MOVIE),
        ("90 minutes", "90 min", MOVIE),
        ("90 minutes", "90", MOVIE),
        ("90 minutes", "1 hour 30 minutes", MOVIE),
        ("90 minutes", "1 1/2 hours", MOVIE),
        ("90 minutes", "It lasts 1.5 hrs.", MOVIE),
        ("5", "$5.00", PENS),
        ("5", "5 dollars", PENS),
        ("5", "$5", PENS),
        ("5", "4 pens cost $5.", PENS),
        ("5", "five dollars", PENS),
        ("10", "$10", DISCOUNT),
        ("10", "$10.00 off", DISCOUNT),
        ("10", "40 × 0.25 = 10", DISCOUNT),
        ("2.5", "2 1/2", HALF),
        ("2.5", "2½ liters", HALF),
        ("2.5", "5/2", HALF),
        ("2.5", "two and a half liters", HALF),
        ("2.5", "2.50 L", HALF),
        ("1200", "1,200 pencils", TOTAL),
        ("1200", "twelve hundred", TOTAL),
        ("1200", "one thousand two hundred", TOTAL),
        ("1200", "40 x 30 = 1,200", TOTAL),
        ("1200", "So the total is 1,200 pencils.", TOTAL),
        ("1000", "1,000 chickens", FARM),
        ("1000", "one thousand", FARM),
        ("1000", "250 * 4 = 1000", FARM),
        ("24", "$24", ROUND_COST),
        ("24", "about $24", ROUND_COST),
        ("24", "~24", ROUND_COST),
        ("24", "24.43 ≈ 24", ROUND_COST),
        ("12", "12 weeks", WEEKS),
        ("12", "180/15 = 12", WEEKS),
        ("12", "he needs 12 weeks", WEEKS),
        ("35", "35 stickers left", LEFT),
        ("35", "52 - 17 = 35", LEFT),
        ("35", "thirty-five", LEFT),
        ("35", "She has 35 left.", LEFT),
        # (b) fractions and rational expressions
        (r"$$\frac{2}{x+2}$$", "2/(x+2)", RATIONAL),
        (r"$$\frac{2}{x+2}$$", "2/(2+x)", RATIONAL),
        (r"$$\frac{2}{x+2}$$", "2(x+2)^-1", RATIONAL),
        (r"$$\frac{2}{x+2}$$", "2 / (x + 2)", RATIONAL),
        (r"$$\left(x-3\right)\left(x+5\right)$$", "(x+5)(x-3)", FACTOR),
        (r"$$\left(x-3\right)\left(x+5\right)$$", "(x - 3)(x + 5)", FACTOR),
        (r"$$\left(x-3\right)\left(x+5\right)$$", "(x-3)*(x+5)", FACTOR),
        # radicals and exact trig values
        (r"$$3\sqrt{3}$$", "3√3", RADICAL),
        (r"$$3\sqrt{3}$$", "3sqrt(3)", RADICAL),
        (r"$$3\sqrt{3}$$", "3 sqrt 3", RADICAL),
        (r"$$3\sqrt{3}$$", "3*sqrt(3)", RADICAL),
        (r"$$\frac{\sqrt{3}}{2}$$", "√3/2", SIN60),
        (r"$$\frac{\sqrt{3}}{2}$$", "sqrt(3)/2", SIN60),
        (r"$$\frac{\sqrt{3}}{2}$$", "(√3)/2", SIN60),
        (r"$$\frac{-\sqrt{2}}{2}$$", "-√2/2", COS135),
        (r"$$\frac{-\sqrt{2}}{2}$$", "−sqrt(2)/2", COS135),
        (r"$$\frac{-\sqrt{2}}{2}$$", "-1/√2", COS135),
        (r"$$\frac{1}{2}$$", "0.5", COS60),
        (r"$$\frac{1}{2}$$", "1/2", COS60),
        (r"$$\frac{1}{2}$$", "cos 60° = 1/2", COS60),
        (r"$$\frac{\pi}{3}$$", "π/3", ANGLE),
        (r"$$\frac{\pi}{3}$$", "pi/3", ANGLE),
        (r"$$\frac{\pi}{3}$$", "θ = π/3", ANGLE),
        (r"$$\frac{\pi}{3}$$", "(1/3)π", ANGLE),
        # powers and polynomials
        (r"$$x^{2}$$", "x^2", POWER),
        (r"$$x^{2}$$", "x²", POWER),
        (r"$$x^{2}$$", "x**2", POWER),
        (r"$$4x^2-12x y+9y^2$$", "4x^2 - 12xy + 9y^2", SQUARE),
        (r"$$4x^2-12x y+9y^2$$", "9y^2 - 12xy + 4x^2", SQUARE),
        (r"$$4x^2-12x y+9y^2$$", "4x² − 12xy + 9y²", SQUARE),
        (r"$$x^{\frac{3}{2}}$$", "x^(3/2)", RATIONAL_EXP),
        (r"$$x^{\frac{3}{2}}$$", "x^1.5", RATIONAL_EXP),
        # intervals and inequalities
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "(-inf,-4] U [8,inf)", OUTSIDE),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "(-∞, -4] ∪ [8, ∞)", OUTSIDE),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "x ≤ -4 or x ≥ 8", OUTSIDE),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "x <= -4 or x >= 8", OUTSIDE),
        (r"$$(3,\infty)$$", "(3, ∞)", ABOVE),
        (r"$$(3,\infty)$$", "x > 3", ABOVE),
        (r"$$(3,\infty)$$", "(3,inf)", ABOVE),
        (r"$$[-2,3)$$", "[-2, 3)", HALF_OPEN),
        (r"$$x\leq 5$$", "x <= 5", AT_MOST),
        (r"$$x\leq 5$$", "x ≤ 5", AT_MOST),
        (r"$$x\leq 5$$", "5 ≥ x", AT_MOST),
        (r"$$x\leq 5$$", "(-∞, 5]", AT_MOST),
        # points and solution sets
        (r"$$(2,4)$$", "(2, 4)", POINT),
        (r"$$(2,4)$$", "x = 2, y = 4", POINT),
        (r"$$(2,4)$$", "the solution is (2,4)", POINT),
        (r"$$7$$, $$-3$$", "x = 7 or x = -3", ROOTS),
        (r"$$7$$, $$-3$$", "-3, 7", ROOTS),
        (r"$$7$$, $$-3$$", "x=7, x=-3", ROOTS),
        (r"$$-3$$ and $$3$$", "±3", PLUS_MINUS),
        (r"$$-3$$ and $$3$$", "x = ±3", PLUS_MINUS),
        (r"$$-3$$ and $$3$$", "3, -3", PLUS_MINUS),
        (r"$$-3$$ and $$3$$", "x = 3 or x = -3", PLUS_MINUS),
        # functions and equations
        (r"$$C(t)=-205t+12025$$", "C(t) = 12025 - 205t", COST_FN),
        (r"$$C(t)=-205t+12025$$", "-205t + 12025", COST_FN),
        (r"$$C(t)=-205t+12025$$", "C(t)=-205t+12025", COST_FN),
        (r"$$y=\frac{3}{x}$$", "y = 3/x", INVERSE_VAR),
        (r"$$y=\frac{3}{x}$$", "y=3x^-1", INVERSE_VAR),
        (r"$$\pi\left(2t+1\right)^2$$", "π(2t+1)^2", AREA_FN),
        (r"$$\pi\left(2t+1\right)^2$$", "pi(2t+1)^2", AREA_FN),
        (r"$$\pi\left(2t+1\right)^2$$", "A(t) = π(2t + 1)²", AREA_FN),
        (r"$$5\cos\left(x\right)$$", "5cos(x)", TRIG_EXPR),
        (r"$$5\cos\left(x\right)$$", "5 cos x", TRIG_EXPR),
        (r"$$5\cos\left(x\right)$$", "5*cos(x)", TRIG_EXPR),
        (r"$$a_n=\left(-2\right) 2^{n-1}$$", "a_n = -2(2)^(n-1)", GEOMETRIC),
        (r"$$a_n=\left(-2\right) 2^{n-1}$$", "-2*2^(n-1)", GEOMETRIC),
        # logs
        (r"$$\log_{3}(20)$$", "log_3(20)", LOG_BASE),
        (r"$$\log_{3}(20)$$", "ln(20)/ln(3)", LOG_BASE),
        (r"$$\log_{3}(20)$$", "x = log_3 20", LOG_BASE),
        (r"$$\frac{\ln(7)}{2}$$", "ln(7)/2", LN),
        (r"$$\frac{\ln(7)}{2}$$", "x = (ln 7)/2", LN),
        (r"$$\frac{\ln(7)}{2}$$", "0.5ln(7)", LN),
        # percents and decimals, signed fractions, rounded decimals, complex numbers
        (r"$$\log_{2}(x)$$", "log_2(x)", LOG_INVERSE),
        (r"$$\log_{2}(x)$$", "log_2 x", LOG_INVERSE),
        (r"$$\log_{2}(x)$$", "log2(x)", LOG_INVERSE),
        (r"$$\log_{2}(x)$$", "f^-1(x) = log_2(x)", LOG_INVERSE),
        (r"$$\log_{2}(x)$$", "ln(x)/ln(2)", LOG_INVERSE),
        (r"$$\sqrt[3]{x}$$", "x^(1/3)", CUBE_INVERSE),
        (r"$$\sqrt[3]{x}$$", "∛x", CUBE_INVERSE),
        (r"$$\sqrt[3]{x}$$", "cbrt(x)", CUBE_INVERSE),
        ("$$0.35$$", "0.35", TO_DECIMAL),
        ("$$0.35$$", ".35", TO_DECIMAL),
        (r"$$35\%$$", "35%", TO_PERCENT),
        (r"$$35\%$$", "35 percent", TO_PERCENT),
        (r"$$\frac{-3}{8}$$", "-3/8", NEG_FRACTION),
        (r"$$\frac{-3}{8}$$", "-0.375", NEG_FRACTION),
        (r"$$\frac{-3}{8}$$", "x = -3/8", NEG_FRACTION),
        ("$$0.335$$", "0.335", ROUNDED),
        ("$$0.335$$", ".335", ROUNDED),
        ("$$0.335$$", "0.3350", ROUNDED),
        ("$$484$$", "484.0", EXACT_INT),
        ("$$484$$", "22^2 = 484", EXACT_INT),
        ("$$3+4i$$", "3 + 4i", COMPLEX),
        ("$$3+4i$$", "4i + 3", COMPLEX),
    ],
)
def test_a_right_answer_in_a_student_form_is_accepted(expected, answer, question):
    result = grade_values(expected, answer, question=question)
    assert result.correct, result.feedback


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        # (a) slips, guesses where the value is exact, unfinished working, another unit
        ("1080", "$1,008", SHIRTS),
        ("1080", "$10.80", SHIRTS),
        ("1080", "108", SHIRTS),
        ("1080", "~1080", SHIRTS),
        ("1080", "about $1,080", SHIRTS),
        ("1080", "24 x 45 = 1008", SHIRTS),
        ("18", "~18", APPLES),
        ("18", "≈18", APPLES),
        ("18", "x ≈ 18", APPLES),
        ("18", "it's ~18 apples", APPLES),
        ("18", "around 18 apples", APPLES),
        ("18", "19", APPLES),
        ("18", "3 x 6 = 19", APPLES),
        ("18", "eighty", APPLES),
        ("18", "81", APPLES),
        ("18", "18.5", APPLES),
        ("18", "x=81", APPLES),
        ("18", "the total", APPLES),
        ("3", "4 each", COOKIES),
        ("3", "48", COOKIES),
        # working left undone, or a bound where one value is asked
        ("18", "3 x 6", APPLES),
        ("18", "6 + 6 + 6", APPLES),
        ("1080", "24 x 45", SHIRTS),
        ("1080", "$24 × 45", SHIRTS),
        ("35", "52 - 17", LEFT),
        ("10", "40 × 0.25", DISCOUNT),
        ("12", "180 ÷ 15", WEEKS),
        ("1080", "at least 1080", SHIRTS),
        ("18", "18+", APPLES),
        ("18", "no more than 18", APPLES),
        ("18", "up to 18 apples", APPLES),
        ("90", "1.5 hours", MOVIE_MIN),
        ("90", "1.5", MOVIE_MIN),
        ("90", "90 hours", MOVIE_MIN),
        ("1.5", "90 minutes", RUN_HOURS),
        ("1.5", "1.3 hours", RUN_HOURS),
        ("90 minutes", "45 minutes", MOVIE),
        ("90 minutes", "1.5 minutes", MOVIE),
        ("5", "$5.25", PENS),
        ("5", "$1.25", PENS),
        ("5", "500", PENS),
        ("10", "$30", DISCOUNT),
        ("10", "25%", DISCOUNT),
        ("2.5", "2.05", HALF),
        ("2.5", "25", HALF),
        ("2.5", "2 1/5", HALF),
        ("1200", "120", TOTAL),
        ("1200", "12 00", TOTAL),
        ("1000", "1,250 chickens", FARM),
        ("24", "$25", ROUND_COST),
        ("12", "11 weeks", WEEKS),
        ("35", "69", LEFT),
        ("35", "52 - 17 = 45", LEFT),
        ("35", "thirty", LEFT),
        # (b) sign errors, swapped coordinates, missing roots, wrong bases and brackets
        (r"$$\frac{2}{x+2}$$", "-2/(x+2)", RATIONAL),
        (r"$$\frac{2}{x+2}$$", "2/(x-2)", RATIONAL),
        (r"$$\frac{2}{x+2}$$", "(x+2)/2", RATIONAL),
        (r"$$\frac{2}{x+2}$$", "2/x+2", RATIONAL),
        (r"$$\left(x-3\right)\left(x+5\right)$$", "(x+3)(x-5)", FACTOR),
        (r"$$\left(x-3\right)\left(x+5\right)$$", "x^2 + 2x - 15", FACTOR),
        (r"$$\left(x-3\right)\left(x+5\right)$$", "(x-3)(x-5)", FACTOR),
        (r"$$3\sqrt{3}$$", "3√2", RADICAL),
        (r"$$3\sqrt{3}$$", "9√3", RADICAL),
        (r"$$3\sqrt{3}$$", "√3", RADICAL),
        (r"$$\frac{\sqrt{3}}{2}$$", "√2/2", SIN60),
        (r"$$\frac{\sqrt{3}}{2}$$", "1/2", SIN60),
        (r"$$\frac{\sqrt{3}}{2}$$", "0.866", SIN60),
        (r"$$\frac{\sqrt{3}}{2}$$", "√3", SIN60),
        (r"$$\frac{-\sqrt{2}}{2}$$", "√2/2", COS135),
        (r"$$\frac{-\sqrt{2}}{2}$$", "-√3/2", COS135),
        (r"$$\frac{1}{2}$$", "√3/2", COS60),
        (r"$$\frac{1}{2}$$", "2", COS60),
        (r"$$\frac{\pi}{3}$$", "π/6", ANGLE),
        (r"$$\frac{\pi}{3}$$", "2π/3", ANGLE),
        (r"$$\frac{\pi}{3}$$", "3/π", ANGLE),
        (r"$$x^{2}$$", "x^8", POWER),
        (r"$$x^{2}$$", "2x", POWER),
        (r"$$x^{2}$$", "x^(5/3)", POWER),
        (r"$$4x^2-12x y+9y^2$$", "4x^2 - 9y^2", SQUARE),
        (r"$$4x^2-12x y+9y^2$$", "4x^2 + 12xy + 9y^2", SQUARE),
        (r"$$4x^2-12x y+9y^2$$", "4x^2 - 6xy + 9y^2", SQUARE),
        (r"$$x^{\frac{3}{2}}$$", "x^(2/3)", RATIONAL_EXP),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "(-inf,-4) U (8,inf)", OUTSIDE),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "[-4, 8]", OUTSIDE),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "-4 ≤ x ≤ 8", OUTSIDE),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "(-∞, -4]", OUTSIDE),
        (r"$$(-\infty,-4] \cup [8,\infty)$$", "(-∞, 4] ∪ [8, ∞)", OUTSIDE),
        (r"$$(3,\infty)$$", "[3, ∞)", ABOVE),
        (r"$$(3,\infty)$$", "x ≥ 3", ABOVE),
        (r"$$(3,\infty)$$", "(-∞, 3)", ABOVE),
        (r"$$(3,\infty)$$", "x < 3", ABOVE),
        (r"$$[-2,3)$$", "[-2, 3]", HALF_OPEN),
        (r"$$[-2,3)$$", "(-2, 3)", HALF_OPEN),
        (r"$$[-2,3)$$", "(-2, 3]", HALF_OPEN),
        (r"$$x\leq 5$$", "x < 5", AT_MOST),
        (r"$$x\leq 5$$", "x ≥ 5", AT_MOST),
        (r"$$x\leq 5$$", "x <= -5", AT_MOST),
        (r"$$(2,4)$$", "(4, 2)", POINT),
        (r"$$(2,4)$$", "(2, -4)", POINT),
        (r"$$(2,4)$$", "x = 4, y = 2", POINT),
        (r"$$7$$, $$-3$$", "7", ROOTS),
        (r"$$7$$, $$-3$$", "x = -3", ROOTS),
        (r"$$7$$, $$-3$$", "7, 3", ROOTS),
        (r"$$7$$, $$-3$$", "-7, 3", ROOTS),
        (r"$$-3$$ and $$3$$", "3", PLUS_MINUS),
        (r"$$-3$$ and $$3$$", "x = -3", PLUS_MINUS),
        (r"$$-3$$ and $$3$$", "±9", PLUS_MINUS),
        (r"$$C(t)=-205t+12025$$", "C(t) = 205t + 12025", COST_FN),
        (r"$$C(t)=-205t+12025$$", "C(t) = -205t - 12025", COST_FN),
        (r"$$C(t)=-205t+12025$$", "C(t) = 12025t - 205", COST_FN),
        (r"$$y=\frac{3}{x}$$", "y = x/3", INVERSE_VAR),
        (r"$$y=\frac{3}{x}$$", "y = 3x", INVERSE_VAR),
        (r"$$\pi\left(2t+1\right)^2$$", "π(2t+1)", AREA_FN),
        (r"$$\pi\left(2t+1\right)^2$$", "2π(2t+1)", AREA_FN),
        (r"$$\pi\left(2t+1\right)^2$$", "π(2t+1)^3", AREA_FN),
        (r"$$5\cos\left(x\right)$$", "cos(5x)", TRIG_EXPR),
        (r"$$5\cos\left(x\right)$$", "-5cos(x)", TRIG_EXPR),
        (r"$$5\cos\left(x\right)$$", "5sin(x)", TRIG_EXPR),
        (r"$$a_n=\left(-2\right) 2^{n-1}$$", "a_n = 2^(n-1)", GEOMETRIC),
        (r"$$a_n=\left(-2\right) 2^{n-1}$$", "a_n = -2(2)^n", GEOMETRIC),
        (r"$$\log_{3}(20)$$", "log_2(20)", LOG_BASE),
        (r"$$\log_{3}(20)$$", "log_20(3)", LOG_BASE),
        (r"$$\log_{3}(20)$$", "ln(3)/ln(20)", LOG_BASE),
        (r"$$\log_{3}(20)$$", "20/3", LOG_BASE),
        (r"$$\frac{\ln(7)}{2}$$", "ln(7/2)", LN),
        (r"$$\frac{\ln(7)}{2}$$", "2ln(7)", LN),
        (r"$$\frac{\ln(7)}{2}$$", "0.97", LN),
        (r"$$\log_{2}(x)$$", "log(x)", LOG_INVERSE),
        (r"$$\log_{2}(x)$$", "log_x(2)", LOG_INVERSE),
        (r"$$\log_{2}(x)$$", "log_2(2x)", LOG_INVERSE),
        (r"$$\log_{2}(x)$$", "ln(2)/ln(x)", LOG_INVERSE),
        (r"$$\sqrt[3]{x}$$", "x^3", CUBE_INVERSE),
        (r"$$\sqrt[3]{x}$$", "√x", CUBE_INVERSE),
        (r"$$\sqrt[3]{x}$$", "x/3", CUBE_INVERSE),
        ("$$0.35$$", "35%", TO_DECIMAL),
        ("$$0.35$$", "3.5", TO_DECIMAL),
        (r"$$35\%$$", "0.35", TO_PERCENT),
        (r"$$35\%$$", "3.5%", TO_PERCENT),
        (r"$$\frac{-3}{8}$$", "3/8", NEG_FRACTION),
        (r"$$\frac{-3}{8}$$", "-8/3", NEG_FRACTION),
        (r"$$\frac{-3}{8}$$", "-0.38", NEG_FRACTION),
        ("$$0.335$$", "0.34", ROUNDED),
        ("$$0.335$$", "0.353", ROUNDED),
        ("$$484$$", "483.9", EXACT_INT),
        ("$$484$$", "22^2", EXACT_INT),
        ("$$484$$", "44", EXACT_INT),
        ("$$3+4i$$", "3 - 4i", COMPLEX),
        ("$$3+4i$$", "4 + 3i", COMPLEX),
        # (c) hedges and several values
        ("1080", "1080 or 1008", SHIRTS),
        ("1080", "$1,080, maybe $1,100", SHIRTS),
        ("1080", "1080 but not sure, could be 1100", SHIRTS),
        ("18", "18 or 19", APPLES),
        ("18", "19, not 18", APPLES),
        ("18", "18, not 19", APPLES),
        ("18", "it's 18 not 24", APPLES),
        ("18", "18 but 24", APPLES),
        ("18", "between 17 and 19", APPLES),
        ("18", "either 18 or 24", APPLES),
        ("18", "18 (or 24)", APPLES),
        ("18", "18? 24?", APPLES),
        ("18", "eighteen or nineteen", APPLES),
        ("18", "18 and 24", APPLES),
        ("18", "17-19", APPLES),
        ("3", "3 or 4 each", COOKIES),
        ("90", "90 or 100 minutes", MOVIE_MIN),
        ("5", "$5 or $6", PENS),
        ("2.5", "2.5 or 3", HALF),
        ("1200", "1,200 or 1,300", TOTAL),
        (r"$$\frac{2}{x+2}$$", "2/(x+2) or 2/(x-2)", RATIONAL),
        (r"$$\frac{\sqrt{3}}{2}$$", "√3/2 or 1/2", SIN60),
        (r"$$(2,4)$$", "(2,4) or (4,2)", POINT),
        (r"$$(3,\infty)$$", "(3, ∞) or [3, ∞)", ABOVE),
        (r"$$x^{2}$$", "x^2 but maybe x^8", POWER),
        (r"$$\frac{\pi}{3}$$", "π/3 or π/6", ANGLE),
        (r"$$\log_{3}(20)$$", "log_3(20) or log_2(20)", LOG_BASE),
        ("$$484$$", "484 or 444", EXACT_INT),
    ],
)
def test_a_hedge_a_slip_or_another_answer_is_wrong(expected, answer, question):
    result = grade_values(expected, answer, question=question)
    assert not result.correct, result.feedback
