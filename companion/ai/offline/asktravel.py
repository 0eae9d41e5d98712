"""Distance, speed and time in the units the question asks in: "a car goes 80 km/h for 3
hours, how far?" is 80 km/h × 3 h = 240 km, not metres and seconds.

Distance = speed × time works in the speed's own units: when the time is in the speed's unit
of time the two multiply as they are; when it is not ("60 km/h for 30 minutes") the time is
made that unit first and the conversion shown (30 min ÷ 60 = 0.5 h). A time in parts
("2 hours and 30 minutes") counts every part, and a distance asked "in meters" is converted at
the end. Time = distance ÷ speed when the distance is in the speed's unit of length. A distance
from a speed in m/s, or from km/h and seconds, is left to the physics answers, which keep the
SI working.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, terminates

R = sympy.Rational
_NUM = r"(\d+(?:\.\d+)?)"
# unit of length -> (pattern, size in metres, how it is written)
_LENGTHS = {
    "km": (r"km|kilomet(?:er|re)s?", R(1000), "km"),
    "mi": (r"miles?|mi", R(1609344, 1000), "miles"),
    "m": (r"m|met(?:er|re)s?", R(1), "m"),
    "cm": (r"cm|centimet(?:er|re)s?", R(1, 100), "cm"),
    "ft": (r"ft|feet|foot", R(3048, 10000), "ft"),
}
# unit of time -> (pattern, size in seconds, short and long names)
_TIMES = {
    "h": (r"hours?|hrs?|h", R(3600), "h", "hours"),
    "min": (r"minutes?|mins?|min", R(60), "min", "minutes"),
    "s": (r"seconds?|secs?|s", R(1), "s", "seconds"),
}
_WORDS = {"km": "kilometers", "mi": "miles", "m": "meters", "cm": "centimeters", "ft": "feet"}
_PER = r"\s*(?:/|\s(?:per|an|a|each|every)\s+)\s*"
_LEN = "|".join(f"(?P<{k}>{p})" for k, (p, *_) in _LENGTHS.items())
_TIM = "|".join(f"(?P<t{k}>{p})" for k, (p, *_) in _TIMES.items())
_SPEED = re.compile(
    rf"{_NUM}\s*(?:(?P<mph>mph)|(?P<kph>kph|kmh)|(?:{_LEN}){_PER}(?:{_TIM}))(?![\w/^²])", re.I
)
_TIME_UNIT = r"hours?|hrs?|h|minutes?|mins?|min|seconds?|secs?|s"
_TIME = re.compile(
    rf"(?<![\w.]){_NUM}\s*({_TIME_UNIT})\b(?:,?\s*(?:and\s+)?{_NUM}\s*({_TIME_UNIT})\b)?", re.I
)
_DISTANCE = re.compile(rf"(?<![\w.]){_NUM}\s*(?:{_LEN})(?![\w/^²³])", re.I)
_HOW_FAR = re.compile(
    r"\bhow\s+far\b|\bdistance\b|\bhow\s+many\s+(?:miles|km|kilomet|met(?:er|re)s|cm|feet)",
    re.I,
)
_HOW_LONG = re.compile(
    r"\bhow\s+long\b|\bhow\s+much\s+time\b|\bhow\s+many\s+(?:hours|minutes)\b", re.I
)
_ASKED_IN = re.compile(
    rf"\b(?:in|into|how\s+many)\s+(?:{_LEN})(?![\w/])(?!\s*(?:per|/|an?\s+hour))", re.I
)


def _length(match: re.Match[str]) -> str:
    return next(k for k in _LENGTHS if match[k])


def _time_unit(text: str) -> str:
    return next(k for k, (p, *_) in _TIMES.items() if re.fullmatch(p, text, re.I))


def _speed(match: re.Match[str]) -> tuple[str, str]:
    """(unit of length, unit of time) of a speed."""
    if match["mph"]:
        return "mi", "h"
    if match["kph"]:
        return "km", "h"
    return _length(match), next(k for k in _TIMES if match[f"t{k}"])


def _rate(length: str, per: str) -> str:
    return {("mi", "h"): "mph", ("km", "h"): "km/h"}.get(
        (length, per), f"{_LENGTHS[length][2] if length != 'mi' else 'mi'}/{_TIMES[per][2]}"
    )


def answer(message: str) -> str | None:
    """Distance from a speed and a time, or time from a distance and a speed."""
    found = _SPEED.search(message)
    if found is None:
        return None
    length, per = _speed(found)
    v = R(found[1])
    rest = message[: found.start()] + " ; " + message[found.end() :]
    if _HOW_FAR.search(message) and (time := _TIME.search(rest)):
        seconds = any(u and _time_unit(u) == "s" for u in (time[2], time[4]))
        if (length, per) == ("m", "s") or (seconds and (length, per) == ("km", "h")):
            return None  # a time in seconds is physics: those answers keep the SI working
        return _distance(message, v, length, per, time)
    distance = _DISTANCE.search(rest)
    if _HOW_LONG.search(message) and distance and _length(distance) == length and v:
        return _duration(R(distance[1]), v, length, per)
    return None


def _distance(message: str, v: sympy.Rational, length: str, per: str, time: re.Match[str]) -> str:
    parts = [(R(time[1]), _time_unit(time[2]))]
    if time[3]:
        parts.append((R(time[3]), _time_unit(time[4])))
    t = sum((amount * _TIMES[unit][1] / _TIMES[per][1] for amount, unit in parts), R(0))
    d = v * t
    name, short = _LENGTHS[length][2], _TIMES[per][2]
    head = f"{exact(d)} {name}"
    lines = []
    if any(unit != per for _, unit in parts):
        lines.append(
            f"First make the time {_TIMES[per][3]}: {_made(parts, per)} = {exact(t)} {short}."
        )
    lines.append(
        f"Distance = speed × time: {exact(v)} {_rate(length, per)} × {exact(t)} {short} = {head}."
    )
    wanted = _ASKED_IN.search(message)
    if wanted and (other := _length(wanted)) != length:
        size = _LENGTHS[length][1] / _LENGTHS[other][1]
        said = f"{exact(d * size)} {_LENGTHS[other][2]}"
        head = f"{head} = {said}" if terminates(d * size) else head
        lines.append(f"Then make it {_WORDS[other]}: {exact(d)} {name} = {said}.")
    elif (length, per) == ("km", "h") and lines[0].startswith("First"):
        lines.append(_in_si(v, parts, d))
    return "\n\n".join([f"The distance is **{head}**.", *filter(None, lines)])


def _made(parts: list[tuple[sympy.Rational, str]], per: str) -> str:
    """How each part of a time becomes the speed's unit of time ("30 min ÷ 60")."""
    said = []
    for amount, unit in parts:
        text = f"{exact(amount)} {_TIMES[unit][2]}"
        ratio = _TIMES[unit][1] / _TIMES[per][1]
        if ratio > 1:
            text += f" × {exact(ratio)}"
        elif ratio < 1:
            text += f" ÷ {exact(1 / ratio)}"
        said.append(f"({text})" if len(parts) > 1 and ratio != 1 else text)
    return " + ".join(said)


