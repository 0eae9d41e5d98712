"""Rates converted between compound units in a student's words (written for this test):
the top unit and the bottom unit each converted with the exact factors of the unit table."""

from __future__ import annotations

import pytest

from companion.ai.offline.chat import chat
from companion.ai.schemas import ChatContext


def reply(message: str) -> str:
    return "".join(c.text for c in chat(ChatContext(message=message)))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("30 mph to km/h", "**about 48.2803 kilometers per hour**"),
        ("convert 10 m/s to km/h", "**36 kilometers per hour**"),
        ("60 km/h in m/s", "**about 16.6667 meters per second**"),
        ("how many feet per second is 60 mph", "**88 feet per second**"),
        ("60 mph to m/s", "**26.8224 meters per second**"),
        ("convert 5 feet per second to meters per minute", "**91.44 meters per minute**"),
        ("whats 90 km per hour in metres per second", "**25 meters per second**"),
        ("how many km/h is 5 m/s", "**18 kilometers per hour**"),
    ],
)
def test_rate_is_converted(question: str, expected: str) -> None:
    assert expected in reply(question)


def test_both_units_of_the_rate_are_shown_converted() -> None:
    text = reply("convert 10 m/s to km/h")
    assert "1 kilometer = 1000 meters" in text
    assert "1 hour = 3600 seconds" in text


def test_rates_of_different_kinds_are_not_converted() -> None:
    text = reply("50 km/h to kg/h")
    assert "can't be converted" in text
    assert "**" not in text
