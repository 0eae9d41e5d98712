"""Untrusted text stays text in a real browser, on every page that shows it, under the app's CSP.

A student uploads a transcript carrying an `<iframe srcdoc>` with a script, a `<script>`,
an `<img onerror>`, a `javascript:` markdown link and an `<svg onload>`; the job worker
analyses it (the summary and concept quotes repeat those lines); the student asks the chat
about the session (the message carries the same payloads and the offline reply quotes the
transcript); a tutor opens the student's context and the routing queue. Each payload, if
it ran, would set `window.__pwned` and the page title. On every page nothing ran, no frame,
handler attribute or `javascript:` link reached the DOM, and the payload reads as text.

The pages are served with the Content-Security-Policy the backend sends (copied onto the
dev server's documents), and the browser console must stay free of errors on each.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from companion import routes
from companion.db import session_scope
from companion.models import TutoringSession
from companion.services.routing import routing_request
from tests.factories import PASSWORD, make_student, make_tutor

pytestmark = [pytest.mark.e2e, pytest.mark.boots_app]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "untrusted"
WORKER_WAIT = 120_000  # ms
UI_WAIT = 20_000

SCRIPT = "<script>window.__pwned='script';document.title='pwned'</script>"
IFRAME = "<iframe srcdoc=\"<script>parent.__pwned='iframe';parent.document.title='pwned'</script>\"></iframe>"
IMG = "<img src=x onerror=\"window.__pwned='img';document.title='pwned'\">"
LINK = "[my linear equation notes](javascript:window.__pwned='link')"
SVG = "<svg onload=\"window.__pwned='svg';document.title='pwned'\"><circle r=\"4\"></circle></svg>"
TRANSCRIPT = f"""Tutor: Today we solve linear equations like 2x + 3 = 7 {SCRIPT} by keeping both sides balanced.
Student: I wrote {IMG} in my notes about linear equations.
Tutor: Subtract 3 from both sides of the equation {IFRAME} and then divide by 2.
Student: So x = 2. See {LINK} for distributing the negative.
Tutor: Distributing the negative sign gives -(x - 3) = -x + 3 {SVG} in linear equations.
Student: Distributing the negative changes every sign inside the brackets.
"""
QUESTION = f"What did we say about distributing the negative? {IMG} {SVG} {LINK} {IFRAME}"
# What must read as text somewhere on a page (the raw markup, as typed).
MARKERS = ("<script>", "<iframe", "onerror=", "<svg onload=", "javascript:")

INERT_JS = """() => ({
  pwned: window.__pwned === undefined ? null : String(window.__pwned),
  title: document.title,
  frames: document.querySelectorAll('iframe, object, embed').length,
  handlers: document.querySelectorAll('[onerror], [onload]').length,
  jsLinks: [...document.querySelectorAll('a[href]')]
    .filter(a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length,
  scripts: [...document.scripts].filter(s => s.textContent.includes('__pwned')).length,
  text: document.body.innerText,
})"""


@pytest.fixture(scope="module")
def app_url(boot, tmp_path_factory, sqlite_template) -> Iterator[str]:
    with boot(tmp_path_factory.mktemp("untrusted-e2e"), sqlite_template, worker="inprocess") as url:
        yield url


@pytest.fixture(scope="module")
def people(app_url) -> dict:
    with session_scope() as s:
        student = make_student(s, name="Pat Payload", email="pat@example.com")
        make_tutor(s, students=(student,), name="Tia Tutor", email="tia@example.com")
        routing_request(
            s,
            actor=student,
            student_id=student.id,
            topic="Linear equations",
            urgency="high",
            reason=f"Stuck again {SCRIPT} {IMG}",
        )
        return {"student": student.id}


@pytest.fixture(scope="module")
def chromium_lna():
    """Chromium without Local Network Access checks: a document fulfilled by the test (to add
    the CSP header) counts as public, and Chromium would block its calls to 127.0.0.1."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, require_chromium

    require_chromium()
    off = "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, off])
        try:
            yield browser
        finally:
            browser.close()


def _csp_for_documents(context) -> None:
    """Serve the dev server's pages with the CSP the backend puts on its own responses."""
    from companion.api.origins import security_headers

    headers = {k.decode(): v.decode() for k, v in security_headers()}
    # The dev server's hot-reload socket (ws://localhost:0 under AppHarness): a built app
    # has none, so only this test's copy of the policy lets it through.
    csp = headers["content-security-policy"]
    headers["content-security-policy"] = csp.replace(
        "connect-src ", "connect-src ws://localhost:0 "
    )

    def handle(route) -> None:
        # Only pages get the header; a form POST (sign-in) goes out as the browser sent it,
        # with its own Origin and Sec-Fetch-Site, which the cookie routes check.
        if route.request.resource_type != "document" or route.request.method != "GET":
            route.continue_()
            return
        response = route.fetch(max_redirects=0)  # the browser follows redirects (and cookies)
        route.fulfill(response=response, headers={**response.headers, **headers})

    context.route("**/*", handle)


class Browser:
    """One signed-in page with its console errors and CSP violations collected."""

    def __init__(self, chromium, app_url: str, email: str, home: str) -> None:
        self.context = chromium.new_context(viewport={"width": 1280, "height": 900})
        self.context.set_default_timeout(UI_WAIT)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        self.page.goto(app_url + routes.LOGIN, timeout=90_000)  # a cold dev server is slow
        self.page.fill("input[name=email]", email)
        self.page.fill("input[name=password]", PASSWORD)
        self.page.click("button[type=submit]")
        try:
            self.page.wait_for_url(f"**{home}", timeout=30_000)
        except Exception as exc:
            raise AssertionError(f"sign-in failed at {self.page.url}: {self.errors}") from exc
        # From here on pages carry the backend's CSP. Not before: a document the test
        # fulfils has an opaque origin, so its sign-in form would post `Origin: null`, which
        # the cookie route rightly refuses (the built app serves the header itself).
        _csp_for_documents(self.context)

    def _console(self, message) -> None:
        # Reflex logs a failed rx.call_script (e.g. eval refused by the CSP) with console.log.
        blocked = re.search(r"Content Security Policy|EvalError|_call_script", message.text)
        if message.type == "error" or blocked:
            self.errors.append(f"console {message.type}: {message.text}")

    def check(self, name: str, seen: set[str]) -> None:
        """Nothing ran on this page, and its untrusted text reads as text."""
        self.page.wait_for_timeout(500)  # let late effects (image errors, svg loads) fire
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
        found = self.page.evaluate(INERT_JS)
        text = found.pop("text")
        assert found.pop("title") != "pwned", name
        ran = {"pwned": None, "frames": 0, "handlers": 0, "jsLinks": 0, "scripts": 0}
        assert found == ran, f"{name}: {found}"
        shown = {m for m in MARKERS if m in text}
        assert shown, f"{name}: no payload visible as text"
        seen.update(shown)
        assert self.errors == [], f"{name}: browser errors {self.errors}"


def test_untrusted_text_is_text_on_every_page(app_url, people, chromium_lna, tmp_path):
    chromium = chromium_lna
    seen: set[str] = set()
    student = Browser(chromium, app_url, "pat@example.com", routes.DASHBOARD)
    try:
        _student_pages(student, app_url, tmp_path, seen)
    except Exception:
        with contextlib.suppress(Exception):
            student.page.screenshot(path=str(SHOTS / "failure-student.png"), timeout=5_000)
        raise
    finally:
        student.context.close()
    tutor = Browser(chromium, app_url, "tia@example.com", routes.TUTOR)
    try:
        tutor.page.goto(app_url + routes.tutor_student_url(people["student"]))
        tutor.page.get_by_role("heading", name="Pat Payload").wait_for()
        tutor.page.get_by_text(re.compile("linear equation", re.I)).first.wait_for()
        tutor.check("tutor-student-context", seen)
        tutor.page.goto(app_url + routes.TUTOR_ROUTING)
        tutor.page.get_by_text("Linear equations").first.wait_for()
        tutor.check("tutor-routing", seen)
    finally:
        tutor.context.close()
    assert seen == set(MARKERS), f"payloads never shown as text: {set(MARKERS) - seen}"


def _student_pages(b: Browser, app_url: str, tmp_path: Path, seen: set[str]) -> None:
    page = b.page
    file = tmp_path / "payload.txt"
    file.write_text(TRANSCRIPT, encoding="utf-8")
    page.goto(app_url + routes.SESSIONS)
    page.get_by_role("button", name="Add a session").click()
    page.locator("input[type=file]").set_input_files(str(file))
    page.get_by_text(re.compile(r"Preview: \d+ turns read")).wait_for()
    b.check("student-upload-preview", seen)
    page.get_by_label("Subject").fill("Algebra I")
    page.get_by_label("Date").fill("2025-03-14")
    page.get_by_role("button", name="Save and analyse").click()
    # "Save and analyse" opens the new session, which fills in live as the worker finishes.
    page.wait_for_url(re.compile(r"/sessions/\d+/?$"), timeout=WORKER_WAIT)

    with session_scope() as s:
        session_id = s.exec(select(TutoringSession.id)).all()[-1]
    page.goto(app_url + routes.session_url(session_id))
    page.get_by_role("heading", name="Concepts").wait_for(timeout=WORKER_WAIT)
    page.get_by_text(re.compile("linear equation", re.I)).first.wait_for()
    b.check("student-session", seen)

    page.goto(app_url + routes.CHAT)
    page.get_by_label("Message").fill(QUESTION)
    page.get_by_role("button", name="Send").click()
    page.locator(f"a[href='/sessions/{session_id}']").first.wait_for(timeout=60_000)
    page.get_by_text("Thinking…").wait_for(state="hidden", timeout=60_000)
    b.check("student-chat-reply", seen)
    page.reload()  # the stored conversation, as every later visit shows it
    page.get_by_text(re.compile("distributing the negative", re.I)).first.wait_for()
    b.check("student-chat-revisit", seen)
