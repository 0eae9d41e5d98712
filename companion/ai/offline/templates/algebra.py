"""Algebra templates: linear equations and inequalities, expressions, slope, systems."""

from __future__ import annotations

import random

import sympy

from companion.ai.offline.templates.common import (
    algebra,
    checked,
    factor_text,
    level,
    make,
    nonzero,
    numeric_wrong,
    options,
    show,
    template,
    x,
    y,
)
from companion.ai.schemas import Difficulty, Problem

RELATIONS = {"<": sympy.Lt, ">": sympy.Gt, "<=": sympy.Le, ">=": sympy.Ge}


@template("linear_equation")
def linear_equation(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Solve a one-variable linear equation (integer solution unless hard)."""
    size = level(difficulty, 9, 15, 20)
    a, b, s = nonzero(rng, 2, size), nonzero(rng, -size, size), rng.randint(-size, size)
    if difficulty == "hard":
        k, c = checked(lambda: (rng.randint(2, 6), nonzero(rng, -9, 9)), lambda p: p[1] != p[0])
        left, right = k * (x + b), c * x + (k * (s + b) - c * s)
    else:
        left, right = a * x + b, sympy.Integer(a * s + b)
    equation = sympy.Eq(left, right)
    assert equation.subs(x, s) is sympy.true and sympy.expand(left - right).coeff(x) != 0
    lead = sympy.expand(left - right).coeff(x)
    steps = [
        f"Collect the x terms on one side and numbers on the other: {algebra(sympy.expand(left - right))} = 0.",
        f"Divide by {lead}: x = {show(sympy.Integer(s))}.",
        f"Check: substituting x = {s} gives {algebra(left.subs(x, s))} = {algebra(right.subs(x, s))}.",
    ]
    question = f"Solve for x: {algebra(left)} = {algebra(right)}"
    hint = "Undo the operations in reverse order, doing the same to both sides."
    return make(question, str(s), steps, hint, difficulty)


@template("linear_inequality")
def linear_inequality(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Solve a linear inequality; negative coefficients (hard) flip the sign."""
    a = level(difficulty, rng.randint(2, 6), nonzero(rng, -6, 6), -rng.randint(2, 7))
    b, s = rng.randint(-10, 10), rng.randint(-8, 8)
    op = rng.choice(["<", ">", "<=", ">="])
    c = a * s + b
    flip = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}
    answer_op = flip[op] if a < 0 else op
    relation = RELATIONS[op](a * x + b, c)
    answer = f"x {answer_op} {s}"
    claimed = RELATIONS[answer_op](x, s)
    assert all(relation.subs(x, v) == claimed.subs(x, v) for v in (s - 1, s, s + 1))
    steps = [
        f"Subtract {b} from both sides: {a}x {op} {c - b}.",
        f"Divide by {a}"
        + (" and flip the sign because it is negative" if a < 0 else "")
        + f": {answer}.",
    ]
    question = f"Solve the inequality {algebra(a * x + b)} {op} {c}."
    wrong = [
        f"x {op if a < 0 else flip[op]} {s}",
        f"x {answer_op} {-s}",
        f"x {answer_op} {s + 1}",
        f"x {flip[answer_op]} {-s}",
        f"x {answer_op} {s - 1}",
    ]
    choices = options(rng, answer, wrong) if difficulty == "hard" else None
    return make(
        question,
        answer,
        steps,
        "Dividing by a negative number flips the inequality.",
        difficulty,
        choices=choices,
    )


