"""Work-rate problems. Two doers of one job working together ("one pump fills a tank in 6
hours and another in 3 hours, how long together"): their rates, 1/a and 1/b of the job per
unit of time, add, so the time together is 1 ÷ (1/a + 1/b). A crew of a different size on
the same job ("4 workers paint a fence in 6 hours, how long would 3 workers take"): the work
(workers × time) stays the same, so the time is that work shared by the new crew. A crew
making another amount ("6 machines make 30 toys in 5 hours, how long would 3 machines take
to make 60 toys", "how many loaves can 5 bakers bake in 6 hours"): each worker's output per
unit of time stays the same, so time grows with the amount and shrinks with the crew."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits
from companion.ai.offline.askunits import unit_size

R = sympy.Rational
_TIME = r"(?P<{}>\d+(?:\.\d+)?)\s*(?P<{}>hours?|hrs?|minutes?|mins?|days?|weeks?|seconds?)\b"
_DURATIONS = re.compile(_TIME.format("n", "u"), re.I)
_TOGETHER = re.compile(
    r"\bhow\s+long\b.*\b(?:together|both|at\s+the\s+same\s+time|working\s+together)\b"
    r"|\b(?:together|both)\b.*\bhow\s+long\b",
    re.I,
)
_TWO_DOERS = re.compile(
    r"\b(?:another|other|second|the\s+other|and\s+(?:[a-z]+\s+){1,2}(?:in|takes?|can|could|needs?|does))\b",
    re.I,
)
# "4 workers ... 6 hours ... how long would 3 workers take"
_CREW = re.compile(
    r"\b(?P<n>\d+)\s+(?P<who>[a-z]+)\s+(?!(?:in|for|per|of|at|each|an?|every)\b)[a-z]+.*?\b"
    + _TIME.format("t", "u")
    + r".*?\bhow\s+(?:long|many\s+(?:hours|days|minutes))\b.*?\b(?P<m>\d+)\s+(?P=who)\b",
    re.I,
)


# "6 machines make 30 toys in 5 hours": a crew, its output and the time it took
_OUTPUT = re.compile(
    r"\b(?P<n>\d+)\s+(?P<who>[a-z]+)\s+(?:[a-z]+\s+){1,2}?(?P<a>\d+(?:\.\d+)?)\s*(?P<thing>[a-z]+)"
    r"\b[^.?!\d]{0,20}?\bin\s+" + _TIME.format("t", "u"),
    re.I,
)


def answer(message: str) -> str | None:
    """The time a job takes two doers together, a crew of another size, or a crew making
    another amount; else None."""
    text = words_to_digits(message)
    if (made := _OUTPUT.search(text)) and (found := _output(made, text[made.end() :])):
        return found
    crew = _CREW.search(text)
    if crew and unit_size(crew["who"]) is None and not re.search(r"\d", text[crew.end() :]):
        return _crew(crew)  # the same job by another crew: no unit doing it, no new amount
    if not _TOGETHER.search(text) or not _TWO_DOERS.search(text):
        return None
    times = _DURATIONS.findall(text)
    units = {_unit(u) for _, u in times}
    if len(times) != 2 or len(units) != 1:
        return None
    a, b = (R(n) for n, _ in times)
    if not a or not b:
        return None
    unit = units.pop()
    together = 1 / (1 / a + 1 / b)
    return "\n\n".join(
        [
            f"Together they take **{_mixed(together)} {_plural(unit, together)}**.",
            f"1. Each does part of the job per {unit}: 1/{exact(a)} and 1/{exact(b)}.\n"
            f"2. Together they do 1/{exact(a)} + 1/{exact(b)} = {_fraction(1 / a + 1 / b)} of the job per {unit}.\n"
            f"3. The whole job takes 1 ÷ {_fraction(1 / a + 1 / b)} = {_mixed(together)} {_plural(unit, together)}.",
        ]
    )


def _crew(match: re.Match[str]) -> str | None:
    n, m, t = int(match["n"]), int(match["m"]), R(match["t"])
    if not n or not m or n == m:
        return None
    unit, who = _unit(match["u"]), match["who"]
    work, time = n * t, n * t / m
    return "\n\n".join(
        [
            f"{m} {who} take **{_mixed(time)} {_plural(unit, time)}**.",
            f"1. The job is {n} × {exact(t)} = {exact(work)} {who[:-1] if who.endswith('s') else who}-{unit}s of work.\n"
            f"2. Shared by {m} {who}: {exact(work)} ÷ {m} = {_mixed(time)} {_plural(unit, time)}.",
            f"{'Fewer' if m < n else 'More'} {who} take {'longer' if m < n else 'less time'}.",
        ]
    )


def _unit(word: str) -> str:
    low = word.lower().rstrip("s")
    return {"hr": "hour", "min": "minute"}.get(low, low)


def _plural(unit: str, value: sympy.Rational) -> str:
    return unit if value == 1 else f"{unit}s"


def _fraction(value: sympy.Rational) -> str:
    return exact(value) if value.q == 1 else f"{value.p}/{value.q}"


def _mixed(value: sympy.Rational) -> str:
    """A decimal when it ends, else a mixed number with its decimal: 1 5/7 (about 1.71)."""
    if re.fullmatch(r"-?\d+(?:\.\d{1,3})?", exact(value)):
        return exact(value)
    whole, part = divmod(value, 1)
    shown = f"{whole} {part.p}/{part.q}" if whole else f"{part.p}/{part.q}"
    return f"{shown} (about {float(value):.2f})"


def _output(made: re.Match[str], rest: str) -> str | None:
    """The time another crew takes for another amount, or the amount it makes in another
    time, at the same output per worker per unit of time."""
    who, thing = re.escape(made["who"]), re.escape(made["thing"])
    n, a, t, unit = R(made["n"]), R(made["a"]), R(made["t"]), _unit(made["u"])
    crew = re.search(rf"\b(?P<m>\d+)\s+{who}\b", rest, re.I)
    if not crew or not n or not a or not t or unit_size(made["who"]) is not None:
        return None
    m = R(crew["m"])
    rate = a / (n * t)  # each one's output per unit of time
    amount = re.search(rf"\b(?P<b>\d+(?:\.\d+)?)\s*{thing}\b", rest, re.I)
    later = _DURATIONS.search(rest)
    asks_time = re.search(r"\bhow\s+(?:long|many\s+(?:hours|days|minutes|weeks))\b", rest, re.I)
    if asks_time and amount and m and not later:
        b = R(amount["b"])
        time = b / (rate * m)
        answer = f"**{_mixed(time)} {_plural(unit, time)}**"
        last = f"{exact(b)} {made['thing']} ÷ ({exact(m)} × {_fraction(rate)}) = {_mixed(time)} {_plural(unit, time)}"
    elif re.search(rf"\bhow\s+(?:many|much)\s+{thing}\b", rest, re.I) and later and m:
        if _unit(later["u"]) != unit:
            return None
        span = R(later["n"])
        b = rate * m * span
        answer = f"**{_mixed(b)} {made['thing']}**"
        last = f"{exact(m)} × {_fraction(rate)} × {exact(span)} = {_mixed(b)} {made['thing']}"
    else:
        return None
    single = made["who"][:-1] if made["who"].endswith("s") else made["who"]
    return "\n\n".join(
        [
            f"The answer is {answer}.",
            f"1. Output per {single} per {unit}: {exact(a)} {made['thing']} ÷ ({exact(n)} × "
            f"{exact(t)}) = {_fraction(rate)}.\n"
            f"2. {exact(m)} {made['who']} at that rate: {last}.",
            f"The output per {single} per {unit} stays the same; only the crew, the amount or the time changes.",
        ]
    )
