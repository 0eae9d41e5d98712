"""Accounts in Chromium: a reset link taken from the outbox, the /account page, the data
download and the account deletion."""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion import routes
from companion.db import session_scope
from companion.models import User
from companion.services.mail import outbox_list
from tests.e2e.conftest import ARTIFACTS, boot_app
from tests.factories import make_admin, make_student

pytestmark = [pytest.mark.e2e, pytest.mark.boots_app]
NEW = "a brand new passphrase"
SHOTS = ARTIFACTS / "account"


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, sqlite_template) -> Iterator[str]:
    work = tmp_path_factory.mktemp("account-e2e")
    with boot_app(work, sqlite_template, worker="inprocess") as url:
        yield url


def _reset_link(app_url: str) -> str:
    """The link of the reset mail, read as /admin/mail reads the outbox."""
    with session_scope() as s:
        admin = make_admin(s)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        mails = outbox_list(actor=admin)
        if mails:
            token = mails[0].text.split("token=")[1].split()[0]
            return f"{app_url}{routes.RESET_PASSWORD}?token={token}"
        time.sleep(0.5)
    pytest.fail("no reset mail reached the outbox")


def test_reset_from_the_outbox_then_account_page_download_and_delete(app_url, chromium, shots):
    with session_scope() as s:
        student = make_student(s, name="Rita Reset", email="rita.reset@example.com")
        uid = student.id
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.goto(app_url + routes.LOGIN)
    page.get_by_role("link", name="Forgot your password?").click()
    page.wait_for_url(f"**{routes.FORGOT_PASSWORD}")
    # A cold dev server compiles the page on first visit: submit only once it has hydrated
    # (before that the form has no handler, and the click does nothing).
    page.wait_for_load_state("networkidle")
    page.fill("input[name=email]", "rita.reset@example.com")
    page.click("button[type=submit]")
    page.get_by_text("If an account uses that address").wait_for(timeout=20_000)

    page.goto(_reset_link(app_url))
    page.fill("input[name=new_password]", NEW)
    page.click("button[type=submit]")
    page.get_by_text("Password changed.").wait_for(timeout=20_000)

    page.goto(app_url + routes.LOGIN)
    page.fill("input[name=email]", "rita.reset@example.com")
    page.fill("input[name=password]", NEW)
    page.click("button[type=submit]")
    page.wait_for_url(f"**{routes.DASHBOARD}", timeout=20_000)

    page.get_by_role("button", name="Account").click()
    page.get_by_role("menuitem", name="Account").click()
    page.wait_for_url(f"**{routes.ACCOUNT}", timeout=20_000)
    page.get_by_text("rita.reset@example.com").wait_for(timeout=20_000)
    shots(page, SHOTS, "account")
    page.fill("input[name=name]", "Rita Renamed")
    page.get_by_role("button", name="Save profile").click()
    page.get_by_text("Profile saved.").wait_for(timeout=20_000)
    with session_scope() as s:
        assert s.get(User, uid).name == "Rita Renamed"

    with page.expect_download(timeout=30_000) as download:
        page.get_by_role("button", name="Download my data").click()
    archive = zipfile.ZipFile(io.BytesIO(Path(download.value.path()).read_bytes()))
    assert json.loads(archive.read("profile.json"))["name"] == "Rita Renamed"

    page.get_by_role("button", name="Delete my account").click()
    page.get_by_text("What goes:").wait_for(timeout=10_000)
    page.get_by_role("dialog").locator("input[name=password]").fill(NEW)
    page.get_by_role("button", name="Delete everything").click()
    page.wait_for_url(f"**{routes.LOGIN}", timeout=20_000)
    with session_scope() as s:
        assert s.get(User, uid) is None
