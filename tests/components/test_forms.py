"""The signed-out forms' submit button: busy while the server works, and closed until the
page has hydrated (its on_load reset done), so a quick submit is never wiped by that reset."""

from __future__ import annotations

import reflex as rx

from companion.components.forms import submit_button


def _prop(component: rx.Component, name: str) -> str:
    props = component.render()["props"]
    return next(p.split(":", 1)[1] for p in props if p.startswith(f"{name}:"))


def test_submit_waits_for_hydration_and_for_the_server():
    disabled = _prop(submit_button("Send the link", busy=rx.Var.create(False)), "disabled")
    assert "!(reflex___state____state.is_hydrated_rx_state_)" in disabled
    assert disabled.startswith("pyOr(false,")  # the busy flag closes it too


def test_a_busy_form_still_shows_progress():
    assert _prop(submit_button("Sign in", busy=rx.Var.create(True)), "loading") == "true"
