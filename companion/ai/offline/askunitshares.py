"""One amount as a fraction of another of the same kind ("45 minutes as a fraction of an
hour", "what fraction of an hour is 20 minutes", "30 seconds is what fraction of a minute"):
both in the same unit, then the fraction in lowest terms. Amounts of different kinds (minutes
of a metre) have no such fraction, so they get no number."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, tex
from companion.ai.offline.askunits import unit_size

_AMOUNT = r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>[a-z]+)"
_WHOLE = r"(?:(?P<art>an?|one)|(?P<m>\d+(?:\.\d+)?))\s+(?P<v>[a-z]+)"
_ASKED = (
    # "45 minutes as a fraction of an hour", "45 minutes is what fraction of an hour"
    re.compile(rf"\b{_AMOUNT}\s+(?:as|is|are)\s+(?:a|what)\s+fraction\s+of\s+{_WHOLE}\b", re.I),
    # "what fraction of an hour is 45 minutes"
    re.compile(rf"\bwhat\s+fraction\s+of\s+{_WHOLE}\s+(?:is|are)\s+{_AMOUNT}\b", re.I),
)


def answer(message: str) -> str | None:
    """The fraction one amount is of another, worked in one unit; else None."""
    match = next((m for p in _ASKED if (m := p.search(message))), None)
    if match is None:
        return None
    part, whole = unit_size(match["u"]), unit_size(match["v"])
    if part is None or whole is None or part[0] != whole[0]:
        return None
    n = sympy.Rational(match["n"])
    m = sympy.Rational(match["m"]) if match["m"] else sympy.Rational(1)
    if m == 0:
        return None
    ratio = part[1] / whole[1]  # how many of the part's unit make one of the whole's
    share = n * ratio / m
    per = whole[1] * m / part[1]
    u, v = match["u"].lower(), match["v"].lower()
    whole_said = f"{exact(m) if match['m'] else match['art'].lower()} {v}"
    lines = [
        f"{exact(n)} {u} is **{tex(share)}** of {whole_said}.",
        f"1. Put both in the same unit: {whole_said} = {exact(per)} {u}.\n"
        f"2. The fraction is part ÷ whole: $\\frac{{{exact(n)}}}{{{exact(per)}}}$, which in"
        f" lowest terms is {tex(share)}.",
    ]
    return "\n\n".join(lines)
