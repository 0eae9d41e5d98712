"""The watcher's registry: which open tab hears which change, and closed tabs cost nothing."""

from __future__ import annotations

import asyncio
import contextlib
import time
from types import SimpleNamespace

from companion.db import session_scope
from companion.models import Transcript
from companion.services.live import parse_signal
from companion.services.sessions import session_upload
from companion.state import live
from companion.state.live import Watcher
from companion.state.live_registry import READ_WINDOW_SECONDS, Registry
from jobs.handlers import run_transcript_uploaded
from tests.factories import make_student
from tests.harness import ROOT

TRANSCRIPT = (ROOT / "companion" / "demo" / "chemistry_stoichiometry.srt").read_text()


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


# --- a change that lands between a page's first read and its registration ---------------


def _catch_up(watcher: Watcher) -> int:
    return asyncio.run(watcher.catch_up())


def _watching_for_long(watcher: Watcher) -> None:
    """The watcher has heard every change for longer than the read window (LISTEN up)."""
    watcher._all_since = time.monotonic() - 2 * READ_WINDOW_SECONDS


def test_a_tab_registered_just_after_a_change_gets_one_catch_up_refresh():
    registry, app = Registry(), _App("ann", "bea")
    watcher = Watcher(app, registry)
    _watching_for_long(watcher)
    watcher.saw(1, "analysis")  # the job finished while Ann's page was reading
    registry.follow("ann", 1, "s.on_live", ["analysis"])  # ... and only then registered
    registry.follow("bea", 2, "s.on_live", ["analysis"])  # another student: nothing missed
    assert _catch_up(watcher) == 1
    assert app.sent == [("ann", "s.on_live", {"kind": "analysis"})]
    registry.follow("ann", 1, "s.on_live", ["analysis"])  # the page loads again: not new
    assert _catch_up(watcher) == 0


def test_no_catch_up_without_a_missed_change_of_a_followed_kind():
    registry, app = Registry(), _App("ann")
    watcher = Watcher(app, registry)
    _watching_for_long(watcher)
    watcher.saw(1, "notification")  # a kind this page does not show
    watcher.saw(1, "analysis", at=time.monotonic() - 2 * READ_WINDOW_SECONDS)  # long ago
    registry.follow("ann", 1, "s.on_live", ["analysis"])
    assert _catch_up(watcher) == 0
    watcher.saw(1, "analysis")  # after the registration the watcher sends it itself
    assert _catch_up(watcher) == 0
    assert _dispatch(watcher, 1, "analysis") == 1


def test_a_watcher_that_was_not_listening_for_the_whole_window_refreshes_the_new_tab():
    registry, app = Registry(), _App("ann")
    watcher = Watcher(app, registry)
    watcher._all_since = time.monotonic()  # LISTEN just (re)connected: earlier changes unknown
    registry.follow("ann", 1, "s.on_live", ["analysis", "practice"])
    registry.follow("gone", 1, "s.on_live", ["analysis"])  # a tab closed before the pass
    assert _catch_up(watcher) == 1
    assert app.sent == [("ann", "s.on_live", {"kind": ""})]


def _student_with_transcript() -> tuple[int, int]:
    with session_scope() as s:
        student = make_student(s)
        row = session_upload(
            s,
            actor=student,
            student_id=student.id,
            subject="Stoichiometry",
            date="2026-11-20",
            content=TRANSCRIPT,
            source="srt",
        )
        tid = s.query(Transcript).filter_by(session_id=row.id).one().id
        return student.id, tid


async def _until(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


async def _quiet(count, seconds: float = 0.4) -> None:
    """Wait until `count()` has not changed for `seconds`."""
    last, since = count(), time.monotonic()
    while time.monotonic() - since < seconds:
        await asyncio.sleep(0.05)
        if count() != last:
            last, since = count(), time.monotonic()


def test_an_analysis_finished_inside_the_window_still_reaches_the_new_tab(database, monkeypatch):
    """Real database and watcher (LISTEN on PostgreSQL, fingerprints on SQLite): tab A of the
    student is open; tab B reads the page, the analysis completes, and only then does B
    register. B must still get a refresh; a later tab with nothing missed gets none."""
    monkeypatch.setattr(live, "TICK_SECONDS", 0.05)
    monkeypatch.setattr(live, "READ_WINDOW_SECONDS", 0.5)
    student_id, tid = _student_with_transcript()
    registry, app = Registry(), _App("tab-a", "tab-b", "tab-c")
    watcher = Watcher(app, registry)
    event = "state.sessions_state.on_live"

    def sent_to(token: str) -> list[dict]:
        return [payload for t, _, payload in app.sent if t == token]

    async def scenario() -> None:
        task = asyncio.create_task(watcher.run())
        try:
            registry.follow("tab-a", student_id, event, ["analysis"])
            await asyncio.sleep(READ_WINDOW_SECONDS + 0.3)  # watching for the whole window
            app.sent.clear()
            await asyncio.to_thread(run_transcript_uploaded, {"transcript_id": tid})
            assert await _until(lambda: sent_to("tab-a")), "tab A heard nothing"
            await _quiet(lambda: len(app.sent))  # every stage's signal has been handled
            registry.follow("tab-b", student_id, event, ["analysis"])  # B's read was before
            assert await _until(lambda: sent_to("tab-b")), "tab B missed the analysis"
            assert sent_to("tab-b") == [{"kind": "analysis"}]
            await asyncio.sleep(READ_WINDOW_SECONDS + 0.1)  # the change is out of window
            registry.follow("tab-c", student_id, event, ["analysis"])
            await asyncio.sleep(0.3)
            assert sent_to("tab-c") == []
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    asyncio.run(scenario())


def test_the_window_starts_when_the_pages_read_started():
    registry, app = Registry(), _App("ann", "bea")
    watcher = Watcher(app, registry)
    _watching_for_long(watcher)
    watcher.saw(1, "analysis")  # before Ann's read started: her read saw it
    registry.reading("ann", "s.on_live")
    registry.follow("ann", 1, "s.on_live", ["analysis"])
    assert _catch_up(watcher) == 0
    registry.reading("bea", "s.on_live")
    watcher.saw(2, "analysis")  # during Bea's read: it may have missed it
    registry.follow("bea", 2, "s.on_live", ["analysis"])
    assert _catch_up(watcher) == 1
    assert app.sent == [("bea", "s.on_live", {"kind": "analysis"})]


def test_tabs_following_before_their_read_cost_no_refresh_right_after_start():
    """Just after the backend starts every tab is new: the ones that follow before they
    read (the student is known) need no catch-up; only a tab whose read began before the
    watcher listened gets one."""
    registry, app = Registry(), _App(*(f"tab-{i}" for i in range(50)), "early")
    watcher = Watcher(app, registry)
    registry.reading("early", "s.on_live")  # read started before the watcher listened
    watcher._all_since = time.monotonic()
    for i in range(50):
        registry.follow(f"tab-{i}", i, "s.on_live", ["analysis"], before_read=True)
    registry.follow("early", 99, "s.on_live", ["analysis"])
    assert _catch_up(watcher) == 1
    assert app.sent == [("early", "s.on_live", {"kind": ""})]
