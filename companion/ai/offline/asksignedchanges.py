"""A signed quantity that goes up and down: a temperature ("was -5 degrees and rose 12
degrees, what is it now"), a height above or below sea level ("a diver at -30 m goes up 12
m"). Each rise adds and each fall subtracts, so the answer may be negative; "below zero"
and "below sea level" make the start negative. Every number must be read as the start or a
change, or no number is given."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits

_NUM = r"\d+(?:\.\d+)?"
_UNIT = (
    r"(?:\s*(?:°\s*[cf]?|degrees?(?:\s+(?:celsius|fahrenheit|[cf]))?|m|meters?|metres?|feet|ft)\b)?"
)
_START = re.compile(
    rf"\b(?:was|is|at|starts?\s+at|started\s+at|of|reads?)\s+(?P<sign>[-−])?\s*(?P<n>{_NUM}){_UNIT}"
    r"(?P<below>\s+below\s+(?:zero|sea\s+level|0))?",
    re.I,
)
_UP = r"rose|rises?|increased|increases|went\s+up|goes\s+up|go\s+up|climbed|climbs?|warmed(?:\s+up)?|warms?|gained|ascended|ascends?"
_DOWN = r"fell|falls?|dropped|drops?|decreased|decreases|went\s+down|goes\s+down|go\s+down|cooled|cools?|descended|descends?|sank|sinks?|dove|dives?"
_CHANGE = re.compile(
    rf"\b(?P<verb>{_UP}|{_DOWN})\s+(?:by\s+|another\s+)?(?P<n>{_NUM}){_UNIT}", re.I
)
_FALLS = re.compile(rf"^(?:{_DOWN})$", re.I)
_ASKED = re.compile(
    r"\b(?:what\s+is\s+it|what'?s\s+it|whats\s+it|where\s+is\s+(?:she|he|it|the\s+\w+)|"
    r"what\s+is\s+the\s+(?:new|final)|(?:new|final)\s+(?:temperature|height|depth|elevation)|"
    r"where\s+(?:does|did)\s+\w+\s+end\s+up)\b",
    re.I,
)


def answer(message: str) -> str | None:
    """The value after every rise and fall, worked in order; else None."""
    text = words_to_digits(message).replace("−", "-")
    start, asked = _START.search(text), _ASKED.search(text)
    if start is None or asked is None:
        return None
    changes = [c for c in _CHANGE.finditer(text) if c.start() > start.start()]
    read = len(re.findall(rf"(?<![\d.]){_NUM}", re.sub(r"\bbelow\s+0\b", "", text)))
    if not changes or read != 1 + len(changes):
        return None  # a number the story places nowhere: not guessed
    value = sympy.Rational(start["n"]) * (-1 if start["sign"] or start["below"] else 1)
    lines = [f"Start at {exact(value)}."]
    for change in changes:
        size = sympy.Rational(change["n"])
        falls = bool(_FALLS.match(change["verb"]))
        after = value - size if falls else value + size
        sign = "−" if falls else "+"
        lines.append(
            f"{change['verb'].capitalize()} {exact(size)}: {exact(value)} {sign} {exact(size)} = {exact(after)}."
        )
        value = after
    steps = "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))
    return f"It is **{exact(value)}** now.\n\n{steps}\n\nA rise adds and a fall subtracts; going below zero gives a negative number."
