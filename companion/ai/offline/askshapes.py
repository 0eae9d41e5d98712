"""Area, perimeter, circumference, volume and surface area of common shapes with given sizes.

The sizes are read by name ("radius 3", "base 6 and height 4") or in order ("5 by 8");
a shape without the sizes its formula needs gets the formula and a request, never a guess.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import words_to_digits
from companion.ai.offline.shapeformulas import FORMULAS, Formula

NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_UNIT = r"(?:mm|cm|km|m|in|inch(?:es)?|ft|feet|foot|yd|yards?|miles?|meters?|metres?|centimet(?:er|re)s?|millimet(?:er|re)s?|units?)\b"
MEASURE = re.compile(r"\b(surface\s+area|area|perimeter|circumference|volume)\b", re.I)
SHAPES = {
    "rectangular prism": "box", "rectangular box": "box", "cuboid": "box", "box": "box",
    "square pyramid": "pyramid", "pyramid": "pyramid", "semicircle": "semicircle",
    "rectangle": "rectangle", "square": "square", "right triangle": "triangle",
    "triangle": "triangle", "circle": "circle", "trapezoid": "trapezoid", "trapezium": "trapezoid",
    "parallelogram": "parallelogram", "cube": "cube", "cylinder": "cylinder", "sphere": "sphere",
    "ball": "sphere", "cone": "cone", "rhombus": "rhombus",
}  # fmt: skip
SHAPE = re.compile(r"\b(" + "|".join(sorted(SHAPES, key=len, reverse=True)) + r")s?\b", re.I)
_NAMED = re.compile(
    r"\b(radius|diameter|side(?:\s+length)?|length|width|height|depth|base|edge|"
    r"bases|sides|diagonals?|[rdhlwbs])\s*(?:of|=|is|:|are)?\s*"
    rf"((?:{NUM})(?:\s*{_UNIT})?(?:(?:\s*(?:,|and|&)\s*|\s+)(?:{NUM})(?:\s*{_UNIT})?)*)",
    re.I,
)
_ROLES = {"r": "radius", "d": "diameter", "h": "height", "l": "length", "w": "width"}
_ROLES |= {"b": "base", "s": "side", "side length": "side", "edge": "side", "depth": "height"}
_ROLES |= {"diagonal": "diagonals"}
_POWER = {"area": "²", "surface area": "²", "volume": "³"}


def answer(message: str) -> str | None:
    """The measure of a shape with given sizes, with the formula and the substitution."""
    text = words_to_digits(message)
    measure_match, shape_match = MEASURE.search(text), SHAPE.search(text)
    if not measure_match:
        return None
    measure = re.sub(r"\s+", " ", measure_match[1].lower())
    sizes_text = text[measure_match.end() :]
    if not _numbers(sizes_text):  # "a garden is 12 ft long and 8 ft wide, what is the perimeter"
        sizes_text = text
    sizes_text = _SIZE_WORD.sub(
        lambda m: f"{_SIZE_ROLE[m[3].lower()]} {m[1]}{m[2] or ''}", sizes_text
    )
    positional = _numbers(sizes_text)
    one_side = measure == "perimeter" and len(positional) == 1 and _REGULAR.search(text)
    if one_side and shape_match and shape_match[1].lower() == "triangle":  # "equilateral"
        return _regular_perimeter(measure, "triangle", text, positional)
    if shape_match:
        shape = SHAPES[shape_match[1].lower()]
    elif polygon := _POLYGON.search(text):
        return _regular_perimeter(measure, polygon[1].lower(), text, positional)
    elif re.search(rf"(?:{NUM})\s*(?:{_UNIT})?\s*(?:by|x|×)\s*(?:{NUM})", sizes_text, re.I) or (
        re.search(r"\blength\b", sizes_text) and re.search(r"\bwidth\b", sizes_text)
    ):
        shape = "box" if measure in ("volume", "surface area") else "rectangle"
    else:
        return None
    formula = FORMULAS.get((measure, shape))
    if formula is None:
        return (
            None
            if not positional
            else f"I don't have a formula for the {measure} of a {shape}; tell me the shape's measurements and I can work through it with you."
        )
    if stated := _GIVEN.search(text):  # "a square has a perimeter of 36": the size is asked
        given = sympy.Rational(stated[1].replace(",", ""))
        return _size_from(measure, shape, formula, given, _named(text[stated.end() :]))
    sizes = _sizes(sizes_text, formula, shape)
    if sizes is None and not positional and _FORMULA_ASKED.search(text):
        return _formula_only(measure, shape, formula)  # "what is the formula for a circle's area"
    if sizes is None:
        return None if not positional else _needs(measure, shape, formula)
    value = formula(sizes)
    unit = unit_of(text)
    shown = f"{sympy.latex(value)}"
    approx = f" ≈ {float(value):.2f}".rstrip("0").rstrip(".") if not value.is_Rational else ""
    unit_text = (
        f" {unit}{_POWER.get(measure, '')}"
        if unit
        else (
            " square units"
            if measure in ("area", "surface area")
            else " cubic units"
            if measure == "volume"
            else " units"
        )
    )
    given = ", ".join(
        f"{name} = {_plain(v)}"
        for name, v in sizes.items()
        if name in formula.needs or name == "diameter"
    )
    substituted = _substitute(formula, sizes)
    return "\n\n".join(
        [
            f"The {measure} of the {shape if shape != 'box' else 'rectangular prism'} is **${shown}${approx}{unit_text}**.",
            f"1. Formula: ${formula.name}$.\n\n2. With {given}: ${substituted} = {shown}$"
            + (f"{approx}." if approx else "."),
        ]
    )


_FORMULA_ASKED = re.compile(r"\bformula\b", re.I)
# "12 ft long", "8 ft wide", "3 m tall": a size named by the word after it
_SIZE_WORD = re.compile(rf"({NUM})(\s*{_UNIT})?\s+(long|wide|tall|high|deep)\b", re.I)
_SIZE_ROLE = {"long": "length", "wide": "width", "tall": "height", "high": "height", "deep": "height"}  # fmt: skip
_SIDES = {"triangle": 3, "pentagon": 5, "hexagon": 6, "heptagon": 7, "octagon": 8, "nonagon": 9,
          "decagon": 10}  # fmt: skip
_POLYGON = re.compile(rf"\b({'|'.join(_SIDES)})s?\b", re.I)
_REGULAR = re.compile(
    r"\b(?:regular|equilateral)\b|\b(?:all|each|every)\s+(?:of\s+)?(?:the\s+|its\s+)?sides?\b"
    r"|\bequal\s+sides\b"
    r"|\bsides\s+(?:are\s+)?(?:all\s+)?(?:equal|the\s+same)\b",
    re.I,
)


def _regular_perimeter(
    measure: str, polygon: str, text: str, sizes: list[sympy.Rational]
) -> str | None:
    """A regular polygon's perimeter, n sides times the side; other polygons need every side."""
    n = _SIDES[polygon]
    if measure != "perimeter" or not sizes:
        return None
    if not _REGULAR.search(text) or len(sizes) != 1:
        return (
            f"The perimeter of a {polygon} is the sum of its {n} sides; tell me each side, or "
            f"say that all the sides are equal, and I can add them up."
        )
    side, unit = sizes[0], unit_of(text)
    return "\n\n".join(
        [
            f"The perimeter of the {polygon} is **${sympy.latex(n * side)}${' ' + unit if unit else ' units'}**.",
            f"1. A regular {polygon} has {n} equal sides, so $P = {n}s$.\n\n"
            f"2. With side = {_plain(side)}: ${n} \\times {_plain(side)} = {sympy.latex(n * side)}$.",
        ]
    )


