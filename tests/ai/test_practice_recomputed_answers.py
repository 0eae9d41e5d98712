"""The templates for functions, statistics, trigonometry, calculus and test prep: each answer
is recomputed here from the numbers and expressions the question shows."""

import math
import operator
import random
import re

import sympy
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

from companion.ai.offline import templates

READ = (*standard_transformations, implicit_multiplication_application, convert_xor)
X = sympy.Symbol("x")
LEVELS = ("easy", "medium", "hard")


def problems(name, levels=LEVELS, seeds=range(40)):
    for seed in seeds:
        for difficulty in levels:
            yield templates.render(name, random.Random(seed), difficulty)


def expr(text: str) -> sympy.Expr:
    """A shown expression ("2x^2 - 3x", "(x - 4)(x + 1)") as sympy."""
    return parse_expr(text.replace("·", "*").strip(), transformations=READ, local_dict={"x": X})


def ints(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"-?\d+", text.replace(",", ""))]


def roots_of(answer: str) -> list[sympy.Expr]:
    return [sympy.Rational(v) for v in re.findall(r"x = (-?\d+(?:/\d+)?)", answer)]


def test_parabola_vertex_axis_and_extreme_value_match_the_function():
    for problem in problems("quadratic_vertex"):
        f = expr(re.search(r"(?:y|f\(x\)) = (.+?)(?: has|\?|\.$)", problem.question)[1])
        h = sympy.solve(sympy.diff(f, X), X)[0]
        if problem.difficulty == "easy":
            assert problem.correctAnswer == f"({h}, {f.subs(X, h)})"
        elif problem.difficulty == "medium":
            assert roots_of(problem.correctAnswer) == [h]
        else:
            assert int(problem.correctAnswer) == f.subs(X, h)


def test_polynomial_zeros_bounce_and_end_behavior_match_the_factors():
    for problem in problems("polynomial_zeros"):
        f = expr(re.search(r"f\(x\) = (.+?)(?: has|\?|\.$)", problem.question)[1])
        if problem.difficulty == "easy":
            assert roots_of(problem.correctAnswer) == sorted(sympy.solve(f, X))
        elif problem.difficulty == "medium":
            (zero,) = roots_of(problem.correctAnswer)
            assert sympy.roots(sympy.Poly(f, X))[zero] % 2 == 0
        else:
            right_up = sympy.limit(f, X, sympy.oo) == sympy.oo
            left_up = sympy.limit(f, X, -sympy.oo) == sympy.oo
            assert (
                "rises on the right" in problem.correctAnswer
                or "rises on both" in problem.correctAnswer
            ) == right_up
            assert (
                "rises on the left" in problem.correctAnswer
                or "rises on both" in problem.correctAnswer
            ) == left_up


def test_rational_function_asymptotes_and_holes_match_the_function():
    for problem in problems("rational_asymptotes"):
        f = expr(re.search(r"f\(x\) = (.+?)(?:\.$| has)", problem.question)[1])
        top, bottom = sympy.fraction(sympy.together(f))
        value = sympy.Rational(problem.correctAnswer.split("= ")[1])
        if problem.difficulty == "easy":
            assert sympy.limit(f, X, value, "+").is_infinite
        elif problem.difficulty == "medium":
            assert sympy.limit(f, X, sympy.oo) == value
        else:
            assert top.subs(X, value) == 0 == bottom.subs(X, value)
            assert sympy.limit(f, X, value).is_finite


def test_even_odd_and_piecewise_answers_match_sympy():
    for problem in problems("even_odd_function", levels=("medium", "hard")):
        f = expr(re.search(r"f\(x\) = (.+?) even, odd", problem.question)[1])
        mirrored = f.subs(X, -X)
        kind = (
            "even"
            if sympy.simplify(mirrored - f) == 0
            else "odd"
            if sympy.simplify(mirrored + f) == 0
            else "neither"
        )
        assert problem.correctAnswer == kind
    for problem in problems("piecewise_evaluate"):
        left, c, right, _ = re.search(
            r"f\(x\) = (.+?) if x < (-?\d+), and f\(x\) = (.+?) if x ≥ (-?\d+)", problem.question
        ).groups()
        f = sympy.Piecewise((expr(left), int(c) > X), (expr(right), True))
        points = [int(v) for v in re.findall(r"f\((-?\d+)\)", problem.question.split("Find")[1])]
        assert int(problem.correctAnswer) == sum(f.subs(X, p) for p in points)


