"""Distance, speed and time in the units the question asks in: "a car goes 80 km/h for 3
hours, how far?" is 80 km/h × 3 h = 240 km, not metres and seconds. Distance = speed × time
works in the speed's own units; a time in another unit ("60 km/h for 30 minutes") is made
that unit first, shown (30 min ÷ 60 = 0.5 h). A time in parts ("2 hours and 30 minutes")
counts every part, a trip in legs adds each leg's distance, a distance asked "in meters" is
converted at the end, and a speed over a time in parts, in words ("2 and a half hours") or
said first ("20 minutes to run 3 miles") is the distance ÷ the time in one unit. Time =
distance ÷ speed when the distance is in the speed's unit of length. A distance from a speed
in m/s, or from km/h and seconds, is left to the physics answers, which keep the SI working.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, numbers, terminates

R = sympy.Rational
_NUM = r"(\d+(?:\.\d+)?)"
# unit of length -> (pattern, size in metres, how it is written)
LENGTHS = {
    "km": (r"km|kilomet(?:er|re)s?", R(1000), "km"),
    "mi": (r"miles?|mi", R(1609344, 1000), "miles"),
    "m": (r"m|met(?:er|re)s?", R(1), "m"),
    "cm": (r"cm|centimet(?:er|re)s?", R(1, 100), "cm"),
    "ft": (r"ft|feet|foot", R(3048, 10000), "ft"),
}
# unit of time -> (pattern, size in seconds, short and long names)
TIMES = {
    "h": (r"hours?|hrs?|h", R(3600), "h", "hours"),
    "min": (r"minutes?|mins?|min", R(60), "min", "minutes"),
    "s": (r"seconds?|secs?|s", R(1), "s", "seconds"),
}
_WORDS = {"km": "kilometers", "mi": "miles", "m": "meters", "cm": "centimeters", "ft": "feet"}
PER = r"\s*(?:/|\s(?:per|an|a|each|every)\s+)\s*"
LEN = "|".join(f"(?P<{k}>{p})" for k, (p, *_) in LENGTHS.items())
TIM = "|".join(f"(?P<t{k}>{p})" for k, (p, *_) in TIMES.items())
_SPEED = re.compile(
    rf"{_NUM}\s*(?:(?P<mph>mph)|(?P<kph>kph|kmh)|(?:{LEN}){PER}(?:{TIM}))(?![\w/^²])", re.I
)
_TIME_UNIT = r"hours?|hrs?|h|minutes?|mins?|min|seconds?|secs?|s"
TIME = re.compile(
    rf"(?<![\w.]){_NUM}\s*({_TIME_UNIT})\b(?:,?\s*(?:and\s+)?{_NUM}\s*({_TIME_UNIT})\b)?", re.I
)
DISTANCE = re.compile(rf"(?<![\w.]){_NUM}\s*(?:{LEN})(?![\w/^²³])", re.I)
_HOW_FAR = re.compile(
    r"\bhow\s+far\b|\bdistance\b|\bhow\s+many\s+(?:miles|km|kilomet|met(?:er|re)s|cm|feet)",
    re.I,
)
_HOW_LONG = re.compile(
    r"\bhow\s+(?:long|much\s+time)\b|\bhow\s+many\s+(?:hours|minutes)\b"
    r"|\b(?:what(?:'?s|\s+is)|find)\s+the\s+time\b",
    re.I,
)
_ASKED_IN = re.compile(
    rf"\b(?:in|into|how\s+many)\s+(?:{LEN})(?![\w/])(?!\s*(?:per|/|an?\s+hour))", re.I
)


def length_of(match: re.Match[str]) -> str:
    return next(k for k in LENGTHS if match[k])


def _time_unit(text: str) -> str:
    return next(k for k, (p, *_) in TIMES.items() if re.fullmatch(p, text, re.I))


def speed_units(match: re.Match[str]) -> tuple[str, str]:
    """(unit of length, unit of time) of a speed."""
    if match["mph"]:
        return "mi", "h"
    if match["kph"]:
        return "km", "h"
    return length_of(match), next(k for k in TIMES if match[f"t{k}"])


def rate_name(length: str, per: str) -> str:
    return {("mi", "h"): "mph", ("km", "h"): "km/h"}.get(
        (length, per), f"{LENGTHS[length][2] if length != 'mi' else 'mi'}/{TIMES[per][2]}"
    )


# times said in words: "half an hour", "2 and a half hours", "an hour and a half"
_SPOKEN = [
    (r"\ban?\s+(hour|minute)\s+and\s+(?:a\s+half|1/2)\b", r"1.5 \1s"),
    (r"\((\d+)\s*\+\s*1/2\)\s*(hours?|minutes?)", r"\1.5 \2"),  # "2 and a half" in symbols
    (r"\((\d+)\s*\+\s*1/4\)\s*(hours?|minutes?)", r"\1.25 \2"),
    (r"\((\d+)\s*\+\s*3/4\)\s*(hours?|minutes?)", r"\1.75 \2"),
    (r"\b(\d+)\s+and\s+a\s+half\s+(hours?|minutes?)", r"\1.5 \2"),
    (r"\bhalf\s+an?\s+(hour|minute)\b", r"0.5 \1s"),
    (r"\ba\s+quarter\s+of\s+an?\s+(hour)\b", r"0.25 \1s"),
]
_OTHER = re.compile(r"\b(?:mph|km/h|kph|m/s)\b", re.I)  # the speed's unit, asked
_AVERAGE = re.compile(r"\baverage\s+speed\b|\bhow\s+fast\b", re.I)
_HOW_FAST = re.compile(r"\bspeed\b|\bhow\s+fast\b", re.I)


def answer(message: str) -> str | None:
    """Distance from a speed and a time, time from a distance and a speed, or a speed from a
    distance and a time in parts."""
    typed = message
    for said, number in _SPOKEN:
        message = re.sub(said, number, message, flags=re.I)
    speeds = list(_SPEED.finditer(message))
    if not speeds:
        return _speed_over(message, message != typed)
    found = speeds[0]
    length, per = speed_units(found)
    v = R(found[1])
    rest = message[: found.start()] + " ; " + message[found.end() :]
    if len(speeds) > 1:
        far, fast = _HOW_FAR.search(message), _HOW_FAST.search(message)
        average = bool(_AVERAGE.search(message)) or bool(fast and not far)
        return _legs(message, speeds, average) if far or fast else None
    if _HOW_FAR.search(message) and (time := TIME.search(rest)):
        seconds = any(u and _time_unit(u) == "s" for u in (time[2], time[4]))
        if (length, per) == ("m", "s") or (seconds and (length, per) == ("km", "h")):
            return None  # a time in seconds is physics: those answers keep the SI working
        if numbers(rest[: time.start()] + " ; " + rest[time.end() :]):
            return None  # another number (a stop, a second leg): these rules do not place it
        return _distance(message, v, length, per, time)
    distance = DISTANCE.search(rest)
    if _HOW_LONG.search(message) and distance and length_of(distance) == length and v:
        if numbers(rest[: distance.start()] + " ; " + rest[distance.end() :]):
            return None
        return _duration(R(distance[1]), v, length, per)
    return None


def time_parts(time: re.Match[str]) -> list[tuple[sympy.Rational, str]]:
    """A time's parts as (amount, unit): "2 h 20 min" -> [(2, h), (20, min)]."""
    parts = [(R(time[1]), _time_unit(time[2]))]
    if time[3]:
        parts.append((R(time[3]), _time_unit(time[4])))
    return parts


