"""The websocket sign-in and sign-up events of the running app go through the throttle,
keyed by the socket's peer address (a crafted Socket.IO client, as an attacker would use)."""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from companion import routes
from companion.api.session_cookie import COOKIE_NAME
from companion.db import session_scope
from companion.services import ratelimit
from tests.factories import PASSWORD, make_student
from tests.harness import running_backend
from tests.test_socket_security import call

pytestmark = pytest.mark.boots_app


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, sqlite_template) -> Iterator[str]:
    path = tmp_path_factory.mktemp("throttle") / "app.db"
    shutil.copy(sqlite_template, path)
    with running_backend(f"sqlite:///{path}", worker="off") as url:
        yield url


def _event(name: str) -> str:
    from companion.state.auth import SignInState

    return f"{SignInState.get_full_name()}.{name}"


def _sign_in(base: str, email: str, password: str) -> str:
    form = {"email": email, "password": password}
    return call(base, None, _event("sign_in"), {"form": form}, path="/login")


def _code(raw: str) -> str:
    return re.search(r"eyJ[\w-]+\.[\w-]+\.[\w-]+", raw).group(0)


def test_socket_guesses_are_throttled_and_the_owner_still_signs_in(app_url, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    # The backend runs in this process: hold its throttle clock still, so no pause ends
    # while the guesses arrive.
    monkeypatch.setattr(ratelimit, "_clock", lambda: 1_000_000.0)
    with session_scope() as s:
        owner = make_student(s, email="owner.socket@example.com").email
        target = make_student(s, email="target.socket@example.com").email
    first = _sign_in(app_url, owner, PASSWORD)  # the owner's usual client: this address
    assert routes.API_SESSION in first

    with ThreadPoolExecutor(10) as sockets:  # 10 sockets in parallel, 3 guesses each
        raws = list(sockets.map(lambda n: _sign_in(app_url, target, f"guess {n}"), range(30)))
    processed = [r for r in raws if "match an account" in r]
    throttled = [r for r in raws if "Too many attempts" in r]
    assert len(processed) == ratelimit.POLICIES["login:account"].free
    assert len(processed) + len(throttled) == 30

    again = _sign_in(app_url, owner, PASSWORD)
    assert routes.API_SESSION in again and "Too many attempts" not in again
    # and the code it carries signs the browser in once
    session = httpx.post(
        f"{app_url}{routes.API_SESSION}",
        data={"code": _code(again)},
        headers={"origin": app_url},
        follow_redirects=False,
    )
    assert session.status_code == 303 and COOKIE_NAME in session.cookies
    # nothing the sockets carried reached a log: passwords, guesses, codes, the cookie
    # (httpcore is this test's own HTTP client, tracing the raw response at DEBUG)
    records = [r for r in caplog.records if not r.name.startswith("httpcore")]
    logged = "".join(f"{r.getMessage()} {r.args!r} {r.exc_text}" for r in records)
    assert "WebSocket /_event" in logged  # the running server's records were captured
    for secret in (PASSWORD, "guess 7", _code(again), session.cookies[COOKIE_NAME]):
        assert secret not in logged


def test_socket_sign_ups_are_throttled(app_url, monkeypatch):
    monkeypatch.setattr(ratelimit, "_clock", lambda: 1_000_000.0)
    outcomes = []
    for n in range(ratelimit.POLICIES["register:address"].free + 3):
        form = {"email": f"bot{n}.socket@example.com", "name": "Bot", "password": "long enough pw"}
        raw = call(app_url, None, _event("register"), {"form": form}, path="/register")
        outcomes.append("created" if routes.API_SESSION in raw else raw)
    free = ratelimit.POLICIES["register:address"].free
    assert outcomes[:free] == ["created"] * free
    assert all("Too many attempts" in raw for raw in outcomes[free:])
