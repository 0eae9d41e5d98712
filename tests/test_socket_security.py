"""A crafted Socket.IO client calls private handlers of the running app with bad cookies.

The app is booted with AppHarness (backend only) on a fresh migrated SQLite database. Each
call opens its own websocket, as a browser would, with the Cookie header under test.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import jwt
import pytest
import socketio
from sqlmodel import select

from companion.api.session_cookie import COOKIE_NAME
from companion.clock import utcnow
from companion.db import session_scope
from companion.models import AuditLog, User
from companion.services.security import issue_token
from companion.services.signin import token_for
from companion.settings import get_settings
from tests.factories import make_admin, make_student
from tests.harness import running_backend

pytestmark = pytest.mark.boots_app
ROOT = Path(__file__).resolve().parent.parent
NAMESPACE = "/_event"


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, sqlite_template) -> Iterator[str]:
    """The running backend's base URL, on its own fresh database."""
    path = tmp_path_factory.mktemp("socket") / "app.db"
    shutil.copy(sqlite_template, path)
    with running_backend(f"sqlite:///{path}", worker="off") as url:
        yield url


def _state_name(cls) -> str:
    return cls.get_full_name()


def call(
    base: str, cookie: str | None, handler: str, payload=None, path="/dashboard", quiet=0.5
) -> str:
    """Send one event on a new connection; return every update (JSON) until `quiet` s of silence."""
    client = socketio.Client()
    updates: list = []
    arrived = threading.Event()

    @client.on("event", namespace=NAMESPACE)
    def on_update(data):
        updates.append(json.loads(data) if isinstance(data, str) else data)
        arrived.set()

    headers = {"Cookie": f"{COOKIE_NAME}={cookie}"} if cookie is not None else {}
    client.connect(
        f"{base}?token={uuid.uuid4()}",
        socketio_path="/_event",
        namespaces=[NAMESPACE],
        headers=headers,
        transports=["websocket"],
    )
    try:
        client.emit(
            "event",
            {
                "name": handler,
                "payload": payload or {},
                "router_data": {"pathname": path, "query": {}, "asPath": path},
            },
            namespace=NAMESPACE,
        )
        # Updates carry no end marker (StateUpdate.final is gone): wait for silence.
        assert arrived.wait(timeout=10), "no update at all"
        while True:
            arrived.clear()
            if not arrived.wait(timeout=quiet):
                break
    finally:
        client.disconnect()
    return json.dumps(updates)


@pytest.fixture(scope="module")
def people(app_url) -> dict:
    with session_scope() as s:
        student = make_student(s, name="Grace Hopper-Secret", email="grace.secret@example.com")
        admin = make_admin(s, name="Alan Admin", email="alan.admin@example.com")
        gone = make_student(s, name="Gone Student", email="gone.secret@example.com")
        gone_token = token_for(gone)
        gone.is_active = False
        return {
            "student": (student.id, token_for(student)),
            "admin": (admin.id, token_for(admin)),
            "gone": (gone.id, gone_token),
        }


def _forged(people) -> dict[str, str]:
    student_id = people["student"][0]
    claims = {"userId": student_id, "ver": 0, "role": "admin", "iat": 1, "exp": 4_000_000_000}
    header = {"alg": "none", "typ": "JWT"}
    unsigned = jwt.api_jws.base64url_encode(json.dumps(header).encode()).decode()
    body = jwt.api_jws.base64url_encode(json.dumps(claims).encode()).decode()
    admin_id = people["admin"][0]
    return {
        "no cookie": None,
        "empty": "",
        "wrong key": jwt.encode(
            {**claims, "userId": admin_id},
            "a-completely-different-secret-of-enough-length",
            algorithm="HS256",
        ),
        "alg none": f"{unsigned}.{body}.",
        "expired": issue_token(
            user_id=admin_id,
            email="alan.admin@example.com",
            role="admin",
            version=0,
            now=utcnow() - timedelta(seconds=get_settings().jwt_ttl_seconds + 60),
        ),
        "deactivated": people["gone"][1],
    }


SECRETS = ("Grace Hopper-Secret", "grace.secret@example.com", "Alan Admin", "alan.admin@")


def _home(name: str) -> str:
    from companion.pages.home import AdminHomeState, HomeState
    from companion.state.admin_users import AdminUsersState

    states = {"home": HomeState, "admin": AdminHomeState, "users": AdminUsersState}
    return _state_name(states[name])


