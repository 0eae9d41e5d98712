"""The quiet "read as ..." line under an answer box: how the grader will read what was typed."""

from __future__ import annotations

import reflex as rx

from companion.ai.offline import grading, mathparse
from companion.state.runner import in_thread

MAX_READING = 200


def read_as(text: str) -> str:
    """How the grader reads a typed answer ('' when it reads as plain words).

    Uses the grader's own `read_as` when it has one; otherwise the math parser's reading.
    """
    text = text.strip()[:500]
    if not text:
        return ""
    own = getattr(grading, "read_as", None)
    if callable(own):
        return str(own(text) or "")[:MAX_READING]
    number = mathparse.to_number(text)
    if number is not None:
        return str(number)[:MAX_READING]
    expr = mathparse.parse_math(text)
    if expr is None:
        return ""
    return str(expr).replace("**", "^").replace("*", "·")[:MAX_READING]


class AnswerPreview(rx.State, mixin=True):
    """One reading per problem, computed in the runner's threads (sympy is slow on the loop)."""

    readings: list[str] = []

    def _forget_readings(self, count: int) -> None:
        self.readings = [""] * count

    async def _read(self, index: int, value: str) -> None:
        try:
            reading = await in_thread(read_as, value)
        except Exception:  # a reading is a courtesy: an odd input shows none
            reading = ""
        if len(self.readings) <= index:
            self.readings = [*self.readings, *[""] * (index + 1 - len(self.readings))]
        shown = "" if reading.replace(" ", "") == value.replace(" ", "") else reading
        if self.readings[index] != shown:
            self.readings[index] = shown
