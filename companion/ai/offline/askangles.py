"""Angles of polygons and angle pairs (and how many sides or corners a polygon has): the interior angle sum (n - 2) × 180°, each angle of a
regular polygon, an exterior angle, the missing angle of a triangle or quadrilateral, and
the complement or supplement of an angle."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits

_SIDES = {
    "triangle": 3, "quadrilateral": 4, "square": 4, "rectangle": 4, "pentagon": 5,
    "hexagon": 6, "heptagon": 7, "septagon": 7, "octagon": 8, "nonagon": 9, "decagon": 10,
    "dodecagon": 12,
}  # fmt: skip
_SHAPE = rf"(?:(?P<n>\d+)[\s-]*(?:sided\s+(?:polygon|shape|figure)|gon)|polygon\s+with\s+(?P<m>\d+)\s+sides|(?P<name>{'|'.join(_SIDES)}))"
_SUM = (
    re.compile(rf"\b(?:sum|total)\b.*?\bangles?\b.*?\b{_SHAPE}", re.I),
    re.compile(rf"\b{_SHAPE}\b.*?\bangles?\s+(?:add\s+up|sum|total)", re.I),
    re.compile(
        rf"\bangles?\s+(?:of|in)\s+(?:an?\s+|the\s+)?{_SHAPE}\s+(?:add\s+up|sum|total)", re.I
    ),
    # "how many degrees are in a triangle", "how many degrees does a pentagon have"
    re.compile(
        rf"\bhow\s+many\s+degrees\s+(?:(?:are|is|does|do)\s+)?(?:there\s+)?(?:(?:in|inside)\s+)?"
        rf"(?:an?\s+|the\s+|all\s+)?{_SHAPE}",
        re.I,
    ),
)
# "how many degrees in a circle", "... in a straight line", "... is a right angle"
_TURNS = {
    "circle": (360, "a full turn"),
    "full turn": (360, "a full turn"),
    "full rotation": (360, "a full turn"),
    "complete turn": (360, "a full turn"),
    "revolution": (360, "a full turn"),
    "straight line": (180, "half a turn"),
    "straight angle": (180, "half a turn"),
    "half turn": (180, "half a turn"),
    "half circle": (180, "half a turn"),
    "semicircle": (180, "half a turn"),
    "right angle": (90, "a quarter turn"),
    "quarter turn": (90, "a quarter turn"),
}
_TURN = re.compile(
    r"\bhow\s+many\s+degrees\s+(?:(?:are|is|does|do|make|makes)\s+)?(?:there\s+)?"
    r"(?:(?:in|on|around)\s+)?(?:an?\s+|the\s+|one\s+)?(?P<what>"
    + "|".join(t.replace(" ", r"\s+") for t in _TURNS)
    + r")\b",
    re.I,
)
_EACH = re.compile(
    rf"(?:\b(?:each|one|every|the|an?)\s+)?(?P<kind>interior|exterior|inside|outside)?\s*\bangles?\s+"
    rf"(?:of|in)\s+(?:an?\s+|the\s+)?regular\s+{_SHAPE}",
    re.I,
)
_MISSING = re.compile(
    r"(?:\b(?P<name>triangle|quadrilateral)\b.*?\bangles?\s+(?:of\s+|are\s+|measuring\s+)?"
    r"|\bangles?\s+(?:of|in)\s+(?:an?\s+|the\s+)?(?P<name2>triangle|quadrilateral)\s+"
    r"(?:are\s+|measure\s+|is\s+)?)"
    r"(?P<given>\d+(?:\.\d+)?(?:\s*(?:°|degrees?))?(?:\s*(?:,|and|&)\s*(?:and\s+)?\d+(?:\.\d+)?(?:\s*(?:°|degrees?))?)+)"
    r".*?\b(?:third|fourth|last|missing|other|remaining)\s+(?:angle|one)",
    re.I,
)
_COUNT = re.compile(
    rf"\bhow\s+many\s+(?P<part>sides|angles|corners|vertices|vertexes)\s+"
    rf"(?:(?:does|do|is|are|has|have)\s+)?(?:there\s+)?(?:(?:in|on)\s+)?(?:an?\s+|the\s+)?"
    rf"(?P<name>{'|'.join(_SIDES)})s?\b",
    re.I,
)
_PAIR = re.compile(
    r"\b(?P<kind>complement|supplement)(?:ary\s+angle)?\s+(?:of|to)\s+(?:an?\s+)?(?:angle\s+(?:of\s+)?)?"
    r"(?P<a>\d+(?:\.\d+)?)",
    re.I,
)


def answer(message: str) -> str | None:
    """An angle computed from the polygon or the angles given; else None."""
    text = words_to_digits(message)
    for handler in (_missing, _each, _angle_sum, _turn, _pair, _count):
        if reply := handler(text):
            return reply
    return None


def _sides(match: re.Match[str]) -> int | None:
    n = match["n"] or match["m"]
    sides = int(n) if n else _SIDES.get((match["name"] or "").lower())
    return sides if sides and sides >= 3 else None


def _angle_sum(text: str) -> str | None:
    match = next((m for pattern in _SUM if (m := pattern.search(text))), None)
    sides = _sides(match) if match else None
    if sides is None:
        return None
    total = (sides - 2) * 180
    return (
        f"The interior angles of a {sides}-sided polygon add up to **{total}°**.\n\n"
        f"Use (n − 2) × 180°: it splits into {sides - 2} triangle{'s' if sides > 3 else ''}"
        " from one corner,"
        f" so ({sides} − 2) × 180° = {total}°."
    )


def _turn(text: str) -> str | None:
    match = _TURN.search(text)
    if match is None:
        return None
    what = " ".join(match["what"].lower().split())
    degrees, turn = _TURNS[what]
    if degrees == 360:
        same = (
            ""
            if what in ("full turn", "full rotation", "complete turn")
            else f" A {what} goes once all the way around."
        )
        return f"A {what} is **360°**.\n\nA full turn around a point is 360°.{same}"
    return (
        f"A {what} is **{degrees}°**.\n\nA full turn around a point is 360°, and a {what} is"
        f" {turn}: 360° ÷ {360 // degrees} = {degrees}°."
    )


def _each(text: str) -> str | None:
    match = _EACH.search(text)
    sides = _sides(match) if match else None
    if match is None or sides is None:
        return None
    if (match["kind"] or "").lower() in ("exterior", "outside"):
        return (
            f"Each exterior angle of a regular {sides}-sided polygon is"
            f" **{_deg(sympy.Rational(360, sides))}°**.\n\n"
            f"The exterior angles of any polygon add up to 360°: 360° ÷ {sides}"
            f" = {_deg(sympy.Rational(360, sides))}°."
        )
    total = (sides - 2) * 180
    return (
        f"Each interior angle of a regular {sides}-sided polygon is"
        f" **{_deg(sympy.Rational(total, sides))}°**.\n\n"
        f"1. The angles add up to ({sides} − 2) × 180° = {total}°.\n"
        f"2. A regular polygon's angles are all equal: {total}° ÷ {sides}"
        f" = {_deg(sympy.Rational(total, sides))}°."
    )


def _missing(text: str) -> str | None:
    match = _MISSING.search(text)
    if not match:
        return None
    given = [sympy.Rational(g) for g in re.findall(r"\d+(?:\.\d+)?", match["given"])]
    name = (match["name"] or match["name2"]).lower()
    total = 180 if name == "triangle" else 360
    if len(given) != (2 if total == 180 else 3):
        return None
    left = total - sum(given)
    if left <= 0:
        return f"Those angles already add up to {_deg(sum(given))}°, which is not less than {total}°, so no {name} has them."
    return (
        f"The missing angle is **{_deg(left)}°**.\n\n"
        f"The angles of a {name} add up to {total}°: "
        f"{total}° − ({' + '.join(f'{_deg(g)}°' for g in given)}) = {_deg(left)}°."
    )


def _pair(text: str) -> str | None:
    match = _PAIR.search(text)
    if not match:
        return None
    angle = sympy.Rational(match["a"])
    kind = match["kind"].lower()
    total = 90 if kind == "complement" else 180
    if angle >= total:
        return f"An angle of {_deg(angle)}° has no {kind}: the two angles must add up to {total}°."
    return (
        f"The {kind} of {_deg(angle)}° is **{_deg(total - angle)}°**.\n\n"
        f"{'Complementary' if total == 90 else 'Supplementary'} angles add up to {total}°:"
        f" {total}° − {_deg(angle)}° = {_deg(total - angle)}°."
    )


def _count(text: str) -> str | None:
    """A polygon has as many angles and corners (vertices) as sides."""
    match = _COUNT.search(text)
    if not match:
        return None
    name, n = match["name"].lower(), _SIDES[match["name"].lower()]
    return (
        f"{'An' if name[0] in 'aeiou' else 'A'} {name} has **{n} {match['part'].lower()}**:"
        " a polygon has as many angles and corners (vertices) as it has sides."
    )


def _deg(value: sympy.Rational) -> str:
    return exact(sympy.Rational(value))
