"""Simple probability in a student's words (written for this test): dice, coins and cards,
answered as an exact fraction of favourable over possible outcomes, and questions the
engine cannot read in full left to the fallback rather than guessed."""

from __future__ import annotations

import pytest

from companion.ai.offline.askchance import answer
from companion.ai.offline.chat import chat
from companion.ai.schemas import ChatContext

FALLBACK = "couldn't find that in your sessions"


def reply(message: str) -> str:
    return "".join(c.text for c in chat(ChatContext(message=message)))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the probability of rolling a 6 on a die", "**$\\frac{1}{6}$**"),
        ("probability of getting heads twice when flipping a coin", "**$\\frac{1}{4}$**"),
        ("chance of drawing a red card from a deck", "**$\\frac{1}{2}$**"),
        ("probability of rolling an even number", "**$\\frac{1}{2}$**"),
        ("2 dice sum to 7", "**$\\frac{1}{6}$**"),
        ("whats the chance of rolling two sixes", "**$\\frac{1}{36}$**"),
        ("probability of getting at least one 6 with two dice", "**$\\frac{11}{36}$**"),
        ("probability the sum of two dice is greater than 9", "**$\\frac{1}{6}$**"),
        ("probability of rolling a prime number on a 10 sided die", "**$\\frac{2}{5}$**"),
        ("probability of getting exactly 2 heads when flipping 3 coins", "**$\\frac{3}{8}$**"),
        ("probability of at least one head in 3 flips", "**$\\frac{7}{8}$**"),
        ("probability of drawing a heart or a king from a pack of cards", "**$\\frac{4}{13}$**"),
        ("probability of drawing the ace of spades", "**$\\frac{1}{52}$**"),
        ("probability of rolling a 7 on a die", "**0**"),
    ],
)
def test_probability_is_computed_exactly(question: str, expected: str) -> None:
    text = reply(question)
    assert expected in text
    assert "favourable ÷ possible" in text


def test_favourable_outcomes_are_listed() -> None:
    text = reply("2 dice sum to 7")
    assert "(1, 6), (2, 5), (3, 4), (4, 3), (5, 2), (6, 1)" in text
    assert "36 in all" in text


@pytest.mark.parametrize(
    "question",
    [
        "probability of rolling a 6 with two dice",  # at least one, or both?
        "probability of getting heads when flipping 2 coins",
        "probability of drawing 2 aces from a deck",
        "chance of rain tomorrow",
    ],
)
def test_an_event_not_read_in_full_is_not_guessed(question: str) -> None:
    assert answer(question) is None


def test_odds_are_told_apart_from_the_probability() -> None:
    text = reply("what are the odds of drawing a heart")
    assert "**$\\frac{1}{4}$**" in text
    assert "13 to 39 = 1 to 3 in favour" in text
    assert "in favour" not in reply("probability of drawing a heart")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "a bag has 4 red, 5 blue and 6 green marbles. whats the chance of picking a blue one",
            "5/15 = 1/3",
        ),
        ("a jar contains 3 apples and 7 oranges, probability of picking an apple", "3/10"),
        ("bag with 2 red balls and 3 white balls, probability of not picking red", "3/5"),
        ("bag of 3 red and 5 blue marbles probability of picking a red or a blue", "8/8 = 1."),
    ],
)
def test_one_pick_from_a_bag_counts_each_kind(question: str, expected: str) -> None:
    assert f"favourable ÷ possible = {expected}" in reply(question)


@pytest.mark.parametrize(
    "question",
    [
        "bag of 3 red and 5 blue marbles probability of picking 2 red marbles",
        "probability of picking a red marble then a blue marble from a bag with 3 red and 2 blue",
        "bag of 3 red and 5 blue marbles probability of picking a green",
    ],
)
def test_a_bag_question_beyond_one_counted_pick_is_not_guessed(question: str) -> None:
    assert answer(question) is None
