"""/admin/mail's handler: admins read the outbox with the app's own links made clickable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import reflex as rx

from companion import routes
from companion.db import session_scope
from companion.services.mail import mail_deliver
from companion.services.signin import token_for
from companion.settings import get_settings
from companion.state.admin_mail import AdminMailState
from tests.factories import make_admin, make_student
from tests.services.mail_fixtures import use_settings
from tests.state.fire import fire


@pytest.fixture
def outbox(tmp_path, monkeypatch) -> Iterator:
    use_settings(
        monkeypatch, MAIL_OUTBOX=str(tmp_path), SMTP_URL="", COMPANION_URL="http://app.test"
    )
    yield tmp_path
    get_settings.cache_clear()


def _tokens() -> tuple[str, str]:
    with session_scope() as s:
        return token_for(make_admin(s)), token_for(make_student(s))


def test_admin_sees_the_mail_and_only_the_apps_links_are_clickable(database, outbox, make_state):
    admin, _ = _tokens()
    text = "Reset: http://app.test/reset-password?token=abc\nElsewhere: http://evil.test/x"
    mail_deliver({"to": "ada@example.com", "subject": "Reset", "text": text})
    state = make_state(AdminMailState, admin)
    assert fire(AdminMailState.load_mail, state) is None
    (mail,) = state.mails
    assert (mail.recipient, mail.subject) == ("ada@example.com", "Reset")
    assert mail.links == ["http://app.test/reset-password?token=abc"]


def test_a_student_is_sent_home_and_reads_nothing(database, outbox, make_state):
    _, student = _tokens()
    mail_deliver({"to": "ada@example.com", "subject": "Reset", "text": "secret link"})
    state = make_state(AdminMailState, student)
    event = fire(AdminMailState.load_mail, state)
    assert isinstance(event, rx.event.EventSpec) and routes.DASHBOARD in str(event.args)
    assert state.mails == []
