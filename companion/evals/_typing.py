"""How a student would type an authored LaTeX answer, and wrong variants of it (eval only).

Written independently of the grader's own LaTeX reader (companion.ai.offline.mathtext):
this one rewrites innermost commands with regular expressions until nothing changes, and
types the result the way students do (implicit products, a/b, sqrt(...), pi, degrees).
"""

from __future__ import annotations

import re

import sympy
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

_INNER = r"\{([^{}]*)\}"
_REWRITES = [
    (
        re.compile(rf"\\[dt]?frac\s*{_INNER}\s*{_INNER}"),
        lambda m: f"{_bracket(m[1])}/{_bracket(m[2])}",
    ),
    (re.compile(rf"\\sqrt\s*\[([^\]]*)\]\s*{_INNER}"), lambda m: f"({m[2]})^(1/{m[1]})"),
    (re.compile(rf"\\sqrt\s*{_INNER}"), lambda m: f"sqrt({m[1]})"),
    (re.compile(rf"\\(?:operatorname|text|mathrm)\s*{_INNER}"), lambda m: m[1]),
    (re.compile(rf"\^\s*{_INNER}"), lambda m: "^" + _bracket(m[1])),
    (re.compile(rf"_\s*{_INNER}"), lambda m: "_" + m[1]),
]
_GROUP = re.compile(_INNER)  # a bare {...} group, rewritten only when no command matches
_SYMBOLS = [
    (r"\left", ""),
    (r"\right", ""),
    (r"\cdot", "*"),
    (r"\times", "*"),
    (r"\div", "/"),
    (r"\%", "%"),
    (r"\$", "$"),
    (r"\,", ""),
    (r"\ ", " "),
    (r"\geq", ">="),
    (r"\leq", "<="),
    (r"\neq", "!="),
    (r"\pi", "pi"),
    (r"\theta", "theta"),
    (r"\ln", "ln"),
    (r"\log", "log"),
    (r"\sin", "sin"),
    (r"\cos", "cos"),
    (r"\tan", "tan"),
    (r"\degree", " degrees"),
    (r"\infty", "inf"),
    (r"\cup", "U"),
]
_DEGREES = re.compile(r"\^\s*\{?\\circ\}?|°")
_PROSE = re.compile(r"[A-Za-z]{4,}")
_TRANSFORMS = (*standard_transformations, implicit_multiplication_application, convert_xor)


def _bracket(text: str) -> str:
    text = text.strip()
    return text if re.fullmatch(r"\d+(?:\.\d+)?|[A-Za-z]|pi", text) else f"({text})"


def typed(latex: str) -> str:
    """The authored answer as a student types it: $$\\frac{2}{x+2}$$ -> 2/(x+2)."""
    text = re.sub(r"\\(?=\$\$)", "", latex).replace("$$", " ").replace("\\$", "$")
    text = text.replace("**", "^").replace("log{", "log_{")
    text = _DEGREES.sub(" degrees", text)
    for old, new in _SYMBOLS:
        text = text.replace(old, new)
    previous = None
    while previous != text:
        previous = text
        for pattern, repl in _REWRITES:
            text = pattern.sub(repl, text)
        if previous == text:
            text = _GROUP.sub(lambda m: f"({m[1]})", text, count=1)
    text = re.sub(r"\s*\*\s*(?=[A-Za-z(])", "", text)  # students write 2x and 3(x+1)
    text = re.sub(r"\)\s+\(", ")(", text)
    return re.sub(r"\s+", " ", text).strip()


_NOTATIONS = {
    "matrix": re.compile(r"\\begin"),
    "vector": re.compile(r"\\vec|\\hat|⟨"),
    "integral": re.compile(r"\\int"),
    "plus-minus": re.compile(r"\\pm"),
    "approximation": re.compile(r"\\approx"),
    "end behaviour": re.compile(r"-->"),
    "set shorthand": re.compile(r"&"),
}


def skip_reason(latex: str) -> str | None:
    """Why an authored answer is not math a student types (prose, vectors...), or None."""
    for reason, pattern in _NOTATIONS.items():
        if pattern.search(latex):
            return reason
    plain = typed(latex)
    words = re.sub(r"(?:sqrt|arcsin|arccos|arctan|sin|cos|tan|log|ln|pi|theta|degrees)", "", plain)
    if _PROSE.search(words):
        return "prose"
    return None if re.search(r"[\d+\-*/^=<>]", plain) else "no number or operator"


def gradable(latex: str) -> bool:
    """Whether an authored answer is math a student would type."""
    return skip_reason(latex) is None


def _numbers(text: str) -> list[re.Match]:
    return list(re.finditer(r"\d+(?:\.\d+)?", text))


def change_number(text: str) -> str | None:
    """The first number (outside exponents and subscripts) with its whole part one larger."""
    for m in _numbers(text):
        if text[: m.start()].endswith(("^", "_")):
            continue
        whole, _, decimals = m[0].partition(".")
        new = str(int(whole) + 1) + (f".{decimals}" if decimals else "")
        return text[: m.start()] + new + text[m.end() :]
    return None


def flip_sign(text: str) -> str | None:
    """The whole answer negated (the leading sign flipped)."""
    if "," in text or "=" in text or "<" in text or ">" in text:
        return None
    if text.startswith("-"):
        return text[1:]
    return f"-({text})" if re.search(r"[+\-]", text) else f"-{text}"


def drop_factor(text: str) -> str | None:
    """One bracketed factor of a product left out, or a coefficient of a term."""
    groups = [g for g in re.finditer(r"\([^()]*\)", text) if not text[: g.start()][-1:].isalpha()]
    adjacent = [
        g
        for g in groups
        if text[g.end() : g.end() + 1] in "(" or text[g.start() - 1 : g.start()] in ")"
    ]
    if adjacent and len(groups) >= 2:
        g = adjacent[0]
        dropped = (text[: g.start()] + text[g.end() :]).strip()
        return dropped if dropped and _value(dropped) is not None else None
    m = re.match(r"^(-?)(\d+(?:\.\d+)?)(?=[a-z(])", text)
    if m and m[2] not in ("1", "0"):
        return m[1] + text[m.end() :]
    return None


def _value(text: str) -> sympy.Expr | None:
    """sympy's own reading of a typed answer (not the grader's), to check a variant differs."""
    try:
        clean = text.replace("degrees", "").replace("%", "/100").replace("$", "")
        return parse_expr(clean, transformations=_TRANSFORMS)
    except Exception:  # sympy raises many kinds on text it cannot read
        return None


def really_different(right: str, wrong: str) -> bool:
    """Whether the variant is not secretly equal to the answer (e.g. -0, a factor of 1)."""
    a, b = _value(right), _value(wrong)
    if a is None or b is None or not isinstance(a, sympy.Expr) or not isinstance(b, sympy.Expr):
        return right.replace(" ", "") != wrong.replace(" ", "")
    try:
        return sympy.simplify(a - b) != 0
    except Exception:  # undecidable forms count as different text
        return True
