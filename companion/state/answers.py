"""The quiet "read as ..." line under an answer box: how the grader will read what was typed."""

from __future__ import annotations

import reflex as rx

from companion.ai.offline import grading
from companion.state.runner import in_thread

MAX_READING = 200


def read_as(text: str) -> str:
    """How the grader reads a typed answer ('' when it reads as plain words)."""
    text = text.strip()[:500]
    return str(grading.read_as(text) or "")[:MAX_READING] if text else ""


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
