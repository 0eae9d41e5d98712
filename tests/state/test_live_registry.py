"""The watcher's registry: which open tab hears which change, and closed tabs cost nothing."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from companion.services.live import parse_signal
from companion.state.live import Registry, Watcher


class _App:
    """The two things the watcher uses: connected tokens and the event queue."""

    def __init__(self, *tokens: str) -> None:
        self.sent: list[tuple[str, str, dict]] = []
        self.event_namespace = SimpleNamespace(token_to_sid={t: f"sid-{t}" for t in tokens})

        async def enqueue(token, event):
            self.sent.append((token, event.name, event.payload))

        self.event_processor = SimpleNamespace(enqueue=enqueue)


def _dispatch(watcher: Watcher, student_id: int, kind: str) -> int:
    return asyncio.run(watcher.dispatch(student_id, kind))


def test_a_change_reaches_only_the_tabs_of_that_student_that_follow_its_kind():
    registry = Registry()
    registry.follow("ann-1", 1, "state.sessions.on_live", ["analysis"])
    registry.follow("ann-2", 1, "state.dashboard.on_live", ["analysis", "notification"])
    registry.follow("bea-1", 2, "state.sessions.on_live", ["analysis"])
    app = _App("ann-1", "ann-2", "bea-1")
    watcher = Watcher(app, registry)
    assert _dispatch(watcher, 1, "analysis") == 2
    assert _dispatch(watcher, 1, "notification") == 1
    assert {t for t, _, _ in app.sent} == {"ann-1", "ann-2"}
    assert app.sent[-1] == ("ann-2", "state.dashboard.on_live", {"kind": "notification"})


def test_a_closed_tab_is_dropped_and_never_sent_to():
    registry = Registry()
    registry.follow("open", 1, "s.on_live", ["practice"])
    registry.follow("closed", 1, "s.on_live", ["practice"])
    app = _App("open")
    watcher = Watcher(app, registry)
    watcher.prune()
    assert registry.tokens() == ["open"]
    assert _dispatch(watcher, 1, "practice") == 1


def test_a_tab_signed_in_as_someone_else_forgets_the_old_student():
    registry = Registry()
    registry.follow("tab", 1, "s.on_live", ["analysis"])
    registry.follow("tab", 2, "t.on_live", ["analysis"])
    assert registry.targets(1, "analysis") == []
    assert registry.targets(2, "analysis") == [("tab", "t.on_live")]
    registry.unfollow("tab", "t.on_live")
    assert registry.tokens() == []


def test_only_well_formed_signals_are_read():
    assert parse_signal("12:analysis") == (12, "analysis")
    for junk in ("", "12", "x:analysis", "²:analysis", "12:drop table", "-1:practice"):
        assert parse_signal(junk) is None
