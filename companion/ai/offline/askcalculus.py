"""Integrals (indefinite and definite), limits, and an expression evaluated at a value.

Every result comes from sympy; an integral sympy cannot close or a limit that does not exist
is said so in words, never replaced by a guess.
"""

from __future__ import annotations

import re

import sympy
from sympy.integrals.manualintegrate import manualintegrate

from companion.ai.offline.askformat import approx
from companion.ai.offline.calculusexpressions import TooLarge
from companion.ai.offline.calculusexpressions import expr as _expr
from companion.ai.offline.calculusexpressions import latex as _latex
from companion.ai.offline.calculusexpressions import tex as _tex

_END = r"\s*[?.!]*\s*$"
_INTEGRAL = re.compile(
    r"(?:\b(?:integrate|(?:definite\s+|indefinite\s+)?integral\s+of|anti-?derivative\s+of)|∫)\s*:?\s*"
    r"(?P<f>.+?)(?:\s*\bd(?P<v>[a-z]))?"
    r"(?:\s+(?:from|between)\s+(?P<a>\S+)\s+(?:to|and)\s+(?P<b>\S+?))?"
    rf"(?:\s+with\s+respect\s+to\s+(?P<v2>[a-z]))?{_END}",
    re.I,
)
_INTEGRAL_FIRST = re.compile(
    r"\bintegral\s+from\s+(?P<a>\S+)\s+to\s+(?P<b>\S+)\s+of\s+(?P<f>.+?)(?:\s*\bd(?P<v>[a-z]))?"
    rf"{_END}",
    re.I,
)
_TOWARDS = r"(?:\s*(?:->|→)\s*|\s+(?:approaches|goes\s+to|tends\s+to|to)\s+)"
_LIMITS = (
    re.compile(
        rf"\blim(?:it)?\s+(?:of\s+)?(?P<f>.+?)\s+as\s+(?P<v>[a-z]){_TOWARDS}(?P<a>.+?){_END}",
        re.I,
    ),
    re.compile(
        rf"\blim(?:it)?\s+(?:as\s+)?(?P<v>[a-z]){_TOWARDS}(?P<a>[^\s,]+?)\s*,?\s+(?:of\s+)?"
        rf"(?P<f>.+?){_END}",
        re.I,
    ),
)
_EVALUATE = (
    re.compile(
        r"\b(?:evaluate|find(?:\s+the\s+value\s+of)?|what\s+is|what'?s|calculate|compute|work\s+out)"
        r"\s+(?P<f>.+?)\s+(?:when|at|for|if|where|with)\s+"
        rf"(?P<assign>[a-z]\s*=\s*[^,]+?(?:\s*(?:,|and)\s*[a-z]\s*=\s*[^,]+?)*){_END}",
        re.I,
    ),
    re.compile(
        r"\b(?:plug|substitute|put)\s+(?:in\s+)?(?P<assign>[a-z]\s*=\s*\S+?)\s+(?:in|into)\s+"
        rf"(?P<f>.+?){_END}",
        re.I,
    ),
)
_FUNCTION_AT = (
    re.compile(
        r"\b(?P<name>[a-z])\((?P<value>[^()]+)\)\s*,?\s*(?:if|when|where|given|for)\s+(?:that\s+)?"
        rf"(?P=name)\((?P<v>[a-z])\)\s*=\s*(?P<f>.+?){_END}",
        re.I,
    ),
    re.compile(
        r"\b(?P<name>[a-z])\((?P<v>[a-z])\)\s*=\s*(?P<f>.+?)\s*[,;.]?\s*(?:what\s+is|what'?s|find|"
        rf"evaluate|calculate|compute)\s+(?P=name)\((?P<value>[^()]+)\){_END}",
        re.I,
    ),
)


def answer(message: str) -> str | None:
    """An integral, a limit or a value at a point, worked; else None."""
    try:
        return integral(message) or limit(message) or evaluate(message)
    except TooLarge as power:
        return f"${power}$ is a higher power than I can work with here; try it with a smaller exponent."


def _variable(expr: sympy.Expr, named: str | None) -> sympy.Symbol:
    if named:
        return sympy.Symbol(named)
    symbols = sorted(expr.free_symbols, key=str)
    x = sympy.Symbol("x")
    return x if x in symbols or not symbols else symbols[0]


