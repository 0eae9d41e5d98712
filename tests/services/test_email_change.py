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
from tests.factories import PASSWORD, make_student


def _mail_to(session, to: str) -> str:
    payloads = session.exec(select(Job.payload).where(Job.kind == MAIL_KIND)).all()
    (text,) = [p["text"] for p in payloads if p["to"] == to]
    return text


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
