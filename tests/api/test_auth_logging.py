"""Logs keep no secrets (password, token, exchange code, transcript text) through the sign-in
flows, and every REST refusal (401/403/429) is logged once with who, route and time."""

from __future__ import annotations

import logging

import pytest
import reflex as rx
from fastapi.testclient import TestClient
from reflex.istate.data import SessionData

from companion import routes
from companion.db import session_scope
from companion.models import Transcript
from companion.services import ratelimit
from companion.services.analysis import transcript_analyze
from companion.state.auth import SignInState
from tests.api.conftest import World
from tests.state.fire import fire

PASSWORD = "Quokka-Password-4417"
WRONG = "Wombat-Wrong-Guess-9021"
TRANSCRIPT_LINE = "Student: my secret diary phrase is marzipan-heliotrope-3308."


def _records_text(records: list[logging.LogRecord]) -> str:
    formatter = logging.Formatter("%(name)s %(message)s")
    return "\n".join(formatter.format(r) + repr(r.args) + repr(vars(r)) for r in records)


def _ui_sign_in(email: str, password: str) -> str:
    """The exchange code the sign-in handler hands the browser, or ""."""
    root = rx.State(_reflex_internal_init=True)
    root.rx_router_session = SessionData(client_ip="192.0.2.10")
    state = root.get_substate(SignInState.get_full_name().split("."))
    event = fire(SignInState.sign_in, state, {"email": email, "password": password})
    if not isinstance(event, rx.event.EventSpec):
        return ""
    script = str(event.args)
    return script.split('"code": "', 1)[1].split('"', 1)[0].replace("\\\\", "")


def test_auth_flows_log_no_password_token_code_or_transcript(client: TestClient, caplog):
    caplog.set_level(logging.DEBUG)
    email = "logged@example.com"
    secrets: list[str] = [PASSWORD, WRONG, TRANSCRIPT_LINE.split("is ")[1].rstrip(".")]
    reg = client.post(
        "/api/auth/register", json={"email": email, "name": "L", "password": PASSWORD}
    )
    assert reg.status_code == 201
    assert (
        client.post("/api/auth/login", json={"email": email, "password": WRONG}).status_code == 401
    )
    token = client.post("/api/auth/login", json={"email": email, "password": PASSWORD}).json()[
        "data"
    ]["token"]
    bearer = {"Authorization": f"Bearer {token}"}
    fresh = client.post("/api/auth/refresh", headers=bearer).json()["data"]["token"]
    secrets += [reg.json()["data"]["token"], token, fresh]

    assert _ui_sign_in(email, WRONG) == ""
    code = _ui_sign_in(email, PASSWORD)
    assert code.count(".") == 2
    secrets.append(code)
    foreign = {"origin": "null"}
    assert client.post(routes.API_SESSION, data={"code": code}, headers=foreign).status_code == 403
    cookie = client.post(routes.API_SESSION, data={"code": code}, follow_redirects=False)
    secrets.append(cookie.cookies["companion_token"])
    client.post(routes.API_SESSION, data={"code": code}, follow_redirects=False)  # replay

    upload = client.post(
        "/api/transcripts/upload",
        headers={"Authorization": f"Bearer {fresh}"},
        json={"subject": "Algebra I", "date": "2026-11-03", "content": TRANSCRIPT_LINE},
    )
    assert upload.status_code == 201, upload.text
    with session_scope() as s:
        transcript_id = s.query(Transcript.id).order_by(Transcript.id.desc()).first()[0]
        transcript_analyze(s, transcript_id=transcript_id)

    client.post(routes.API_LOGOUT, headers=bearer)
    assert client.get("/api/tutor/list", headers=bearer).status_code == 401  # revoked
    assert (
        client.post("/api/auth/refresh", headers={"Authorization": "Bearer x.y.z"}).status_code
        == 401
    )

    text = _records_text(caplog.records)
    assert "refused 401" in text  # the capture did see the app's records
    for secret in secrets:
        assert secret not in text


def _refusals(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("refused ")]


def test_each_refusal_is_logged_once_with_who_and_route(
    client: TestClient, world: World, caplog, monkeypatch
):
    caplog.set_level(logging.INFO, logger="companion")
    assert client.get("/api/tutor/list").status_code == 401
    assert _refusals(caplog) == ["refused 401 GET /api/tutor/list user=- address=testclient"]

    caplog.clear()
    forbidden = client.post(
        "/api/practice/review",
        headers=world.headers("tutor"),
        json={"student_id": world.student_id},
    )
    assert forbidden.status_code == 403
    tutor_id = world.users["tutor"].id
    assert _refusals(caplog) == [
        f"refused 403 POST /api/practice/review user={tutor_id} address=testclient"
    ]
    assert world.tokens["tutor"] not in caplog.text

    caplog.clear()
    monkeypatch.setitem(ratelimit.POLICIES, "login:address", ratelimit.Backoff(1, 60.0, 60.0))
    monkeypatch.setattr(ratelimit, "_clock", lambda: 1_000_000.0)  # the pause can't run out
    body = {"email": "nobody@example.com", "password": "not it at all"}
    assert client.post("/api/auth/login", json=body).status_code == 401
    assert client.post("/api/auth/login", json=body).status_code == 429
    assert _refusals(caplog) == [
        "refused 401 POST /api/auth/login user=- address=testclient",
        "refused 429 POST /api/auth/login user=- address=testclient",
    ]
    assert all(r.created > 0 for r in caplog.records)  # each record carries its time


@pytest.mark.parametrize("origin", ["null", "https://evil.example"])
def test_a_cross_site_cookie_request_is_a_logged_refusal(client: TestClient, caplog, origin):
    caplog.set_level(logging.INFO, logger="companion")
    response = client.post(routes.API_SESSION, data={"code": "x"}, headers={"origin": origin})
    assert response.status_code == 403
    assert _refusals(caplog) == ["refused 403 POST /api/auth/session user=- address=testclient"]
