"""Step-by-step math help for chat: solve, check a step, verify, simplify (via mathparse)."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.mathparse import parse_math, solve_equation
from companion.ai.offline.mathspans import math_spans

# "36 g", "20 m/s", "3 m/s^2": a measurement (a number and its unit), not an expression to
# simplify; only a request to rewrite one ("simplify 3x") treats it as algebra
_QUANTITY = re.compile(r"^-?\d+(?:\.\d+)?\s*[a-zA-Z]+(?:\s*/\s*[a-zA-Z]+)?(?:\^\d)?$")
_REWRITE = re.compile(r"\b(?:simplify|expand|factor|multiply\s+out|combine)\b", re.I)
# a function named in words, then "of" right before the math: the math is its argument
_FUNCTION_OF = re.compile(
    r"\b(?:log\w*|ln|sine?|cos(?:ine)?|tan(?:gent)?|sqrt|(?:square |cube )?root)\b[^.?!=]*\bof\s*$",
    re.I,
)
_WORD_RUN = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]{3,}|ln)(?![A-Za-z])")  # "log", "sin", "ln"
_QUESTION = re.compile(r"^\s*(?:is|are|does|do|check)\b|\?\s*$|\b(?:true|right|correct)\b", re.I)


def show(expr: sympy.Basic) -> str:
    """Sympy output the way a student writes it: 3x + 5, x^2, ln|x|."""
    text = re.sub(r"\blog\(", "ln(", str(expr).replace("**", "^"))
    text = re.sub(r"\ba(sin|cos|tan)\(", r"arc\1(", text)
    text = re.sub(r"(\d)\*(?=[a-z(A])", r"\1", text).replace(")*(", ")(").replace("*", "·")
    return _bars(text)


def _bars(text: str) -> str:
    """Abs(u) as |u|, innermost first."""
    while (start := text.find("Abs(")) >= 0:
        depth, end = 0, -1
        for i in range(start + 3, len(text)):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            if depth == 0:
                end = i
                break
        if end < 0:
            return text
        text = f"{text[:start]}|{text[start + 4 : end]}|{text[end + 1 :]}"
    return text


UNSOLVABLE = (
    "I couldn't work that one out. Check it for a typo or a division by zero, then send it again."
)


def explain(message: str) -> str | None:
    """Solve, check or simplify the math in a message, with steps; None without math."""
    try:
        return _explain(message)
    except (TypeError, ValueError, ZeroDivisionError, NotImplementedError, AttributeError):
        return UNSOLVABLE  # sympy refuses things like 1/0 = x with assorted errors


# an operator said in words between two numbers: "is 3 times 4 = 12 right?" checks 3 * 4 = 12,
# not 4 = 12
_WORDED_OPERATOR = re.compile(
    r"(?<=\d)\s+(?P<op>times|multiplied\s+by|plus|minus|divided\s+by)\s+(?=-?\d)", re.I
)
_SYMBOL = {"times": "*", "multiplied": "*", "plus": "+", "minus": "-", "divided": "/"}


def _explain(message: str) -> str | None:
    message = _WORDED_OPERATOR.sub(lambda m: f" {_SYMBOL[m['op'].split()[0].lower()]} ", message)
    spans = math_spans(message)
    parsed = [(s, parse_math(s)) for s in spans]
    equations = [(s, p) for s, p in parsed if isinstance(p, sympy.Eq)]
    if len(equations) >= 2:
        return check_step(equations[0][0], equations[1][0])
    if equations:
        text, eq = equations[0]
        asks = _QUESTION.search(message) or not eq.free_symbols
        return check_claim(text, eq) if asks else solve(text, eq)
    if not _REWRITE.search(message):
        parsed = [(s, p) for s, p in parsed if not _QUANTITY.match(s)]
    parsed = [(s, p) for s, p in parsed if not _part_of_a_function(message, s, p)]
    for text, expr in parsed:
        if isinstance(expr, sympy.Rel):
            return solve_inequality(expr)
        if isinstance(expr, sympy.Expr):
            return simplify(text, expr, message)
    return None


def _part_of_a_function(message: str, span: str, expr: object) -> bool:
    """Math that is only the argument of a function the parser did not read: "8 + 1" in "log
    base 2 of 8 + 1", or "log2(8)" split into the letters l·o·g. Worked alone it is a wrong
    number, so it is left to the handlers that read the function (or to an honest fallback)."""
    before = message[: max(message.find(span), 0)]
    if _FUNCTION_OF.search(before):
        return True
    letters = {str(s) for s in getattr(expr, "free_symbols", ())}
    return any(set(word) <= letters for word in _WORD_RUN.findall(span))


def _solution_text(var: sympy.Symbol, values: list) -> str:
    return " or ".join(f"{var} = {show(v)}" for v in values)


def _exact(value: sympy.Basic) -> sympy.Basic:
    """Typed decimals as the exact numbers they are (0.5 -> 1/2), so steps show no float noise."""
    return sympy.nsimplify(value, rational=True) if value.has(sympy.Float) else value


def solve(text: str, eq: sympy.Eq) -> str:
    """Solve a one-variable equation and show the steps and a check."""
    symbols = sorted(eq.free_symbols, key=str)
    if len(symbols) != 1:
        return (
            f"{text} has {len(symbols) or 'no'} variables; I can solve equations with exactly one."
        )
    var = symbols[0]
    eq = _exact(eq)
    if sympy.expand(eq.lhs - eq.rhs) == 0:
        return f"{text} is true for every value of {var}: both sides are the same expression."
    values = [_exact(v) for v in solve_equation(text)]
    poly = sympy.Poly(sympy.expand(eq.lhs - eq.rhs), var) if _is_poly(eq, var) else None
    if poly is not None and poly.degree() == 1:
        steps = _linear_steps(eq, var)
    elif poly is not None and poly.degree() == 2:
        steps = _quadratic_steps(eq, var, values)
    else:
        steps = _abs_steps(eq)
    if not values and poly is None and not steps:
        return f"{text} has no short list of solutions I can show step by step; it may have none or infinitely many."
    if not values:
        return "\n".join([f"Let's solve {text}.", *steps, f"It has no real solution for {var}."])
    lines = [f"Let's solve {text}.", *steps, f"So {_solution_text(var, values)}."]
    return "\n".join([*lines, *(_check_line(eq, var, v) for v in values)])


def _abs_steps(eq: sympy.Eq) -> list[str]:
    """|u| = c: two cases, u = c or u = -c (none when c < 0)."""
    sides = (eq.lhs, eq.rhs) if isinstance(eq.lhs, sympy.Abs) else (eq.rhs, eq.lhs)
    bars, c = sides
    if not isinstance(bars, sympy.Abs) or not c.is_number:
        return []
    if c < 0:
        return [
            f"An absolute value is never negative, so |{show(bars.args[0])}| = {show(c)} is impossible."
        ]
    inside = show(bars.args[0])
    return [
        f"An absolute value is {show(c)} when the inside is {show(c)} or {show(-c)}: {inside} = {show(c)} or {inside} = {show(-c)}."
    ]


def _check_line(eq: sympy.Eq, var: sympy.Symbol, value: sympy.Expr) -> str:
    sides = [f"{show(eq.lhs)} = {show(sympy.simplify(eq.lhs.subs(var, value)))}"]
    if var in eq.rhs.free_symbols:
        sides.append(f"{show(eq.rhs)} = {show(sympy.simplify(eq.rhs.subs(var, value)))}")
    return f"Check with {var} = {show(value)}: {' and '.join(sides)} ✓"


def _is_poly(eq: sympy.Eq, var: sympy.Symbol) -> bool:
    return sympy.expand(eq.lhs - eq.rhs).is_polynomial(var)


def _linear_steps(eq: sympy.Eq, var: sympy.Symbol) -> list[str]:
    """Variable terms to the left, numbers to the right, then divide."""
    left, right = sympy.expand(eq.lhs), sympy.expand(eq.rhs)
    steps: list[str] = []
    moved = right.coeff(var, 1) * var
    if moved != 0:
        left, right = left - moved, right - moved
        steps.append(f"Subtract {show(moved)} from both sides: {show(left)} = {show(right)}")
    number = left.subs(var, 0)
    if number != 0:
        verb = "Subtract {} from" if number > 0 else "Add {} to"
        left, right = left - number, right - number
        what = verb.format(show(abs(number)))
        steps.append(f"{what} both sides: {show(left)} = {show(right)}")
    coeff = left.coeff(var, 1)
    if coeff != 1:
        steps.append(f"Divide both sides by {show(coeff)}: {var} = {show(right / coeff)}")
    return steps


def _quadratic_steps(eq: sympy.Eq, var: sympy.Symbol, values: list) -> list[str]:
    """Factor when it factors neatly, else the quadratic formula."""
    expr = sympy.expand(eq.lhs - eq.rhs)
    steps = [f"Move everything to one side: {show(expr)} = 0"]
    factored = sympy.factor(expr)
    if isinstance(factored, sympy.Mul | sympy.Pow) and values:
        steps.append(f"Factor: {show(factored)} = 0")
        steps.append("A product is zero only when one of its factors is zero.")
        return steps
    a, b, c = (expr.coeff(var, n) for n in (2, 1, 0))
    steps.append(
        f"It doesn't factor neatly, so use the quadratic formula with a = {show(a)}, b = {show(b)}, c = {show(c)}."
    )
    steps.append(f"The discriminant b^2 - 4ac = {show(b**2 - 4 * a * c)}.")
    return steps


def check_step(first: str, second: str) -> str:
    """Whether going from one equation to the next keeps the same solutions."""
    base, claim = (first, second) if len(first) >= len(second) else (second, first)
    expected, proposed = solve_equation(base), solve_equation(claim)
    if not expected and len(parse_math(base).free_symbols) == 1:
        return f"{base} has no real solution, so {claim} can't follow from it."
    if not expected:
        return f"I can check steps on equations with one variable; {base} isn't one I can check."
    var = sorted(parse_math(base).free_symbols, key=str)[0]
    right = _solution_text(var, expected)
    if proposed == expected:
        return f"Yes, that's right: {base} and {claim} have the same solution, {right}. Nice work!"
    if proposed and set(proposed) < set(expected):
        return f"Close, but that's only part of it: {base} has the solutions {right}."
    lines = [f"Not quite: that step isn't right. {base} leads to {right}, not {claim}."]
    claimed = parse_math(claim)
    if isinstance(claimed.lhs, sympy.Symbol) and not claimed.rhs.free_symbols:
        eq = parse_math(base)
        value = claimed.rhs
        lines.append(
            f"Check by substituting {var} = {show(value)}: the left side is "
            f"{show(eq.lhs.subs(var, value))} but the right side is {show(eq.rhs.subs(var, value))}."
        )
    lines.append(solve(base, parse_math(base)))
    return "\n".join(lines)


def check_claim(text: str, eq: sympy.Eq) -> str:
    """Is this equation true: always, for no values, or only for some values?"""
    difference = sympy.simplify(eq.lhs - eq.rhs)
    if not eq.free_symbols:
        if difference == 0:
            return f"Yes, that's right: both sides of {text} equal {show(sympy.nsimplify(eq.rhs))}."
        return f"No: the left side is {show(eq.lhs)} and the right side is {show(eq.rhs)}, so they aren't equal."
    if difference == 0:
        expanded = show(sympy.expand(eq.lhs))
        return f"Yes! {text} is true for every value: the left side expands to {expanded}, the same as the right side."
    values = solve_equation(text)
    if values:
        var = sorted(eq.free_symbols, key=str)[0]
        return f"Not in general: the two sides are only equal when {_solution_text(var, values)}.\n{solve(text, eq)}"
    return f"No: {show(eq.lhs)} and {show(eq.rhs)} are different expressions, so {text} isn't true in general."


def solve_inequality(rel: sympy.Rel) -> str:
    """The solution set of a one-variable inequality, in words."""
    symbols = sorted(rel.free_symbols, key=str)
    if len(symbols) != 1:
        return "I can solve inequalities with exactly one variable."
    var = symbols[0]
    solution = sympy.solveset(rel, var, sympy.S.Reals)
    return (
        f"The inequality holds when {interval_text(solution, var)}. Solve it like an equation, "
        "but flip the sign whenever you multiply or divide both sides by a negative number."
    )


def simplify(text: str, expr: sympy.Expr, message: str) -> str:
    """Evaluate numbers; factor, expand or simplify expressions as the message asks."""
    if not expr.free_symbols:
        value = sympy.nsimplify(expr)
        if value.has(sympy.zoo, sympy.nan) or not value.is_finite:
            return f"{text} has no value: division by zero is undefined."
        return f"{text} = {show(value)}. Work it out with the order of operations: parentheses, exponents, then multiplication and division, then addition and subtraction."
    low = message.lower()
    if "factor" in low:
        return f"Factored, {text} is {show(sympy.factor(expr))}."
    if "expand" in low or "multiply out" in low:
        return f"Expanded, {text} is {show(sympy.expand(expr))}."
    simpler = sympy.simplify(expr)
    expanded = sympy.expand(expr)
    if show(simpler) != text.replace(" ", ""):
        extra = f" (expanded: {show(expanded)})" if expanded.is_polynomial() else ""
        return f"{text} simplifies to {show(simpler)}{extra}."
    return f"{text} is already simple; expanded, it's {show(expanded)}."


def interval_text(solution: sympy.Set, var: sympy.Symbol) -> str:
    """An interval in inequality notation: "x > 2", "-1 ≤ x < 3"."""
    if not isinstance(solution, sympy.Interval):
        return f"{var} is in {solution}"
    low, high = solution.start, solution.end
    left = "" if low.is_infinite else f"{show(low)} {'<' if solution.left_open else '≤'} "
    right = "" if high.is_infinite else f" {'<' if solution.right_open else '≤'} {show(high)}"
    if left and not right:
        return f"{var} {'>' if solution.left_open else '≥'} {show(low)}"
    return f"{left}{var}{right}" if left or right else f"{var} is any real number"
