"""Input edges and web defaults of /api: nested JSON, the cookie's Secure flag, origins, docs."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from companion import routes
from companion.ai.offline.transcriptlimits import MAX_JSON_DEPTH, json_depth
from companion.api.origins import origin_allowed
from companion.db import session_scope
from companion.models import TutoringSession
from companion.services import sessions
from companion.services.errors import Invalid
from companion.services.signin import exchange_code_issue, token_for
from companion.settings import SettingsError, load_settings
from tests.factories import make_student

DEEP = 100_000  # far past Python's recursion limit: json.loads alone raises RecursionError


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def _student_headers() -> tuple[int, dict[str, str]]:
    with session_scope() as s:
        user = make_student(s)
        return user.id, {"Authorization": f"Bearer {token_for(user)}"}


def _sessions_of(student_id: int) -> int:
    with session_scope() as s:
        rows = s.exec(select(TutoringSession).where(TutoringSession.student_id == student_id))
        return len(rows.all())


def test_a_deeply_nested_json_body_is_a_clear_422(client: TestClient):
    student_id, headers = _student_headers()
    body = '{"subject": "Algebra", "date": "2026-01-02", "content": "x", "extra": ' + _deep(DEEP)
    response = client.post(
        "/api/transcripts/upload",
        content=body + "}",
        headers={**headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 422, response.text
    assert "nested" in response.json()["error"]
    assert _sessions_of(student_id) == 0


@pytest.mark.parametrize("filename", ["deep.json", "deep.txt"])
def test_a_deeply_nested_json_transcript_is_a_clear_422(client: TestClient, filename):
    student_id, headers = _student_headers()
    fields = {"subject": "Algebra", "date": "2026-01-02"}
    response = client.post(
        "/api/transcripts/upload",
        data=fields,
        files={"file": (filename, _deep(DEEP).encode(), "application/json")},
        headers=headers,
    )
    assert response.status_code == 422, response.text
    assert "nested" in response.json()["error"]
    as_text = client.post(
        "/api/transcripts/upload", json={**fields, "content": _deep(DEEP)}, headers=headers
    )
    assert as_text.status_code == 422, as_text.text
    assert _sessions_of(student_id) == 0


def test_the_upload_form_preview_refuses_nested_json_with_a_message():
    # The /_upload handler previews the file through this service call.
    with pytest.raises(Invalid, match="nested"):
        sessions.transcript_preview(_deep(DEEP), filename="deep.json")
    turns = [{"speaker": "Tutor", "text": "Brackets [like {these}] in text are fine."}] * 3
    assert len(sessions.transcript_preview(json.dumps(turns)).turns) == 3


def test_json_depth_ignores_brackets_inside_strings():
    assert json_depth('[{"text": "[[[[[[[[ {{{{"}, "\\"]]]"]') == 2
    assert json_depth(_deep(MAX_JSON_DEPTH + 1)) == MAX_JSON_DEPTH + 1
    assert json_depth('"unterminated \\') == 0


def test_a_declared_size_over_the_cap_is_refused_before_reading(client: TestClient):
    _, headers = _student_headers()
    response = client.post(
        "/api/transcripts/upload",
        content=b"{}",
        headers={**headers, "Content-Type": "application/json", "Content-Length": "52428800"},
    )
    assert response.status_code == 413
    assert "MB" in response.json()["error"]


# ---- the session cookie's Secure flag follows the scheme, not COMPANION_ENV -----------
@pytest.mark.parametrize(
    ("base_url", "headers", "secure"),
    [
        ("https://app.example", {}, True),
        ("http://app.example", {"X-Forwarded-Proto": "https"}, True),
        ("http://app.example", {}, False),
    ],
)
def test_the_cookie_is_secure_whenever_served_over_https(database, base_url, headers, secure):
    from companion.api.app import create_api

    with session_scope() as s:
        code = exchange_code_issue(make_student(s))
    client = TestClient(create_api(), base_url=base_url)
    response = client.post(
        routes.API_SESSION, data={"code": code}, headers=headers, follow_redirects=False
    )
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert ("; secure" in cookie.lower()) is secure, cookie
    logout = client.post(routes.API_LOGOUT, headers=headers, follow_redirects=False)
    assert ("; secure" in logout.headers["set-cookie"].lower()) is secure


# ---- origins ---------------------------------------------------------------------------
def test_allowed_origins_default_to_the_apps_own_url():
    assert load_settings({}).allowed_origins == ("http://localhost:3000",)
    own = load_settings({"COMPANION_URL": "https://study.example/"})
    assert own.allowed_origins == ("https://study.example",)
    listed = load_settings({"COMPANION_ALLOWED_ORIGINS": "https://a.example, https://b.example"})
    assert listed.allowed_origins == ("https://a.example", "https://b.example")
    with pytest.raises(SettingsError):
        load_settings({"COMPANION_ALLOWED_ORIGINS": "*"})
    with pytest.raises(SettingsError):
        load_settings({"COMPANION_URL": "study.example"})


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        ("http://localhost:3000", True),  # COMPANION_URL's default
        ("http://127.0.0.1:3000", True),  # the same loopback page
        ("http://app.example:8000", True),  # the host the request was sent to
        ("https://evil.example", False),
        ("http://localhost:3001", False),
        ("null", False),  # sandboxed iframes and file: pages
        ("", False),
        ("javascript:alert(1)", False),
        ("http://app.example:8000.evil.example", False),
    ],
)
def test_origin_rule(origin, allowed):
    assert origin_allowed(origin, scheme="http", host="app.example:8000") is allowed


def test_forwarded_https_counts_as_the_requests_own_origin():
    assert origin_allowed(
        "https://app.example", scheme="http", host="app.example", forwarded_proto="https"
    )
    assert not origin_allowed("http://app.example", scheme="https", host="app.example")


def test_api_docs_page_names_no_external_host(client: TestClient):
    page = client.get("/api/docs")
    assert page.status_code == 200
    assert not re.search(r"https?://", page.text), page.text
    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert {r.rsplit("/", 1)[-1] for r in refs} >= {"swagger-ui.css", "swagger-ui-bundle.js"}
    for ref in refs:
        assert client.get(ref).status_code == 200, ref
