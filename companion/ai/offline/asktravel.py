"""Distance, speed and time in everyday units: "a car goes 60 mph for 2.5 hours, how far?"
(distance = speed × time, minutes made hours first) and "how long to drive 120 km at
60 km/h?" (time = distance ÷ speed). Kilometre distances from a speed are left to the
physics answers, which show the SI working."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact

R = sympy.Rational
_NUM = r"(\d+(?:\.\d+)?)"
_MILES_PER_HOUR = r"mph|mi/h|miles?\s+(?:per|an|a)\s+hour"
_KM_PER_HOUR = r"km/h|kph|kmh|km\s+per\s+hour|kilomet(?:er|re)s?\s+(?:per|an|a)\s+hour"
_SPEED = re.compile(rf"{_NUM}\s*(?:(?P<mi>{_MILES_PER_HOUR})|(?P<km>{_KM_PER_HOUR}))\b", re.I)
_TIME = re.compile(rf"\b(?:for|in)\s+{_NUM}\s*(?P<u>hours?|hrs?|h|minutes?|mins?)\b", re.I)
_DISTANCE = re.compile(rf"{_NUM}\s*(?:(?P<mi>miles?|mi)|(?P<km>km|kilomet(?:er|re)s?))\b", re.I)
_HOW_FAR = re.compile(r"\bhow\s+far\b|\bdistance\b|\bhow\s+many\s+(?:miles|km|kilomet)", re.I)
_HOW_LONG = re.compile(
    r"\bhow\s+long\b|\bhow\s+much\s+time\b|\bhow\s+many\s+(?:hours|minutes)\b", re.I
)


def answer(message: str) -> str | None:
    """Distance from a speed and a time, or time from a distance and a speed."""
    speed = _SPEED.search(message)
    if speed is None:
        return None
    v, miles = R(speed[1]), bool(speed["mi"])
    unit = "miles" if miles else "km"
    rate = "mph" if miles else "km/h"
    rest = message[: speed.start()] + " " + message[speed.end() :]
    if _HOW_FAR.search(message) and miles and (time := _TIME.search(rest)):
        hours, note = _hours(R(time[1]), time["u"])
        d = v * hours
        return "\n\n".join(
            [
                f"The distance is **{exact(d)} {unit}**.",
                f"{note}Distance = speed × time: {exact(v)} {rate} × {exact(hours)} "
                f"{_hours_word(hours)} = {exact(d)} {unit}.",
            ]
        )
    distance = _DISTANCE.search(rest)
    if _HOW_LONG.search(message) and distance and bool(distance["mi"]) == miles and v:
        d = R(distance[1])
        hours = d / v
        short = (hours * 100).q == 1  # 2.5 hours, not 0.625 hours
        head = f"{exact(hours)} {_hours_word(hours)}" if short else _clock(hours)
        both = f" ({_clock(hours)})" if short and hours.q != 1 else ""
        return "\n\n".join(
            [
                f"It takes **{head}**{both}.",
                f"Time = distance ÷ speed: {exact(d)} {unit} ÷ {exact(v)} {rate} = "
                f"{exact(hours)} hours{'' if short else f' = {_clock(hours)}'}.",
            ]
        )
    return None


def _hours(amount: sympy.Rational, unit: str) -> tuple[sympy.Rational, str]:
    if unit.lower().startswith("m"):
        hours = amount / 60
        return hours, f"First make the minutes hours: {exact(amount)} min ÷ 60 = {exact(hours)} h. "
    return amount, ""


def _hours_word(hours: sympy.Rational) -> str:
    return "hour" if hours == 1 else "hours"


def _clock(hours: sympy.Rational) -> str:
    """Hours as hours and minutes (5/8 h -> "37.5 minutes")."""
    whole = int(hours)
    minutes = (hours - whole) * 60
    parts = [f"{whole} {_hours_word(R(whole))}"] if whole else []
    if minutes or not parts:
        said = exact(minutes) if (minutes * 100).q == 1 else f"about {round(float(minutes))}"
        parts.append(f"{said} minutes")
    return " ".join(parts)
