"""Simple probability: dice, coins, a standard deck of cards and one pick from a bag, worked out by listing
the equally likely outcomes and counting the favourable ones.

The probability is an exact fraction (favourable ÷ possible), so it is never below 0 or
above 1. A question whose event is not read in full gets None, never a guess.
"""

from __future__ import annotations

import re

from companion.ai.offline.askformat import words_to_digits
from companion.ai.offline.chancecoins import coins
from companion.ai.offline.chancedice import dice
from companion.ai.offline.chancedraws import BAG, CARD_WORD, bag, cards
from companion.ai.offline.chancenumbered import NUMBERED, numbered

_ASKED = re.compile(
    r"\b(?:probability|chances?|odds|likelihood|how\s+likely|likely)\b"
    r"|\b(?:dice|die)\b.*\b(?:sum|total|add\s+up|adds\s+up)\b|\bp\s*\(",
    re.I,
)
_NOT_SIMPLE = re.compile(
    r"\b(?:replace(?:ment|d)?|put\s+back|conditional|given\s+that|expected|binomial|"
    r"standard\s+deviation|variance|simulat\w*|experimental|spinner)\b",
    re.I,
)
_SPINNER = re.compile(r"\bspinner\b")
_FACE_WORDS = ("one", "two", "three", "four", "five", "six")
_PLURAL_FACES = re.compile(
    r"\b(one|two|three|four|five|six)(?:e?s)\b(?!\s+(?:dice|coins|cards|times))"
)


def answer(message: str) -> str | None:
    """The probability of a dice, coin, card or bag event, with the outcomes counted; else None."""
    text = _PLURAL_FACES.sub(lambda m: f"{_FACE_WORDS.index(m[1]) + 1}s", message.lower())
    text = words_to_digits(text)
    asked = _ASKED.search(text)
    if asked is None:
        return None
    # a spinner's sections may differ in size, so it is simple only when they are equal
    if NUMBERED.search(text) and not _NOT_SIMPLE.search(_SPINNER.sub("", text)):
        return numbered(text, asked.end())
    if _NOT_SIMPLE.search(text):
        return None
    if BAG.search(text):
        return bag(text)
    has_dice = re.search(r"\b(?:dice|die|d\d+|roll(?:s|ed|ing)?)\b", text)
    has_coin = re.search(r"\b(?:coins?|heads?|tails?)\b", text)
    has_cards = re.search(r"\b(?:cards?|deck|pack)\b", text) or (
        re.search(r"\b(?:draw|pick|choos)\w*\b", text) and CARD_WORD.search(text)
    )
    if sum(bool(m) for m in (has_dice, has_coin, has_cards)) != 1:
        return None
    if has_dice:
        return dice(text)
    return coins(text) if has_coin else cards(text)
