"""The built app (`reflex run --env prod`, one port) under its own security headers, in Chromium.

The production build serves pages, /api and the websocket from the backend, so every
response passes through companion.api.web_guard. A new student registers and visits a few
pages and the API docs: each document carries the CSP and frame headers, and the browser
console shows no error (a CSP that blocked a script, a style, a font or the websocket
would show one).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.harness import app_copy

pytestmark = [pytest.mark.e2e, pytest.mark.boots_app]
BUILD_WAIT = 600  # s: a cold production build installs the JS packages first
PAGES = ("/dashboard", "/sessions", "/chat", "/progress", "/goals")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + BUILD_WAIT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the app exited: {log.read_text()[-3000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url + "/login", timeout=5, follow_redirects=True).status_code == 200:
                return
        time.sleep(2)
    raise AssertionError(f"the app did not start: {log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def built_app(tmp_path_factory, sqlite_template) -> Iterator[str]:
    work = tmp_path_factory.mktemp("built-app")
    tree = app_copy(work)
    shutil.copy(sqlite_template, work / "app.db")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    venv_bin = Path(sys.executable).parent
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{work / 'app.db'}",
        "COMPANION_WORKER": "off",
        "COMPANION_URL": url,
        "REFLEX_USE_SYSTEM_BUN": "1",
        "REFLEX_TELEMETRY_ENABLED": "false",
        "REFLEX_CHECK_LATEST_VERSION": "false",
        "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    log = work / "app.log"
    command = [str(venv_bin / "reflex"), "run", "--env", "prod", "--single-port"]
    command += ["--frontend-port", str(port), "--backend-port", str(port)]
    with log.open("w") as out:
        proc = subprocess.Popen(
            command, cwd=tree, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        _wait_until_up(url, proc, log)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _assert_headers(response, where: str) -> None:
    headers = response.headers
    assert "frame-ancestors 'none'" in headers.get("content-security-policy", ""), where
    assert headers.get("x-frame-options") == "DENY", where
    assert headers.get("x-content-type-options") == "nosniff", where


def test_built_pages_pass_their_csp_without_console_errors(built_app, chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    page = context.new_page()
    errors: list[str] = []
    page.on(
        "console",
        lambda m: (
            errors.append(f"{m.text} ({m.location.get('url')})") if m.type == "error" else None
        ),
    )
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        _assert_headers(page.goto(built_app + "/register"), "/register")
        page.get_by_label("Name").fill("Cy Csp")
        page.get_by_label("Email").fill("cy.csp@example.com")
        page.get_by_label("Password").fill("a-long-enough-passphrase")
        page.get_by_role("button", name="Create account").click()
        page.wait_for_url(re.compile(r".*/dashboard/?$"), timeout=60_000)
        for path in PAGES:
            _assert_headers(page.goto(built_app + path), path)
            page.wait_for_load_state("networkidle")
            page.get_by_role("heading").first.wait_for()
        _assert_headers(page.goto(built_app + "/api/docs"), "/api/docs")
        page.get_by_text(re.compile("Study Companion API")).first.wait_for()
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    # The app ships no favicon yet; the browser's own request for it is not a page error.
    assert [e for e in errors if not e.endswith("/favicon.ico)")] == [], errors
