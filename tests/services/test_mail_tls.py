"""SMTP over TLS: STARTTLS (required) and implicit TLS against a real local server with a
self-signed certificate made here; a missing STARTTLS or an untrusted certificate sends
nothing and leaves the mail queued for a retry."""

from __future__ import annotations

import pytest

from companion import db
from companion.models import Job
from companion.services.mail import mail_queue
from tests.services.mail_fixtures import (
    MAIL_FROM,
    run_mail_worker,
    self_signed_certificate,
    smtp_server,
    smtp_url,
    use_settings,
)


@pytest.fixture
def certificate(tmp_path, monkeypatch):
    """A self-signed certificate for 127.0.0.1 that this process trusts (SSL_CERT_FILE)."""
    cert, key = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    return cert, key


def _send_one(url: str, monkeypatch) -> Job:
    """Queue one mail with SMTP_URL=url and let a worker try it once; the job afterwards."""
    use_settings(monkeypatch, SMTP_URL=url, MAIL_FROM=MAIL_FROM)
    with db.session_scope() as s:
        mail_queue(s, to="ada@example.com", subject="Hello", text="Over TLS.", key="mail:tls")
    return run_mail_worker()


def test_smtp_starttls_upgrades_before_logging_in_and_sending(database, certificate, monkeypatch):
    with smtp_server("starttls", certificate) as (inbox, port):
        job = _send_one(smtp_url("smtp+starttls", port), monkeypatch)
    assert job.status == "done", job.last_error
    (message,) = inbox.messages
    assert (message["To"], message["Subject"]) == ("ada@example.com", "Hello")
    assert inbox.logins == ["mailer"]  # the server refuses AUTH before STARTTLS
    assert inbox.tls[0] is not None and inbox.tls[0].startswith("TLSv1.")


def test_smtps_speaks_tls_from_the_first_byte(database, certificate, monkeypatch):
    with smtp_server("implicit", certificate) as (inbox, port):
        job = _send_one(smtp_url("smtps", port), monkeypatch)
    assert job.status == "done", job.last_error
    assert [m["Subject"] for m in inbox.messages] == ["Hello"]
    assert inbox.logins == ["mailer"]
    assert inbox.tls[0] is not None and inbox.tls[0].startswith("TLSv1.")


def test_a_server_without_starttls_sends_nothing_when_it_is_required(database, monkeypatch):
    with smtp_server("none") as (inbox, port):
        job = _send_one(smtp_url("smtp+starttls", port), monkeypatch)
    assert (job.status, job.attempts) == ("queued", 1)  # retried later, with backoff
    assert "does not offer STARTTLS" in job.last_error
    assert "s3cret" not in job.last_error
    assert inbox.messages == [] and inbox.logins == []  # the password never left


def test_an_untrusted_certificate_sends_nothing(database, tmp_path, monkeypatch):
    untrusted = self_signed_certificate(tmp_path)  # SSL_CERT_FILE not pointed at it
    with smtp_server("starttls", untrusted) as (inbox, port):
        job = _send_one(smtp_url("smtp+starttls", port), monkeypatch)
    assert (job.status, job.attempts) == ("queued", 1)
    assert "CERTIFICATE_VERIFY_FAILED" in job.last_error
    assert inbox.messages == [] and inbox.logins == []
