"""Email change: confirmed by a link to the new address, once, within 24 hours."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from companion.clock import utcnow
from companion.models import Job
from companion.services.email_change import (
    CHANGE_LINK_INVALID,
    WRONG_PASSWORD,
    email_change_confirm,
    email_change_request,
)
from companion.services.errors import Conflict, Invalid, Unauthorized
from companion.services.mail import MAIL_KIND
from companion.services.signin import token_for, user_from_token
from jobs.handlers import mail_render
from tests.factories import PASSWORD, make_student


def _mail_to(session, to: str) -> str:
    """The text the queued mail job sends to `to` (a link is rendered as the job runs)."""
    payloads = session.exec(select(Job.payload).where(Job.kind == MAIL_KIND)).all()
    mails = [mail_render(session, p) for p in payloads]
    (text,) = [m["text"] for m in mails if m is not None and m["to"] == to]
    return text


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def _link_token(session, to: str) -> str:
    return _mail_to(session, to).split("token=")[1].split()[0]


def test_the_link_sent_to_the_new_address_changes_the_email_once(session):
    user = make_student(session, email="old@example.com")
    old_token = token_for(user)
    email_change_request(session, actor=user, new_email="New@Example.com", password=PASSWORD)
    assert user.email == "old@example.com"  # nothing changes before the link is opened
    token = _link_token(session, "new@example.com")
    assert email_change_confirm(session, token=token).email == "new@example.com"
    with pytest.raises(Unauthorized):
        user_from_token(session, old_token)
    assert "now uses new@example.com" in _mail_to(session, "old@example.com")  # told
    with pytest.raises(Invalid):
        email_change_confirm(session, token=token)


def test_the_queued_job_holds_no_usable_link(session):
    user = make_student(session, email="old@example.com")
    email_change_request(session, actor=user, new_email="new@example.com", password=PASSWORD)
    (payload,) = session.exec(select(Job.payload).where(Job.kind == MAIL_KIND)).all()
    candidates = _strings(payload)
    candidates += [c.split("token=")[-1] for c in candidates if "token=" in c]
    assert "new@example.com" in candidates  # the payload was read, and it names the address
    for candidate in candidates:
        with pytest.raises(Invalid):
            email_change_confirm(session, token=candidate)
    assert user.email == "old@example.com"
    token = _link_token(session, "new@example.com")  # the job makes a working link
    assert token not in str(payload)
    assert email_change_confirm(session, token=token).email == "new@example.com"


def test_a_link_voided_before_its_mail_runs_is_not_sent(session):
    user = make_student(session, email="old@example.com")
    email_change_request(session, actor=user, new_email="new@example.com", password=PASSWORD)
    user.token_version += 1  # a password change or sign-out everywhere meanwhile
    (payload,) = session.exec(select(Job.payload).where(Job.kind == MAIL_KIND)).all()
    assert mail_render(session, payload) is None


def test_a_wrong_password_or_a_taken_address_is_refused(session):
    user, other = make_student(session), make_student(session)
    with pytest.raises(Invalid, match=WRONG_PASSWORD):
        email_change_request(session, actor=user, new_email="x@example.com", password="nope")
    with pytest.raises(Conflict):
        email_change_request(session, actor=user, new_email=other.email, password=PASSWORD)
    assert session.exec(select(Job)).all() == []


def test_an_expired_or_tampered_link_changes_nothing(session):
    user = make_student(session, email="ada@example.com")
    email_change_request(session, actor=user, new_email="ada2@example.com", password=PASSWORD)
    token = _link_token(session, "ada2@example.com")
    later = utcnow() + timedelta(hours=25)
    with pytest.raises(Invalid, match=CHANGE_LINK_INVALID):
        email_change_confirm(session, token=token, now=later)
    body, sig = token.split(".")
    with pytest.raises(Invalid):
        email_change_confirm(session, token=f"{body[:-2]}xx.{sig}")
    assert user.email == "ada@example.com"
