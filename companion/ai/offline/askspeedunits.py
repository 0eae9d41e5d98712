"""A speed asked in a named unit ("3 miles in 20 minutes, what is the speed in m/s", "400 m
in 50 seconds, her speed in km/h"): the distance and the time are each made the asked unit's
length and time first, shown, then divided. One distance and one time (in one or two parts)
must be given and no other number; else nothing is answered."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, numbers, terminates
from companion.ai.offline.asktravel import (
    DISTANCE,
    LEN,
    LENGTHS,
    PER,
    TIM,
    TIME,
    TIMES,
    length_of,
    rate_name,
    speed_units,
    time_parts,
)

_ASKED_IN = re.compile(
    rf"\b(?:in|into)\s+(?:(?P<mph>mph)|(?P<kph>kph|kmh)|(?:{LEN}){PER}(?:{TIM}))(?![\w/])", re.I
)
_SPEED = re.compile(r"\b(?:speed|velocity|how\s+fast|pace)\b", re.I)


def answer(message: str) -> str | None:
    """The speed from a distance and a time, in the unit the question names; else None."""
    asked = _ASKED_IN.search(message)
    if not asked or not _SPEED.search(message):
        return None
    rest = message[: asked.start()] + " ; " + message[asked.end() :]
    distance, time = DISTANCE.search(rest), TIME.search(rest)
    if not distance or not time or distance.start() <= time.start() < distance.end():
        return None
    left = rest.replace(distance[0], ";", 1).replace(time[0], ";", 1)
    if numbers(left):
        return None  # another number: these rules do not place it
    length, per = speed_units(asked)
    given = length_of(distance)
    d = sympy.Rational(distance[1]) * LENGTHS[given][1] / LENGTHS[length][1]
    parts = time_parts(time)
    t = sum((amount * TIMES[unit][1] for amount, unit in parts), sympy.Rational(0))
    t /= TIMES[per][1]
    if not t:
        return None
    v, rate = d / t, rate_name(length, per)
    said = f"{exact(v)} {rate}" if terminates(v) else f"≈ {float(v):.3g} {rate}"
    long, short = LENGTHS[length][2], TIMES[per][2]
    over = exact(t) if terminates(t) else f"({exact(t)})"
    made = [
        f"{typed.strip()} = {_shown(value)} {unit}"
        for typed, value, unit, same in (
            (distance[0], d, long, given == length),
            (time[0], t, short, parts == [(parts[0][0], per)]),
        )
        if not same
    ]
    lines = [
        f"The speed is **{said}**.",
        f"For {rate}, put the distance in {long} and the time in {TIMES[per][3]}: "
        f"{', '.join(made)}."
        if made
        else "",
        f"Speed = distance ÷ time: {exact(d)} {long} ÷ {over} {short} "
        f"{'= ' * terminates(v)}{said}.",
    ]
    return "\n\n".join(line for line in lines if line)


def _shown(value: sympy.Rational) -> str:
    return exact(value) if terminates(value) else f"{exact(value)} ≈ {float(value):.4g}"
