"""Every page of the app builds and renders its component tree (no browser, no build)."""

from __future__ import annotations

from reflex_base.registry import RegistrationContext

import companion.companion  # noqa: F401  (registers every page)
from companion import routes


def _pages() -> dict[str, object]:
    return {
        kw.get("route", ""): fn
        for fn, kw in RegistrationContext.ensure_context().decorated_pages
        if fn.__module__.startswith("companion.")
    }


def test_every_page_renders():
    pages = _pages()
    for route in (routes.DASHBOARD, routes.SESSIONS, routes.PRACTICE_LIST, routes.GOALS):
        assert route in pages
    rendered = {route: str(fn().render()) for route, fn in pages.items()}
    assert "field-goal-subject" in rendered[routes.GOALS]  # the labelled inputs' ids
    assert "field-subject" in rendered[routes.SESSIONS]
