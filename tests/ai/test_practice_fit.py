"""A teacher's read of the practice sets: every knowledge-base concept, every difficulty, many
seeds. What a student is shown reads as plain English, fits the grade, has plausible
distractors, varies from seed to seed, and its stated answer is what the grader accepts."""

import math
import random
import re

import pytest
import sympy

from companion.ai.kb import load_kb
from companion.ai.offline import practice, templates
from companion.ai.offline.grading import grade
from companion.ai.offline.mathparse import to_number
from companion.ai.offline.practice import generate
from companion.ai.offline.templates.wording import ordinal, tidy
from companion.ai.schemas import ConceptRef

LEVELS = ("easy", "medium", "hard")
SEEDS = range(40)
NAMES = templates.names()


def rendered(name, seeds=SEEDS, levels=LEVELS):
    for seed in seeds:
        for difficulty in levels:
            yield templates.render(name, random.Random(seed), difficulty)


def words(problem) -> str:
    return " ".join((problem.question, problem.explanation, problem.hint))


# ---- plain English --------------------------------------------------------------------


def test_tidy_fixes_number_agreement_and_articles_and_leaves_the_rest():
    assert tidy("dogs: 1 pictures; move 1 units right; 6 yards 1 feet") == (
        "dogs: 1 picture; move 1 unit right; 6 yards 1 foot"
    )
    assert tidy("A 85 V battery, a 18 kg cart, a 11,000 m run, a 8.5 kg box") == (
        "An 85 V battery, an 18 kg cart, an 11,000 m run, an 8.5 kg box"
    )
    unchanged = "a 110 m track, a 5-dollar bill, 0.1 dollars, 21 units, -1 units, x = 1 gives"
    assert tidy(unchanged) == unchanged
    assert tidy("the series 1, 2, 4, ....") == "the series 1, 2, 4, ..."
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 102)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd",
    ]  # fmt: skip


PLURAL_AFTER_ONE = re.compile(
    r"(?<![\d.,/\-])\b1 (units|pictures|dollars|cents|minutes|hours|feet|inches|ones|tens|"
    r"marbles|students|questions|pages|points|yards|meters|degrees)\b"
)


@pytest.mark.parametrize("name", NAMES)
def test_one_takes_a_singular_noun_and_numbers_take_the_right_article(name):
    for problem in rendered(name):
        text = words(problem)
        assert not PLURAL_AFTER_ONE.search(text), text
        # "an 8 kg cart", "an 18 V battery", "an 11,000 m run" (but "a 111 V battery")
        assert not re.search(r"\b[Aa] (?:8|1[18](?:,\d{3})*(?![\d,]))", text), text
        for number, suffix in re.findall(r"\b(\d+)(st|nd|rd|th)\b", text):
            assert ordinal(int(number)) == number + suffix, text  # never "2th place"
        assert "...." not in text


@pytest.mark.parametrize("name", NAMES)
def test_math_is_written_the_way_a_textbook_writes_it(name):
    for problem in rendered(name, seeds=range(25)):
        shown = " ".join((problem.question, problem.correctAnswer))
        assert not re.search(r"[a-z]\s[+-] 0(?![\d.])", shown), shown  # "kx + 0"
        # "(25)/..." or "(x)/...", but sqrt(2)/2 is a function's argument
        assert not re.search(r"(?<![a-z])\((?:-?\d+|[a-z])\)/", shown), shown


# ---- numbers that fit the grade and the skill ---------------------------------------------


def elementary_concepts():
    kb = load_kb()
    return [c for c in kb.concepts.values() if practice.grade_of(c, kb) < 6]


def test_grade_1_to_5_practice_works_decimals_to_hundredths_at_most():
    served = 0
    for concept in elementary_concepts():
        ref = ConceptRef(id=concept.id, name=concept.name, kb_id=concept.id)
        for seed in range(12):
            for difficulty in LEVELS:
                for problem in generate([ref], difficulty=difficulty, count=3, seed=seed).problems:
                    shown = " ".join((problem.question, problem.correctAnswer, *problem.options))
                    assert not re.search(r"\d\.\d{3,}", shown), (concept.id, shown)
                    served += 1
    assert served > 1000