# the measure given as a number: "has a perimeter of 36", "its area is 49"
_GIVEN = re.compile(
    r"\b(?:surface\s+area|area|perimeter|circumference|volume)"
    r"(?:\s+of\s+(?:the|a|an|this|that|my)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|=|equals?|measures?)"
    rf"|\s+(?:of|is|=|equals?|measures?))\s+({NUM})(?![\d.])"
    rf"(?!\s*(?:{_UNIT}\s*)?(?:long|wide|tall|high|deep|on|by|x)\b)",  # "that is 8 m long": a size
    re.I,
)


def _size_from(
    measure: str, shape: str, formula: Formula, given: sympy.Rational, named: dict[str, list]
) -> str:
    """The one size a measure fixes with the others named (a square of perimeter 36: side 9; a
    rectangle of perimeter 30, length 9: width 6); many sizes are said so, never guessed."""
    unknown = [n for n in formula.needs if not named.get(n)]
    if len(unknown) != 1:
        return (
            f"A {shape} with a {measure} of {_plain(given)} can have many sizes, so I can't tell "
            f"which one you mean: ${formula.name}$ needs {' and '.join(formula.needs)}."
        )
    need = unknown[0]
    size = sympy.Symbol(need[0], positive=True)
    left = formula.value(*(named[n][0] if n != need else size for n in formula.needs))
    roots = sympy.solve(sympy.Eq(left, given), size)
    if len(roots) != 1:
        return f"I can't work the {need} out from that {measure}."
    value = sympy.nsimplify(roots[0])
    approx = "" if value.is_Rational else f" ≈ {float(value):.2f}"
    return "\n\n".join(
        [
            f"The {need} of the {shape} is **${sympy.latex(value)}${approx}**.",
            f"1. Formula: ${formula.name}$.\n\n2. Put in the {measure} and solve: "
            f"${sympy.latex(left)} = {_plain(given)}$, so ${sympy.latex(size)} = {sympy.latex(value)}$.",
        ]
    )


