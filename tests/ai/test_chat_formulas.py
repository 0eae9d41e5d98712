"""Asking for a shape's formula gets the formula, not a concept's general facts: before, "what
is the formula for area of a circle" answered with rectangles (Area and perimeter) first, and
"formula for volume of a cylinder" fell back to "I couldn't find that" (5 of 6 cases failed on
the engine before; the worked example guards that sizes still get worked out)."""

from __future__ import annotations

import pytest

from tests.ai.chatreplies import reply


@pytest.mark.parametrize(
    ("question", "formula", "letters"),
    [
        ("what is the formula for area of a circle", r"A = \pi r^2", "radius r"),
        ("formula for volume of a cylinder", r"V = \pi r^2 h", "height h"),
        ("whats the formula for the area of a trapezoid", r"(a + b) h", "parallel sides"),
        ("what is the formula for perimeter of a rectangle", "P = 2(l + w)", "width w"),
        ("surface area of a sphere formula?", r"SA = 4 \pi r^2", "radius r"),
    ],
)
def test_a_formula_question_is_answered_with_the_formula_first(
    question: str, formula: str, letters: str
) -> None:
    text = reply(question)
    first = text.split("\n")[0]
    assert formula in first and letters in first, text
    assert "rectangle is length times width" not in text


def test_a_formula_question_with_sizes_is_worked_out() -> None:
    text = reply("use the formula to find the area of a circle with radius 3")
    assert "9 \\pi" in text and "28.27" in text, text
