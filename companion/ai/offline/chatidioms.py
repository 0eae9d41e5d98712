"""Everyday senses of math words in a tutoring chat's small talk: "turn up the volume on your
headset" is loudness, no solid's volume; "what interests you?" no money earned; "you will
likely see this" no chance worked out; "the difference between a square and a rhombus" how two
things differ, no subtraction; "on a scale of 1 to 5" a rating, no scale drawing; "how would
you rate your work?" a judgement, no unit rate; "back to square one" the start again, no
square. `wordsenses.other_senses` keeps such a word apart so no knowledge-base phrase matches
it.
"""

from __future__ import annotations

from collections.abc import Callable

_SOUND = frozenset(
    {"headset", "headphone", "mic", "microphone", "speaker", "computer", "device", "video"}
)
_LOUDER = frozenset({"turn", "up", "down", "lower", "raise", "louder", "mute"})
_PERSONS = frozenset({"you", "me", "him", "her", "them", "us"})
# before "likely" in the chance sense: "more likely", "equally likely", "is it likely"
_CHANCE = frozenset(
    {"more", "less", "most", "least", "equally", "as", "is", "are", "be", "very", "not", "it"}
)
_NUMBERS_TALK = frozenset({"two", "number", "them", "these", "those", "each", "both", "their"})
_SKIPPED = frozenset({"a", "an", "the"})
_JUDGING = frozenset({"you", "please", "i", "we"})
_OWNED = frozenset({"your", "my", "his", "her", "their", "our", "this", "that", "it", "how"})


def _loudness(tokens: list[str], i: int) -> bool:
    """ "turn up the volume", "the volume on your headset"."""
    return bool(_LOUDER & set(tokens[max(0, i - 3) : i]) or _SOUND & set(tokens[i + 1 : i + 5]))


def _liking(tokens: list[str], i: int) -> bool:
    """ "what interests you", "interest you in": a liking, no interest earned."""
    return tokens[i + 1 : i + 2] != [] and tokens[i + 1] in _PERSONS


def _probably(tokens: list[str], i: int) -> bool:
    """ "you will likely see it": "probably", not "more likely" or "likely to happen"."""
    before = tokens[i - 1] if i else ""
    return before not in _CHANCE and tokens[i + 1 : i + 2] not in (["to"], ["outcome"])


def _how_things_differ(tokens: list[str], i: int) -> bool:
    """ "the difference between a square and a rhombus", not "between 45 and 18" nor
    "between the two numbers"."""
    if tokens[i + 1 : i + 2] != ["between"]:
        return False
    rest = [t for t in tokens[i + 2 : i + 4] if t not in _SKIPPED][:1]
    return bool(rest) and not rest[0][:1].isdigit() and rest[0] not in _NUMBERS_TALK


def _rating_scale(tokens: list[str], i: int) -> bool:
    """ "on a scale of 1 to 5": a rating, not "a scale of 1 inch to 5 miles" nor a model's
    "scale of 1 to 24" (a rating runs to 10 at most)."""
    span = tokens[i + 1 : i + 5]
    shape = len(span) == 4 and span[0] == "of" and span[2] == "to" and span[1].isdigit()
    return shape and span[3].isdigit() and int(span[3]) <= 10


def _judging(tokens: list[str], i: int) -> bool:
    """ "how would you rate your work", "please rate this session": the verb."""
    return (bool(i) and tokens[i - 1] in _JUDGING) or tokens[i + 1 : i + 2] in ([t] for t in _OWNED)


def _square_one(tokens: list[str], i: int) -> bool:
    """ "back to square one"."""
    return bool(i) and tokens[i - 1] == "to" and tokens[i + 1 : i + 2] == ["one"]


_IDIOMS: dict[str, Callable[[list[str], int], bool]] = {
    "volume": _loudness,
    "interest": _liking,
    "likely": _probably,
    "difference": _how_things_differ,
    "scale": _rating_scale,
    "rate": _judging,
    "square": _square_one,
}


def everyday_sense(tokens: list[str], i: int) -> bool:
    """Whether the token at i is a math word in its everyday sense in this sentence."""
    check = _IDIOMS.get(tokens[i])
    return bool(check and check(tokens, i))
