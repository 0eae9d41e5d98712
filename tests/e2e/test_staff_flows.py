"""Tutors and admins in a real browser: routing queue -> context -> accept; deactivation.

The app is booted with AppHarness from a copy of the tree in a temporary directory (its
`.web` build never touches the checkout's), on a fresh migrated SQLite database, and
driven with Playwright in Debian's Chromium. Screenshots land in test-artifacts/.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlmodel import select

from companion import routes
from companion.clock import utcnow
from companion.db import session_scope
from companion.models import Notification, RoutingDecision, User
from companion.services.routing import routing_request
from tests.e2e.conftest import ARTIFACTS, boot_app, save_shots
from tests.factories import PASSWORD, make_admin, make_student, make_tutor

pytestmark = [pytest.mark.e2e, pytest.mark.boots_app]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, sqlite_template) -> Iterator[str]:
    """The running app (dev frontend + backend) on its own database; yields the page URL."""
    with boot_app(tmp_path_factory.mktemp("staff-e2e"), sqlite_template) as url:
        yield url


@pytest.fixture(scope="module")
def people(app_url) -> dict:
    """A tutor with one student who asked for help (a routed request), and an admin."""
    with session_scope() as s:
        student = make_student(s, name="Riya Routed", email="riya@example.com")
        tutor = make_tutor(s, students=(student,), name="Tomas Tutor", email="tomas@example.com")
        admin = make_admin(s, name="Ada Admin", email="ada@example.com")
        request = routing_request(
            s,
            actor=student,
            student_id=student.id,
            topic="Factoring quadratics",
            urgency="high",
            reason="Three wrong answers in a row on factoring; asked for help.",
        )
        return {
            "student": student.id,
            "request": request.id,
            "emails": {"student": student.email, "tutor": tutor.email, "admin": admin.email},
        }


@pytest.fixture(scope="module")
def browser(chromium):
    return chromium


def _sign_in(browser, app_url: str, email: str, home: str):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(app_url + routes.LOGIN)
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"**{home}", timeout=20_000)
    return page


def _shots(page, name: str) -> None:
    save_shots(page, ARTIFACTS / "staff", name)


def test_tutor_takes_a_routed_student_from_the_queue(app_url, people, browser):
    tutor = _sign_in(browser, app_url, people["emails"]["tutor"], routes.TUTOR)
    tutor.get_by_role("link", name="Riya Routed").first.wait_for()
    _shots(tutor, "tutor-home")

    tutor.goto(app_url + routes.TUTOR_ROUTING)
    card = tutor.get_by_text("Factoring quadratics").first
    card.wait_for()
    assert tutor.get_by_text("Three wrong answers in a row on factoring").count() == 1
    _shots(tutor, "tutor-routing")

    tutor.get_by_role("button", name="Open context").click()
    tutor.wait_for_url(f"**/tutor/students/{people['student']}")
    tutor.get_by_role("heading", name="Riya Routed").wait_for()
    assert tutor.get_by_text("Three wrong answers in a row on factoring").count() == 1
    _shots(tutor, "tutor-student-context")

    tutor.goto(app_url + routes.TUTOR_ROUTING)
    tutor.get_by_role("button", name="Accept request: Factoring quadratics").click()
    when = (utcnow() + timedelta(days=3)).replace(hour=16, minute=30)
    tutor.fill("input[name=when]", when.strftime("%Y-%m-%dT%H:%M"))
    tutor.get_by_role("dialog").get_by_role("button", name="Accept").click()
    tutor.get_by_text("You took the request about Factoring quadratics").wait_for()
    tutor.get_by_text("No open requests").wait_for()

    with session_scope() as s:
        request = s.get(RoutingDecision, people["request"])
        assert request.status == "booked"
        assert request.scheduled_for is not None
        note = s.exec(
            select(Notification).where(Notification.student_id == people["student"])
        ).one()
        assert "Tomas Tutor accepted your request about Factoring quadratics" in note.message

    student = _sign_in(browser, app_url, people["emails"]["student"], routes.DASHBOARD)
    student.goto(app_url + routes.NOTIFICATIONS)
    student.get_by_text("Tomas Tutor accepted your request about Factoring quadratics").wait_for()
    _shots(student, "student-notification")


def test_admin_deactivation_signs_the_user_out(app_url, people, browser):
    student = _sign_in(browser, app_url, people["emails"]["student"], routes.DASHBOARD)
    admin = _sign_in(browser, app_url, people["emails"]["admin"], routes.ADMIN)
    admin.get_by_text("Dead jobs").wait_for()  # the home's figures, each a link to its page
    _shots(admin, "admin-home")
    admin.get_by_text("Deactivated").click()
    admin.wait_for_url(f"**{routes.ADMIN_USERS}")
    switch = admin.get_by_label(f"Account active: {people['emails']['student']}")
    switch.wait_for()
    _shots(admin, "admin-users")
    switch.click()
    admin.get_by_text("Riya Routed was deactivated and signed out").wait_for()
    with session_scope() as s:
        assert s.get(User, people["student"]).is_active is False

    student.goto(app_url + routes.DASHBOARD)
    student.wait_for_url(f"**{routes.LOGIN}", timeout=20_000)

    admin.goto(app_url + routes.ADMIN_AUDIT)
    admin.get_by_text("user.deactivate").first.wait_for()
    _shots(admin, "admin-audit")
