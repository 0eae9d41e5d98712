"""A student's attempt as the attempts reader records it (see `attempts`), and the pass over
the whole session that finds the answers the student abandoned for one the tutor confirmed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from companion.ai.offline.studentturns import final_value, values_in
from companion.ai.offline.transcripts import Turn

Outcome = Literal[
    "right",
    "right_after_correction",
    "hedged",
    "guided",
    "told",
    "helped",
    "unconfirmed",
    "accepted",
    "wrong",
    "weak_reasoning",
    "partial",
    "confused",
]


@dataclass(frozen=True)
class Attempt:
    turn: int  # the student's turn
    outcome: Outcome
    reply: int | None = None  # the tutor turn that judged it


def abandoned(turns: list[Turn], found: list[Attempt]) -> list[Attempt]:
    """An answer the tutor let pass without confirming, whose result the student then dropped
    for another that the tutor confirmed, was wrong: the tutor steered them off it ("we only
    count the water", "let's start with the first step"). An answer on the way that uses the
    result ("24 - 3 = 21" after "24") builds on it instead; giving it again is no use of it."""
    out = list(found)
    following = _next_judged(found)
    for k, attempt in enumerate(found):
        where = following[k]
        if attempt.outcome != "unconfirmed" or where is None:
            continue
        first = found[where]
        value = final_value(turns[attempt.turn].text)
        if not value or first.outcome not in _CONFIRMS:
            continue
        between = [first, *_same_turn(found, where)]
        if any(_uses(turns[a.turn].text, value[0], a is first) for a in between if _judged(a)):
            continue
        reply = next(
            (i for i in range(attempt.turn + 1, first.turn) if turns[i].role == "tutor"), None
        )
        if reply is None:
            continue
        out[k] = Attempt(attempt.turn, "wrong", reply)
        if out[where].outcome == "right":
            out[where] = Attempt(first.turn, "right_after_correction", first.reply)
    return out


_CONFIRMS = ("right", "hedged")


def _uses(text: str, value: str, confirmed: bool) -> bool:
    """Whether an answer works with `value`: anywhere in the confirmed one, and in one on the
    way only as a step, not as its result (that is the same answer again)."""
    numbers = values_in(text)
    if confirmed:  # its result too: "5/2" gives the 5/2 of "2 1/2 cups" again
        return value in numbers or value in final_value(text)
    return value in numbers[:-1]


def _judged(attempt: Attempt) -> bool:
    return attempt.outcome not in ("helped", "confused")


def _same_turn(found: list[Attempt], where: int) -> list[Attempt]:
    """The attempts after found[where] in the same turn (attempts are in turn order)."""
    turn, end = found[where].turn, where + 1
    while end < len(found) and found[end].turn <= turn:
        end += 1
    return found[where + 1 : end]


def _next_judged(found: list[Attempt]) -> list[int | None]:
    """For each attempt, the index of the first judged attempt after it (None at the end)."""
    out: list[int | None] = [None] * len(found)
    nxt: int | None = None
    for k in range(len(found) - 1, -1, -1):
        out[k] = nxt
        if _judged(found[k]):
            nxt = k
    return out
