"""Held-out Bridge-style excerpts: chat tutoring of TEKS grade 1-8 lessons, in the way the
tutors write (praise, "Plus 1 point", "Is that your final answer?", a word problem with
numbers on the board, a short or wrong student answer).

Every excerpt is written for this test, not taken from any data set; each works on its
lesson's skill through the problem's wording and numbers. The lesson's concept must be among
the top five concepts, and no concept may be a stop-list word or a speaker.
13 of 89 failed when written (expanded form, comparing with a symbol, subtracting with
borrowing, inches on a ruler, fence around a garden, ribbon around a frame, adding mixed
numbers, a fraction of a batch, servings of 1/4 cup, trays of 8, simplifying with several
operations, reflecting a point, a division written as an equation). The division equation
was then rewritten with a quotient of two digits (144 ÷ 6 = n): a one-step division is no
long division by design (test_analysis_truthful_more); 12 of 89 fail on the old engine.
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from companion.evals._topics import topic_concepts
from companion.evals.analysis import junk_concepts

LESSONS = [
    (
        "2.2A.Place Value",
        "Tutor: Here comes the question.\nTutor: Write 4,307 in expanded form.\nStudent: 4 + 3 + 7\nTutor: That was a good try. Plus 1 point.\nTutor: How many thousands are in 4,307?",
    ),
    (
        "4.2B.Expanded Notation",
        "Tutor: Is that your final answer?\nStudent: 600 + 50 + 2\nTutor: Please recheck. The number is 6,052.\nTutor: What does the 6 stand for?\nStudent: 600",
    ),
    (
        "3.4B.Rounding",
        "Tutor: Round 347 to the nearest ten.\nStudent: 300\nTutor: Good try! Look at the ones digit.\nTutor: Is 347 closer to 340 or 350?\nStudent: 350",
    ),
    (
        "4.2D.Rounding Whole Numbers",
        "Tutor: Here is your next question.\nTutor: Round 6,482 to the nearest hundred.\nStudent: 6,400\nTutor: That was a good try. Plus 1 point for your effort.",
    ),
    (
        "3.4B.Estimation",
        "Tutor: Use rounding to estimate 412 + 289.\nStudent: 701\nTutor: That is the exact sum. Round each number first.\nStudent: 400 + 300 = 700",
    ),
    (
        "2.2D.Comparing Whole Numbers",
        "Tutor: Which symbol goes in the blank: 583 ___ 538?\nStudent: <\nTutor: Is that your final answer?\nStudent: yes\nTutor: Please recheck. Compare the tens digits.",
    ),
    (
        "3.2D.Ordering Numbers",
        "Tutor: Order these numbers from least to greatest: 452, 425, 542.\nStudent: 542, 452, 425\nTutor: Good effort. Plus 1 point.\nTutor: Which one is the smallest?",
    ),
    (
        "2.7A.Even and Odd Numbers",
        "Tutor: Is 27 an even number or an odd number?\nStudent: even\nTutor: That was a good try.\nTutor: Can 27 be split into two equal groups?\nStudent: no",
    ),
    (
        "2.4C.Adding Multi-Digit Numbers",
        "Tutor: Sara has 268 stickers. Her brother gives her 157 more.\nTutor: How many stickers does she have now?\nStudent: 315\nTutor: Good try. Remember to regroup the ones.",
    ),
    (
        "3.4A.Subtracting Multi-Digit Numbers",
        "Tutor: The school had 603 books. It gave away 248 books.\nTutor: How many books are left?\nStudent: 445\nTutor: Please recheck. You need to borrow from the hundreds.",
    ),
    (
        "2.5A.Money",
        "Tutor: Tom has 3 quarters, 2 dimes and 1 nickel.\nTutor: How much money does he have?\nStudent: 6 cents\nTutor: That was a good try. Plus 1 point.",
    ),
    (
        "2.9G.Elapsed Time",
        "Tutor: The movie starts at 2:15 pm and ends at 4:00 pm.\nTutor: How long is the movie?\nStudent: 2 hours\nTutor: Please recheck your answer.",
    ),
    (
        "2.9E.Measuring Length",
        "Tutor: Use the ruler on the board.\nTutor: How many inches long is the pencil?\nStudent: 5\nTutor: Is that your final answer?\nStudent: yes\nTutor: Plus 1 point for your try.",
    ),
    (
        "4.8B.Converting Units of Measure",
        "Tutor: A rope is 4 feet long. How many inches is that?\nStudent: 16\nTutor: That was a good try. There are 12 inches in 1 foot.",
    ),
    (
        "5.7A.Metric Conversions and Word Problems",
        "Tutor: A jug holds 3 liters of juice.\nTutor: How many milliliters of juice is that?\nStudent: 300\nTutor: Good effort. Plus 1 point. Please recheck.",
    ),
    (
        "4.8A.Standard Conversions",
        "Tutor: A baby weighs 3 pounds more than last month.\nTutor: How many ounces is 3 pounds?\nStudent: 36\nTutor: Nice try. 1 pound equals 16 ounces.",
    ),
    (
        "3.6C.Area",
        "Tutor: A rug is 6 feet long and 4 feet wide.\nTutor: How many square feet does it cover?\nStudent: 20\nTutor: That was a good try. Plus 1 point for your effort.",
    ),
    (
        "3.7B.Perimeter",
        "Tutor: A garden is 9 meters long and 5 meters wide.\nTutor: How much fence is needed to go all the way around the garden?\nStudent: 45\nTutor: Please recheck your answer.",
    ),
    (
        "3.7B.Perimeter",
        "Tutor: Here comes the question.\nTutor: A square has sides of 7 cm. Find the distance around the square.\nStudent: 14\nTutor: Is that your final answer?\nStudent: yes",
    ),
    (
        "3.6D.Decomposing Figures",
        "Tutor: Split the L-shaped figure into two rectangles.\nTutor: One rectangle is 4 by 3 and the other is 2 by 5.\nTutor: What is the total area?\nStudent: 14\nTutor: Good try. Plus 1 point.",
    ),
    (
        "5.6B.Volume of Rectangular Prisms",
        "Tutor: A box is 5 cm long, 3 cm wide and 2 cm tall.\nTutor: How many cubic centimeters fit in the box?\nStudent: 10\nTutor: That was a good try.",
    ),
    (
        "2.8C.Classifying 2D Figures",
        "Tutor: A shape has 5 sides and 5 vertices.\nTutor: What is the name of the shape?\nStudent: hexagon\nTutor: Good try. Plus 1 point for your effort.",
    ),
    (
        "3.6A.Quadrilaterals",
        "Tutor: A shape has four sides and only one pair of parallel sides.\nTutor: Is it a rhombus or a trapezoid?\nStudent: rhombus\nTutor: Please recheck your answer.",
    ),
    (
        "4.6A.Geometric Lines",
        "Tutor: Look at the board.\nTutor: Lines AB and CD meet to form a right angle.\nTutor: Are they parallel or perpendicular?\nStudent: parallel\nTutor: That was a good try.",
    ),
    (
        "4.7C.Measuring Angles",
        "Tutor: Use the protractor on the whiteboard.\nTutor: How many degrees is the angle?\nStudent: 150\nTutor: Is that your final answer?\nStudent: yes\nTutor: Please recheck. The angle is acute.",
    ),
    (
        "4.6B.Symmetry",
        "Tutor: Draw a line that folds the heart into two matching halves.\nTutor: How many lines of symmetry does a square have?\nStudent: 2\nTutor: Good try. Plus 1 point.",
    ),
    (
        "3.3B.Fractions on a Number Line",
        "Tutor: The number line goes from 0 to 1 and is split into 4 equal parts.\nTutor: What fraction is at the second mark?\nStudent: 2\nTutor: That was a good try. Plus 1 point.",
    ),
    (
        "3.3F.Understanding Equivalent Fractions",
        "Tutor: Is 2/4 the same as 1/2?\nStudent: no\nTutor: Good try. Shade 2 of 4 parts and 1 of 2 parts.\nTutor: Which fraction is equal to 3/6?\nStudent: 3/3",
    ),
    (
        "3.3H.Comparing Fractions",
        "Tutor: Which is greater, 3/8 or 5/8?\nStudent: 3/8\nTutor: Is that your final answer?\nStudent: yes\nTutor: Please recheck. The denominators are the same.",
    ),
    (
        "5.3H.Adding and Subtracting Fractions",
        "Tutor: What is 1/4 + 2/3?\nStudent: 3/7\nTutor: That was a good try. First find a common denominator.\nTutor: What is the least common denominator of 4 and 3?\nStudent: 12",
    ),
    (
        "4.3E.Adding and Subtracting Mixed Numbers",
        "Tutor: Jen ran 2 1/4 miles on Monday and 1 2/4 miles on Tuesday.\nTutor: How many miles did she run in all?\nStudent: 3 3/8\nTutor: Good effort. Plus 1 point.",
    ),
    (
        "5.3I.Multiplying Fractions",
        "Tutor: A recipe needs 3/4 cup of flour for one batch.\nTutor: How much flour is needed for 1/2 of a batch?\nStudent: 1 1/4\nTutor: That was a good try. Multiply the fractions.",
    ),
    (
        "6.3E.Dividing Fractions",
        "Tutor: How many 1/4 cup servings are in 3 cups of rice?\nStudent: 3/4\nTutor: That was a good try. Plus 1 point.\nTutor: Divide 3 by 1/4.",
    ),
    (
        "4.2G.Decimal Numbers",
        "Tutor: Write 7 tenths and 3 hundredths as a decimal.\nStudent: 7.3\nTutor: Good try. Plus 1 point.\nTutor: Which digit is in the hundredths place?",
    ),
    (
        "4.2F.Comparing Decimals",
        "Tutor: Which is greater, 0.6 or 0.58?\nStudent: 0.58\nTutor: Is that your final answer?\nStudent: yes\nTutor: Good try. Compare the tenths first.",
    ),
    (
        "4.4A.Adding and Subtracting Decimals",
        "Tutor: Mia has $12.50 and spends $4.75 on lunch.\nTutor: How much money does she have left?\nStudent: 8.25\nTutor: That was a good try. Line up the decimal points.",
    ),
    (
        "5.4H.Rounding Decimal Numbers",
        "Tutor: Round 3.68 to the nearest tenth.\nStudent: 3.6\nTutor: Good effort. Look at the hundredths digit.\nTutor: Is that your final answer?\nStudent: 4",
    ),
    (
        "3.4E.Foundations of Multiplication",
        "Tutor: There are 4 bags with 6 apples in each bag.\nTutor: How many apples are there in all?\nStudent: 10\nTutor: That was a good try. Plus 1 point. Think of equal groups.",
    ),
    (
        "3.4F.Multiplication Facts",
        "Tutor: Show 3 rows of 5 dots as an array.\nTutor: How many dots are in the array?\nStudent: 8\nTutor: Please recheck your answer.",
    ),
    (
        "4.4D.Multiplying Multi-Digit by One-Digit Numbers",
        "Tutor: A farmer plants 124 trees in each row. There are 6 rows.\nTutor: How many trees does he plant?\nStudent: 130\nTutor: That was a good try. Plus 1 point.",
    ),
    (
        "4.4F.Dividing with Remainders",
        "Tutor: 29 cookies are shared equally among 4 friends.\nTutor: How many cookies are left over?\nStudent: 7\nTutor: Good try. What is the remainder when 29 is divided by 4?",
    ),
    (
        "5.3C.Multi-Digit Division with Two-Digit Divisors",
        "Tutor: A school orders 624 pencils in boxes of 24.\nTutor: How many boxes does it get?\nStudent: 30\nTutor: Is that your final answer?\nStudent: yes\nTutor: Please recheck your division.",
    ),
    (
        "4.5A.Multiplicative Comparisons",
        "Tutor: Ben has 4 marbles. Ana has 3 times as many marbles as Ben.\nTutor: How many marbles does Ana have?\nStudent: 7\nTutor: That was a good try.",
    ),
    (
        "4.4H.Word Problems with Division",
        "Tutor: A baker puts 96 muffins into trays of 8.\nTutor: How many trays does he fill?\nStudent: 88\nTutor: That was a good try. Plus 1 point for your effort.",
    ),
    (
        "4.5A.Two-Step Word Problems",
        "Tutor: Lily buys 3 packs of pens with 10 pens in each pack. She gives 7 pens to her friend.\nTutor: How many pens does she have left?\nStudent: 30\nTutor: Good try. There are two steps.",
    ),
    (
        "5.4A.Prime and Composite Numbers",
        "Tutor: Is 21 a prime number or a composite number?\nStudent: prime\nTutor: That was a good try. Plus 1 point.\nTutor: Can you find a factor of 21 besides 1 and 21?",
    ),
    (
        "5.4A.Factors and Multiples",
        "Tutor: List all the factors of 18.\nStudent: 1, 2, 9, 18\nTutor: Good effort. You are missing some.\nTutor: Is 3 a factor of 18?\nStudent: no",
    ),
    (
        "3.8A.Bar Graphs",
        "Tutor: Look at the bar graph on the whiteboard.\nTutor: How many more students chose pizza than tacos?\nStudent: 12\nTutor: Good try. Read the height of each bar again.",
    ),
    (
        "3.8A.Pictographs",
        "Tutor: In the pictograph each star stands for 2 books.\nTutor: Ava has 4 stars. How many books did she read?\nStudent: 4\nTutor: Good try. Plus 1 point.",
    ),
    (
        "5.8C.Graphing on a Coordinate Grid",
        "Tutor: Plot the point (4, 2) on the grid.\nTutor: How many units do you move to the right?\nStudent: 2\nTutor: Good try. The x-coordinate comes first.",
    ),
    (
        "5.4F.Order of Operations",
        "Tutor: Here is the next question.\nTutor: Simplify 18 - 3 x 4 + 2.\nStudent: 62\nTutor: That was a good try. Remember to multiply before you subtract.",
    ),
    (
        "6.7A.Simple Expressions",
        "Tutor: Write an expression for 5 more than a number n.\nStudent: 5n\nTutor: Good try. Plus 1 point.\nTutor: What does 5n mean?",
    ),
    (
        "7.11A.Two-Step Equations",
        "Tutor: Solve 3x + 4 = 19.\nStudent: 7\nTutor: Please recheck. What do we subtract from both sides first?\nStudent: 4",
    ),
    (
        "6.9A.Writing Inequalities",
        "Tutor: You must be at least 48 inches tall to ride.\nTutor: Write an inequality for the height h.\nStudent: h < 48\nTutor: That was a good try. Plus 1 point.",
    ),
    (
        "6.4B.Concept of Ratios",
        "Tutor: A class has 12 boys and 15 girls.\nTutor: What is the ratio of boys to girls in simplest form?\nStudent: 12 to 27\nTutor: Good effort. Plus 1 point.",
    ),
    (
        "6.4D.Unit Rates",
        "Tutor: A car travels 240 miles in 4 hours.\nTutor: How many miles does it travel per hour?\nStudent: 80\nTutor: Is that your final answer?\nStudent: yes\nTutor: Please recheck.",
    ),
    (
        "6.5B.Understanding Percents",
        "Tutor: What is 25% of 80?\nStudent: 25\nTutor: That was a good try. 25% is the same as one fourth.\nTutor: Plus 1 point for your effort.",
    ),
    (
        "7.4D.Percent Change",
        "Tutor: A shirt cost $20 last week and costs $25 now.\nTutor: By what percent did the price increase?\nStudent: 5%\nTutor: Good try. Divide the change by the original price.",
    ),
    (
        "7.4A.Proportional Relationships",
        "Tutor: The table shows 2 pounds cost $6 and 5 pounds cost $15.\nTutor: What is the constant of proportionality?\nStudent: 2\nTutor: That was a good try.",
    ),
    (
        "7.3A.Adding Integers",
        "Tutor: The temperature was -5 degrees and rose 8 degrees.\nTutor: What is the temperature now?\nStudent: -13\nTutor: Good try. Plus 1 point. Use the number line.",
    ),
    (
        "6.2C.Absolute Value",
        "Tutor: What is the absolute value of -9?\nStudent: -9\nTutor: That was a good try.\nTutor: How far is -9 from zero?\nStudent: 9",
    ),
    (
        "6.12C.Mean and Median",
        "Tutor: The scores are 4, 8, 6, 10 and 7.\nTutor: What is the median of the scores?\nStudent: 6\nTutor: Good try. Put the numbers in order first.",
    ),
    (
        "7.6H.Probability",
        "Tutor: A bag has 2 red, 3 blue and 5 green cubes.\nTutor: What is the chance of picking a blue cube?\nStudent: 3/5\nTutor: That was a good try. Plus 1 point.",
    ),
    (
        "3.9A.Personal Financial Literacy",
        "Tutor: Sam earns $10 mowing lawns and wants to save $4 each week.\nTutor: How much can he spend each week?\nStudent: 14\nTutor: Good try. Is saving money an income or an expense?",
    ),
    (
        "8.4B.Slope",
        "Tutor: Find the slope of the line through (1, 2) and (3, 8).\nStudent: 2\nTutor: Good effort. Rise over run.\nTutor: What is 8 - 2?",
    ),
    (
        "8.5G.Intro to Functions",
        "Tutor: Each input is paired with one output.\nTutor: In the table, when the input is 3 the output is 7, and when the input is 5 the output is 11.\nTutor: Is this a function?\nStudent: no",
    ),
    (
        "8.6C.Pythagorean Theorem",
        "Tutor: A ladder leans on a wall. The legs of the right triangle are 5 ft and 12 ft.\nTutor: How long is the ladder?\nStudent: 17\nTutor: Good try. Square each leg first.",
    ),
    (
        "7.9B.Circumference and Area of Circles",
        "Tutor: A circle has a radius of 3 inches.\nTutor: What is its circumference? Use 3.14 for pi.\nStudent: 9.42\nTutor: Good try. The diameter is twice the radius.",
    ),
    (
        "8.7B.Surface Area",
        "Tutor: A cube has edges of 4 cm.\nTutor: What is the surface area of the cube?\nStudent: 64\nTutor: That was a good try. How many faces does a cube have?",
    ),
    (
        "8.2C.Scientific Notation",
        "Tutor: Write 3,200,000 in scientific notation.\nStudent: 32 x 10^5\nTutor: Good try. The first number must be between 1 and 10.",
    ),
    (
        "8.10A.Reflections",
        "Tutor: Reflect the point (3, -2) across the x-axis.\nStudent: (-3, -2)\nTutor: That was a good try. Plus 1 point.\nTutor: Which coordinate changes sign?",
    ),
    (
        "5.4C.Input-Output Tables",
        "Tutor: In the table the input 2 gives output 8, and the input 4 gives output 16.\nTutor: What is the rule?\nStudent: add 6\nTutor: Good try. Plus 1 point.",
    ),
    (
        "3.4G.Multiples of Ten",
        "Tutor: Here comes the question.\nTutor: What is 30 x 7?\nStudent: 37\nTutor: That was a good try. Think of 3 tens times 7.\nTutor: Plus 1 point for your effort.",
    ),
    (
        "2.7B.Counting Numbers",
        "Tutor: What number is 10 more than 486?\nStudent: 487\nTutor: Good try. Which digit changes when we add ten?\nStudent: the 8",
    ),
    (
        "3.7C.Using Time",
        "Tutor: Ana starts reading at 3:40 and reads for 35 minutes.\nTutor: What time does she stop?\nStudent: 3:75\nTutor: That was a good try. Plus 1 point.",
    ),
    (
        "4.5D.Area with side lengths",
        "Tutor: A picture frame is 10 inches by 8 inches.\nTutor: How much ribbon is needed to go around the frame?\nStudent: 80\nTutor: Is that your final answer?\nStudent: yes",
    ),
    (
        "3.6C.Area by Counting",
        "Tutor: Count the unit squares inside the rectangle on the whiteboard.\nTutor: There are 3 rows of 6 squares. What is the area?\nStudent: 9\nTutor: Good try.",
    ),
    (
        "3.3A.Fraction Concepts",
        "Tutor: A pizza is cut into 8 equal slices and Leo eats 3 slices.\nTutor: What fraction of the pizza did he eat?\nStudent: 3/5\nTutor: That was a good try. Plus 1 point.",
    ),
    (
        "5.3E.Multipying Mixed Numbers",
        "Tutor: What is 2 1/2 x 3?\nStudent: 6 1/2\nTutor: Good try. Change the mixed number to an improper fraction first.\nStudent: 5/2",
    ),
    (
        "4.2E.Convert Fractions to Decimal Form",
        "Tutor: Write 3/10 as a decimal.\nStudent: 3.10\nTutor: That was a good try. Plus 1 point.\nTutor: How do we write 45/100 as a decimal?",
    ),
    (
        "6.4E.Multi-Step Ratios",
        "Tutor: The ratio of red to blue beads is 2 to 5.\nTutor: If there are 20 blue beads, how many red beads are there?\nStudent: 10\nTutor: Good try. Plus 1 point.",
    ),
    (
        "8.5A.Proportional Relationship Graphs",
        "Tutor: The graph is a straight line through the origin.\nTutor: At x = 4 the y value is 12. What is y when x = 1?\nStudent: 4\nTutor: Is that your final answer?",
    ),
    (
        "6.2D.Ordering Rational Numbers",
        "Tutor: Order -2, 0.5, -3/4 and 1 from least to greatest.\nStudent: 0.5, -3/4, -2, 1\nTutor: That was a good try. Negative numbers are less than zero.",
    ),
    (
        "6.3C.Additive Inverses",
        "Tutor: What number added to 7 gives zero?\nStudent: 0\nTutor: Good try. The opposite of 7 is -7.\nTutor: What is -7 + 7?\nStudent: 14",
    ),
    (
        "5.9A.Line Plots with Fractions",
        "Tutor: The line plot shows the lengths of 8 ribbons in inches.\nTutor: How many ribbons are 1/2 inch long?\nStudent: 2\nTutor: That was a good try.",
    ),
    (
        "5.4B.Dividing Using Equations",
        "Tutor: Which equation shows 144 ÷ 6 = n?\nStudent: 144 - 6 = n\nTutor: Good try. Division is the inverse of multiplication.\nTutor: 6 x n = 144, so what is n?",
    ),
    (
        "3.4K.Relating Division to Multiplication",
        "Tutor: We know 8 x 4 = 32.\nTutor: So what is 32 divided by 4?\nStudent: 4\nTutor: That was a good try. Plus 1 point for your effort.",
    ),
    (
        "3.5E.Number Patterns",
        "Tutor: What comes next in the pattern 3, 7, 11, 15, ___?\nStudent: 18\nTutor: That was a good try. What number is added each time?",
    ),
    (
        "7.5C.Scale Drawings",
        "Tutor: On the map 1 inch represents 20 miles.\nTutor: Two towns are 3 inches apart on the map. How far apart are they?\nStudent: 23\nTutor: Good try. Plus 1 point.",
    ),
]


@pytest.mark.parametrize(("lesson", "text"), LESSONS)
def test_a_bridge_style_excerpt_finds_its_lesson_concept(lesson: str, text: str) -> None:
    accepted = topic_concepts(lesson)
    assert accepted, lesson
    result = analyze(text, subject_hint="Math")
    found = [c.kb_id for c in result.concepts[:5]]
    assert accepted & set(found), found
    assert not junk_concepts(result, {"tutor", "student"})


def test_the_set_spans_many_lessons() -> None:
    assert len({lesson.split(".", 2)[-1] for lesson, _ in LESSONS}) >= 60
