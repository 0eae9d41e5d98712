"""Test-taking strategies with numbers: pacing on a timed section, the expected gain from
guessing, and working backwards from the answer choices."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import (
    algebra,
    checked,
    decimal,
    make,
    options,
    show,
    template,
    x,
)
from companion.ai.schemas import Difficulty, Problem

# ACT math, science, English, reading; SAT math and reading-writing modules
SECTIONS = ((60, 60), (40, 35), (75, 45), (40, 35), (22, 35), (27, 32))


@template("test_pacing")
def test_pacing(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Minutes per question, the pace left after a slow start, or points expected from guessing."""
    questions, minutes = rng.choice([*SECTIONS, (rng.randint(10, 50), rng.randint(15, 60))])
    hint = "Divide the time you have by the questions you still have to answer."
    if difficulty == "easy":
        per = sympy.Rational(minutes, questions)
        answer = show(per) if per.q in (1, 2, 4, 5) else decimal(per, 2)
        rounding = "" if per.q in (1, 2, 4, 5) else " Round to 2 decimal places."
        question = f"ACT pacing: a section has {questions} questions in {minutes} minutes. How many minutes per question is that?{rounding}"
        steps = [f"{minutes} minutes ÷ {questions} questions.", f"= {answer} minutes per question."]
        return make(question, answer, steps, hint, difficulty)
    if difficulty == "medium":
        done = rng.randint(questions // 4, questions // 2)
        used = rng.randint(minutes // 3, minutes * 2 // 3)
        left_q, left_m = questions - done, minutes - used
        per = sympy.Rational(left_m, left_q)
        answer = decimal(per, 2)
        question = (
            f"ACT pacing: a section has {questions} questions in {minutes} minutes. After {used} minutes you have "
            f"answered {done} questions. How many minutes per question do you have left for the rest? Round to 2 decimal places."
        )
        steps = [
            f"Left: {left_q} questions and {left_m} minutes.",
            f"{left_m} ÷ {left_q} ≈ {answer} minutes per question.",
        ]
        return make(question, answer, steps, hint, difficulty)
    blank, choices = rng.randint(4, 15), rng.choice([4, 5])
    expected = sympy.Rational(blank, choices)
    assert expected * choices == blank
    question = (
        f"With {blank} questions left and no time to work them, you guess and move on: each has {choices} answer "
        "choices and a wrong answer costs nothing. How many correct answers do you expect from guessing?"
    )
    steps = [
        f"Each guess is right with probability 1/{choices}.",
        f"Expected correct = {blank} × 1/{choices} = {show(expected)}.",
    ]
    hint = "Expected number right = number of guesses times the chance each one is right."
    return make(question, show(expected), steps, hint, difficulty)


@template("work_backwards")
def work_backwards(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Pick the answer choice that satisfies an equation by testing each choice."""
    root = rng.randint(-6, 9) if difficulty != "easy" else rng.randint(1, 12)
    if difficulty == "hard":
        other = checked(lambda: rng.randint(-6, 9), lambda v: v != root)
        left, right = sympy.expand((x - root) * (x - other) + x), sympy.Integer(root)
    else:
        a, b = rng.randint(2, 6), rng.randint(1, 20)
        c = rng.randint(1, a - 1)
        left, right = a * x + b, c * x + (a - c) * root + b
    expr = left - right
    assert expr.subs(x, root) == 0
    wrong = [str(root + d) for d in (1, -1, 2, -2, 3)]
    wrong = [
        w for w in wrong if expr.subs(x, int(w)) != 0 and (difficulty != "easy" or int(w) >= 0)
    ]
    choices = options(rng, str(root), wrong)
    question = (
        f"Work backwards from the choices: which value of x makes {algebra(left)} = {algebra(right)} true? "
        f"Choices: {', '.join(choices)}."
    )
    steps = [
        "Substitute each choice for x and keep the one that makes both sides equal.",
        f"x = {root}: the left side is {left.subs(x, root)} and the right side is {right.subs(x, root)}, so the answer is {root}.",
    ]
    hint = "Plug each answer choice into the equation and keep the one that works."
    return make(question, str(root), steps, hint, difficulty, choices=choices)
