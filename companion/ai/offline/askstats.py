"""Mean, median, mode and range of a list of numbers, and percent change between two values."""

from __future__ import annotations

import re
from collections import Counter

import sympy

from companion.ai.offline.askformat import NUMBER, exact, numbers, plain, value_text, words_to_digits

_MEASURE = r"(?:arithmetic\s+)?(?:mean|average|median|mode|range)"
_STATS = re.compile(
    rf"\b(?P<what>{_MEASURE}(?:\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?{_MEASURE})*)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:(?:data\s+)?(?:set|list|numbers|values|data|scores)\s*(?:of\s+)?)?:?\s*"
    rf"(?P<list>{NUMBER}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*|\s+)\s*{NUMBER})+)\s*[?.!]*\s*$",
    re.I,
)
_CHANGE = re.compile(
    r"\bpercent(?:age)?\s+(?P<kind>change|increase|decrease|difference|growth|drop|decline)\b"
    rf"|\b(?P<kind2>increase|decrease|change|rise|drop|growth)\b.*?\bin\s+percent|(?P<kind3>by\s+what\s+percent)",
    re.I,
)
_FROM_TO = re.compile(rf"\bfrom\s+(?P<a>{NUMBER})\s+to\s+(?P<b>{NUMBER})", re.I)
_APPLY = re.compile(
    rf"\b(?P<verb>increase|decrease|raise|reduce|lower|discount|mark\s+up)\s+(?P<n>{NUMBER})\s+by\s+"
    rf"(?P<p>{NUMBER})\s*(?:%|percent)",
    re.I,
)


def answer(message: str) -> str | None:
    """Summary statistics of a list, or a percent change; else None."""
    text = words_to_digits(message)
    return statistics(text) or percent_change(text) or apply_percent(text)


def statistics(text: str) -> str | None:
    """The measures asked for, each with how it is found."""
    match = _STATS.search(text)
    if not match:
        return None
    listed = match["list"]
    if "," in listed and not re.search(r",\s", listed):  # "1,200" is a thousand; "100,200,300" a list
        listed = listed.replace(",", ", ")
    values = numbers(listed)
    if len(values) < 2:
        return None
    asked = [m.lower().split()[-1] for m in re.findall(_MEASURE, match["what"], re.I)]
    asked = ["mean" if m == "average" else m for m in dict.fromkeys(asked)]
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


_MEASURES = {"mean": _mean, "median": _median, "mode": _mode, "range": _range}


def percent_change(text: str) -> str | None:
    """(new − old) ÷ old × 100, called an increase or a decrease by its sign."""
    kind = _CHANGE.search(text)
    values = _FROM_TO.search(text)
    if not kind or not values:
        return None
    old, new = numbers(values["a"]), numbers(values["b"])
    if not old or not new or old[0] == 0:
        return None if not old or not new else "A percent change from 0 is undefined: there is nothing to compare the change with."
    a, b = old[0], new[0]
    change = (b - a) / a * 100
    word = "increase" if change > 0 else "decrease" if change < 0 else "change"
    return "\n\n".join(
        [
            f"From {plain(a)} to {plain(b)} is a **{_pct(abs(change))} {word}**.",
            f"1. The change: {plain(b)} − {plain(a)} = {plain(b - a)}.\n\n"
            f"2. Divide its size by the original value: {plain(abs(b - a))} ÷ {plain(a)} = {_dec(abs(b - a) / a)}.\n\n"
            f"3. Multiply by 100: {_pct(abs(change))}.",
        ]
    )


def apply_percent(text: str) -> str | None:
    """Increase or decrease a number by a percent: multiply by (1 ± p/100)."""
    match = _APPLY.search(text)
    if not match:
        return None
    n, p = numbers(match["n"]), numbers(match["p"])
    if not n or not p:
        return None
    up = match["verb"].lower() in ("increase", "raise", "mark up")
    factor = 1 + p[0] / 100 if up else 1 - p[0] / 100
    result = n[0] * factor
    part = n[0] * p[0] / 100
    sign = "+" if up else "−"
    return "\n\n".join(
        [
            f"{plain(n[0])} {'increased' if up else 'decreased'} by {plain(p[0])}% is **{plain(result)}**.",
            f"1. {plain(p[0])}% of {plain(n[0])} is {plain(n[0])} × {_dec(p[0] / 100)} = {plain(part)}.\n\n"
            f"2. {plain(n[0])} {sign} {plain(part)} = {plain(result)} "
            f"(or in one step: {plain(n[0])} × {_dec(factor)} = {plain(result)}).",
        ]
    )


def _pct(value: sympy.Rational) -> str:
    return f"{plain(value)}%" if value.q == 1 or exact(value) == plain(value) else f"about {plain(value)}%"


def _dec(value: sympy.Rational) -> str:
    return exact(value) if exact(value) == plain(value) else f"about {plain(value)}"
