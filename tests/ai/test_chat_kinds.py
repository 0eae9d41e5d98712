"""Yes-or-no questions about kinds of numbers and shapes (written for this test): the
number is computed before it is judged, shape kinds follow from their definitions, and
the verdict always comes with its reason."""

from __future__ import annotations

import pytest

from companion.ai.offline import askkinds, askshapekinds
from companion.ai.offline.chat import chat
from companion.ai.schemas import ChatContext


def reply(message: str) -> str:
    return "".join(c.text for c in chat(ChatContext(message=message)))


@pytest.mark.parametrize(
    ("question", "verdict", "reason"),
    [
        ("is 0 even", "Yes, **0 is even**", "2 × 0"),
        ("is 7 odd", "Yes, **7 is odd**", "2 × 3 + 1"),
        ("is 2.5 even", "neither even nor odd", "whole numbers"),
        ("is pi rational", "No, **pi is not rational**", "p/q"),
        ("is sqrt 2 rational", "No, **sqrt 2 is not rational**", "not a perfect square"),
        ("is the square root of 16 rational", "is rational**", "4/1"),
        ("is 0.5 rational", "Yes, **0.5 is rational**", "1/2"),
        ("is 0 positive", "No, **0 is not positive**", "neither positive nor negative"),
        ("is 12 a perfect square", "not a perfect square", "3 × 3 = 9"),
        ("is -3 an integer", "Yes, **-3 is an integer**", "negatives"),
        ("is 1 a prime number", "No, **1 is not prime**", "exactly two factors"),
        ("is 51 prime", "No, **51 is not prime**", "3 \\times 17"),
    ],
)
def test_number_kind_is_computed_with_its_reason(question: str, verdict: str, reason: str) -> None:
    text = reply(question)
    assert verdict in text
    assert reason in text


def test_either_or_question_gets_the_kind_not_a_yes() -> None:
    text = reply("is -4 even or odd")
    assert "**-4 is even**" in text
    assert not text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "verdict", "reason"),
    [
        ("is a square a rectangle", "Yes, **every square is a rectangle**", "four right angles"),
        ("is a rhombus a square", "**Not always**", "only when it also has four right angles"),
        ("is a rectangle a square?", "**Not always**", "only when it also has four equal sides"),
        ("are all squares rhombuses", "Yes, **every square is a rhombus**", "four equal sides"),
        ("can a rectangle be a rhombus", "**Not always**", "also a square"),
        ("is a circle a polygon", "No, **a circle is never a polygon**", "straight sides"),
        ("is an equilateral triangle isosceles", "Yes", "at least two equal sides"),
        ("is a right triangle isosceles", "**Not always**", "one right angle"),
        ("is a scalene triangle equilateral", "never", "no two sides equal"),
    ],
)
def test_shape_kinds_follow_from_definitions(question: str, verdict: str, reason: str) -> None:
    text = reply(question)
    assert verdict in text
    assert reason in text


def test_trapezoid_answer_names_the_other_definition() -> None:
    assert "exactly one pair" in reply("is a parallelogram a trapezoid")


@pytest.mark.parametrize(
    "question", ["is a cube a square", "is x even", "is a square a square", "is the sky blue"]
)
def test_questions_outside_the_tables_are_not_guessed(question: str) -> None:
    assert askkinds.answer(question) is None
    assert askshapekinds.answer(question) is None
