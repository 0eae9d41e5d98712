"""Times of day ("3:30", "3:30 pm", "15:30") read as one value, not as the numbers 3 and 30.

An expected answer that is a time of day is matched by the time in the answer: "3:30 pm",
"3:30pm" and "It ends at 3:30 p.m." all answer "3:30". A side without am or pm is read on
a 12-hour clock ("3:30" answers "3:30 pm" and "15:30"); "3:30 am" does not answer "3:30 pm".
Two different times are a hedge.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["ClockTime", "clock_time", "same_time", "times_in"]

_TIME = re.compile(
    r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?:\s*([ap])\.?\s*m\b\.?)?", re.I
)


class ClockTime(NamedTuple):
    hour: int
    minute: int
    half: str  # "am", "pm", or "" when not said

    def __str__(self) -> str:
        return f"{self.hour}:{self.minute:02d}" + (f" {self.half}" if self.half else "")

    def on_24_hours(self) -> int | None:
        """Minutes after midnight, when the time says which half of the day it is."""
        if self.half:
            return (self.hour % 12 + (12 if self.half == "pm" else 0)) * 60 + self.minute
        return self.hour * 60 + self.minute if self.hour > 12 or self.hour == 0 else None


def _read(match: re.Match[str]) -> ClockTime:
    half = f"{match[3].lower()}m" if match[3] else ""
    return ClockTime(int(match[1]), int(match[2]), half)


def clock_time(text: str) -> ClockTime | None:
    """The time of day a whole expected answer is ("3:30", "3:30 PM"), else None."""
    match = _TIME.fullmatch(text.strip().rstrip("."))
    return _read(match) if match else None


def times_in(text: str) -> list[ClockTime]:
    """The different times of day an answer names, in order."""
    found: list[ClockTime] = []
    for match in _TIME.finditer(text):
        time = _read(match)
        if not any(same_time(time, seen) for seen in found):
            found.append(time)
    return found


def same_time(a: ClockTime, b: ClockTime) -> bool:
    """The same time of day: exactly when both say their half of the day, else on a
    12-hour clock."""
    day_a, day_b = a.on_24_hours(), b.on_24_hours()
    if day_a is not None and day_b is not None:
        return day_a == day_b
    return (a.hour % 12, a.minute) == (b.hour % 12, b.minute)
