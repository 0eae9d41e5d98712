"""A change made by a service or job reaches the open tab of that student, pushed by the watcher.

The backend is booted (worker off); a Socket.IO client signs in with the cookie and loads
/sessions like a tab. The test then uploads and analyses a transcript the way the job
worker would, and waits for the tab's list to change without sending anything more.
"""

from __future__ import annotations

import json
import shutil
import sys
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
import socketio

from companion.api.session_cookie import COOKIE_NAME
from companion.db import session_scope
from companion.models import Transcript
from companion.services.notifications import notify
from companion.services.sessions import session_upload
from companion.services.signin import token_for
from jobs.handlers import run_transcript_uploaded
from tests.factories import make_student
from tests.harness import ROOT, running_backend

pytestmark = pytest.mark.boots_app
NAMESPACE = "/_event"
TRANSCRIPT = (ROOT / "companion" / "demo" / "chemistry_stoichiometry.srt").read_text()


@pytest.fixture(params=["sqlite", "postgres"])
def app_url(request, tmp_path_factory) -> Iterator[str]:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("live") / "app.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
        with running_backend(url, worker="off") as base:
            yield base
    else:
        from tests.conftest import _fresh_pg

        urls = _fresh_pg(request.getfixturevalue("pg_template"))
        with running_backend(next(urls), worker="off") as base:
            yield base
        next(urls, None)


class Tab:
    """A browser tab: one socket with the student's cookie, collecting every update."""

    def __init__(self, base: str, cookie: str) -> None:
        self.client = socketio.Client()
        self.updates: list[str] = []
        self.arrived = threading.Condition()
        self.token = str(uuid.uuid4())

        @self.client.on("event", namespace=NAMESPACE)
        def on_update(data):
            with self.arrived:
                parsed = json.loads(data) if isinstance(data, str) else data
                self.updates.append(json.dumps(parsed, separators=(",", ":")))
                self.arrived.notify_all()

        self.client.connect(
            f"{base}?token={self.token}",
            socketio_path="/_event",
            namespaces=[NAMESPACE],
            headers={"Cookie": f"{COOKIE_NAME}={cookie}"},
            transports=["websocket"],
        )

    def send(self, handler: str, path: str) -> None:
        router = {"pathname": path, "query": {}, "asPath": path}
        self.client.emit(
            "event", {"name": handler, "payload": {}, "router_data": router}, namespace=NAMESPACE
        )

    def wait_for(self, text: str, seconds: float = 15) -> bool:
        deadline = time.monotonic() + seconds
        with self.arrived:
            while not any(text in u for u in self.updates):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.arrived.wait(left)
        return True

    def close(self) -> None:
        self.client.disconnect()


def _ui(module: str):
    """The module the booted app imported (the harness re-imports the UI modules)."""
    return sys.modules[module]


def test_an_analysis_finished_by_a_job_reaches_the_open_sessions_tab(app_url):
    with session_scope() as s:
        student = make_student(s)
        student_id, cookie = student.id, token_for(student)
    sessions_state = _ui("companion.state.sessions").SessionsState
    tab = Tab(app_url, cookie)
    try:
        tab.send(f"{sessions_state.get_full_name()}.load_sessions", "/sessions")
        assert tab.wait_for('"loaded')
        registry = _ui("companion.state.live").REGISTRY
        deadline = time.monotonic() + 5
        while tab.token not in registry.tokens() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert tab.token in registry.tokens()
        time.sleep(1.5)  # SQLite: let the watcher take its first fingerprint
        with session_scope() as s:
            row = session_upload(
                s,
                actor=s.get(type(student), student_id),
                student_id=student_id,
                subject="Stoichiometry",
                date="2026-11-20",
                content=TRANSCRIPT,
                source="srt",
            )
            session_id = row.id
        assert tab.wait_for("Stoichiometry"), "the new session never reached the tab"
        with session_scope() as s:
            tid = s.query(Transcript).filter_by(session_id=session_id).one().id
        run_transcript_uploaded({"transcript_id": tid})  # what the job worker runs
        assert tab.wait_for('"completed"'), "the finished analysis never reached the tab"
    finally:
        tab.close()
    deadline = time.monotonic() + 5
    while tab.token in registry.tokens() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert tab.token not in registry.tokens()  # a closed tab is forgotten


def test_a_new_notification_lifts_the_bell_of_the_open_tab_only_for_its_student(app_url):
    with session_scope() as s:
        ann, bea = make_student(s, name="Ann"), make_student(s, name="Bea")
        ann_id, ann_cookie, bea_cookie = ann.id, token_for(ann), token_for(bea)
    notes = _ui("companion.state.notifications").NotificationsState
    ann_tab, bea_tab = Tab(app_url, ann_cookie), Tab(app_url, bea_cookie)
    try:
        for tab in (ann_tab, bea_tab):
            tab.send(f"{notes.get_full_name()}.load_unread", "/dashboard")
            assert tab.wait_for("unread")
        time.sleep(1.5)
        before = len(bea_tab.updates)
        with session_scope() as s:
            notify(s, student_id=ann_id, type="nudge", title="Hello", message="Time to practise")
        assert ann_tab.wait_for('"unread_rx_state_":1')
        time.sleep(1.5)
        assert len(bea_tab.updates) == before  # Bea's tab heard nothing
    finally:
        ann_tab.close()
        bea_tab.close()
