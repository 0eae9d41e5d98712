"""Yes-or-no questions about how kinds of shapes relate: "is a square a rectangle?",
"is a rhombus a square?", "are all rectangles parallelograms?".

Each kind is defined by the kind above it plus what it adds, so the answer follows from
the definitions: always (every A is a B), sometimes (only when it also has what a B adds),
or never. Shape names not in the table get None.
"""

from __future__ import annotations

import re

# kind -> (the kinds it is a special case of, what it adds to them)
_KINDS: dict[str, tuple[tuple[str, ...], str]] = {
    "polygon": ((), "a closed flat shape made of straight sides"),
    "triangle": (("polygon",), "3 sides"),
    "quadrilateral": (("polygon",), "4 sides"),
    "pentagon": (("polygon",), "5 sides"),
    "hexagon": (("polygon",), "6 sides"),
    "octagon": (("polygon",), "8 sides"),
    "trapezoid": (("quadrilateral",), "at least one pair of parallel sides"),
    "parallelogram": (("trapezoid",), "both pairs of opposite sides parallel"),
    "kite": (("quadrilateral",), "two pairs of equal sides next to each other"),
    "rectangle": (("parallelogram",), "four right angles"),
    "rhombus": (("parallelogram", "kite"), "four equal sides"),
    "square": (("rectangle", "rhombus"), "four right angles and four equal sides"),
    "isosceles triangle": (("triangle",), "at least two equal sides"),
    "equilateral triangle": (("isosceles triangle",), "three equal sides (and three 60° angles)"),
    "scalene triangle": (("triangle",), "no two sides equal"),
    "right triangle": (("triangle",), "one right angle"),
    "right isosceles triangle": (
        ("right triangle", "isosceles triangle"),
        "(the 45°-45°-90° triangle)",
    ),
    "right scalene triangle": (
        ("right triangle", "scalene triangle"),
        "(such as the 3-4-5 triangle)",
    ),
    "circle": (
        (),
        "the points at one distance (the radius) from a centre; it has no straight sides",
    ),
}
_SPELLINGS = {
    "trapezium": "trapezoid",
    "rhombi": "rhombus",
    "rhombuses": "rhombus",
    "right angled triangle": "right triangle",
    "right-angled triangle": "right triangle",
    "equilateral": "equilateral triangle",
    "isosceles": "isosceles triangle",
    "scalene": "scalene triangle",
}
_NAME = (
    r"(?:(?:right[\s-]angled|right|isosceles|equilateral|scalene)\s+triangles?|equilateral|isosceles|"
    r"scalene|polygons?|triangles?|quadrilaterals?|pentagons?|hexagons?|octagons?|trapezoids?|"
    r"trapeziums?|parallelograms?|kites?|rectangles?|rhombus(?:es)?|rhombi|squares?|circles?)"
)
_ASKED = re.compile(
    rf"^\s*(?:(?:is|are)\s+(?:an?\s+|all\s+|every\s+)?|can\s+an?\s+)(?P<a>{_NAME})\s+"
    rf"(?:(?:always|also|ever|sometimes|considered|be|still|a\s+kind\s+of|a\s+type\s+of|"
    rf"a\s+special)\s+)*(?:an?\s+|kind\s+of\s+|type\s+of\s+)?(?P<b>{_NAME})s?\s*[?.!]*\s*$",
    re.I,
)
_DEFINE = re.compile(
    rf"^\s*(?:what\s+(?:is|are)|what'?s|whats|define|definition\s+of|meaning\s+of|what\s+does)"
    rf"\s+(?:an?\s+|the\s+)?(?P<a>{_NAME})(?:\s+mean)?\s*[?.!]*\s*$",
    re.I,
)
_EXCLUSIVE_NOTE = (
    "(Some books define a trapezoid as having exactly one pair of parallel sides; under that"
    " definition a parallelogram is not a trapezoid.)"
)


