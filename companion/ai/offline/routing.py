"""Rule-based hand-off to a human tutor from chat, practice and mastery signals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from companion.ai.schemas import Routing, RoutingSignals, Urgency

STREAK_LIMIT = 3  # wrong answers in a row on one concept before a human helps
LONG_STREAK = 5
MANY_LOW = 3
MINUTES = (15, 30, 45, 60)  # by severity points 1, 2, 3, 4+

_HUMAN = re.compile(
    r"\b(?:real|human|actual|live)\s+(?:tutor|person|teacher|human|being)\b"
    r"|\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a|an|my|someone|somebody|the)?\s*"
    r"(?:tutor|teacher|person|human|someone|somebody)\b"
    r"|\b(?:need|is\s+there|want)\s+(?:a|an)\s+(?:person|human|tutor|teacher)\b"
    r"|\b(?:book|schedule|get)\s+(?:a|an|my)\s+(?:tutor|tutoring session|session with)\b",
    re.IGNORECASE,
)
_FRUSTRATED = re.compile(
    r"\bi\s+give\s+up\b|\bpointless\b|\bi\s+hate\s+(?:this|it|math|\w+ing)\b|\bhopeless\b"
    r"|\bi\s+can'?t\s+do\s+(?:this|it)\b|\bi'?m\s+(?:so\s+)?(?:done|stupid|dumb)\b"
    r"|\bwaste\s+of\s+time\b|\bmakes\s+no\s+sense\b",
    re.IGNORECASE,
)
_CONFUSED = re.compile(
    r"\bi\s+(?:still\s+)?(?:don'?t|do\s+not)\s+(?:get|understand)\b|\bi'?m\s+(?:so\s+)?"
    r"(?:lost|confused)\b|\bstill\s+confused\b",
    re.IGNORECASE,
)


@dataclass
class _Findings:
    points: int = 0
    parts: list[str] = field(default_factory=list)
    asked: bool = False
    frustrated: bool = False


def route(signals: RoutingSignals) -> Routing:
    """Whether a human tutor should step in, how soon, on what and for how long."""
    found = _Findings()
    messages = [*signals.recent_messages, signals.message]
    _check_request(signals.message, found)
    _check_mood(messages, found)
    _check_streaks(signals.wrong_streaks, found)
    _check_mastery(signals.low_mastery_after_practice, found)
    if not found.parts:
        return Routing(
            shouldRoute=False,
            reason="Nothing suggests you need a tutor right now: no request for one, no long "
            "run of wrong answers, and your practice is moving along.",
        )
    return Routing(
        shouldRoute=True,
        reason=_sentence(found.parts),
        urgency=_urgency(found),
        recommendedTopic=_topic(signals),
        estimatedDuration=MINUTES[min(found.points, len(MINUTES)) - 1],
    )


def _check_request(message: str, found: _Findings) -> None:
    if _HUMAN.search(message):
        found.asked = True
        found.points += 2  # a student who asks deserves a proper session, not a quick check-in
        found.parts.append("you asked to work with a real tutor")


def _check_mood(messages: list[str], found: _Findings) -> None:
    """Frustration phrases, or confusion that keeps coming back across messages."""
    confused = sum(1 for m in messages if _CONFUSED.search(m))
    if any(_FRUSTRATED.search(m) for m in messages) or confused >= 2:
        found.frustrated = True
        found.points += 1
        found.parts.append("this topic has felt frustrating lately")


def _check_streaks(streaks: dict[str, int], found: _Findings) -> None:
    for concept, streak in sorted(streaks.items(), key=lambda kv: (-kv[1], kv[0])):
        if streak >= STREAK_LIMIT:
            found.points += 2 if streak >= LONG_STREAK else 1
            found.parts.append(f"{streak} answers in a row on {concept} didn't land")
            return  # the worst concept speaks for the rest


def _check_mastery(low: list[str], found: _Findings) -> None:
    if low:
        found.points += 2 if len(low) >= MANY_LOW else 1
        found.parts.append(f"practice hasn't moved {_join(low[:3])} up yet")


def _urgency(found: _Findings) -> Urgency:
    if (found.asked and found.frustrated) or found.points >= 4:
        return "high"
    if found.asked or found.frustrated or found.points >= 2:
        return "medium"
    return "low"


def _topic(signals: RoutingSignals) -> str:
    """The concept with the worst signal, else the subject."""
    streaks = {c: n for c, n in signals.wrong_streaks.items() if n >= STREAK_LIMIT}
    if streaks:
        return max(sorted(streaks), key=lambda c: streaks[c])
    if signals.low_mastery_after_practice:
        return signals.low_mastery_after_practice[0]
    return signals.subject or "General study help"


def _sentence(parts: list[str]) -> str:
    text = "; ".join(parts)
    return f"{text[0].upper()}{text[1:]}. A tutor can help you get unstuck."


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