@template("distribute")
def distribute(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Expand a(bx + c), with a negative outside factor when harder."""
    a = level(difficulty, rng.randint(2, 9), nonzero(rng, -9, 9), -rng.randint(2, 9))
    b, c = nonzero(rng, -9, 9), nonzero(rng, -12, 12)
    expanded = sympy.expand(a * (b * x + c))
    assert all(expanded.subs(x, v) == a * (b * v + c) for v in (-2, 0, 3))
    steps = [
        f"Multiply {a} by each term: {a}·{factor_text(b * x)} = {algebra(a * b * x)} "
        f"and {a}·{factor_text(sympy.Integer(c))} = {a * c}.",
        f"Result: {algebra(expanded)}.",
    ]
    wrong = [
        algebra(a * b * x + c),
        algebra(a * b * x - a * c),
        algebra(b * x + a * c),
        algebra(-expanded),
    ]
    question = f"Expand {a}({algebra(b * x + c)})."
    return make(
        question,
        algebra(expanded),
        steps,
        "Multiply the outside number by every term inside.",
        difficulty,
        kind="short_answer",
        choices=options(rng, algebra(expanded), wrong) if difficulty == "easy" else None,
    )


@template("combine_like_terms")
def combine_like_terms(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Simplify by collecting like terms (two variables when hard)."""
    coeffs = [nonzero(rng, -9, 9) for _ in range(6)]
    terms = [coeffs[0] * x, sympy.Integer(coeffs[1]), coeffs[2] * x, sympy.Integer(coeffs[3])]
    if difficulty != "easy":
        terms.append(coeffs[4] * x)
    if difficulty == "hard":
        terms += [coeffs[5] * y, -coeffs[4] * y + y]
    text = " + ".join(algebra(t) for t in terms).replace("+ -", "- ")
    result = sympy.Add(*terms)
    assert all(
        result.subs({x: u, y: v}) == sum(t.subs({x: u, y: v}) for t in terms)
        for u, v in [(1, 2), (-3, 5)]
    )
    steps = [
        "Group the x terms, the y terms and the constants.",
        f"Add each group's coefficients: {algebra(result)}.",
    ]
    return make(
        f"Simplify {text}.",
        algebra(result),
        steps,
        "Only terms with the same variable part combine.",
        difficulty,
        kind="short_answer",
    )


@template("slope")
def slope(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Slope of the line through two points; distractors swap rise and run."""
    size = level(difficulty, 6, 10, 15)
    x1, y1, x2, y2 = checked(
        lambda: [rng.randint(-size, size) for _ in range(4)],
        lambda p: p[0] != p[2] and p[1] != p[3] and abs(p[3] - p[1]) != abs(p[2] - p[0]),
    )
    m = sympy.Rational(y2 - y1, x2 - x1)
    assert m * (x2 - x1) + y1 == y2
    steps = [
        f"Rise = {y2} - ({y1}) = {y2 - y1}; run = {x2} - ({x1}) = {x2 - x1}.",
        f"Slope = rise/run = {show(m)}.",
    ]
    wrong = [show(1 / m), show(-m), show(-1 / m), *numeric_wrong(m, rng)]
    question = f"What is the slope of the line through ({x1}, {y1}) and ({x2}, {y2})?"
    return make(
        question,
        show(m),
        steps,
        "Slope = (y2 - y1)/(x2 - x1).",
        difficulty,
        choices=options(rng, show(m), wrong) if difficulty != "hard" else None,
    )


@template("system_2x2")
def system_2x2(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Solve two linear equations in x and y with an integer solution."""
    size = level(difficulty, 5, 8, 12)
    sx, sy = rng.randint(-size, size), rng.randint(-size, size)
    a, b, c, d = checked(
        lambda: [nonzero(rng, -6, 6) for _ in range(4)], lambda p: p[0] * p[3] - p[1] * p[2] != 0
    )
    if difficulty == "easy":
        a, b, c, d = 1, 1, 1, -1
    e, f = a * sx + b * sy, c * sx + d * sy
    det = a * d - b * c
    assert sympy.Rational(e * d - b * f, det) == sx and sympy.Rational(a * f - c * e, det) == sy
    question = f"Solve the system: {algebra(a * x + b * y)} = {e} and {algebra(c * x + d * y)} = {f}. Answer as x = ..., y = ..."
    steps = [
        "Eliminate one variable: scale the equations so a coefficient matches, then subtract.",
        f"That gives x = {sx}.",
        f"Substitute back to get y = {sy}.",
        f"Check: {a}({sx}) + {b}({sy}) = {e} and {c}({sx}) + {d}({sy}) = {f}.",
    ]
    return make(
        question, f"x = {sx}, y = {sy}", steps, "Use elimination or substitution.", difficulty
    )


@template("absolute_value_equation")
def absolute_value_equation(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Solve |ax + b| = c by splitting it into two linear equations."""
    a = nonzero(rng, 1, level(difficulty, 1, 3, 5))
    s, t = checked(
        lambda: (rng.randint(-12, 12), rng.randint(-12, 12)),
        lambda p: p[0] != p[1] and (a * (p[0] + p[1])) % 2 == 0,
    )
    b, c = -a * (s + t) // 2, a * abs(s - t) // 2
    roots = sorted({s, t})
    assert c > 0 and all(abs(a * r + b) == c for r in roots)
    inside = algebra(a * x + b)
    steps = [
        f"Split into two equations: {inside} = {c} or {inside} = {-c}.",
        f"Solve each: x = {roots[1]} or x = {roots[0]}.",
        f"Check: |{a * roots[0] + b}| = |{a * roots[1] + b}| = {c}.",
    ]
    return make(
        f"Solve for x: |{inside}| = {c}",
        f"x = {roots[0]} or x = {roots[1]}",
        steps,
        "The expression inside the bars is either c or -c; solve both.",
        difficulty,
    )


@template("proportion")
def proportion(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Solve a proportion a/b = x/d by cross-multiplying (whole-number answer)."""
    a, b = checked(
        lambda: (rng.randint(1, 9), rng.randint(2, level(difficulty, 6, 9, 12))),
        lambda p: p[0] != p[1] and sympy.gcd(p[0], p[1]) == 1,
    )
    d = b * rng.randint(2, level(difficulty, 4, 6, 9))
    value = sympy.Rational(a * d, b)
    assert value.q == 1 and sympy.Rational(a, b) == value / d
    steps = [
        f"Cross-multiply: {b} · x = {a} · {d} = {a * d}.",
        f"Divide both sides by {b}: x = {value}.",
        f"Check: {value}/{d} simplifies to {a}/{b}.",
    ]
    return make(
        f"Solve the proportion for x: {a}/{b} = x/{d}",
        str(value),
        steps,
        "In a proportion the cross products are equal.",
        difficulty,
    )


@template("variation")
def variation(rng: random.Random, difficulty: Difficulty) -> Problem:
    """Direct variation y = kx (easy, medium) or inverse variation y = k/x (hard)."""
    k = rng.randint(2, level(difficulty, 6, 9, 12))
    x1, x2 = checked(lambda: (rng.randint(2, 12), rng.randint(2, 12)), lambda p: p[0] != p[1])
    if difficulty == "hard":
        k = k * x1 * x2  # whole-number values at both points
        y1, value, kind, law = k // x1, sympy.Rational(k, x2), "inversely", "y = k/x"
        steps = [f"{law}, so k = x·y = {x1} × {y1} = {k}.", f"y = {k}/{x2} = {show(value)}."]
    else:
        y1, value, kind, law = k * x1, sympy.Integer(k * x2), "directly", "y = kx"
        steps = [f"{law}, so k = y/x = {y1}/{x1} = {k}.", f"y = {k} × {x2} = {value}."]
    assert value == (sympy.Rational(k, x2) if difficulty == "hard" else k * x2)
    question = f"y varies {kind} with x, and y = {y1} when x = {x1}. What is y when x = {x2}?"
    hint = f"Find the constant of variation k from the pair you know ({law})."
    return make(question, show(value), steps, hint, difficulty)


@template("complete_square")
def complete_square(rng: random.Random, difficulty: Difficulty) -> Problem:
    """The constant that makes x^2 + bx + c a perfect square trinomial."""
    half = nonzero(rng, -level(difficulty, 5, 9, 12), level(difficulty, 5, 9, 12))
    b = 2 * half
    value = sympy.Integer(half**2)
    assert sympy.factor(x**2 + b * x + value) == (x + half) ** 2
    steps = [
        f"Take half of the x coefficient: {b}/2 = {half}.",
        f"Square it: ({half})^2 = {value}, so x^2 + {b}x + {value} = (x + {half})^2.".replace(
            "+ -", "- "
        ),
    ]
    question = f"What number c makes {algebra(x**2 + b * x)} + c a perfect square trinomial?"
    return make(
        question, show(value), steps, "Halve the middle coefficient, then square it.", difficulty
    )
