"""Times of day with a length of time: "a movie starts at 3:45 and lasts 2 hours 30 minutes,
when does it end?", "what time is 45 minutes after 2:30?", "1 hour 20 minutes before 9:15",
and the time between two clock times ("how long from 2:15 to 4:50?"). A time without am or
pm is read on a 12-hour clock; one with it keeps it."""

from __future__ import annotations

import re

_TIME = re.compile(
    r"(?<![\d:.])(1[0-2]|0?\d|1[3-9]|2[0-3]):([0-5]\d)(?![\d:])(?:\s*([ap])\.?m\b\.?)?", re.I
)
_PART = re.compile(r"(\d+)\s*(hours?|hrs?|h|minutes?|mins?)\b", re.I)
_BEFORE = re.compile(r"\bbefore\b|\bearlier\b|\bago\b", re.I)
_ADDS = re.compile(
    r"\bafter\b|\blater\b|\blasts?\b|\btakes?\b|\bfor\b|\bend|\bfinish|\bdone\b|\bwhat\s+time\b",
    re.I,
)
_BETWEEN = re.compile(
    r"\bhow\s+long\b|\belapsed\b|\bhow\s+much\s+time\b|\bhow\s+many\s+(?:hours|minutes)\b", re.I
)
DAY = 24 * 60


def answer(message: str) -> str | None:
    """The clock time a length of time after or before a time, or the time between two."""
    times = list(_TIME.finditer(message))
    if len(times) == 2 and _BETWEEN.search(message):
        start, end = (_minutes(t) for t in times)
        half = 12 * 60 if not any(t[3] for t in times) else DAY
        gap = (end - start) % half
        return (
            f"From {times[0][0]} to {times[1][0]} is **{_length(gap)}**"
            f"{f' ({gap} minutes)' if gap >= 60 else ''}.\n\n"
            f"Count up from {times[0][0]}: {_count_up(start, gap, half)}."
        )
    parts = list(_PART.finditer(message))
    if len(times) != 1 or not parts or not (_BEFORE.search(message) or _ADDS.search(message)):
        return None
    length = sum(int(p[1]) * (60 if p[2].lower().startswith("h") else 1) for p in parts)
    sign = -1 if _BEFORE.search(message) else 1
    time = times[0]
    start = _minutes(time)
    result = (start + sign * length) % DAY
    shown = _shown(result, bool(time[3]))
    word = "before" if sign < 0 else "after"
    return (
        f"{_length(length)} {word} {time[0]} is **{shown}**.\n\n"
        f"{'Take away' if sign < 0 else 'Add'} the hours, then the minutes "
        "(60 minutes make an hour)."
    )


def _minutes(match: re.Match[str]) -> int:
    hour, minute, half = int(match[1]), int(match[2]), (match[3] or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    if half == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute


def _shown(minutes: int, with_half: bool) -> str:
    hour, minute = divmod(minutes, 60)
    if with_half:
        half = "pm" if hour >= 12 else "am"
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {half}"
    return f"{(hour - 1) % 12 + 1}:{minute:02d}"


def _length(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if rest or not parts:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)


def _count_up(start: int, gap: int, half: int) -> str:
    hours = gap // 60
    after_hours = (start + hours * 60) % half
    steps = [f"{hours} hour{'s' if hours != 1 else ''} takes you to {_shown(after_hours, False)}"]
    if gap % 60:
        steps.append(f"then {gap % 60} more minutes")
    return ", ".join(steps)
