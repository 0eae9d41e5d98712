"""Mastery from a concept's attempts (knowledge tracing over the tutor's verdicts), and which
concepts each attempt of a session is evidence for."""

from __future__ import annotations

import bisect

from companion.ai.offline.answertrail import Attempt

P_INIT, P_LEARN, P_SLIP, P_GUESS = 0.3, 0.1, 0.1, 0.2
# P(outcome | knows it), P(outcome | does not): a hedge is a weaker "right", an answer the
# tutor moved on from without confirming and a confused turn are nearly a "wrong"
LIKELIHOOD: dict[str, tuple[float, float]] = {
    "right": (1 - P_SLIP, P_GUESS),
    "right_after_correction": (1 - P_SLIP, P_GUESS),
    "hedged": (0.8, 0.3),
    "guided": (0.8, 0.55),
    "told": (0.5, 0.7),
    "helped": (0.6, 0.75),
    "accepted": (0.7, 0.4),
    "unconfirmed": (0.15, 0.8),
    "wrong": (P_SLIP, 1 - P_GUESS),
    # the right value reached by reasoning the tutor corrects: unlikely for one who knows it
    "weak_reasoning": (0.3, 0.6),
    # part of the answer credited, the rest corrected ("You've correctly found the first step")
    "partial": (0.4, 0.7),
    "confused": (0.4, 0.6),
}
# how much each outcome says the student knows it (0..1), for summaries
SCORE: dict[str, float] = {
    "right": 1.0,
    "right_after_correction": 0.7,
    "hedged": 0.6,
    "guided": 0.5,
    "told": 0.3,
    "helped": 0.4,
    "accepted": 0.5,
    "unconfirmed": 0.25,
    "wrong": 0.0,
    "weak_reasoning": 0.3,
    "partial": 0.35,
    "confused": 0.0,
}
CORRECTED = ("wrong", "weak_reasoning", "partial")  # answers the tutor corrected: misconceptions
UNJUDGED = ("confused", "unconfirmed", "accepted", "helped", "told")
WINDOW = 3  # turns either side in which an attempt still speaks about a concept
HELP_DISCOUNT = 0.85  # per tutor turn that brings the numbers after the student's work
MIN_EVIDENCE = 2  # fewer judged attempts than this: "not enough evidence yet"


def estimate(attempts: list[Attempt]) -> tuple[int, int, bool]:
    """(mastery 0-100, judged attempts, enough evidence?) from a concept's attempts, in order.

    Knowledge tracing (the BKT model the knowledge service uses): each outcome updates
    P(known) by how likely it is for a student who knows the skill and for one who does
    not, then the student may learn from the step; where they ended up counts most.
    """
    p_known = P_INIT
    helped = sum(a.outcome == "helped" for a in attempts)
    for attempt in (a for a in attempts if a.outcome != "helped"):
        if_known, if_unknown = LIKELIHOOD[attempt.outcome]
        posterior = p_known * if_known / (p_known * if_known + (1 - p_known) * if_unknown)
        p_known = posterior + (1 - posterior) * P_LEARN
    judged = [a for a in attempts if a.outcome not in UNJUDGED]
    level = max(1, min(98, round(100 * p_known * HELP_DISCOUNT**helped)))
    return level, len(judged), len(judged) >= MIN_EVIDENCE


def assign(
    attempts: list[Attempt], chosen: list[str], concept_turns: dict[str, list[int]]
) -> dict[str, list[Attempt]]:
    """Each attempt goes to the concepts the question it answers uses ("What is 3/4 of 20?"
    then "15" is fractions evidence, not evidence for every concept of the word problem);
    when the question uses none, to the concepts named in the `WINDOW` turns up to its
    verdict. The session's last answer is its answer to the whole problem: evidence for
    every concept near it.

    A concept first named later is not what the answer was about; an attempt far from
    every mention is about the session's problem as a whole.
    """
    out: dict[str, list[Attempt]] = {cid: [] for cid in chosen}
    named = {cid: set(concept_turns.get(cid, ())) for cid in chosen}
    own = {a: _about(a.turn, chosen, named) for a in attempts}
    final = attempts[-1] if attempts else None
    for attempt in attempts:
        if attempt.outcome == "helped":  # help on the session's problem: every concept in it
            for cid in chosen:
                out[cid].append(attempt)
            continue
        until = attempt.reply if attempt.reply is not None else attempt.turn
        since = {cid: _since(concept_turns.get(cid, []), until) for cid in chosen}
        near = [cid for cid, d in since.items() if d <= WINDOW + (until - attempt.turn)]
        started = [cid for cid, d in since.items() if d < 10**9]
        about = near or started or chosen
        if own[attempt] and attempt is not final:
            about = own[attempt]
        for cid in dict.fromkeys(about):
            out[cid].append(attempt)
    return out


def _since(turns: list[int], t: int) -> int:
    """Turns since the concept was last named at or before turn t (huge when not yet)."""
    i = bisect.bisect_right(turns, t)
    return t - turns[i - 1] if i else 10**9


def _about(turn: int, chosen: list[str], named: dict[str, set[int]]) -> list[str]:
    """The concepts the turn before the answer (the question it answers) uses."""
    return [cid for cid in chosen if turn - 1 in named[cid]]
