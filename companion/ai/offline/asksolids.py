"""The faces, edges and vertices of a solid: "how many faces does a cube have", "edges of a
rectangular prism", "vertices of a square pyramid".

A prism on an n-sided base has n + 2 faces, 3n edges and 2n vertices; a pyramid on an
n-sided base has n + 1 faces, 2n edges and n + 1 vertices; the five regular solids are
named by their faces. Curved solids (cylinder, cone, sphere) are described as they are:
flat faces, a curved surface, curved edges, and an apex, with no count made up.
"""

from __future__ import annotations

import re

_BASES = {
    "triangular": 3,
    "triangle": 3,
    "square": 4,
    "rectangular": 4,
    "rectangle": 4,
    "pentagonal": 5,
    "pentagon": 5,
    "hexagonal": 6,
    "hexagon": 6,
    "heptagonal": 7,
    "octagonal": 8,
    "octagon": 8,
}
# solid -> (faces, edges, vertices, how the count is made)
_NAMED = {
    "cube": (6, 12, 8, "a cube is a square prism: 6 square faces, 4 edges round the top, 4 round"
             " the bottom and 4 upright, and 4 corners on top and 4 below"),
    "tetrahedron": (4, 6, 4, "a tetrahedron is a triangular pyramid: a triangle base and 3"
                    " triangles meeting at the top"),
    "octahedron": (8, 12, 6, "a regular octahedron has 8 triangle faces"),
    "dodecahedron": (12, 30, 20, "a regular dodecahedron has 12 pentagon faces"),
    "icosahedron": (20, 30, 12, "a regular icosahedron has 20 triangle faces"),
}  # fmt: skip
_BOXES = r"cubes?|cuboids?|boxe?s?"
_CURVED = {
    "cylinder": "A cylinder has **2 flat faces** (the two circles) and **1 curved surface**"
    " joining them; the circles' rims are its **2 curved edges**, and it has **no vertices**"
    " (no corners).",
    "cone": "A cone has **1 flat face** (the circle base) and **1 curved surface**; the base's"
    " rim is its **1 curved edge**, and its one point, the **apex**, is usually counted as"
    " **1 vertex**.",
    "sphere": "A sphere has **no flat faces**, only **1 curved surface**, and **no edges or"
    " vertices**.",
}
_PART = r"faces?|sides|edges?|vertices|vertex|vertexes|corners?"
_BASE = "|".join(_BASES)
_SOLID = re.compile(
    rf"\b(?:(?P<base>{_BASE})(?:[\s-]+based)?[\s-]+(?P<kind>prism|pyramid)s?"
    rf"|(?P<named>{'|'.join(_NAMED)})s?|(?P<box>{_BOXES})|(?P<curved>{'|'.join(_CURVED)})s?"
    rf"|(?P<bare>prism|pyramid)s?)\b",
    re.I,
)
_ASKED = re.compile(rf"\b(?P<part>{_PART})\b", re.I)
_NUMBERED = re.compile(r"\d")
# a count asked ("how many faces", "number of edges", "vertices of a cube"), not a measure
# ("the volume of a cube whose edge is five cm")
_COUNT = re.compile(
    rf"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|^\s*(?:what\s+are\s+)?(?:the\s+)?(?:{_PART})\b",
    re.I,
)
_MEASURE = re.compile(r"\b(?:volume|area|length|long|diagonal|perimeter|size)\b", re.I)


def answer(message: str) -> str | None:
    """The counts of faces, edges or vertices asked of a named solid, else None."""
    solid = _SOLID.search(message)
    parts = [_part(m) for m in _ASKED.finditer(message)]
    if not solid or not parts or _NUMBERED.search(message) or _MEASURE.search(message):
        return None
    if not _COUNT.search(message):
        return None
    if curved := solid["curved"]:
        return _CURVED[curved.lower().rstrip("s")]
    if solid["bare"]:
        kind = solid["bare"].lower()
        counts = (
            "n + 2 faces, 3n edges and 2n vertices"
            if kind == "prism"
            else ("n + 1 faces, 2n edges and n + 1 vertices")
        )
        return (
            f"That depends on the {kind}'s base: a {kind} on an n-sided base has {counts}. "
            f"Tell me the base (a triangular or square {kind}, say) and I'll count them."
        )
    name, (faces, edges, vertices, how) = _counts(solid)
    said = {"faces": faces, "edges": edges, "vertices": vertices}
    asked = list(dict.fromkeys(parts))
    shown = " and ".join(f"**{said[p]} {p if said[p] != 1 else p[:-1]}**" for p in asked)
    if "vertices" in asked and re.search(r"\bcorners?\b", message, re.I):
        shown += " (corners)"
    article = "An" if name[0] in "aeiou" else "A"
    return (
        f"{article} {name} has {shown}: {how}.\n\n"
        f"Check with Euler's rule, faces − edges + vertices = 2: {faces} − {edges} + {vertices}"
        f" = {faces - edges + vertices}."
    )


def _part(match: re.Match[str]) -> str:
    word = match["part"].lower()
    if word.startswith(("face", "side")):
        return "faces"
    return "edges" if word.startswith("edge") else "vertices"


def _counts(solid: re.Match[str]) -> tuple[str, tuple[int, int, int, str]]:
    if solid["named"]:
        name = solid["named"].lower().rstrip("s")
        return name, _NAMED[name]
    if solid["box"]:
        name = solid["box"].lower()
        name = "box" if name.startswith("box") else name.rstrip("s")
        return name, (6, 12, 8, f"a {name} is a rectangular prism: 6 rectangle faces, 12"
                      " edges and 8 corners")  # fmt: skip
    base, kind = solid["base"].lower(), solid["kind"].lower()
    n = _BASES[base]
    shape = ("triangle", "quadrilateral", "pentagon", "hexagon", "heptagon", "octagon")[n - 3]
    name = f"{base} {kind}"
    if kind == "prism":
        how = (
            f"a prism has two {shape} ends ({n} sides each) joined by {n} rectangles, so"
            f" {n} + 2 = {n + 2} faces, 3 × {n} = {3 * n} edges and 2 × {n} = {2 * n} vertices"
        )
        return name, (n + 2, 3 * n, 2 * n, how)
    how = (
        f"a pyramid has a {shape} base ({n} sides) and {n} triangles meeting at the apex, so"
        f" {n} + 1 = {n + 1} faces, 2 × {n} = {2 * n} edges and {n} + 1 = {n + 1} vertices"
    )
    return name, (n + 1, 2 * n, n + 1, how)
