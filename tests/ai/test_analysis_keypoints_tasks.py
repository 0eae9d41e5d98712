"""Setting the task is not a point yet, also when the tutor says it with "supposed to" ("We are
supposed to find what was his average speed") or after naming the step ("In the first step,
we need to determine the unit rate", "In step 2, we have to find ...", "First of all, we need
to figure out ..."). A step that states its result stays a point.

Written before the rule: 6 cases, 4 failed before (each task sentence was a key point).
"""

from __future__ import annotations

import pytest

from companion.ai.offline.analysis import analyze
from tests.ai.analysisprobes import points

_BODY = (
    "Tutor: Mr. Ruiz drove 120 miles on Saturday in 2 hours and 180 miles on Sunday in 3 "
    "hours. What was his average speed in miles per hour?\n"
    "Tutor: {task}\n"
    "Tutor: The unit rate is miles per hour, so we divide the miles by the hours.\n"
    "Student: 300 miles / 5 hours = 60 miles per hour\n"
    "Tutor: Correct, his average speed is 60 miles per hour.\n"
)


@pytest.mark.parametrize(
    "task",
    [
        "We are supposed to find what was his average speed, in miles per hour, for the two days.",
        "In the first step, we need to determine the unit rate we need to find out.",
        "In step 2, we have to find the total number of miles driven by Mr. Ruiz.",
        "First of all, we need to figure out the unit rate in miles per hour.",
        "We were supposed to calculate the unit rate for the two days together.",
    ],
)
def test_the_task_said_another_way_is_no_key_point(task: str) -> None:
    said = points(analyze(_BODY.format(task=task), subject_hint="Math"))
    assert task not in said


def test_a_step_with_its_result_stays() -> None:
    task = "In the first step, the unit rate is 60 miles per hour, because 120 miles in 2 hours."
    said = points(analyze(_BODY.format(task=task), subject_hint="Math"))
    assert task in said