def integral(message: str) -> str | None:
    """∫ f dx = F + C, term by term; from a to b, F(b) − F(a)."""
    match = _INTEGRAL_FIRST.search(message) or _INTEGRAL.search(message)
    if not match:
        return None
    f = _expr(match["f"])
    if f is None:
        return None
    groups = match.groupdict()
    var = _variable(f, groups.get("v") or groups.get("v2"))
    # manualintegrate answers school integrals in milliseconds and gives up quickly on the
    # rest, where sympy's full integrate can search for a minute.
    antiderivative = manualintegrate(f, var)
    if antiderivative.has(sympy.Integral):
        return f"{_tex(f)} has no antiderivative in elementary functions that I can write down, so I can't give a closed form for it."
    barred = _log_bars(antiderivative, var)
    if match["a"] and match["b"]:
        return _definite(f, var, barred, match["a"], match["b"])
    lines = [f"$\\int {_latex(f)} \\, d{var} = {_latex(barred)} + C$"]
    steps = _integral_steps(f, var)
    if steps:
        lines.append("\n".join(steps))
    lines.append(
        f"Check: the derivative of {_tex(barred)} is {_tex(sympy.diff(antiderivative, var))}, "
        f"the function we started with. The $+ C$ is there because any constant differentiates to 0."
    )
    return "\n\n".join(lines)


def _log_bars(antiderivative: sympy.Expr, var: sympy.Symbol) -> sympy.Expr:
    """ln(u) as ln|u| where u can be negative (∫ 1/x dx = ln|x| + C); sympy leaves the bars
    off, which is only right where u > 0."""
    real = sympy.Symbol(var.name, real=True)

    def barred(u: sympy.Expr) -> sympy.Expr:
        return sympy.log(u if u.subs(var, real).is_positive else sympy.Abs(u))

    return antiderivative.replace(lambda e: isinstance(e, sympy.log), lambda e: barred(e.args[0]))


def _integral_steps(f: sympy.Expr, var: sympy.Symbol) -> list[str]:
    terms = sympy.Add.make_args(sympy.expand(f)) if f.is_polynomial(var) else (f,)
    if not f.is_polynomial(var):
        return []
    steps = [
        "Power rule for integrals: $\\int x^n \\, dx = \\frac{x^{n+1}}{n+1}$ (add 1 to the power, divide by the new power)."
    ]
    if len(terms) > 1:
        steps.append(
            "Integrate term by term: "
            + ", ".join(f"${_latex(t)} \\to {_latex(sympy.integrate(t, var))}$" for t in terms)
            + "."
        )
    return steps


def _definite(
    f: sympy.Expr, var: sympy.Symbol, antiderivative: sympy.Expr, low_text: str, high_text: str
) -> str | None:
    low, high = _expr(low_text), _expr(high_text)
    if low is None or high is None or low.free_symbols or high.free_symbols:
        return None
    value = sympy.simplify(sympy.integrate(f, (var, low, high)))
    if value.has(sympy.Integral) or not value.is_finite:
        return f"The integral of {_tex(f)} from {_tex(low)} to {_tex(high)} does not converge to a finite number."
    at_high, at_low = (
        sympy.limit(antiderivative, var, p) if p.is_infinite else antiderivative.subs(var, p)
        for p in (high, low)
    )
    rounded = "" if value.is_Rational else f" ≈ {approx(value)}"
    return "\n\n".join(
        [
            f"$\\int_{{{_latex(low)}}}^{{{_latex(high)}}} {_latex(f)} \\, d{var} = "
            f"{_latex(value)}$, so the answer is **{_tex(value)}{rounded}**.",
            f"1. An antiderivative: $F({var}) = {_latex(antiderivative)}$.\n\n"
            f"2. $F({_latex(high)}) - F({_latex(low)}) = {_latex(sympy.simplify(at_high))} - "
            f"{_paren(sympy.simplify(at_low))} = {_latex(value)}$.",
        ]
    )


def _paren(value: sympy.Expr) -> str:
    text = _latex(value)
    return f"\\left({text}\\right)" if text.startswith("-") else text