def _in_si(v: sympy.Rational, parts: list[tuple[sympy.Rational, str]], d: sympy.Rational) -> str:
    """The same distance worked in SI units, when the speed in m/s is a plain number."""
    ms = v * R(5, 18)
    if not terminates(ms):
        return ""
    s = sum((amount * _TIMES[unit][1] for amount, unit in parts), R(0))
    return (
        f"The same in SI units: {exact(v)} km/h = {exact(ms)} m/s and the time is {exact(s)} s, "
        f"so d = {exact(ms)} m/s × {exact(s)} s = {exact(ms * s)} m = {exact(d)} km."
    )


def _duration(d: sympy.Rational, v: sympy.Rational, length: str, per: str) -> str:
    name, rate = _LENGTHS[length][2], _rate(length, per)
    t = d / v
    if per != "h":
        word = _TIMES[per][3] if t != 1 else _TIMES[per][3][:-1]
        return "\n\n".join(
            [
                f"It takes **{exact(t)} {word}**.",
                f"Time = distance ÷ speed: {exact(d)} {name} ÷ {exact(v)} {rate} = {exact(t)} {word}.",
            ]
        )
    short = (t * 100).q == 1  # 2.5 hours, not 0.625 hours
    head = f"{exact(t)} {_hours_word(t)}" if short else _clock(t)
    both = f" ({_clock(t)})" if short and t.q != 1 else ""
    return "\n\n".join(
        [
            f"It takes **{head}**{both}.",
            f"Time = distance ÷ speed: {exact(d)} {name} ÷ {exact(v)} {rate} = "
            f"{exact(t)} hours{'' if short else f' = {_clock(t)}'}.",
        ]
    )


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