def test_two_way_table_probabilities_match_the_counts():
    for problem in problems("two_way_table"):
        a, b, c, d = (int(n) for n in re.findall(r"(\d+) chose", problem.question))
        wanted = {
            "easy": sympy.Rational(c, a + b + c + d),
            "medium": sympy.Rational(a + c, a + b + c + d),
            "hard": sympy.Rational(d, c + d),
        }
        assert sympy.Rational(problem.correctAnswer) == wanted[problem.difficulty]


def test_regression_predictions_and_residuals_match_the_line():
    for problem in problems("regression_line", levels=("easy", "medium")):
        start, slope = re.search(r"ŷ = (\d+) \+ ([\d.]+)x", problem.question).groups()
        hours = int(re.search(r"studied (\d+) hours", problem.question)[1])
        predicted = int(start) + float(slope) * hours
        if problem.difficulty == "easy":
            assert math.isclose(float(problem.correctAnswer), predicted)
        else:
            observed = int(re.search(r"scored (\d+)", problem.question)[1])
            assert math.isclose(float(problem.correctAnswer), observed - predicted)
    for problem in problems("regression_line", levels=("hard",)):
        pairs = [tuple(map(int, p)) for p in re.findall(r"\((-?\d+), (-?\d+)\)", problem.question)]
        xs, ys = zip(*pairs, strict=True)
        slope = sympy.Matrix([[v, 1] for v in xs]).solve_least_squares(sympy.Matrix(ys))[0]
        assert abs(float(problem.correctAnswer) - float(slope)) <= 0.005


def test_sampling_confidence_and_estimates_match_the_stated_numbers():
    for problem in problems("sampling_distribution", levels=("easy",)):
        _, sigma, n = ints(problem.question)[:3]
        assert abs(float(sympy.Rational(problem.correctAnswer)) - sigma / math.sqrt(n)) <= 0.005
    for problem in problems("confidence_interval", levels=("easy", "medium")):
        low, high = (
            float(v) for v in re.search(r"\(([\d.]+), ([\d.]+)\)", problem.question).groups()
        )
        wanted = (high - low) / 2 if problem.difficulty == "easy" else (high + low) / 2
        assert math.isclose(float(problem.correctAnswer), wanted)
    for problem in problems("sample_estimate", levels=("easy",)):
        size, population, count = ints(problem.question)[:3]
        assert int(problem.correctAnswer) == count * population / size


def test_story_problems_give_the_best_whole_number():
    for problem in problems("inequality_word"):
        numbers = ints(problem.question)[:3]
        fee, price, limit = numbers if problem.difficulty != "medium" else numbers[1:] + numbers[:1]
        n = int(problem.correctAnswer)
        if problem.difficulty == "hard":  # the least number that reaches a goal
            assert fee + n * price >= limit > fee + (n - 1) * price
        else:  # the most a budget or a load allows
            assert fee + n * price <= limit < fee + (n + 1) * price


def test_trig_equation_solutions_are_every_solution_in_the_interval():
    for problem in problems("trig_equations"):
        left, right = re.search(r"equation (.+?) = (.+?) for 0°", problem.question).groups()
        equation = expr(left.replace(" x", "(x)").replace("^2(x)", "(x)^2")) - expr(right)
        found = sympy.solveset(equation, X, sympy.Interval.Ropen(0, 2 * sympy.pi))
        assert roots_of(problem.correctAnswer) == sorted(sympy.deg(s) for s in found)