def _in_unit(parts: list[tuple[sympy.Rational, str]], per: str) -> sympy.Rational:
    return sum((amount * TIMES[unit][1] / TIMES[per][1] for amount, unit in parts), R(0))


def _legs(message: str, speeds: list[re.Match[str]], average: bool) -> str | None:
    """A trip in legs ("80 km/h for 2 hours and then 60 km/h for 3 hours"): each leg's
    distance, then the total (or the average speed, total distance ÷ total time), when every
    leg has its own time and the speeds one unit."""
    units = {speed_units(s) for s in speeds}
    if len(units) != 1:
        return None
    length, per = units.pop()
    ends = [s.start() for s in speeds[1:]] + [len(message)]
    lines, total, hours = [], R(0), R(0)
    for number, (speed, end) in enumerate(zip(speeds, ends, strict=True), 1):
        time = TIME.search(message[speed.end() : end])
        if time is None:
            return None
        v, t = R(speed[1]), _in_unit(time_parts(time), per)
        total, hours = total + v * t, hours + t
        lines.append(
            f"Leg {number}: {exact(v)} {rate_name(length, per)} × {exact(t)} {TIMES[per][2]} = "
            f"{exact(v * t)} {LENGTHS[length][2]}."
        )
    name = LENGTHS[length][2]
    summed = " + ".join(line.split("= ")[-1][:-1] for line in lines)
    if average and hours:
        mean, rate, short = total / hours, rate_name(length, per), TIMES[per][2]
        said = f"{exact(mean) if terminates(mean) else f'≈ {float(mean):.3g}'} {rate}"
        return "\n\n".join(
            [
                f"The average speed is **{said}**.",
                "Average speed = total distance ÷ total time (not the average of the speeds).",
                *lines,
                f"Total: {summed} = {exact(total)} {name} in {exact(hours)} {short}, "
                f"so {exact(total)} {name} ÷ {exact(hours)} {short} = {said}.",
            ]
        )
    return "\n\n".join(
        [
            f"The total distance is **{exact(total)} {name}**.",
            "Distance = speed × time for each leg:",
            *lines,
            f"Total: {summed} = {exact(total)} {name}.",
        ]
    )


