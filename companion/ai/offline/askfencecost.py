"""The cost of a fence (a border, edging, trim) around a rectangle or a square, priced by
length: "a rectangular garden 8 m by 5 m, fence costs $7 per meter", "a square yard with
sides of 12 feet, fencing is $4.50 a foot". The fence runs along the perimeter, so the cost
is the perimeter × the price per unit of length.

Every number must be placed: the sides and the price, all in one unit of length. A gate
left open, a side missing, or sides in another unit than the price get the method, not a
number.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits
from companion.ai.offline.askunits import unit_size
from companion.ai.offline.moneytext import dollars, money

R = sympy.Rational
_NUM = r"\d+(?:\.\d+)?"
_WORD = r"[a-z]+"
_FENCE = re.compile(r"\b(?:fenc(?:e|es|ed|ing)|border|edging|trim|railing)\b", re.I)
# "$7 per meter", "9 dollars per metre", "$4.50 a foot", "$0.75 for each foot"
_PRICE = re.compile(
    rf"(?:\$\s*(?P<p>{_NUM})|(?P<p2>{_NUM})\s*dollars?)\s*(?:per|an?|/|for\s+(?:each|every|one|a))"
    rf"\s*(?:(?:running|linear)\s+)?(?P<u>{_WORD})\b",
    re.I,
)
# "8 m by 5 m", "6 ft by 4 ft", "8 by 5 m"
_BY = re.compile(
    rf"(?P<a>{_NUM})\s*(?P<ua>{_WORD})?\s+(?:by|x|×)\s+(?P<b>{_NUM})\s*(?P<ub>{_WORD})\b", re.I
)
# "30 m long and 20 m wide", "10 yards long and 6 yards wide"
_LONG_WIDE = re.compile(
    rf"(?P<a>{_NUM})\s*(?P<ua>{_WORD})\s+(?:long|in\s+length)\s*,?\s*(?:and\s+)?(?:is\s+)?"
    rf"(?P<b>{_NUM})\s*(?P<ub>{_WORD})\s+(?:wide|in\s+width)\b"
    rf"|(?P<b2>{_NUM})\s*(?P<ub2>{_WORD})\s+wide\s*,?\s*(?:and\s+)?(?:is\s+)?"
    rf"(?P<a2>{_NUM})\s*(?P<ua2>{_WORD})\s+long\b",
    re.I,
)
# "a square yard with sides of 12 feet", "a square pen whose side is 9 m", "a 12 ft square",
# "a square table 4 feet on a side"
_SQUARE = re.compile(
    rf"\bsquare\b[^.?!$]*?\bsides?\s+(?:of\s+|are\s+|is\s+|measuring\s+|that\s+are\s+)?"
    rf"(?P<s>{_NUM})\s*(?P<u>{_WORD})\b|(?P<s2>{_NUM})\s*(?P<u2>{_WORD})\s+square\b(?!\s+(?:meters?|metres?|feet|foot|yards?|units?))"
    rf"|\bsquare\b[^.?!$]*?(?P<s3>{_NUM})\s*(?P<u3>{_WORD})\s+(?:on\s+(?:a|each)\s+side|per\s+side|a\s+side|each\s+side)\b",
    re.I,
)
# "how much fencing is needed", "how many feet of fence": the length, not a cost
_LENGTH_ASKED = re.compile(
    r"\bhow\s+much\s+(?:fenc(?:e|ing)|border|edging|trim|railing)\b"
    r"|\bhow\s+many\s+[a-z]+\s+of\s+(?:fenc(?:e|ing)|border|edging|trim|railing)\b",
    re.I,
)
_RECTANGLE = re.compile(r"\brect(?:angle|angular)\b|\bby\b|\blong\b", re.I)

METHOD = (
    "A fence goes all the way around, so its cost is the **perimeter × the price per unit of "
    "length**. For a rectangle the perimeter is 2 × (length + width); for a square it is "
    "4 × the side. Work in one unit (convert first if the sides and the price use different "
    "ones), and take off any part that needs no fence, such as a gate, before multiplying. "
    "Tell me the missing side or price and I can work it through."
)


def answer(message: str) -> str | None:
    """The fence's cost from the shape's sides and the price per length; else None, or the
    method when a fence is priced but a number is not placed."""
    text = words_to_digits(message)
    price = _PRICE.search(text)
    if not price and _LENGTH_ASKED.search(text):
        return _length_only(text)
    if not _FENCE.search(text) or not price or not _length(price["u"]):
        return None
    sides = _sides(text)
    if sides is None or len(numbers(text)) != len(sides[0]) + 1:
        return METHOD
    dims, unit = sides
    if _length(unit) != _length(price["u"]):
        return METHOD
    cost = R(price["p"] or price["p2"])
    perimeter, shape = _perimeter(dims, unit)
    return "\n\n".join(
        [
            f"The fence costs **{dollars(perimeter * cost)}**.",
            f"1. The fence goes around the edge, so find the perimeter: {shape}.\n"
            f"2. Multiply by the price per {price['u']}: {exact(perimeter)} × {money(cost)} = "
            f"{money(perimeter * cost)} dollars.",
        ]
    )


def _length_only(text: str) -> str | None:
    """The fence's length when no price is said: the perimeter, every number a side."""
    sides = _sides(text)
    if sides is None or len(numbers(text)) != len(sides[0]):
        return None
    perimeter, shape = _perimeter(*sides)
    return (
        f"The fence is **{exact(perimeter)} {sides[1]}** long.\n\n"
        f"It goes all the way around, so it is the perimeter: {shape}."
    )


def _perimeter(dims: tuple[sympy.Rational, ...], unit: str) -> tuple[sympy.Rational, str]:
    """The perimeter of a square (one side) or a rectangle (two), and how it is worked."""
    if len(dims) == 1:
        return 4 * dims[0], f"4 × {exact(dims[0])} = {exact(4 * dims[0])} {unit}"
    a, b = dims
    return 2 * (a + b), f"2 × ({exact(a)} + {exact(b)}) = {exact(2 * (a + b))} {unit}"


def _sides(text: str) -> tuple[tuple[sympy.Rational, ...], str] | None:
    """(length, width) and their unit, or (side,) of a square; None when unread."""
    if square := _SQUARE.search(text):
        side = R(square["s"] or square["s2"] or square["s3"])
        unit = square["u"] or square["u2"] or square["u3"]
        return ((side,), unit) if _length(unit) else None
    rect = _LONG_WIDE.search(text) or _BY.search(text)
    if not rect or not _RECTANGLE.search(text):
        return None
    d = rect.groupdict()
    a, b = d["a"] or d.get("a2"), d["b"] or d.get("b2")
    ua, ub = d["ua"] or d.get("ua2") or d["ub"] or d.get("ub2"), d["ub"] or d.get("ub2")
    if not ua or not ub or not _length(ua) or _length(ua) != _length(ub):
        return None
    return (R(a), R(b)), ub


def _length(unit: str | None) -> sympy.Rational | None:
    """The size of a unit of length in meters; None for no unit of length."""
    size = unit_size(unit or "")
    return size[1] if size and size[0] == "length" else None
