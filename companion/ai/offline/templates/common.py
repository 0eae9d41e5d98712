"""Shared helpers for practice templates: registry, formatting, checked draws, options."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import TypeVar

import sympy

from companion.ai.offline.mathequivalence import equivalent
from companion.ai.schemas import Difficulty, Problem, ProblemType

Template = Callable[[random.Random, Difficulty], Problem]
REGISTRY: dict[str, Template] = {}
T = TypeVar("T")
MAX_DRAWS = 200
x, y = sympy.symbols("x y")  # the variables the symbolic templates write in


def template(name: str) -> Callable[[Template], Template]:
    """Register a template function under the name KB concepts use."""

    def register(func: Template) -> Template:
        REGISTRY[name] = func
        return func

    return register


def level(difficulty: Difficulty, easy: T, medium: T, hard: T) -> T:
    """Pick the value that belongs to the difficulty."""
    return {"easy": easy, "medium": medium, "hard": hard}[difficulty]


def checked(draw: Callable[[], T], check: Callable[[T], bool]) -> T:
    """Draw parameters until the computed answer passes its independent check."""
    for _ in range(MAX_DRAWS):
        params = draw()
        if check(params):
            return params
    raise RuntimeError("no parameters passed the answer check")


def show(value: sympy.Basic) -> str:
    """An answer string a student could type: 3/4, -2, 2*sqrt(3), x^2 + 1."""
    if isinstance(value, sympy.Integer):
        return str(int(value))
    if isinstance(value, sympy.Rational):
        return f"{value.p}/{value.q}"
    if isinstance(value, sympy.Float):
        return decimal(value)
    return str(value).replace("**", "^")


def decimal(value: float | sympy.Basic, places: int = 2) -> str:
    """A number rounded to `places` decimals without trailing zeros."""
    text = f"{float(value):.{places}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text in ("-0", "") else text


def dollars(cents: int) -> str:
    """Cents as dollars with two decimals: 155 -> '1.55'."""
    return f"{cents // 100}.{cents % 100:02d}"


def nonzero(rng: random.Random, low: int, high: int) -> int:
    """A random integer in [low, high] other than zero."""
    return rng.choice([n for n in range(low, high + 1) if n != 0])


def options(
    rng: random.Random,
    answer: str,
    wrong: list[str],
    *,
    low: float | None = None,
    high: float | None = None,
) -> list[str]:
    """Four shuffled options: the answer and three distinct, non-equivalent distractors.

    `low`/`high` bound what a distractor may be (a probability lies in [0, 1], a triangle's
    angle in (0, 180)), so no option is absurd on its face.
    """
    chosen = [answer]
    for candidate in wrong:
        if len(chosen) == 4:
            break
        if not _within(candidate, low, high):
            continue
        if all(not equivalent(candidate, other) for other in chosen):
            chosen.append(candidate)
    if len(chosen) < 4:
        raise ValueError("not enough distinct distractors")
    rng.shuffle(chosen)
    return chosen


def _within(candidate: str, low: float | None, high: float | None) -> bool:
    if low is None and high is None:
        return True
    try:
        value = float(sympy.Rational(candidate))
    except (TypeError, ValueError):
        return False
    return (low is None or value >= low) and (high is None or value <= high)


def make(
    question: str,
    answer: str,
    steps: list[str],
    hint: str,
    difficulty: Difficulty,
    *,
    kind: ProblemType = "problem_solving",
    choices: list[str] | None = None,
) -> Problem:
    """Build the Problem; a numbered explanation comes from the steps."""
    explanation = "\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1))
    return Problem(
        question=question,
        type="multiple_choice" if choices else kind,
        options=choices or [],
        correctAnswer=answer,
        explanation=explanation,
        difficulty=difficulty,
        hint=hint,
    )


def numeric_wrong(value: sympy.Basic, rng: random.Random) -> list[str]:
    """Fallback distractors near a numeric answer (off by one, doubled, sign flipped).

    A whole-number answer gets whole-number distractors only: "-1/2" is no slip a student
    makes on "-8 + 7", so it would be eliminated on sight.
    """
    value = sympy.sympify(value)
    whole = value.is_integer
    half = value / 2 if value and (not whole or value % 2 == 0) else value + 3
    shifts = [value + 1, value - 1, -value, value * 2, value + 2, half]
    rng.shuffle(shifts)
    return [show(v) for v in shifts]


def factor_text(value: object) -> str:
    """A factor as written after a multiplication sign: negatives in brackets ("4·(-6x)")."""
    text = value if isinstance(value, str) else algebra(value)
    return f"({text})" if text.startswith("-") else text


def algebra(expr: sympy.Basic) -> str:
    """Textbook spelling of an expression: 3x^2 - 5x + 6, with implicit products."""
    text = str(expr).replace("**", "^")
    text = re.sub(r"(\d)\*([a-z(])", r"\1\2", text)
    return re.sub(r"\b([a-z])\*([a-z])\b", r"\1\2", text)


def grouped(text: str) -> str:
    """A term in brackets only when it is a sum or difference: "x", "25", "-4", "(x - 5)"."""
    return f"({text})" if re.search(r".\s[+-]\s", text) else text