def limit(message: str) -> str | None:
    """A limit, by substitution when it works, else after simplifying; one-sided when they differ."""
    match = next((m for p in _LIMITS if (m := p.search(message))), None)
    if not match:
        return None
    side, where = _side(match["a"])
    f, point = _expr(match["f"]), _expr(where)
    if f is None or point is None or point.free_symbols:
        return None
    var = sympy.Symbol(match["v"])
    sign = {"+": "^+", "-": "^-"}.get(side, "")
    shown = f"$\\lim_{{{var} \\to {_latex(point)}{sign}}} {_latex(f)}$"
    if side and not point.is_infinite:
        value = sympy.limit(f, var, point, side)
        how = f"Only values of ${var}$ on the {'right' if side == '+' else 'left'} of ${_latex(point)}$ count."
    elif point.is_infinite:
        value = sympy.limit(f, var, point)
        how = "Compare how fast the top and bottom grow: divide through by the highest power."
    else:
        right, left = sympy.limit(f, var, point, "+"), sympy.limit(f, var, point, "-")
        if right != left:
            return (
                f"{shown} does not exist: from the left the function approaches {_tex(left)}, "
                f"from the right {_tex(right)}."
            )
        value = right
        direct = f.subs(var, point)
        if direct.is_finite and direct == value and not _zero_to_zero(f, var, point):
            how = (
                f"Substitute ${var} = {_latex(point)}$ directly: the function is continuous there."
            )
        else:
            simpler = sympy.cancel(sympy.factor(f))
            how = f"Substituting ${var} = {_latex(point)}$ directly gives an undefined form, so simplify first"
            how += (
                f": {_tex(f)} $= {_latex(simpler)}$, then substitute."
                if simpler != f
                else " (or use L'Hôpital's rule)."
            )
    if (
        value in (sympy.zoo, sympy.nan)
        or isinstance(value, sympy.AccumBounds)
        or value.has(sympy.Limit)
    ):
        return f"{shown} does not exist: the function does not settle on one value."
    rounded = "" if value.is_Rational or value.is_infinite else f" ≈ {approx(value)}"
    return f"{shown} = **{_tex(value)}{rounded}**.\n\n{how}"


def _side(text: str) -> tuple[str, str]:
    """ "0 from the left" -> ("-", "0"); "2+" -> ("+", "2"); "3" -> ("", "3")."""
    text = text.strip()
    if found := re.search(
        r"\s*from\s+(?:the\s+)?(left|right|below|above)(?:\s+side)?$", text, re.I
    ):
        side = "+" if found[1].lower() in ("right", "above") else "-"
        return side, text[: found.start()]
    if re.fullmatch(r"-?[\d.]+\s*[+-]", text):
        return text[-1], text[:-1]
    return "", text


def _zero_to_zero(f: sympy.Expr, var: sympy.Symbol, point: sympy.Expr) -> bool:
    """Whether substituting gives a 0^0 somewhere (sympy calls it 1; a limit must not)."""
    return any(
        isinstance(node, sympy.Pow)
        and node.base.subs(var, point) == 0
        and node.exp.subs(var, point) == 0
        for node in sympy.preorder_traversal(f)
    )


def evaluate(message: str) -> str | None:
    """An expression with values put in for its variables."""
    found = next(((m, True) for p in _FUNCTION_AT if (m := p.search(message))), None)
    if found is None:
        found = next(((m, False) for p in _EVALUATE if (m := p.search(message))), None)
    if found is None:
        return None
    match, function = found
    f = _expr(match["f"])
    if f is None or not f.free_symbols:
        return None
    if function:
        value = _expr(match["value"])
        if value is None or value.free_symbols:
            return None
        values = {sympy.Symbol(match["v"]): value}
    else:
        values = {}
        for name, raw in re.findall(
            r"([a-z])\s*=\s*([^,]+?)(?=\s*(?:,|\band\b|$))", match["assign"].strip()
        ):
            value = _expr(raw.rstrip("?.! "))
            if value is None or value.free_symbols:
                return None
            values[sympy.Symbol(name)] = value
    if not values or not f.free_symbols <= set(values):
        return None
    held = f.subs({k: sympy.UnevaluatedExpr(v) for k, v in values.items()})
    result = sympy.simplify(f.subs(values))
    if not result.is_finite:
        return f"{_tex(f)} is undefined there: the values make it divide by zero."
    if not result.is_real:
        return f"{_tex(f)} has no real value there (it would need the square root of a negative number)."
    rounded = "" if result.is_Rational else f" ≈ {approx(result)}"
    given = ", ".join(f"${k} = {_latex(v)}$" for k, v in values.items())
    name = f"${match['name']}({_latex(next(iter(values.values())))})$" if function else _tex(f)
    return (
        f"{name} = **{_tex(result)}{rounded}** when {given}.\n\n"
        f"Substitute and follow the order of operations: ${_latex(held, mul_symbol='times', order='rev-lex')} = {_latex(result)}$."
    )