def _numbers(text: str) -> list[sympy.Rational]:
    return [sympy.Rational(n.replace(",", "")) for n in re.findall(NUM, text)]


def _sizes(text: str, formula: Formula, shape: str) -> dict[str, sympy.Rational] | None:
    """The sizes the formula needs, read by name first, then in order."""
    named = _named(text)
    sizes: dict[str, sympy.Rational] = {}
    if "diameter" in named and "radius" in formula.needs:
        sizes["diameter"] = named["diameter"][0]
        sizes["radius"] = named["diameter"][0] / 2
    pool = [v for key in ("base", "side", "diagonal", "diagonals") for v in named.get(key, [])]
    for need in formula.needs:
        if need in sizes:
            continue
        if named.get(need):
            sizes[need] = named[need][0]
        elif (need in ("a", "b", "c") and pool) or (need in ("base", "side") and pool):
            sizes[need] = pool.pop(0)
    missing = [n for n in formula.needs if n not in sizes]
    if not missing:
        return sizes
    if named and not _by_position(text):
        return None
    values = _numbers(text)
    if (
        "radius" in formula.needs
        and not named
        and len(values) >= 1
        and shape in ("circle", "semicircle", "sphere")
    ):
        return None  # "a circle of 5": radius or diameter? ask rather than guess
    if len(values) != len(formula.needs) or named:
        if shape == "square" and len(values) == 1:
            return {"side": values[0]}
        return None
    return dict(zip(formula.needs, values, strict=True))


def _named(text: str) -> dict[str, list[sympy.Rational]]:
    named: dict[str, list[sympy.Rational]] = {}
    for match in _NAMED.finditer(text):
        role = _ROLES.get(match[1].lower(), match[1].lower()).replace("bases", "base")
        named.setdefault(role.replace("sides", "side"), []).extend(_numbers(match[2]))
    return named


def _by_position(text: str) -> bool:
    return bool(re.search(rf"(?:{NUM})\s*(?:{_UNIT})?\s*(?:by|x|×)\s*(?:{NUM})", text, re.I))


def _needs(measure: str, shape: str, formula: Formula) -> str:
    wanted = ", ".join(n if len(n) > 1 else f"side {n}" for n in formula.needs)
    return (
        f"The {measure} of a {shape} is ${formula.name}$. To work it out I need the {wanted}"
        f"{' (say whether a number is the radius or the diameter)' if 'radius' in formula.needs else ''}: "
        f"tell me the measurements by name, like “{measure} of a {shape} with "
        + " and ".join(f"{n} 4" for n in formula.needs[:2])
        + "”."
    )


# what the letters of a formula stand for, where its sizes are not plain names
_LETTERS = {
    "trapezoid": "the parallel sides a and b and the height h",
    "rhombus": "the diagonals d_1 and d_2",
    "triangle": "the three sides a, b and c",
}


def _formula_only(measure: str, shape: str, formula: Formula) -> str:
    """The formula asked for, what its letters are, and an offer to work it out."""
    named = all(len(n) > 1 for n in formula.needs)
    sizes = (
        " and ".join(f"the {n} {n[0]}" for n in formula.needs)
        if named
        else _LETTERS.get(shape, ", ".join(formula.needs))
    )
    shape_name = "rectangular prism" if shape == "box" else shape
    return (
        f"The {measure} of a {shape_name} is **${formula.name}$**, using {sizes}. "
        f"Tell me the sizes by name (like “{measure} of a {shape_name} with "
        + " and ".join(f"{n} 4" for n in formula.needs)
        + "”) and I'll work it out step by step."
        if named
        else f"The {measure} of a {shape_name} is **${formula.name}$**, using {sizes}. "
        "Tell me those sizes and I'll work it out step by step."
    )


def _substitute(formula: Formula, sizes: dict[str, sympy.Rational]) -> str:
    """The formula with the sizes put in, before it is worked out."""
    held = [sympy.UnevaluatedExpr(sizes[n]) for n in formula.needs]
    return sympy.latex(formula.value(*held), mul_symbol="times")


def unit_of(text: str) -> str:
    match = re.search(rf"(?:{NUM})\s*({_UNIT})", text, re.I)
    if not match or match[1].lower().startswith("unit"):
        return ""
    unit = match[1].lower()
    return {
        "inch": "in",
        "inches": "in",
        "feet": "ft",
        "foot": "ft",
        "yard": "yd",
        "yards": "yd",
    }.get(unit, unit)


def _plain(value: sympy.Rational) -> str:
    return str(value) if value.q == 1 else str(float(value)).rstrip("0").rstrip(".")