def test_calculus_answers_match_sympy():
    for problem in problems("implicit_differentiation"):
        px, py = (
            int(v) for v in re.search(r"point \((-?\d+), (-?\d+)\)", problem.question).groups()
        )
        left, right = re.search(r"curve (.+) = (-?\d+)\.", problem.question).groups()
        y = sympy.Symbol("y")
        curve = parse_expr(left, transformations=READ, local_dict={"x": X, "y": y}) - int(right)
        assert sympy.Rational(problem.correctAnswer) == sympy.idiff(curve, y, X).subs(
            {X: px, y: py}
        )
    for problem in problems("u_substitution"):
        integrand, top = re.search(
            r"integral of (.+) dx from x = 0 to x = (\d+)", problem.question
        ).groups()
        assert sympy.Rational(problem.correctAnswer) == sympy.integrate(
            expr(integrand), (X, 0, int(top))
        )
    for problem in problems("extrema", levels=("easy",)):
        f = expr(re.search(r"f\(x\) = (.+)\.$", problem.question)[1])
        assert roots_of(problem.correctAnswer) == sorted(sympy.solve(sympy.diff(f, X), X))
    for problem in problems("concavity", levels=("medium",)):
        f = expr(re.search(r"f\(x\) = (.+) have", problem.question)[1])
        assert roots_of(problem.correctAnswer) == sympy.solve(sympy.diff(f, X, 2), X)


def test_optimization_and_related_rates_match_the_setup():
    for problem in problems("optimization"):
        size = ints(problem.question)[0]
        best = {"easy": (size / 4) ** 2, "medium": size * size / 8, "hard": 2 * size**3 / 27}
        assert math.isclose(int(problem.correctAnswer), best[problem.difficulty])
    for problem in problems("related_rates", levels=("hard",)):
        ladder, rate, bottom = ints(problem.question)[:3]
        top = math.sqrt(ladder**2 - bottom**2)
        assert math.isclose(float(sympy.Rational(problem.correctAnswer)), bottom * rate / top)


def test_test_prep_answers_match_the_numbers():
    for problem in problems("composite_area", levels=("medium", "hard")):
        a, b = [*ints(problem.question), 0][:2]
        area = (
            4 * a * a - sympy.pi * a * a
            if problem.difficulty == "medium"
            else sympy.pi * (a * a - b * b)
        )
        assert sympy.simplify(expr(problem.correctAnswer.replace("pi", "*pi")) - area) == 0
    for problem in problems("number_properties", levels=("easy", "medium")):
        d, r = ints(problem.question)[:2]
        k, add = re.search(r"when (\d*)n \+ (\d+)", problem.question).groups()
        samples = [d * q + r for q in range(1, 6)]
        assert {((int(k or 1)) * n + int(add)) % d for n in samples} == {int(problem.correctAnswer)}
    for problem in problems("test_pacing", levels=("hard",)):
        blank, choices = ints(problem.question)[:2]
        assert sympy.Rational(problem.correctAnswer) == sympy.Rational(blank, choices)
    for problem in problems("work_backwards"):
        left, right = re.search(r"makes (.+) = (.+) true", problem.question).groups()
        equation = expr(left) - expr(right)
        assert [o for o in problem.options if equation.subs(X, int(o)) == 0] == [
            problem.correctAnswer
        ]


COMPARE = {"<": operator.lt, "≤": operator.le, ">": operator.gt, "≥": operator.ge}


def holds(answer: str, value: sympy.Expr) -> bool:
    """Whether x = value satisfies an answer like "x < -3 or x ≥ 2" or "-3 < x < 2"."""
    for part in answer.split(" or "):
        tokens = part.split()
        if tokens[0] == "x":  # x < a
            met = COMPARE[tokens[1]](value, sympy.Rational(tokens[2]))
        else:  # a < x < b
            low, first, _, second, high = tokens
            met = COMPARE[first](sympy.Rational(low), value) and COMPARE[second](
                value, sympy.Rational(high)
            )
        if met:
            return True
    return False


def test_inequality_solution_sets_hold_exactly_where_the_inequality_does():
    for problem in problems("polynomial_inequality"):
        left, sign = re.search(r"inequality (.+) ([<>≥]=?) 0\.", problem.question).groups()
        f = expr(left)
        test = {"<": lambda v: v < 0, ">": lambda v: v > 0, "≥": lambda v: v >= 0}[sign]
        for step in range(-20, 21):
            value = sympy.Rational(step, 2)
            at = f.subs(X, value)
            if at.is_finite:
                assert holds(problem.correctAnswer, value) == test(at), (problem.question, value)
            else:
                assert not holds(problem.correctAnswer, value)