def test_a_grade_5_decimal_product_is_still_practised_not_dropped():
    products = [p for p in rendered("decimal_ops", levels=("medium", "hard")) if "×" in p.question]
    assert len(products) >= 10
    for problem in products:
        a, b = (sympy.Rational(v) for v in re.findall(r"\d+(?:\.\d+)?", problem.question)[:2])
        assert sympy.Rational(problem.correctAnswer) == a * b
        assert len(problem.correctAnswer.partition(".")[2]) <= 2, problem.question


FRACTION_SUM = re.compile(r"What is (\d+)/(\d+) ([+×÷]) (\d+)/(\d+)\?")


@pytest.mark.parametrize("name", ["fraction_add", "fraction_multiply", "fraction_divide"])
def test_the_fractions_to_work_with_are_in_lowest_terms(name):
    for problem in rendered(name):
        a, b, _, c, d = FRACTION_SUM.search(problem.question).groups()
        a, b, c, d = map(int, (a, b, c, d))
        if b == d:  # like denominators: 2/6 + 3/6 is how the skill is taught
            continue
        assert math.gcd(a, b) == 1 and math.gcd(c, d) == 1, problem.question  # never 4/2 or 2/4


def whole(text: str) -> bool:
    value = to_number(text)
    return value is not None and value == int(value)


@pytest.mark.parametrize("name", NAMES)
def test_a_skill_with_whole_number_answers_gets_whole_number_distractors(name):
    # "-8 + 7" with "-1/2" among the options: no student slip gives a fraction there
    for difficulty in LEVELS:
        problems = list(rendered(name, levels=(difficulty,)))
        if not all(p.options and whole(p.correctAnswer) for p in problems):
            continue
        for problem in problems:
            assert all(whole(o) for o in problem.options), (problem.question, problem.options)


def test_a_part_of_a_right_or_straight_angle_is_smaller_than_the_whole():
    for problem in rendered("angles_basic", levels=("medium", "hard")):
        whole = 90 if "right angle" in problem.question else 180
        assert all(0 < int(o) < whole for o in problem.options), (problem.question, problem.options)


@pytest.mark.parametrize("name", NAMES)
def test_the_answer_changes_with_the_seed(name):
    for difficulty in LEVELS:
        answers = {p.correctAnswer for p in rendered(name, levels=(difficulty,))}
        assert len(answers) >= 2, (name, difficulty, answers)  # not "k = 0" every time


def test_a_histogram_question_needs_the_bins_added_not_the_total_read_off():
    for problem in rendered("data_displays", levels=("hard",)):
        total = int(re.search(r"histogram of (\d+)", problem.question)[1])
        assert int(problem.correctAnswer) < total, problem.question


# ---- on topic ----------------------------------------------------------------------------


def test_similar_triangle_sides_and_areas_follow_the_scale_factor():
    for problem in rendered("similar_triangles"):
        if problem.difficulty == "hard":
            small, large, area = (
                int(v) for v in re.findall(r"(\d+) (?:cm|square cm)\b", problem.question)[:3]
            )
            assert sympy.Rational(problem.correctAnswer) == area * sympy.Rational(large, small) ** 2
            continue
        sides = dict(re.findall(r"\b([A-F]{2}) = (\d+) cm", problem.question))
        target = re.search(r"How long is ([A-F]{2})", problem.question)[1]
        known, image, asked = list(sides)
        assert int(problem.correctAnswer) * int(sides[known]) == int(sides[asked]) * int(
            sides[image]
        )
        assert "ABC".index(asked[0]) == "DEF".index(target[0])  # the matching side is asked


def test_angle_pairs_add_to_their_sum_or_are_equal():
    for problem in rendered("angle_pairs"):
        value = int(problem.correctAnswer)
        if problem.difficulty == "easy":
            angle = int(re.search(r"of an? (\d+)°", problem.question)[1])
            whole = 90 if "complement" in problem.question else 180
            assert angle + value == whole
        elif problem.difficulty == "medium":
            angle = int(re.search(r"measures (\d+)°", problem.question)[1])
            assert value == (angle if "vertical" in problem.question else 180 - angle)
        else:
            first, second = re.findall(r"\(([^()]+)\)°", problem.question)
            whole = 90 if "complementary" in problem.question else 180
            xs = sympy.Symbol("x")
            pair = sympy.sympify(f"({first}) + ({second})".replace("x", "*x").replace("(*x", "(x"))
            assert sympy.solve(sympy.Eq(pair, whole), xs) == [value]


