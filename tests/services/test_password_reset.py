"""Password change and reset: links work once, for 30 minutes, and revoke every old token."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, select

from companion import db
from companion.clock import utcnow
from companion.models import Job, PasswordReset, User
from companion.services import ratelimit
from companion.services.errors import Invalid, RateLimited, Unauthorized
from companion.services.mail import MAIL_KIND, outbox_list
from companion.services.password_reset import (
    CURRENT_PASSWORD_WRONG,
    RESET_LINK_INVALID,
    RESET_SENT,
    password_change,
    password_reset,
    password_reset_link_send,
    password_reset_request,
)
from companion.services.security import verify_password
from companion.services.signin import token_for, user_authenticate, user_from_token
from jobs.handlers import run_mail_send
from tests.factories import PASSWORD, make_admin, make_student

NEW = "a brand new passphrase"


def _student(email: str = "ada@example.com") -> tuple[int, str]:
    with db.session_scope() as s:
        user = make_student(s, email=email)
        s.flush()
        return user.id, token_for(user)


def _run_mail_jobs() -> None:
    with Session(db.get_engine()) as s:
        payloads = s.exec(select(Job.payload).where(Job.kind == MAIL_KIND)).all()
    for payload in payloads:
        run_mail_send(payload)


def _link_token(admin: User) -> str:
    (mail,) = outbox_list(actor=admin)
    return mail.text.split("token=")[1].split()[0]


def _admin() -> User:
    with db.session_scope() as s:
        return make_admin(s)


def test_a_reset_link_from_the_outbox_sets_the_password_once_and_revokes_old_tokens(
    database, outbox
):
    uid, old_token = _student()
    with db.session_scope() as s:
        assert password_reset_request(s, email="Ada@Example.com", address="1.2.3.4") == RESET_SENT
    _run_mail_jobs()
    token = _link_token(_admin())
    with db.session_scope() as s:
        row = s.exec(select(PasswordReset)).one()
        jobs = s.exec(select(Job.payload)).all()
    assert token not in (row.token_hash, row.nonce)  # only a digest is stored
    assert all(token not in str(p) for p in jobs)  # the queue never carries the link
    with db.session_scope() as s:
        password_reset(s, token=token, new_password=NEW)
    with db.session_scope() as s:
        assert user_authenticate(s, email="ada@example.com", password=NEW).user.id == uid
        with pytest.raises(Unauthorized):
            user_from_token(s, old_token)
        with pytest.raises(Invalid, match="already used"):
            password_reset(s, token=token, new_password="yet another passphrase")


def test_an_unknown_address_gets_the_same_answer_and_no_mail(database, outbox):
    _student()
    with db.session_scope() as s:
        assert (
            password_reset_request(s, email="nobody@example.com", address="1.2.3.4") == RESET_SENT
        )
        assert s.exec(select(Job)).all() == []


def test_a_link_older_than_30_minutes_changes_nothing(database, outbox):
    uid, _ = _student()
    with db.session_scope() as s:
        password_reset_request(s, email="ada@example.com")
    _run_mail_jobs()
    token = _link_token(_admin())
    with db.session_scope() as s, pytest.raises(Invalid) as caught:
        password_reset(s, token=token, new_password=NEW, now=utcnow() + timedelta(minutes=31))
    assert caught.value.message == RESET_LINK_INVALID
    with db.session_scope() as s:
        assert verify_password(PASSWORD, s.get(User, uid).password_hash)


def test_a_new_request_replaces_the_earlier_link(database, outbox):
    _student()
    for _ in range(2):
        with db.session_scope() as s:
            password_reset_request(s, email="ada@example.com")
    _run_mail_jobs()  # the first job finds its link gone and sends nothing
    token = _link_token(_admin())
    with db.session_scope() as s:
        password_reset(s, token=token, new_password=NEW)


def test_a_forged_token_is_refused(database):
    _student()
    with db.session_scope() as s:
        password_reset_request(s, email="ada@example.com")
    with db.session_scope() as s, pytest.raises(Invalid):
        password_reset(s, token="x" * 43, new_password=NEW)


def test_reset_requests_are_throttled_like_sign_ins(database, monkeypatch):
    _student()
    monkeypatch.setattr(ratelimit, "_clock", lambda: 1_000_000.0)
    free = ratelimit.POLICIES["login:account"].free
    for _ in range(free):
        with db.session_scope() as s:
            password_reset_request(s, email="ada@example.com", address="9.9.9.9")
    with db.session_scope() as s, pytest.raises(RateLimited):
        password_reset_request(s, email="ada@example.com", address="9.9.9.9")


def test_password_change_needs_the_current_password_and_revokes_other_tokens(session):
    user = make_student(session)
    old = token_for(user)
    with pytest.raises(Invalid) as caught:
        password_change(session, actor=user, current_password="wrong guess!", new_password=NEW)
    assert caught.value.message == CURRENT_PASSWORD_WRONG
    assert verify_password(PASSWORD, user.password_hash)
    signed = password_change(session, actor=user, current_password=PASSWORD, new_password=NEW)
    assert user_from_token(session, signed.token).id == user.id
    with pytest.raises(Unauthorized):
        user_from_token(session, old)


def test_a_too_short_new_password_changes_nothing(session):
    user = make_student(session)
    with pytest.raises(Invalid):
        password_change(session, actor=user, current_password=PASSWORD, new_password="short")
    assert verify_password(PASSWORD, user.password_hash)


def test_an_admin_sends_a_reset_link_to_any_user(database, outbox):
    _student()
    admin = _admin()
    with db.session_scope() as s:
        student = s.exec(select(User).where(User.email == "ada@example.com")).one()
        password_reset_link_send(s, actor=s.get(User, admin.id), user_id=student.id)
    _run_mail_jobs()
    (mail,) = outbox_list(actor=admin)
    assert mail.to == "ada@example.com" and "/reset-password?token=" in mail.text
