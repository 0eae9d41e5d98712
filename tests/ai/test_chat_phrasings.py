"""The chat's math intents in wordings of their own (not the chat set's): compare, percent
of, solve, simplify, differentiate and fraction arithmetic each reach the computed answer."""

from __future__ import annotations

import pytest

from companion.ai.offline.chat import chat
from companion.ai.schemas import ChatContext

FALLBACK = "couldn't find that in your sessions"


def reply(message: str) -> str:
    return "".join(c.text for c in chat(ChatContext(message=message)))


# (question, what the reply must say, what it must never say)
PHRASINGS = [
    # compare: the question's own word (smaller, less) and symbols
    ("which is less: 2/3 or 5/8?", "5/8 is smaller than 2/3", "bigger than 5/8"),
    ("which is smaller, 5/6 or 7/9?", "7/9 is smaller than 5/6", "5/6 is bigger"),
    ("is 5/9 > 1/2?", "Yes, 5/9 is bigger than 1/2", "No,"),
    ("is 2/7 < 1/4", "No, 2/7 is not smaller than 1/4", "Yes,"),
    ("compare 3/4 to 5/6", "5/6 is bigger than 3/4", FALLBACK),
    ("compare 5/12 with 3/8", "5/12 is bigger than 3/8", FALLBACK),
    ("which fraction is greater 4/5 or 5/7", "4/5 is bigger than 5/7", "5/7 is bigger"),
    ("is 0.6 bigger or smaller than 5/8?", "5/8 is bigger than 0.6", "Yes,"),
    ("is 7/12 greater than or equal to 1/2", "Yes, 7/12 is greater than or equal to 1/2", "No,"),
    ("is 3/4 <= 0.7", "No, 3/4 is not less than or equal to 0.7", "Yes,"),
    ("Is 1/3 equal to 0.33?", "No, 1/3 is not equal to 0.33", "Yes,"),
    ("is 2/4 the same as 1/2", "Yes, they are equal", "No,"),
    ("which is the largest: 1/2, 2/3 or 3/5?", "The largest is **2/3**", "3/5 is bigger"),
    ("which is smallest 0.4, 3/8 or 5/12", "The smallest is **3/8**", FALLBACK),
    ("put 1/2, 3/4, 2/3 in order from greatest to least", "**3/4 > 2/3 > 1/2**", FALLBACK),
    # percent of a number, and of a percent
    ("how much is 30% of 150?", "**45**", FALLBACK),
    ("find 40 percent of 65", "**26**", FALLBACK),
    ("what is 5% of 20%?", "**1%**", "**1**."),
    ("10% of 50% ?", "**5%**", FALLBACK),
    ("what is 1/4 of 20%?", "**5%**", "**5**."),
    ("what is 3/4 of 1/2", "**3/8**", "of 1 is"),
    ("what percent is 15 of 60?", "**25%**", FALLBACK),
    ("what is 20% of 20% of 100", "**4**", "**4%**"),
    ("what percentage is 9 of 12", "**75%**", FALLBACK),
    # solve
    ("find x if 3x + 4 = 19", "x = 5", FALLBACK),
    ("what does x equal if 6x = 42", "x = 7", FALLBACK),
    ("solve for y: 3y + 2 = 14", "y = 4", FALLBACK),
    ("solve 2x + 5 = 3x - 1 for x", "x = 6", FALLBACK),
    ("Solve for x. 7x - 4 = 3x + 8", "So x = 3.", "7x^2"),
    ("solve 0.5x + 2 = 4", "So x = 4.", "0.500000"),
    # simplify a fraction, in the words a worksheet uses
    ("reduce 16/40 to lowest terms", "**$\\frac{2}{5}$**", "order of operations"),
    ("write 18/24 in simplest form", "**$\\frac{3}{4}$**", "order of operations"),
    ("what's 30/45 simplified", "**$\\frac{2}{3}$**", "order of operations"),
    ("simplify 10/25 please", "**$\\frac{2}{5}$**", "order of operations"),
    # differentiate: a label, dy/dx, a please
    ("find dy/dx if y = 3x^4", "**$12 x^{3}$**", "variables"),
    ("differentiate y = x^3 - 5x", "**$3 x^{2} - 5$**", "variables"),
    ("differentiate cos(2x) please", "- 2 \\sin", "already simple"),
    ("derivative of x^3 + 2x please", "**$3 x^{2} + 2$**", "simplifies"),
    ("derivative of x^2 at x = 3", "at $x = 3$ is **$6$**", "Let's solve"),
    ("find the derivative: x^4", "**$4 x^{3}$**", "already simple"),
    ("f(x) = x^3, find f'(x)", "**$3 x^{2}$**", "variables"),
    ("g(t) = sin(t). What is g'(t)?", "\\cos{\\left(t \\right)}", FALLBACK),
    ("what is the derivative of x^3 - 2x when x = 2?", "**$10$**", "Let's solve"),
    # fraction arithmetic said in words
    ("add 3/8 and 1/4", "\\frac{5}{8}", "order of operations"),
    ("subtract 1/4 from 7/8", "\\frac{5}{8}", "order of operations"),
    ("multiply 3/7 by 14/15", "\\frac{2}{5}", "order of operations"),
    ("divide 2/3 by 4/9", "\\frac{3}{2}", "order of operations"),
    ("what is the sum of 1/2 and 2/3", "\\frac{7}{6}", "order of operations"),
    ("the difference between 3/4 and 1/6", "\\frac{7}{12}", "order of operations"),
    ("what is 2 1/2 + 1 1/4", "= 15/4", "= 5/4"),
]


@pytest.mark.parametrize(("question", "says", "never"), PHRASINGS)
def test_a_new_phrasing_reaches_the_computed_answer(question: str, says: str, never: str) -> None:
    text = reply(question)
    assert says in text, text
    assert never not in text, text


def test_the_phrasings_cover_every_intent_twenty_times_over() -> None:
    assert len(PHRASINGS) >= 20


def test_a_percent_of_a_percent_explains_why_the_answer_is_a_percent() -> None:
    text = reply("what is 5% of 20%?")
    assert "0.05 × 0.2 = 0.01" in text and "1%" in text


def test_a_list_of_numbers_for_another_question_is_not_put_in_order() -> None:
    assert "**105**" in reply("lowest common multiple of 3, 5 and 7")
    assert "In order" not in reply("what is the order of operations for 3 + 4 * 2")


def test_to_and_with_join_two_numbers_only_in_a_comparison() -> None:
    assert "is bigger than" not in reply("round 2.71828 to 3 decimal places")
    assert "**2.718**" in reply("round 2.71828 to 3 decimal places")