def _speed_over(message: str, spoken: bool = False) -> str | None:
    """A speed from a distance and a time, in the distance's unit per hour; a time in one unit
    is left to the rate answers unless said in words or before the distance (which they do
    not read), with no other number given and no other speed unit asked."""
    time, distance = TIME.search(message), DISTANCE.search(message)
    if not (_HOW_FAST.search(message) and time and distance):
        return None
    parts, length = time_parts(time), length_of(distance)
    per = "s" if any(unit == "s" for _, unit in parts) else "h"
    rest, asked = message.replace(time[0], ";").replace(distance[0], ";"), _OTHER.search(message)
    alone = numbers(_OTHER.sub(" ", rest)) or (asked and asked[0].lower() != rate_name(length, per))
    if not time[3] and (alone or not (spoken or time.start() < distance.start())):
        return None
    t, d = _in_unit(parts, per), R(distance[1])
    if (length, per) == ("m", "s") or not t:
        return None
    v = d / t
    said = f"{exact(v) if terminates(v) else f'≈ {float(v):.3g}'} {rate_name(length, per)}"
    return "\n\n".join(
        [
            f"The speed is **{said}**.",
            *_made(parts, per, t),
            f"Speed = distance ÷ time: {exact(d)} {LENGTHS[length][2]} ÷ {exact(t)} "
            f"{TIMES[per][2]} = {said}.",
        ]
    )


def _distance(message: str, v: sympy.Rational, length: str, per: str, time: re.Match[str]) -> str:
    parts = time_parts(time)
    t = _in_unit(parts, per)
    d = v * t
    name, short = LENGTHS[length][2], TIMES[per][2]
    head = f"{exact(d)} {name}"
    lines = _made(parts, per, t)
    lines.append(
        f"Distance = speed × time: {exact(v)} {rate_name(length, per)} × {exact(t)} {short} = {head}."
    )
    wanted = _ASKED_IN.search(message)
    if wanted and (other := length_of(wanted)) != length:
        size = LENGTHS[length][1] / LENGTHS[other][1]
        said = f"{exact(d * size)} {LENGTHS[other][2]}"
        head = f"{head} = {said}" if terminates(d * size) else head
        lines.append(f"Then make it {_WORDS[other]}: {exact(d)} {name} = {said}.")
    elif (length, per) == ("km", "h") and lines[0].startswith("First"):
        lines.append(_in_si(v, parts, d))
    return "\n\n".join([f"The distance is **{head}**.", *filter(None, lines)])


def _made(parts: list[tuple[sympy.Rational, str]], per: str, t: sympy.Rational) -> list[str]:
    """How each part of a time becomes the speed's unit of time ("First make the time hours:
    30 min ÷ 60 = 0.5 h"); nothing when it is in that unit already."""
    if all(unit == per for _, unit in parts):
        return []
    said = []
    for amount, unit in parts:
        text = f"{exact(amount)} {TIMES[unit][2]}"
        ratio = TIMES[unit][1] / TIMES[per][1]
        if ratio > 1:
            text += f" × {exact(ratio)}"
        elif ratio < 1:
            text += f" ÷ {exact(1 / ratio)}"
        said.append(f"({text})" if len(parts) > 1 and ratio != 1 else text)
    return [
        f"First make the time {TIMES[per][3]}: {' + '.join(said)} = {exact(t)} {TIMES[per][2]}."
    ]


def _in_si(v: sympy.Rational, parts: list[tuple[sympy.Rational, str]], d: sympy.Rational) -> str:
    """The same distance worked in SI units, when the speed in m/s is a plain number."""
    ms = v * R(5, 18)
    if not terminates(ms):
        return ""
    s = sum((amount * TIMES[unit][1] for amount, unit in parts), R(0))
    return (
        f"The same in SI units: {exact(v)} km/h = {exact(ms)} m/s and the time is {exact(s)} s, "
        f"so d = {exact(ms)} m/s × {exact(s)} s = {exact(ms * s)} m = {exact(d)} km."
    )


def _duration(d: sympy.Rational, v: sympy.Rational, length: str, per: str) -> str:
    name, rate = LENGTHS[length][2], rate_name(length, per)
    t = d / v
    if per != "h":
        word = TIMES[per][3] if t != 1 else TIMES[per][3][:-1]
        return "\n\n".join(
            [
                f"It takes **{exact(t)} {word}**.",
                f"Time = distance ÷ speed: {exact(d)} {name} ÷ {exact(v)} {rate} = {exact(t)} {word}.",
            ]
        )
    short = (t * 100).q == 1  # 2.5 hours, not 0.625 hours
    head = f"{exact(t)} hour{'s' * (t != 1)}" if short else _clock(t)
    both = f" ({_clock(t)})" if short and t.q != 1 else ""
    return "\n\n".join(
        [
            f"It takes **{head}**{both}.",
            f"Time = distance ÷ speed: {exact(d)} {name} ÷ {exact(v)} {rate} = "
            f"{exact(t)} hours{'' if short else f' = {_clock(t)}'}.",
        ]
    )


def _clock(hours: sympy.Rational) -> str:
    """Hours as hours and minutes (5/8 h -> "37.5 minutes")."""
    whole = int(hours)
    minutes = (hours - whole) * 60
    parts = [f"{whole} hour{'s' * (whole != 1)}"] if whole else []
    if minutes or not parts:
        said = exact(minutes) if (minutes * 100).q == 1 else f"about {round(float(minutes))}"
        parts.append(f"{said} minutes")
    return " ".join(parts)
