"""Mean, median, mode, range, variance and standard deviation of a list of numbers."""

from __future__ import annotations

import re
from collections import Counter

import sympy

from companion.ai.offline.askformat import (
    NUMBER,
    exact,
    numbers,
    terminates,
    value_text,
    words_to_digits,
)

_MEASURE = (
    r"(?:arithmetic\s+)?(?:mean|average|median|mode|inter[\s-]?quartile\s+range|iqr|range|"
    r"variance|standard\s+deviation|std\s+dev)"
)
# "mean, median and mode", "mean median and mode": one measure after another
_MORE = rf"(?:\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?|\s+){_MEASURE}"
_STATS = re.compile(
    rf"\b(?P<what>{_MEASURE}(?:{_MORE})*)(?:\s+(?:of|for|in)\b)?\s*"
    r"(?:(?:the|my|our|these|this|following)\s+)*(?:(?:data|test|quiz|exam)\s+)?"
    r"(?:(?:set|list|numbers|values|data|scores|marks|grades)\s*(?:of\s+)?)?:?\s*"
    rf"(?P<list>{NUMBER}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*|\s+)\s*{NUMBER})+)\s*[?.!]*\s*$",
    re.I,
)

# the list first, the measure asked after it: "my quiz grades are 80, 75, 95 and 90 whats my
# average", "i scored 7, 9 and 8. what's the mean?"
_LIST_FIRST = re.compile(
    r"\b(?:are|were|is|was|got|scored|have|had|:)\s+"
    rf"(?P<list>{NUMBER}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*|\s+)\s*{NUMBER})+)\s*[,.;?]?\s*"
    r"(?:(?:on|in|for)\s+(?:my|our|the|his|her|their)\s+[a-z]+\s*[,.;]?\s*)?(?:so\s+)?(?:what\s+is|what'?s|whats|find|calculate|work\s+out)\s+(?:the|my|our|their|his|her)?\s*"
    rf"(?P<what>{_MEASURE}(?:{_MORE})*)"
    r"(?:\s+(?:score|grade|mark))?\s*[?.!]*\s*$",
    re.I,
)


# "z score of 85 if the mean is 70 and the standard deviation is 10", in either order
_VALUE = r"\s*(?:is|was|of|=|:)?\s*(?P<{}>-?\d+(?:\.\d+)?)"
_Z_SCORE = re.compile(
    r"\bz[\s-]?scores?\s+(?:of|for)\s+(?:a\s+(?:score|value)\s+of\s+)?(?P<x>-?\d+(?:\.\d+)?)"
    rf"(?=.*\b(?:mean|average|μ){_VALUE.format('m')})"
    rf"(?=.*\b(?:standard\s+deviation|std\s+dev|sd|σ){_VALUE.format('s')})",
    re.I,
)


def answer(message: str) -> str | None:
    """Summary statistics of a list, or a z-score; else None."""
    text = words_to_digits(message)
    return z_score(text) or statistics(text)


def z_score(text: str) -> str | None:
    """How many standard deviations a value lies from the mean."""
    match = _Z_SCORE.search(text)
    if not match or float(match["s"]) <= 0:
        return None
    x, mean, sd = (sympy.Rational(match[k]) for k in ("x", "m", "s"))
    z = (x - mean) / sd
    side = "above" if z > 0 else "below" if z < 0 else "at"
    shown = exact(z) if terminates(z) else value_text(z)
    return (
        f"The z-score is **{shown}**: {exact(x)} is {exact(abs(x - mean))} {side} the mean,"
        f" which is {shown.lstrip('-')} standard deviations.\n\n"
        f"$z = \\frac{{x - \\mu}}{{\\sigma}} = \\frac{{{exact(x)} - {exact(mean)}}}{{{exact(sd)}}}$."
    )


def statistics(text: str) -> str | None:
    """The measures asked for, each with how it is found."""
    match = _STATS.search(text) or _LIST_FIRST.search(text)
    if not match:
        return None
    listed = match["list"]
    if "," in listed and not re.search(
        r",\s", listed
    ):  # "1,200" is a thousand; "100,200,300" a list
        listed = listed.replace(",", ", ")
    values = numbers(listed)
    if len(values) < 2:
        return None
    asked = [_named(m) for m in re.findall(_MEASURE, match["what"], re.I)]
    asked = [_SAID.get(m, m) for m in dict.fromkeys(asked)]
    listed = ", ".join(exact(v) for v in values)
    lines = [f"For {listed}:"]
    ordered = sorted(values)
    for measure in dict.fromkeys(asked):
        lines.append(_MEASURES[measure](values, ordered))
    return "\n\n".join(lines)


