"""Accounts in Chromium: a reset link taken from the outbox, the /account page, the data
download and the account deletion; an admin sending a reset link (read at /admin/mail),
downloading an account's data and deleting it."""

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
from companion.services.security import verify_password
from tests.e2e.conftest import ARTIFACTS, boot_app
from tests.factories import PASSWORD, make_admin, make_student

pytestmark = [pytest.mark.e2e, pytest.mark.boots_app]
NEW = "a brand new passphrase"
SHOTS = ARTIFACTS / "account"


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, sqlite_template) -> Iterator[str]:
    work = tmp_path_factory.mktemp("account-e2e")
    with boot_app(work, sqlite_template, worker="inprocess") as url:
        yield url


def _reset_link(app_url: str, to: str) -> str:
    """The link of the newest reset mail to `to`, read as /admin/mail reads the outbox."""
    with session_scope() as s:
        admin = make_admin(s)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        mails = [m for m in outbox_list(actor=admin) if m.to == to]
        if mails:
            token = mails[0].text.split("token=")[1].split()[0]
            return f"{app_url}{routes.RESET_PASSWORD}?token={token}"
        time.sleep(0.5)
    pytest.fail("no reset mail reached the outbox")


def _sign_in(context, app_url: str, email: str, password: str, home: str):
    page = context.new_page()
    page.goto(app_url + routes.LOGIN)
    page.wait_for_load_state("networkidle")  # hydrated: the form has its handler
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"**{home}", timeout=20_000)
    return page


def test_reset_from_the_outbox_then_account_page_download_and_delete(app_url, chromium, shots):
    with session_scope() as s:
        student = make_student(s, name="Rita Reset", email="rita.reset@example.com")
        uid = student.id
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.goto(app_url + routes.LOGIN)
    page.get_by_role("link", name="Forgot your password?").click()
    page.wait_for_url(f"**{routes.FORGOT_PASSWORD}")
    # The sign-in page has an email field and a submit button too: act on this page's own
    # button, which opens once the page has hydrated (its on_load reset done).
    send = page.get_by_role("button", name="Send the link")
    send.wait_for(timeout=30_000)
    page.fill("input[name=email]", "rita.reset@example.com")
    send.click(timeout=30_000)
    page.get_by_text("If an account uses that address").wait_for(timeout=20_000)

    page.goto(_reset_link(app_url, "rita.reset@example.com"))
    page.fill("input[name=new_password]", NEW)
    page.get_by_role("button", name="Set the new password").click(timeout=30_000)
    page.get_by_text("Password changed.").wait_for(timeout=20_000)

    page = _sign_in(context, app_url, "rita.reset@example.com", NEW, routes.DASHBOARD)

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
        admin = make_admin(s)
    # Her reset mail went from the outbox with the account (other people's mail stays).
    assert [m for m in outbox_list(actor=admin) if m.to == "rita.reset@example.com"] == []


def _account_action(page, email: str, action: str) -> None:
    page.get_by_role("button", name=f"Actions for {email}").click()
    page.get_by_role("menuitem", name=action).click()


def test_an_admin_sends_a_reset_link_downloads_and_deletes_accounts(app_url, chromium, shots):
    with session_scope() as s:
        make_admin(s, name="Ada Admin", email="ada.admin@example.com")
        lost = make_student(s, name="Lena Lost", email="lena.lost@example.com")
        leaving = make_student(s, name="Leo Leaving", email="leo.leaving@example.com")
        lost_id, leaving_id = lost.id, leaving.id
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = _sign_in(context, app_url, "ada.admin@example.com", PASSWORD, routes.ADMIN)

    page.goto(app_url + routes.ADMIN_USERS)
    page.get_by_text("lena.lost@example.com").wait_for(timeout=20_000)
    _account_action(page, "lena.lost@example.com", "Send reset link")
    page.get_by_text("A reset link is on its way to lena.lost@example.com").wait_for(timeout=20_000)
    shots(page, SHOTS, "admin-users")

    # The worker delivers it into the outbox, which /admin/mail lists.
    page.goto(app_url + routes.ADMIN_MAIL)
    mail = page.locator(".rt-Card", has_text="To: lena.lost@example.com")
    deadline = time.monotonic() + 60
    while not mail.count() and time.monotonic() < deadline:
        page.wait_for_timeout(1000)
        page.get_by_role("button", name="Refresh").click()
    assert mail.count() == 1, "the admin's reset mail is not listed at /admin/mail"
    assert "Reset your Study Companion password" in mail.inner_text()
    href = mail.get_by_role("link").get_attribute("href")
    assert href is not None and f"{routes.RESET_PASSWORD}?token=" in href
    shots(page, SHOTS, "admin-mail")

    # The link works once for the student it was sent to.
    student = context.browser.new_context().new_page()
    student.goto(app_url + routes.RESET_PASSWORD + "?" + href.split("?", 1)[1])
    student.wait_for_load_state("networkidle")
    student.fill("input[name=new_password]", NEW)
    student.click("button[type=submit]")
    student.get_by_text("Password changed.").wait_for(timeout=20_000)
    with session_scope() as s:
        assert verify_password(NEW, s.get(User, lost_id).password_hash)

    page.goto(app_url + routes.ADMIN_USERS)
    page.get_by_text("leo.leaving@example.com").wait_for(timeout=20_000)
    with page.expect_download(timeout=30_000) as download:
        _account_action(page, "leo.leaving@example.com", "Download data")
    archive = zipfile.ZipFile(io.BytesIO(Path(download.value.path()).read_bytes()))
    assert json.loads(archive.read("profile.json"))["email"] == "leo.leaving@example.com"

    _account_action(page, "leo.leaving@example.com", "Delete account")
    dialog = page.get_by_role("alertdialog")
    dialog.get_by_text("Leo Leaving (leo.leaving@example.com)").wait_for(timeout=10_000)
    assert "What stays:" in dialog.inner_text()
    dialog.get_by_role("button", name="Delete the account").click()
    page.get_by_text("Deleted Leo Leaving").wait_for(timeout=20_000)
    with session_scope() as s:
        assert s.get(User, leaving_id) is None
    page.get_by_role("button", name="Actions for leo.leaving@example.com").wait_for(
        state="detached", timeout=10_000
    )  # the list was read again
    shots(page, SHOTS, "admin-users-after-delete")
