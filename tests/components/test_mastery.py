"""The mastery scale: a number and a word, or 'not enough evidence yet' instead of a guess."""

from __future__ import annotations

import reflex as rx

from companion.components.mastery import (
    NOT_ENOUGH_EVIDENCE,
    mastery_badge,
    mastery_bar,
    mastery_label,
)


def test_a_measured_score_reads_as_number_and_word() -> None:
    assert mastery_label(72) == "72 · solid"
    assert mastery_label(95, measured=True) == "95 · mastered"


def test_too_little_evidence_shows_no_number() -> None:
    assert mastery_label(55, measured=False) == NOT_ENOUGH_EVIDENCE == "not enough evidence yet"


def test_the_badge_and_bar_switch_to_the_honest_label_when_unmeasured() -> None:
    measured = rx.Var.create(False)
    badge = str(mastery_badge(rx.Var.create(55), measured).render())
    bar = str(mastery_bar("Place value", rx.Var.create(55), measured).render())
    assert NOT_ENOUGH_EVIDENCE in badge and NOT_ENOUGH_EVIDENCE in bar
    assert NOT_ENOUGH_EVIDENCE not in str(mastery_badge(rx.Var.create(55)).render())
