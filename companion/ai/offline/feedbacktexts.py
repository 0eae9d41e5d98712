"""The words a math grade's feedback opens with, shared by the graders of each kind of answer."""

from __future__ import annotations

__all__ = ["CORRECT", "GUESSED", "HEDGED"]

CORRECT = "Correct!"
HEDGED = "that is more than one answer, so it can't be marked right. Give one final answer."
GUESSED = "Give the answer you settle on, without the hedge."