def answer(message: str) -> str | None:
    """Whether every, some or no shape of one kind is of another, from the definitions."""
    match = _ASKED.search(message)
    if not match:
        return define(message)
    a, b = _kind(match["a"]), _kind(match["b"])
    if a is None or b is None or a == b:
        return None
    lines = [_verdict(a, b), *(f"{_an(k).capitalize()} is {_definition(k)}." for k in (a, b))]
    if "trapezoid" in (a, b) and (_above(a, "parallelogram") or _above(b, "parallelogram")):
        lines.append(_EXCLUSIVE_NOTE)
    return "\n\n".join(lines)


def define(message: str) -> str | None:
    """ "What is a rhombus?": the kind it is a special case of, what it adds, and the kinds
    that are special cases of it."""
    match = _DEFINE.search(message)
    kind = _kind(match["a"]) if match else None
    if kind is None:
        return None
    parents, adds = _KINDS[kind]
    base = next((k for k in ("quadrilateral", "triangle") if k in _ancestors(kind)), None)
    if base is None or base in parents or adds.startswith("("):
        lines = [f"{_an(kind).capitalize()} is **{_definition(kind)}**."]
    else:  # "a quadrilateral with four equal sides", then the kinds it is a special case of
        also = " and ".join(map(_an, parents))
        lines = [f"{_an(kind).capitalize()} is **{_an(base)} with {adds}**, so it is also {also}."]
    if special := [k for k, (parents, _) in _KINDS.items() if kind in parents]:
        lines.append(f"Special kinds of {kind}: {', '.join(special)}.")
    if kind in ("trapezoid", "parallelogram"):
        lines.append(_EXCLUSIVE_NOTE)
    return "\n\n".join(lines)


def _kind(name: str) -> str | None:
    low = re.sub(r"[\s-]+", " ", name.lower().strip())
    if low in _SPELLINGS:
        return _SPELLINGS[low]
    for form in (low, low.removesuffix("es"), low.removesuffix("s")):
        if form in _KINDS:
            return form
        if form in _SPELLINGS:
            return _SPELLINGS[form]
    if low.endswith("triangles"):
        return _kind(low.removesuffix("s"))
    return None


def _ancestors(kind: str) -> set[str]:
    parents = _KINDS[kind][0]
    return set(parents).union(*(_ancestors(p) for p in parents)) if parents else set()


def _above(kind: str, ancestor: str) -> bool:
    return ancestor in _ancestors(kind) or kind == ancestor


def _verdict(a: str, b: str) -> str:
    """Always, only sometimes, or never."""
    if b in _ancestors(a):
        return f"Yes, **every {a} is {_an(b)}**: {_an(a)} has everything {_an(b)} needs."
    if a in _ancestors(b):
        return (
            f"**Not always**: every {b} is {_an(a)}, but {_an(a)} is {_an(b)} only when it also"
            f" has {_missing(a, b)}."
        )
    both = [k for k in _KINDS if {a, b} <= _ancestors(k)]
    if both:
        shared = min(both, key=lambda k: len(_ancestors(k)))
        return f"**Not always**: {_an(a)} is {_an(b)} only when it is also {_an(shared)}."
    return f"No, **{_an(a)} is never {_an(b)}**."


def _missing(a: str, b: str) -> str:
    """What a kind must add to become a narrower kind: the most specific steps between them."""
    steps = ({b} | _ancestors(b)) - ({a} | _ancestors(a))
    if len(_KINDS[b][0]) > 1 and len(steps) > 1:
        steps.discard(b)  # a kind that is only two kinds at once adds nothing of its own
    steps = {k for k in steps if not any(k in _ancestors(o) for o in steps)}
    return " and ".join(_KINDS[k][1] for k in sorted(steps))


def _an(kind: str) -> str:
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def _definition(kind: str) -> str:
    parents, adds = _KINDS[kind]
    if not parents:
        return adds
    return f"{' and '.join(map(_an, parents))} with {adds}"
