"""Shared browser-test plumbing: boot the real app in a temp copy, launch Debian's Chromium.

`boot_app` copies the tree to a temporary directory (its `.web` build never touches the
checkout's), points the app at a fresh migrated SQLite file there, starts it with
AppHarness (backend in this process, dev frontend as a subprocess) and yields the page URL.
`chromium` is a Playwright browser on /usr/bin/chromium; `shots` saves a page at desktop
and phone width and checks that nothing scrolls sideways on the phone.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from companion import routes
from tests.harness import app_copy, app_environment

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 812}
SCREENSHOT_WAIT = 60_000  # ms; a dev-server page can be busy re-optimising its modules
WARM_UP_WAIT = 300_000  # ms; a freshly started dev server's first page (see warm_up)


def require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)")


@contextlib.contextmanager
def boot_app(work: Path, template: Path, *, worker: str = "off") -> Iterator[str]:
    """Run the app from a copy of the tree in `work` on its own SQLite file; yield its URL.

    `worker` is COMPANION_WORKER: "inprocess" runs the job worker (analyses, practice
    generation, suggestions) inside the harness's backend.
    """
    require_chromium()
    from reflex.testing import AppHarness

    tree = app_copy(work)
    path = work / "app.db"
    shutil.copy(template, path)
    with app_environment(f"sqlite:///{path}", worker=worker):
        harness = AppHarness.create(root=tree, app_name="companion")
        try:
            harness.start()
            # The backend answers on 127.0.0.1; the page must share its host so the sign-in
            # form POST is not refused as cross-site.
            url = harness.frontend_url.rstrip("/").replace("//localhost:", "//127.0.0.1:")
            warm_up(url)
            yield url
        finally:
            harness.stop()


def warm_up(url: str) -> None:
    """Load the sign-in page once, until the network is idle, before any test runs.

    A dev server that has just started bundles the app's JavaScript dependencies on the
    first visit (well over 20 s on a busy machine); a test's first navigation paid for it
    and timed out. This is a readiness wait for the server, not a test's expectation.
    Playwright runs in a thread of its own: the caller may already hold a sync Playwright.
    """
    from playwright.sync_api import sync_playwright

    failure: list[BaseException] = []

    def load() -> None:
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                try:
                    page = browser.new_page()
                    page.goto(url + routes.LOGIN, timeout=WARM_UP_WAIT)
                    page.wait_for_load_state("networkidle", timeout=WARM_UP_WAIT)
                finally:
                    browser.close()
        except BaseException as exc:  # raised in the caller's thread below
            failure.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=load, name="e2e-warm-up")
    thread.start()
    thread.join()
    print(f"dev server warm after {time.monotonic() - started:.1f} s")  # shown when a test fails
    if failure:
        raise RuntimeError(f"the dev server at {url} never served its sign-in page") from failure[0]


@pytest.fixture(scope="module")
def chromium():
    """Debian's Chromium through Playwright (never a downloaded browser)."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        # HEADED=1 (under a display, e.g. `xvfb-run` or a desktop) shows the browser, slowed down.
        headed = os.environ.get("HEADED") == "1"
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=not headed,
            slow_mo=250 if headed else 0,
        )
        try:
            yield browser
        finally:
            browser.close()


# Visible form fields without a label and buttons/links without an accessible name.
UNNAMED_CONTROLS_JS = """() => {
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
    && !el.closest('[aria-hidden="true"]');
  const named = (el) => (el.getAttribute('aria-label') || '').trim()
    || (el.getAttribute('aria-labelledby') || '').trim()
    || (el.labels && el.labels.length) || (el.getAttribute('title') || '').trim();
  const out = [];
  for (const el of document.querySelectorAll('input, textarea, select')) {
    // react-dropzone's own file input is out of the tab order; its drop zone is the control.
    if (el.type === 'hidden' || !visible(el) || el.tabIndex < 0) continue;
    if (!named(el)) out.push(el.outerHTML.slice(0, 120));
  }
  for (const el of document.querySelectorAll('button, a[href], [role=button], [tabindex="0"]')) {
    if (!visible(el)) continue;
    if (!named(el) && !(el.innerText || '').trim()) out.push(el.outerHTML.slice(0, 120));
  }
  return out;
}"""


def assert_accessible_names(page, name: str) -> None:
    """Every visible field has a label and every button or link an accessible name."""
    unnamed = page.evaluate(UNNAMED_CONTROLS_JS)
    assert unnamed == [], f"{name}: controls without a label or accessible name: {unnamed}"


def save_shots(page, folder: Path, name: str) -> None:
    """Full-page screenshots at 1280x800 and 375x812; fail if the phone view scrolls sideways."""
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{time.strftime('%H:%M:%S')} shots {name}: {page.url}")  # shown when a test fails
    assert_accessible_names(page, name)
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.wait_for_timeout(400)  # let breakpoints and layout settle
        if size is PHONE:
            wide = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert wide[0] <= wide[1], f"{name} scrolls sideways at 375 px: {wide}"
        page.screenshot(
            path=str(folder / f"{name}-{label}.png"),
            full_page=True,
            animations="disabled",
            caret="hide",
            timeout=SCREENSHOT_WAIT,
        )
    page.set_viewport_size(DESKTOP)


@pytest.fixture(scope="session")
def boot() -> Callable[..., contextlib.AbstractContextManager[str]]:
    """`with boot(work_dir, sqlite_template, worker="inprocess") as url:` (see boot_app)."""
    return boot_app


@pytest.fixture
def shots() -> Callable[..., None]:
    """`shots(page, folder, name)`: see save_shots."""
    return save_shots
