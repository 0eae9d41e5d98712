"""Trigonometry in words: a trig function at an angle ("sin of 30 degrees", "cos(pi/3)"), an
inverse trig function ("arcsin of 1/2"), and angles between degrees and radians.

An angle given in degrees is turned into radians by pi/180 so sympy gives the exact value; a
bare number with no unit and no pi is ambiguous (30 radians or 30 degrees?) and left alone.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import stands_alone, tex, value_text
from companion.ai.offline.mathparse import parse_math

_FUNCTIONS = {"sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan}
_FUNCTIONS |= {"csc": sympy.csc, "sec": sympy.sec, "cot": sympy.cot}
_NAMES = {"sine": "sin", "cosine": "cos", "tangent": "tan", "cosecant": "csc"}
_NAMES |= {"secant": "sec", "cotangent": "cot"}
_INVERSES = {"sin": sympy.asin, "cos": sympy.acos, "tan": sympy.atan}

_FUNCTION = r"(?P<f>sin|cos|tan|csc|sec|cot|sine|cosine|tangent|cosecant|secant|cotangent)"
# an angle: a number, or a multiple of pi ("pi/6", "2pi/3", "3π/4")
# (each number starts where a run of digits starts: a search through a long run of digits
# stays linear instead of trying every split of it)
_ANGLE = (
    r"(?P<a>(?<![\d.])-?(?:\d+(?:\.\d+)?|\.\d+)?\s*(?:pi|π)(?:\s*/\s*\d+)?"
    r"|(?<![\d.])-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?)"
)
_DEGREES = r"(?:°|\s*(?:degrees?|degs?)\b)"
_RADIANS = r"(?:\s*(?:radians?|rads?)\b)"
_VALUE = re.compile(
    rf"\b{_FUNCTION}\s*(?:of\s+)?(?:\(\s*)?{_ANGLE}\s*(?P<deg>{_DEGREES})?(?:\s*\))?"
    rf"(?P<rad>{_RADIANS})?",
    re.I,
)
_INVERSE = re.compile(
    r"\b(?:arc\s?(?P<f>sin|cos|tan)e?|(?P<g>sin|cos|tan)\s*\^?\s*\(?-1\)?|"
    r"inverse\s+(?P<h>sine|cosine|tangent|sin|cos|tan))\s*(?:of\s+)?\(?\s*"
    r"(?P<x>-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?|-?\.\d+|(?:-?\s*)?(?:sqrt|√)\s*\(?\s*\d+\s*\)?(?:\s*/\s*\d+)?)"
    r"\s*\)?",
    re.I,
)
_CONVERT = re.compile(
    rf"{_ANGLE}\s*(?P<from>{_DEGREES}|{_RADIANS})\s+(?:(?:converted\s+)?(?:to|in|into|as)\s+|=\s*|is\s+how\s+many\s+)"
    r"(?P<to>degrees?|radians?)\b",
    re.I,
)
_HOW_MANY = re.compile(
    rf"\bhow\s+many\s+(?P<to>degrees|radians)\s+(?:is|are|in|equals?|makes?)\s+(?:an?\s+)?{_ANGLE}"
    rf"\s*(?P<from>{_DEGREES}|{_RADIANS})",
    re.I,
)


def answer(message: str) -> str | None:
    """The exact value, the angle, or the converted angle asked for; else None."""
    for handler in (_inverse, _converted, _value):
        if found := handler(message):
            return found
    return None


def _angle(text: str) -> sympy.Expr | None:
    said = re.sub(r"π", "pi", text.replace(" ", ""))
    said = re.sub(r"^(-?)(pi)", r"\g<1>1*\2", said)
    said = re.sub(r"(\d)(pi)", r"\1*\2", said)
    value = parse_math(said)
    return value if isinstance(value, sympy.Expr) and not value.free_symbols else None


def _value(message: str) -> str | None:
    match = _VALUE.search(message)
    if not match or not stands_alone(match) or (angle := _angle(match["a"])) is None:
        return None
    has_pi = angle.has(sympy.pi)
    if not has_pi and not match["deg"] and not match["rad"]:
        return None  # "sin 30": degrees or radians? not said, so not guessed
    name = _NAMES.get(match["f"].lower(), match["f"].lower())
    radians = angle if has_pi or match["rad"] else angle * sympy.pi / 180
    value = sympy.nsimplify(_FUNCTIONS[name](radians))
    shown = f"{sympy.latex(angle)}°" if match["deg"] else sympy.latex(angle)
    head = f"$\\{name}({shown})$"
    if value.has(sympy.zoo, sympy.nan) or not value.is_finite:
        return f"{head} is **undefined**: {name} there divides by zero."
    lines = [f"{head} = **{value_text(value)}**."]
    if match["deg"]:
        lines.append(f"In radians the angle is {tex(radians)}; read it off the unit circle.")
    return "\n\n".join(lines)


def _inverse(message: str) -> str | None:
    match = _INVERSE.search(message)
    if not match or not stands_alone(match):
        return None
    name = (match["f"] or match["g"] or match["h"]).lower()[:3]
    value = parse_math(match["x"].replace("√", "sqrt").replace(" ", ""))
    if not isinstance(value, sympy.Expr) or value.free_symbols:
        return None
    value = sympy.nsimplify(value)  # 0.5 as 1/2, so arcsin gives pi/6 exactly
    if name in ("sin", "cos") and abs(value) > 1:
        return f"arc{name} of {tex(value)} is **undefined**: {name} only takes values from -1 to 1."
    angle = sympy.nsimplify(_INVERSES[name](value))
    degrees = sympy.nsimplify(angle * 180 / sympy.pi)
    return (
        f"arc{name}({tex(value)}) = **{value_text(angle)}** radians, which is **{value_text(degrees)}°**."
        f"\n\nIt is the angle whose {name} is {tex(value)}, taken from the principal range."
    )


def _converted(message: str) -> str | None:
    match = _CONVERT.search(message) or _HOW_MANY.search(message)
    if not match or (angle := _angle(match["a"])) is None:
        return None
    source = "radians" if "rad" in match["from"].lower() else "degrees"
    target = "radians" if match["to"].lower().startswith("rad") else "degrees"
    if source == target:
        return None
    if target == "radians":
        result = sympy.nsimplify(angle * sympy.pi / 180)
        rule = "multiply by $\\frac{\\pi}{180}$"
    else:
        result = sympy.nsimplify(angle * 180 / sympy.pi)
        rule = "multiply by $\\frac{180}{\\pi}$"
    return (
        f"{tex(angle)} {source} = **{value_text(result)} {target}**.\n\n"
        f"A full turn is 360° = $2\\pi$ radians, so to go from {source} to {target} {rule}."
    )
