"""The running app's web surface: origins, security headers, /api 404s, docs and /_upload limits.

The backend is booted with AppHarness on a fresh SQLite file and called over real sockets,
so Reflex's own layers (its CORS middleware, the websocket handshake, /_upload) are the
ones under test, behind companion.api.web_guard.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import threading
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
import socketio
import websocket

from companion.ai.offline.transcriptlimits import MAX_UPLOAD_BODY_BYTES
from companion.api.session_cookie import COOKIE_NAME
from companion.db import session_scope
from companion.services.signin import token_for
from tests.factories import make_student
from tests.harness import running_backend

pytestmark = pytest.mark.boots_app
FOREIGN = "https://evil.example"
APP_URL = "http://localhost:3000"  # COMPANION_URL's default: the app's own page origin
FIFTY_MB = 50 * 1024 * 1024
SECURITY_HEADERS = ("content-security-policy", "x-frame-options", "x-content-type-options")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, sqlite_template) -> Iterator[str]:
    path = tmp_path_factory.mktemp("web-guard") / "app.db"
    shutil.copy(sqlite_template, path)
    with running_backend(f"sqlite:///{path}", worker="off") as url:
        yield url


@pytest.fixture(scope="module")
def student_token(app_url) -> str:
    with session_scope() as s:
        return token_for(make_student(s))


def _assert_security_headers(response: httpx.Response) -> None:
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert "script-src 'self'" in csp and "http:" not in csp.replace("http://", "")
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"


@pytest.mark.parametrize("path", ["/api/health", "/api/openapi.json", "/ping", "/api/nope"])
def test_every_response_carries_the_security_headers(app_url, path):
    _assert_security_headers(httpx.get(app_url + path))


@pytest.mark.parametrize("path", ["/api/health", "/ping", "/"])
def test_a_foreign_origin_gets_no_cors_headers_the_apps_own_does(app_url, path):
    foreign = httpx.get(app_url + path, headers={"Origin": FOREIGN})
    assert "access-control-allow-origin" not in foreign.headers
    assert "access-control-allow-credentials" not in foreign.headers
    null = httpx.get(app_url + path, headers={"Origin": "null"})
    assert "access-control-allow-origin" not in null.headers
    own = httpx.get(app_url + path, headers={"Origin": APP_URL})
    assert own.headers["access-control-allow-origin"] == APP_URL
    assert own.headers["access-control-allow-credentials"] == "true"
    assert "Origin" in own.headers["vary"]


@pytest.mark.parametrize("path", ["/api/auth/login", "/_upload", "/"])
def test_preflight_from_a_foreign_origin_is_refused(app_url, path):
    ask = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    foreign = httpx.options(app_url + path, headers={"Origin": FOREIGN, **ask})
    assert foreign.status_code == 403
    assert "access-control-allow-origin" not in foreign.headers
    own = httpx.options(app_url + path, headers={"Origin": APP_URL, **ask})
    assert own.status_code == 204
    assert own.headers["access-control-allow-origin"] == APP_URL


def _socket_url(app_url: str) -> str:
    return (
        app_url.replace("http://", "ws://")
        + f"/_event/?EIO=4&transport=websocket&token={uuid.uuid4()}"
    )


def test_the_websocket_refuses_a_handshake_from_another_origin(app_url):
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        websocket.create_connection(_socket_url(app_url), origin=FOREIGN, timeout=10)
    assert refused.value.status_code in (400, 403)
    for origin in (app_url, APP_URL):  # the page's own host, and COMPANION_URL
        ws = websocket.create_connection(_socket_url(app_url), origin=origin, timeout=10)
        try:
            assert ws.recv().startswith("0{")  # Engine.IO's "open" packet
        finally:
            ws.close()


def test_unknown_api_paths_answer_json_404(app_url):
    for path in ("/api/nope", "/api/transcripts/1/nope", "/api"):
        response = httpx.get(app_url + path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("application/json")
        assert isinstance(response.json()["error"], str)


def test_api_docs_load_only_the_apps_own_assets(app_url):
    page = httpx.get(app_url + "/api/docs")
    assert page.status_code == 200
    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert refs and all(r.startswith("/api/docs/") for r in refs), refs
    assert "<script>" not in page.text  # no inline script: the CSP stays strict
    for ref in refs:
        asset = httpx.get(app_url + ref)
        assert asset.status_code == 200, ref
    assert "SwaggerUIBundle" in httpx.get(app_url + "/api/docs/init.js").text


# ---- /_upload: refused before the body is read ---------------------------------------
def _raw_post(app_url: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
    """Send headers and a (short) body, then read whatever the server answers."""
    parts = urlsplit(app_url)
    lines = [f"POST {path} HTTP/1.1", f"Host: {parts.netloc}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    with socket.create_connection((parts.hostname, parts.port), timeout=15) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        # If the server waited for the declared 50 MB, this recv would time out: it must
        # answer from the headers alone.
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[-1]


def _upload_headers(length: int, **extra: str) -> dict[str, str]:
    return {
        "Content-Type": "multipart/form-data; boundary=xyz",
        "Content-Length": str(length),
        "Reflex-Client-Token": str(uuid.uuid4()),
        "Reflex-Event-Handler": "anything",
        **extra,
    }


def test_an_anonymous_50mb_upload_is_refused_without_reading_it(app_url):
    status, body = _raw_post(app_url, "/_upload", _upload_headers(FIFTY_MB), b"--xyz\r\n" * 100)
    assert status == 401
    assert "error" in json.loads(body)


def test_a_signed_in_50mb_upload_is_refused_by_its_declared_size(app_url, student_token):
    headers = _upload_headers(FIFTY_MB, Cookie=f"{COOKIE_NAME}={student_token}")
    status, body = _raw_post(app_url, "/_upload", headers, b"--xyz\r\n" * 100)
    assert status == 413
    assert "MB" in json.loads(body)["error"]


def test_a_50mb_rest_upload_is_refused_by_its_declared_size(app_url, student_token):
    headers = {
        "Content-Type": "application/json",
        "Content-Length": str(FIFTY_MB),
        "Authorization": f"Bearer {student_token}",
    }
    status, body = _raw_post(app_url, "/api/transcripts/upload", headers, b'{"subject": "x"')
    assert status == 413
    assert "MB" in json.loads(body)["error"]
    for auth in ({}, {"Authorization": "Bearer forged.token.value"}):
        anonymous = (
            {**headers, **auth}
            if auth
            else {k: v for k, v in headers.items() if k != "Authorization"}
        )
        status, _ = _raw_post(app_url, "/api/transcripts/upload", anonymous, b'{"subject": "x"')
        assert status == 401, auth


def test_a_forged_or_odd_cookie_counts_as_anonymous(app_url):
    for cookie in ("forged.token.here", "²"):
        headers = _upload_headers(10, Cookie=f"{COOKIE_NAME}={cookie}")
        assert _raw_post(app_url, "/_upload", headers, b"0123456789")[0] == 401


def test_an_upload_without_a_length_is_cut_off_at_the_cap(app_url, student_token):
    from companion.state.sessions import SessionsState

    sent = {"bytes": 0}

    def body() -> Iterator[bytes]:
        yield (
            b'--xyz\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n"
        )
        chunk = b"x" * 65536
        while sent["bytes"] < 4 * MAX_UPLOAD_BODY_BYTES:
            sent["bytes"] += len(chunk)
            yield chunk

    response = httpx.post(
        app_url + "/_upload",
        content=body(),  # a generator: chunked, no Content-Length
        headers={
            "Content-Type": "multipart/form-data; boundary=xyz",
            "Cookie": f"{COOKIE_NAME}={student_token}",
            "Reflex-Client-Token": str(uuid.uuid4()),
            "Reflex-Event-Handler": f"{SessionsState.get_full_name()}.handle_upload",
        },
        timeout=30,
    )
    assert response.status_code == 413
    assert "error" in response.json()


def _signed_in_socket(app_url: str, cookie: str) -> tuple[socketio.Client, str]:
    """A websocket that sent the session cookie and one event, as a signed-in page does."""
    from companion.state.auth import AuthState

    client, token, done = socketio.Client(), str(uuid.uuid4()), threading.Event()
    client.on("event", lambda *_: done.set(), namespace="/_event")
    client.connect(
        f"{app_url}?token={token}",
        socketio_path="/_event",
        namespaces=["/_event"],
        headers={"Cookie": f"{COOKIE_NAME}={cookie}"},
        transports=["websocket"],
    )
    client.emit(
        "event",
        {
            "name": f"{AuthState.get_full_name()}.guard_student",
            "payload": {},
            "router_data": {"pathname": "/sessions", "query": {}, "asPath": "/sessions"},
        },
        namespace="/_event",
    )
    done.wait(10)
    return client, token


def test_an_upload_from_a_signed_in_page_without_the_cookie_is_recognised(app_url, student_token):
    # The development UI's upload request carries no cookie (another port); the page's
    # websocket did, and the guard finds the user through the page's client token.
    client, token = _signed_in_socket(app_url, student_token)
    try:
        headers = _upload_headers(FIFTY_MB, **{"Reflex-Client-Token": token})
        assert _raw_post(app_url, "/_upload", headers, b"--xyz\r\n")[0] == 413
    finally:
        client.disconnect()
    stranger = _upload_headers(FIFTY_MB)
    assert _raw_post(app_url, "/_upload", stranger, b"--xyz\r\n")[0] == 401