def _mean(values: list[sympy.Rational], _: list[sympy.Rational]) -> str:
    total = sum(values, sympy.Integer(0))
    mean = total / len(values)
    return (
        f"The **mean** is **{value_text(mean)}**: add them up, "
        f"{' + '.join(exact(v) for v in values)} = {exact(total)}, "
        f"then divide by how many there are: {exact(total)} ÷ {len(values)} = {value_text(mean)}."
    )


def _median(_: list[sympy.Rational], ordered: list[sympy.Rational]) -> str:
    n = len(ordered)
    line = f"In order: {', '.join(exact(v) for v in ordered)}."
    if n % 2:
        middle = ordered[n // 2]
        return f"The **median** is **{exact(middle)}**. {line} With {n} numbers, the middle one is number {n // 2 + 1}."
    a, b = ordered[n // 2 - 1], ordered[n // 2]
    median = (a + b) / 2
    return (
        f"The **median** is **{value_text(median)}**. {line} With {n} numbers there are two middle ones, "
        f"{exact(a)} and {exact(b)}, so take their average: ({exact(a)} + {exact(b)}) ÷ 2 = {value_text(median)}."
    )


def _mode(values: list[sympy.Rational], _: list[sympy.Rational]) -> str:
    counts = Counter(values)
    top = max(counts.values())
    if top == 1:
        return "There is **no mode**: every number appears once."
    modes = sorted(v for v, c in counts.items() if c == top)
    shown = " and ".join(exact(v) for v in modes)
    label = "modes are" if len(modes) > 1 else "mode is"
    return f"The **{label.split()[0]}** {label.split()[1]} **{shown}**: {'they appear' if len(modes) > 1 else 'it appears'} {top} times, more than any other number."


def _range(_: list[sympy.Rational], ordered: list[sympy.Rational]) -> str:
    spread = ordered[-1] - ordered[0]
    return (
        f"The **range** is **{exact(spread)}**: the largest minus the smallest, "
        f"{exact(ordered[-1])} − {exact(ordered[0])} = {exact(spread)}."
    )


def _spread(values: list[sympy.Rational], root: bool) -> str:
    """Variance (or its square root, the standard deviation) of the values as a whole
    population (divide by n) and as a sample (divide by n - 1)."""
    n = len(values)
    mean = sum(values, sympy.Integer(0)) / n
    squares = sum(((v - mean) ** 2 for v in values), sympy.Integer(0))
    population, sample = squares / n, squares / (n - 1)
    if root:
        population, sample = sympy.sqrt(population), sympy.sqrt(sample)
    name = "standard deviation" if root else "variance"
    symbols = ("σ", "s") if root else ("σ²", "s²")
    how = "then take the square root" if root else "that average is the variance"
    return (
        f"The **{name}** is **{value_text(population)}** for the numbers as a whole population"
        f" ({symbols[0]}, divide by {n}), or **{value_text(sample)}** as a sample"
        f" ({symbols[1]}, divide by {n} − 1 = {n - 1}).\n\n"
        f"The mean is {value_text(mean)}; the squared distances from it add up to"
        f" {exact(squares)}; divide as above, {how}."
    )


def _named(measure: str) -> str:
    """The measure as _MEASURES names it: "interquartile range" and "IQR" are one."""
    low = measure.lower()
    return "iqr" if "quartile" in low or low == "iqr" else low.split()[-1]


def _iqr(_: list[sympy.Rational], ordered: list[sympy.Rational]) -> str:
    """Q3 − Q1, each quartile the median of its half (the middle number, when there is one,
    in neither half)."""
    n = len(ordered)
    if n < 4:
        return "The **interquartile range** needs at least 4 numbers, one per quarter."
    lower, upper = ordered[: n // 2], ordered[(n + 1) // 2 :]
    q1, q3 = (_middle(half) for half in (lower, upper))
    return (
        f"The **interquartile range** is **{exact(q3 - q1)}**: Q3 − Q1 = {exact(q3)} − {exact(q1)}."
        f"\n\nIn order: {', '.join(exact(v) for v in ordered)}. Q1 is the median of the lower half"
        f" ({', '.join(exact(v) for v in lower)}), Q3 the median of the upper half"
        f" ({', '.join(exact(v) for v in upper)})"
        + (", leaving out the middle number." if n % 2 else ".")
    )


def _middle(ordered: list[sympy.Rational]) -> sympy.Rational:
    n = len(ordered)
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


_SAID = {"average": "mean", "deviation": "standard deviation", "dev": "standard deviation"}
_MEASURES = {
    "mean": _mean,
    "median": _median,
    "mode": _mode,
    "range": _range,
    "iqr": _iqr,
    "variance": lambda values, _: _spread(values, root=False),
    "standard deviation": lambda values, _: _spread(values, root=True),
}
