"""Whole-number division asked in words: whether one number divides another ("is 51
divisible by 3", "is 9 a multiple of 3", "is 4 a factor of 30", "does 7 go into 56
evenly"), and a quotient with its remainder ("100 divided by 8 with remainder", "what is
the remainder when 50 is divided by 7"). The answer is worked with the division itself."""

from __future__ import annotations

import re

from companion.ai.offline.askformat import words_to_digits

_N = r"(?P<{}>\d+)"
# (pattern, which group is divided, which divides)
_DIVIDES = (
    (re.compile(rf"\b(?:is|are)\s+{_N.format('a')}\s+(?:evenly\s+)?divisible\s+by\s+{_N.format('b')}\b", re.I), "a", "b"),
    (re.compile(rf"\b(?:is|are)\s+{_N.format('a')}\s+an?\s+multiple\s+of\s+{_N.format('b')}\b", re.I), "a", "b"),
    (re.compile(rf"\b(?:is|are)\s+{_N.format('b')}\s+an?\s+(?:factor|divisor)\s+of\s+{_N.format('a')}\b", re.I), "a", "b"),
    (re.compile(rf"\b(?:does|can)\s+{_N.format('b')}\s+(?:go|divide)\s+(?:into\s+)?{_N.format('a')}\b(?:\s+evenly)?", re.I), "a", "b"),
    (re.compile(rf"\bcan\s+(?:you\s+)?divide\s+{_N.format('a')}\s+(?:evenly\s+)?by\s+{_N.format('b')}\b", re.I), "a", "b"),
    (re.compile(rf"\bcan\s+{_N.format('a')}\s+be\s+(?:evenly\s+)?divided\s+(?:evenly\s+)?by\s+{_N.format('b')}\b", re.I), "a", "b"),
)  # fmt: skip
# more divisors after the first: "is 24 divisible by 2 and 3", "by 2, 3 and 5"
_MORE = re.compile(r"^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d+\b)+")
_REMAINDER = (
    re.compile(
        rf"\b{_N.format('a')}\s*(?:divided\s+by|÷|/)\s*{_N.format('b')}\s+"
        r"(?:with\s+(?:a\s+|the\s+)?remainders?|and\s+(?:the\s+)?remainder|remainder)\b",
        re.I,
    ),
    re.compile(
        rf"\bremainder\s+(?:when|if|of)\s+(?:you\s+divide\s+)?{_N.format('a')}\s+"
        rf"(?:is\s+divided\s+by|divided\s+by|by|÷|/)\s*{_N.format('b')}\b",
        re.I,
    ),
)


def answer(message: str) -> str | None:
    """Whether one whole number divides another, or a quotient with its remainder; else None."""
    text = words_to_digits(message)
    for pattern in _REMAINDER:
        if match := pattern.search(text):
            if not int(match["b"]):
                return f"There is no answer: {_BY_ZERO}"
            return _with_remainder(int(match["a"]), int(match["b"]))
    for pattern, a, b in _DIVIDES:
        if match := pattern.search(text):
            more = _MORE.match(text[match.end() :]) if match.end(b) == match.end() else None
            divisors = [int(match[b]), *map(int, re.findall(r"\d+", more[0] if more else ""))]
            if 0 in divisors:
                return f"**No**: {_BY_ZERO}"
            n = int(match[a])
            parts = [_divides(n, d) for d in divisors]
            if len(divisors) > 1:
                failing = " or ".join(str(d) for d in divisors if n % d)
                parts.insert(0, f"**No**, not by {failing}." if failing else "**Yes**, by each.")
            return "\n\n".join(parts)
    return None


_BY_ZERO = (
    "division by 0 is undefined. Division asks how many times a number fits, and 0 fits into"
    " a number no count of times (a × 0 is 0, never the number)."
)


def _with_remainder(a: int, b: int) -> str:
    q, r = divmod(a, b)
    return (
        f"{a} ÷ {b} = **{q} remainder {r}**.\n\n"
        f"{b} goes into {a} {q} times: {b} × {q} = {b * q}, and {a} − {b * q} = {r} is left over."
    )


def _divides(a: int, b: int) -> str:
    q, r = divmod(a, b)
    if r == 0:
        return (
            f"**Yes**: {a} ÷ {b} = {q} with nothing left over, so {a} is a multiple of {b}"
            f" and {b} is a factor of {a} ({b} × {q} = {a})."
        )
    return (
        f"**No**: {a} ÷ {b} = {q} remainder {r}, so {b} does not divide {a} evenly"
        f" ({b} × {q} = {b * q}, and {r} is left over)."
    )
