"""Age problems about two people: each sentence that relates their ages becomes an equation
("sara is 5 years older than ben": s = b + 5; "tom is 3 times as old as his sister":
t = 3s; "the sum of their ages is 29", "in 4 years their ages will add up to 40": the two
ages, each moved by the years, add to the total), and sympy solves the two together for
the age asked ("how old is ben (now)")."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits

_WHO = r"(?:(?:his|her|their|my|your)\s+)?[a-z]+"
_OLDER = re.compile(
    rf"\b(?P<a>{_WHO})\s+is\s+(?P<n>\d+)\s+years?\s+(?P<dir>older|younger)\s+than\s+(?P<b>{_WHO})",
    re.I,
)
_TIMES = re.compile(
    rf"\b(?P<a>{_WHO})\s+is\s+(?P<k>\d+(?:\.\d+)?\s+times|twice|half)\s+as\s+old\s+as\s+(?P<b>{_WHO})",
    re.I,
)
_SHIFT = r"(?:in\s+(?P<{0}in>\d+)\s+years?,?\s+)?"
_TOTAL = re.compile(
    _SHIFT.format("p")
    + r"\b(?:the\s+sum\s+of\s+their\s+ages|their\s+ages|together\s+they|their\s+combined\s+age|"
    r"their\s+total\s+age)\s+(?:(?:is|was|are|were|will\s+be|add\s+up\s+to|adds?\s+(?:up\s+)?to|"
    r"will\s+add\s+(?:up\s+)?to|will\s+(?:sum|total)\s+to?|total|make)\s+)+(?P<s>\d+)"
    r"(?:\s+years?(?:\s+old)?)?(?:\s+in\s+(?P<post>\d+)\s+years?)?",
    re.I,
)
_ASKED = re.compile(rf"\bhow\s+old\s+(?:is|was|will)\s+(?P<who>{_WHO})", re.I)
_NOT_NAMES = frozenset({"is", "he", "she", "they", "it", "then", "and", "now", "old", "years"})


def answer(message: str) -> str | None:
    """The asked person's age from two facts about two people's ages; else None."""
    text = words_to_digits(message)
    asked = _ASKED.search(text)
    total = _TOTAL.search(text)
    relation = _OLDER.search(text) or _TIMES.search(text)
    if asked is None or relation is None:
        return None
    a, b = _name(relation["a"]), _name(relation["b"])
    if a == b or a in _NOT_NAMES or b in _NOT_NAMES:
        return None
    if total is None:
        return _from_known(text, relation, a, b, _name(asked["who"]))
    x, y = sympy.symbols("x y", positive=True)
    if relation.re is _OLDER:
        n = int(relation["n"]) * (1 if relation["dir"].lower() == "older" else -1)
        said = f"{a} = {b} {'+' if n > 0 else '−'} {abs(n)}"
        first = sympy.Eq(x, y + n)
    else:
        k = _factor(relation["k"])
        said = f"{a} = {exact(k)} × {b}"
        first = sympy.Eq(x, k * y)
    shift = int(total["pin"] or total["post"] or 0)
    s = int(total["s"])
    second = sympy.Eq(x + y + 2 * shift, s)
    found = sympy.solve([first, second], [x, y], dict=True)
    if len(found) != 1:
        return None
    ages = {a: found[0][x], b: found[0][y]}
    who = _name(asked["who"])
    if who not in ages:
        return None
    age = ages[who]
    if not age.is_Rational or age <= 0:
        return None
    later = f" in {shift} years" if shift else ""
    both = f"({a} + {shift}) + ({b} + {shift}) = {s}" if shift else f"{a} + {b} = {s}"
    return "\n\n".join(
        [
            f"{_title(who)} is **{exact(age)} years old**.",
            f"1. The first fact: {said}.\n2. Their ages{later} add up: {both}.\n"
            f"3. Put the first into the second and solve: {b} = {exact(ages[b])}, {a} = {exact(ages[a])}.",
            f"Check: {exact(ages[a])} + {exact(ages[b])}{f' + {2 * shift}' if shift else ''} = {s}.",
        ]
    )


_LATER = re.compile(r"\b(?:in\s+(?P<in>\d+)\s+years?|(?P<ago>\d+)\s+years?\s+ago)\b", re.I)


def _from_known(text: str, relation: re.Match[str], a: str, b: str, who: str) -> str | None:
    """One age said outright ("his sister is 9"), the other from the relation, then moved to
    the time asked ("how old will mark be in 5 years")."""
    tail = text[relation.end() :]
    b_word = re.escape(b.split()[-1])
    known = re.search(
        rf"\b(?:{b_word}|she|he)\s+is\s+(?P<age>\d+)(?!\s*(?:times|years?\s+(?:older|younger)))",
        tail,
        re.I,
    )
    if known is None or who != a:
        return None
    age_b = sympy.Integer(known["age"])
    if relation.re is _OLDER:
        n = int(relation["n"]) * (1 if relation["dir"].lower() == "older" else -1)
        age_a, said = age_b + n, f"{exact(age_b)} {'+' if n > 0 else '−'} {abs(n)}"
    else:
        k = _factor(relation["k"])
        age_a, said = age_b * k, f"{exact(k)} × {exact(age_b)}"
    moved = _LATER.search(text[relation.end() :])
    shift = int(moved["in"]) if moved and moved["in"] else -int(moved["ago"]) if moved else 0
    if age_a + shift <= 0:
        return None
    lines = [f"1. Now {a} is {said} = {exact(age_a)}."]
    when = ""
    if shift:
        when = f" in {shift} years" if shift > 0 else f" {-shift} years ago"
        lines.append(
            f"2. {_title(when.strip())}: {exact(age_a)} {'+' if shift > 0 else '−'} {abs(shift)} = {exact(age_a + shift)}."
        )
    verb = "will be" if shift > 0 else "was" if shift < 0 else "is"
    return f"{_title(a)} {verb} **{exact(age_a + shift)} years old**{when}.\n\n" + "\n".join(lines)


def _factor(said: str) -> sympy.Rational:
    low = said.lower()
    if low == "twice":
        return sympy.Rational(2)
    if low == "half":
        return sympy.Rational(1, 2)
    return sympy.Rational(low.split()[0])


def _name(said: str) -> str:
    return re.sub(r"\s+", " ", said.strip().lower())


def _title(name: str) -> str:
    return name[:1].upper() + name[1:]
