"""Rule-based routing to a human tutor."""

from __future__ import annotations

import pytest

from companion.ai.offline.routing import route
from companion.ai.schemas import RoutingSignals


@pytest.mark.parametrize(
    "message",
    [
        "Can I talk to a real tutor?",
        "I need a person to explain this",
        "could I speak with a tutor please",
        "is there a human I can ask",
    ],
)
def test_an_explicit_request_for_a_human_routes_with_medium_urgency(message: str) -> None:
    decision = route(RoutingSignals(message=message, subject="Algebra I"))
    assert decision.shouldRoute
    assert decision.urgency == "medium"
    assert decision.estimatedDuration == 30
    assert decision.recommendedTopic == "Algebra I"
    assert "asked" in decision.reason


def test_an_explicit_request_while_frustrated_is_high_urgency() -> None:
    decision = route(RoutingSignals(message="I give up. Can I talk to a real tutor?"))
    assert decision.shouldRoute and decision.urgency == "high"
    assert decision.estimatedDuration == 45
    assert "asked" in decision.reason and "frustrating" in decision.reason


def test_three_wrong_answers_in_a_row_route_to_the_worst_concept() -> None:
    signals = RoutingSignals(
        wrong_streaks={"Slope": 1, "Factoring quadratics": 3}, subject="Algebra I"
    )
    decision = route(signals)
    assert decision.shouldRoute
    assert decision.recommendedTopic == "Factoring quadratics"
    assert (decision.urgency, decision.estimatedDuration) == ("low", 15)
    assert "3 answers in a row on Factoring quadratics" in decision.reason


def test_a_long_wrong_streak_is_more_urgent_than_a_short_one() -> None:
    decision = route(RoutingSignals(wrong_streaks={"Osmosis": 6, "Meiosis": 4}))
    assert decision.recommendedTopic == "Osmosis"
    assert (decision.urgency, decision.estimatedDuration) == ("medium", 30)


@pytest.mark.parametrize(
    ("message", "recent"),
    [
        ("this is pointless", []),
        ("I hate this", ["ok"]),
        ("I don't get it", ["I still don't understand the Krebs cycle", "hmm"]),
    ],
)
def test_frustration_routes_with_medium_urgency(message: str, recent: list[str]) -> None:
    decision = route(RoutingSignals(message=message, recent_messages=recent, subject="Biology"))
    assert decision.shouldRoute and decision.urgency == "medium"
    assert decision.recommendedTopic == "Biology"
    assert "frustrating" in decision.reason


def test_a_single_i_dont_get_it_is_not_enough_to_route() -> None:
    assert not route(RoutingSignals(message="I don't get it, can you explain again?")).shouldRoute


def test_low_mastery_after_practice_routes_to_that_concept() -> None:
    signals = RoutingSignals(low_mastery_after_practice=["Photosynthesis"], subject="Biology")
    decision = route(signals)
    assert decision.shouldRoute and decision.recommendedTopic == "Photosynthesis"
    assert "Photosynthesis" in decision.reason


def test_every_signal_at_once_is_high_urgency_for_an_hour() -> None:
    signals = RoutingSignals(
        message="I give up, I need a real tutor",
        wrong_streaks={"Stamp Act": 5},
        low_mastery_after_practice=["Stamp Act", "Boston Tea Party", "Intolerable Acts"],
    )
    decision = route(signals)
    assert (decision.urgency, decision.estimatedDuration) == ("high", 60)


def test_a_student_doing_fine_is_not_routed_and_told_why() -> None:
    signals = RoutingSignals(message="thanks, that makes sense now", wrong_streaks={"Slope": 2})
    decision = route(signals)
    assert not decision.shouldRoute
    assert decision.estimatedDuration == 0
    assert decision.reason.startswith("Nothing suggests you need a tutor")