def test_dividing_fractions_divides_and_multiplying_fractions_multiplies():
    for problem in rendered("fraction_divide"):
        a, b, sign, c, d = FRACTION_SUM.search(problem.question).groups()
        assert sign == "÷"
        assert sympy.Rational(problem.correctAnswer) == sympy.Rational(
            int(a), int(b)
        ) / sympy.Rational(int(c), int(d))
    assert all("×" in p.question for p in rendered("fraction_multiply"))


def test_distance_rate_and_work_answers_match_the_story():
    for problem in rendered("distance_rate_work"):
        numbers = [int(n) for n in re.findall(r"\d+", problem.question)]
        value = sympy.Rational(problem.correctAnswer)
        if problem.difficulty == "easy":
            assert value == sympy.Rational(numbers[0], numbers[1])
        elif problem.difficulty == "medium":
            assert value == sympy.Rational(numbers[1], numbers[0])
        else:
            a, b = numbers[:2]
            assert 1 / value == sympy.Rational(1, a) + sympy.Rational(1, b)


def test_reference_and_coterminal_angles_match_the_angle():
    for problem in rendered("reference_angle"):
        if problem.difficulty == "medium":
            angle = int(re.search(r"coterminal with (-?\d+)°", problem.question)[1])
            value = int(problem.correctAnswer)
            assert 0 <= value < 360 and (angle - value) % 360 == 0
            continue
        if problem.difficulty == "easy":
            angle = sympy.rad(int(re.search(r"of (\d+)°", problem.question)[1]))
        else:
            angle = sympy.sympify(
                re.search(r"of (\S+) radians", problem.question)[1].replace("pi", "*pi").lstrip("*")
            )
        value = (
            sympy.rad(int(problem.correctAnswer))
            if problem.difficulty == "easy"
            else sympy.sympify(problem.correctAnswer.replace("pi", "*pi").lstrip("*"))
        )
        assert 0 < value < sympy.pi / 2
        assert sympy.simplify(sympy.Abs(sympy.sin(angle)) - sympy.sin(value)) == 0
        assert sympy.simplify(sympy.Abs(sympy.cos(angle)) - sympy.cos(value)) == 0


# ---- what the set states is what the grader accepts ---------------------------------------


def all_concepts():
    return sorted(load_kb().concepts)


def wrong_answer(problem) -> str | None:
    """A typical wrong answer: another option, or the number one off."""
    if problem.options:
        return next(o for o in problem.options if o != problem.correctAnswer)
    value = to_number(problem.correctAnswer)
    return None if value is None else str(value + 1)


@pytest.mark.parametrize("concept_id", all_concepts())
def test_every_stated_answer_grades_correct_and_a_typical_wrong_one_does_not(concept_id):
    concept = load_kb().concepts[concept_id]
    ref = ConceptRef(id=concept.id, name=concept.name, kb_id=concept.id)
    for seed in (1, 2):
        for difficulty in LEVELS:
            problems = generate([ref], difficulty=difficulty, count=4, seed=seed).problems
            assert problems
            assert len({p.question for p in problems}) == len(problems)  # no repeats in a set
            for problem in problems:
                result = grade(problem, problem.correctAnswer)
                assert result.correct or not result.scored, (
                    problem.question,
                    problem.correctAnswer,
                )
                wrong = wrong_answer(problem)
                if wrong is not None:
                    assert not grade(problem, wrong).correct, (problem.question, wrong)


# ---- explanations that explain ----------------------------------------------------------


def test_regrouping_is_worked_place_by_place_and_the_places_spell_the_answer():
    for problem in rendered("add_subtract_whole", seeds=range(60)):
        places = [
            s
            for s in problem.explanation.splitlines()
            if re.match(r"\d+\. (Ones|Tens|Hundreds|Thousands)", s)
        ]
        a = re.search(r"What is (\d+)", problem.question)[1]
        assert len(places) == len(a), problem.explanation
        written = [int(re.findall(r"= (\d+)", line)[-1]) for line in places]
        digits = [w % 10 for w in written[:-1]] + [written[-1]]
        assert int("".join(map(str, reversed(digits)))) == int(problem.correctAnswer), (
            problem.explanation
        )
        assert not re.search(r"(?<![\d)])-\d", problem.explanation)  # no negative number in grade 2