def _empty(name: str, value: object) -> bool:
    """A var's empty default (a pager's defaults are page 1 of 1)."""
    return value in ("", [], {}, 0, False, None) or (name.startswith("page") and value == 1)


def _assert_nothing_private(raw: str) -> None:
    for secret in (*SECRETS, "Gone Student", "gone.secret"):
        assert secret not in raw
    updates = json.loads(raw)
    for update in updates:
        for substate, delta in update.get("delta", {}).items():
            # A fresh client state arrives whole, so our vars may appear, but only
            # with their empty defaults: nothing was loaded or changed.
            if "companion" in substate:
                assert all(_empty(k, v) for k, v in delta.items()), delta


def test_health_is_served_by_the_running_app(app_url):
    response = httpx.get(f"{app_url}/api/health")
    assert response.json() == {"data": {"database": True}}
    assert httpx.get(f"{app_url}/api/openapi.json").status_code == 200


def test_valid_cookie_loads_the_profile(app_url, people):
    raw = call(app_url, people["student"][1], f"{_home('home')}.load_profile")
    assert "Grace Hopper-Secret" in raw
    assert "grace.secret@example.com" in raw


@pytest.mark.parametrize(
    "kind", ["no cookie", "empty", "wrong key", "alg none", "expired", "deactivated"]
)
def test_profile_loader_reveals_nothing_without_a_valid_cookie(app_url, people, kind):
    raw = call(app_url, _forged(people)[kind], f"{_home('home')}.load_profile")
    _assert_nothing_private(raw)
    assert "/login" in raw  # told to sign in


@pytest.mark.parametrize(
    "kind", ["no cookie", "empty", "wrong key", "alg none", "expired", "deactivated"]
)
def test_admin_home_reveals_nothing_without_a_valid_cookie(app_url, people, kind):
    raw = call(app_url, _forged(people)[kind], f"{_home('admin')}.load_overview", path="/admin")
    _assert_nothing_private(raw)


def _deactivations() -> int:
    with session_scope() as s:
        return len(s.exec(select(AuditLog).where(AuditLog.action == "user.deactivate")).all())


@pytest.mark.parametrize(
    "kind", ["no cookie", "empty", "wrong key", "alg none", "expired", "deactivated", "student"]
)
def test_deactivation_is_refused_without_an_admin_cookie(app_url, people, kind):
    cookie = people["student"][1] if kind == "student" else _forged(people)[kind]
    target = people["student"][0]
    before = _deactivations()
    raw = call(
        app_url,
        cookie,
        f"{_home('users')}.set_active",
        {"user_id": target, "active": False},
        path="/admin/users",
    )
    if kind != "student":
        _assert_nothing_private(raw)
    with session_scope() as s:
        assert s.get(User, target).is_active is True
    assert _deactivations() == before


def test_admin_cookie_deactivates_and_sees_the_list(app_url, people):
    with session_scope() as s:
        target = make_student(s, name="Temp Student", email="temp.student@example.com").id
    raw = call(
        app_url,
        people["admin"][1],
        f"{_home('users')}.set_active",
        {"user_id": target, "active": False},
        path="/admin/users",
    )
    assert "temp.student@example.com" in raw
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with session_scope() as s:
            if s.get(User, target).is_active is False:
                break
        time.sleep(0.05)
    with session_scope() as s:
        assert s.get(User, target).is_active is False


def test_sign_in_from_a_socket_yields_only_an_exchange_script(app_url, people):
    from companion.state.auth import SignInState

    raw = call(
        app_url,
        None,
        f"{_state_name(SignInState)}.sign_in",
        {"form": {"email": "grace.secret@example.com", "password": "wrong password"}},
        path="/login",
    )
    assert "match an account" in raw
    assert "Grace Hopper-Secret" not in raw


def test_repeated_junk_events_cost_one_log_line_each_not_a_traceback(app_url, caplog):
    caplog.set_level(logging.INFO)
    state = _home("home")
    junk = [
        (f"{state}.setvar", {"var_name": "no_such_var", "value": 1}),
        (f"{state}.setvar", {"var_name": 7, "value": [[[]]]}),
    ]
    for _ in range(10):
        for name, payload in junk:
            with contextlib.suppress(AssertionError):  # junk may get no update at all
                call(app_url, None, name, payload, quiet=0.2)
    tracebacks = [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]
    assert len(tracebacks) <= len(junk), [r.getMessage()[:120] for r in tracebacks]
