"""Linear relationships in context: linear versus nonlinear functions, linear models and
their slope and intercept, inequality word problems, and rearranging formulas."""

from __future__ import annotations

import math
import random
import re

import sympy

from companion.ai.offline.templates.common import (
    algebra,
    checked,
    make,
    options,
    template,
    x,
)
from companion.ai.schemas import Difficulty, Problem


def _p(value: int) -> str:
    return f"({value})" if value < 0 else str(value)


def _table(xs: list[int], ys: list[int]) -> str:
    return ", ".join(f"({a}, {b})" for a, b in zip(xs, ys, strict=True))


@template("linear_nonlinear")
def linear_nonlinear(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The constant rate of change of a linear table, which rule is linear, or a missing value."""
    m, b = rng.choice([-6, -5, -4, -3, -2, 2, 3, 4, 5, 6]), rng.randint(-9, 9)
    xs = list(range(rng.randint(-2, 2), 10))[:4]
    ys = [m * v + b for v in xs]
    hint = "A function is linear when equal steps in x give the same change in y every time."
    if difficulty == "easy":
        question = (
            f"The points {_table(xs, ys)} come from a linear function. What is the constant "
            "change in y for each increase of 1 in x (the first difference)?"
        )
        diffs = {ys[i + 1] - ys[i] for i in range(3)}
        assert diffs == {m}
        steps = [
            f"{ys[1]} - ({ys[0]}) = {m}, and every other step is the same.",
            f"The rate is {m}.",
        ]
        return make(question, str(m), steps, hint, difficulty)
    if difficulty == "medium":
        base = sympy.Integer(abs(m) + 1)
        rules = [m * x + b, m * x**2 + b, base**x, base / x]
        linear = [r.is_polynomial(x) and sympy.degree(r, x) == 1 for r in rules]
        assert linear == [True, False, False, False]
        answer = f"y = {algebra(rules[0])}"
        wrong = [algebra(r) for r in rules[1:]]
        choices = options(rng, answer, [f"y = {w}" for w in wrong])
        question = f"Which of these functions is linear: {'; '.join(choices)}?"
        steps = [
            "A linear function has the form y = mx + b: x appears only to the first power.",
            f"Only {answer} has that form.",
        ]
        return make(question, answer, steps, hint, difficulty, choices=choices)
    gap = rng.randrange(1, 4)
    shown = [str(v) if i != gap else "?" for i, v in enumerate(ys)]
    pairs = ", ".join(f"({a}, {s})" for a, s in zip(xs, shown, strict=True))
    other, far = 0, 3 if gap != 3 else 2
    question = f"The table {pairs} shows a linear function. What is the missing y-value?"
    steps = [
        f"The rate of change is ({ys[far]} - {_p(ys[other])}) / ({xs[far]} - {_p(xs[other])}) = {m}.",
        f"y = {ys[other]} + {m} × ({xs[gap]} - {xs[other]}) = {ys[gap]}.",
    ]
    return make(question, str(ys[gap]), steps, hint, difficulty)


@template("linear_model_context")
def linear_model_context(rng: random.Random, difficulty: Difficulty) -> Problem:
    """A cost model C = a + bh: a prediction, the meaning of the slope, or solving for h."""
    fee, rate = rng.randint(15, 60), rng.randint(8, 35)
    hours = rng.randint(2, 12)
    cost = fee + rate * hours
    model = f"A plumber charges according to the linear model C = {fee} + {rate}h, where C is the cost in dollars for h hours of work."
    hint = "In a linear model the constant term is the starting value and the coefficient of h is the rate per hour."
    if difficulty == "easy":
        question = f"{model} What is the cost of a {hours}-hour job, in dollars?"
        steps = [f"C = {fee} + {rate} × {hours}.", f"C = {cost}."]
        return make(question, str(cost), steps, hint, difficulty)
    if difficulty == "medium":
        question = f"{model} Interpret the slope: by how many dollars does the cost increase for each additional hour?"
        steps = [
            "The slope is the coefficient of h: the cost per extra hour.",
            f"It increases by {rate} dollars.",
        ]
        return make(question, str(rate), steps, hint, difficulty)
    question = f"{model} A job cost {cost} dollars. How many hours did it take?"
    steps = [f"{fee} + {rate}h = {cost}.", f"{rate}h = {cost - fee}.", f"h = {hours}."]
    assert fee + rate * hours == cost
    return make(question, str(hours), steps, hint, difficulty)


@template("inequality_word")
def inequality_word(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Translate a budget or goal into an inequality and give the greatest or least whole number."""
    fee, price = rng.randint(5, 40), rng.randint(3, 15)
    budget = checked(
        lambda: rng.randint(fee + 2 * price, fee + 20 * price), lambda v: (v - fee) % price != 0
    )
    hint = "Write the inequality first, solve it, then think about which whole numbers make sense."
    if difficulty != "hard":
        most = (budget - fee) // price
        assert fee + most * price <= budget < fee + (most + 1) * price
        question = (
            f"A gym charges a {fee}-dollar sign-up fee plus {price} dollars per class. Maya can spend at most "
            f"{budget} dollars. What is the maximum number of classes she can take?"
        )
        if difficulty == "medium":
            question = (
                f"A van can carry at most {budget} kilograms. It already holds {fee} kilograms of tools, and each box "
                f"weighs {price} kilograms. What is the maximum number of boxes the van can carry?"
            )
        steps = [
            f"Translate into an inequality: {fee} + {price}n ≤ {budget}.",
            f"{price}n ≤ {budget - fee}, so n ≤ {budget - fee}/{price} ≈ {(budget - fee) / price:.2f}.",
            f"The greatest whole number is {most}.",
        ]
        return make(question, str(most), steps, hint, difficulty)
    goal = budget
    least = math.ceil((goal - fee) / price)
    assert fee + least * price >= goal > fee + (least - 1) * price
    question = (
        f"A club has raised {fee} dollars and earns {price} dollars for each car it washes. What is the least number "
        f"of cars it must wash to have at least {goal} dollars?"
    )
    steps = [
        f"Translate into an inequality: {fee} + {price}n ≥ {goal}.",
        f"{price}n ≥ {goal - fee}, so n ≥ {(goal - fee) / price:.2f}.",
        f"The least whole number is {least}.",
    ]
    return make(question, str(least), steps, hint, difficulty)


# formula, variable to solve for, the solved form; every letter is a lowercase symbol
FORMULAS = {
    "easy": (  # one step: divide, or undo an addition
        ("d = rt", "t", "d/r"),
        ("d = rt", "r", "d/t"),
        ("a = lw", "w", "a/l"),
        ("f = ma", "a", "f/m"),
        ("w = fd", "d", "w/f"),
        ("k = c + 273", "c", "k - 273"),
        ("c = 2pr", "r", "c/(2p)"),
        ("i = prt", "r", "i/(pt)"),
        ("v = lwh", "h", "v/(lw)"),
    ),
    "medium": (  # two steps
        ("p = 2l + 2w", "w", "(p - 2l)/2"),
        ("p = 2l + 2w", "l", "(p - 2w)/2"),
        ("v = u + at", "a", "(v - u)/t"),
        ("y = mx + b", "b", "y - mx"),
        ("t = 2a + 3b", "b", "(t - 2a)/3"),
        ("s = 180n - 360", "n", "(s + 360)/180"),
    ),
    "hard": (  # the letter sits inside a fraction or a bracket
        ("a = bh/2", "h", "2a/b"),
        ("y = mx + b", "m", "(y - b)/x"),
        ("c = 5(f - 32)/9", "f", "9c/5 + 32"),
        ("y = m(x - h)", "x", "y/m + h"),
        ("a = (b + c)h/2", "h", "2a/(b + c)"),
    ),
}


def _sym(text: str) -> sympy.Basic:
    """A formula side as sympy, each letter its own symbol ("2pr" -> 2*p*r)."""
    spelled = re.sub(r"(?<=[\w)])(?=[a-z(])", "*", text.replace(" ", ""))
    return sympy.sympify(spelled, locals={s: sympy.Symbol(s) for s in set(text) if s.isalpha()})


@template("rearrange_formula")
def rearrange_formula(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Solve a formula for one of its letters, checked by sympy.solve."""
    formula, letter, solved = rng.choice(FORMULAS[difficulty])
    left, right = (_sym(side) for side in formula.split(" = "))
    roots = sympy.solve(right - left, sympy.Symbol(letter))
    assert len(roots) == 1 and sympy.simplify(roots[0] - _sym(solved)) == 0
    question = f"Rearranging formulas: solve the formula {formula} for {letter}."
    steps = [
        f"Undo what is done to {letter}, doing the same to both sides.",
        f"{letter} = {solved}",
    ]
    hint = f"Get the term with {letter} alone on one side, then divide by what multiplies it."
    return make(question, solved, steps, hint, difficulty)
