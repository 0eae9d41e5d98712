"""Mail goes through the job queue: by SMTP to a real local server, else into the outbox."""

from __future__ import annotations

import pytest

from companion import db
from companion.services.errors import Forbidden
from companion.services.mail import mail_deliver, mail_queue, outbox_list
from tests.factories import make_admin, make_student
from tests.services.mail_fixtures import run_mail_worker, use_settings


def _queue(**headers: str) -> None:
    with db.session_scope() as s:
        mail_queue(
            s,
            to="ada@example.com",
            subject="Your practice is ready",
            text="Open the app to start.",
            key="mail:test:1",
            headers=headers,
        )


def test_queued_mail_is_sent_by_the_worker_over_smtp_after_logging_in(database, smtp_inbox):
    _queue(**{"List-Unsubscribe": "<http://localhost:3000/api/unsubscribe?token=x>"})
    assert smtp_inbox.messages == []  # queueing sends nothing
    job = run_mail_worker()
    assert job.status == "done"
    (message,) = smtp_inbox.messages
    assert message["To"] == "ada@example.com"
    assert message["Subject"] == "Your practice is ready"
    assert message["From"] == "Study Companion <companion@example.com>"
    assert message["List-Unsubscribe"].startswith("<http://localhost:3000/api/unsubscribe")
    assert "Open the app to start." in message.get_payload(decode=True).decode()
    assert smtp_inbox.logins == ["mailer"]


def test_an_unreachable_smtp_server_leaves_the_mail_queued_for_a_retry(database, monkeypatch):
    use_settings(monkeypatch, SMTP_URL="smtp://127.0.0.1:9", MAIL_FROM="a@example.com")
    _queue()
    job = run_mail_worker()
    assert (job.status, job.attempts) == ("queued", 1)
    assert job.last_error


def test_without_smtp_mail_lands_in_the_outbox_and_only_admins_list_it(session, outbox):
    admin, student = make_admin(session), make_student(session)
    where = mail_deliver({"to": "ada@example.com", "subject": "Hello", "text": "Line one."})
    assert where.startswith(str(outbox))
    (mail,) = outbox_list(actor=admin)
    assert (mail.to, mail.subject, mail.text.strip()) == ("ada@example.com", "Hello", "Line one.")
    with pytest.raises(Forbidden):
        outbox_list(actor=student)


def test_an_empty_outbox_lists_nothing(session, outbox):
    assert outbox_list(actor=make_admin(session)) == []


def test_mail_settings_default_to_an_outbox_beside_the_database_and_refuse_bad_values():
    from companion.settings import SettingsError, load_settings

    base = {"COMPANION_ENV": "test", "DATABASE_URL": "sqlite:////srv/app/companion.db"}
    settings = load_settings(base)
    assert (settings.mail_outbox, settings.smtp_url, settings.transcript_retention_days) == (
        "/srv/app/outbox",
        "",
        0,
    )
    for scheme in ("smtp", "smtp+starttls", "smtps"):
        url = f"{scheme}://mailer:pw@mail.example.org:2525"
        assert load_settings({**base, "SMTP_URL": url}).smtp_url == url
    for bad in ({"SMTP_URL": "http://mail.example.org"}, {"TRANSCRIPT_RETENTION_DAYS": "-3"}):
        with pytest.raises(SettingsError):
            load_settings({**base, **bad})
