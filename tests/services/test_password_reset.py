"""Password change and reset: links work once, for 30 minutes, and revoke every old token."""

from __future__ import annotations

import contextlib
import hashlib
from datetime import timedelta

import pytest
from sqlmodel import Session, select

from companion import db
from companion.clock import utcnow
from companion.models import AuditLog, Job, PasswordReset, User
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
from tests.statements import executed

NEW = "a brand new passphrase"


def _student(email: str = "ada@example.com") -> tuple[int, str]:
    with db.session_scope() as s:
        user = make_student(s, email=email)
        s.flush()
        return user.id, token_for(user)


def _run_mail_jobs() -> None:
    with Session(db.get_engine()) as s:
        payloads = s.exec(select(Job.payload).where(Job.kind == MAIL_KIND).order_by(Job.id)).all()
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
    _run_mail_jobs()  # the job finds no account: no link, no mail
    with db.session_scope() as s:
        assert s.exec(select(PasswordReset)).all() == []
    assert outbox_list(actor=_admin()) == []


def _request_statements(email: str) -> list[tuple[str, list[str]]]:
    """The statements a reset request runs, each with the tables it writes (by name)."""
    with executed() as statements, db.session_scope() as s:
        password_reset_request(s, email=email, address="5.6.7.8")
    seen = [" ".join(statement.split()) for statement in statements]
    return [(stmt.split()[0].upper(), stmt) for stmt in seen]


def _written() -> dict[str, int]:
    with db.session_scope() as s:
        return {
            "jobs": len(s.exec(select(Job)).all()),
            "resets": len(s.exec(select(PasswordReset)).all()),
            "audit": len(s.exec(select(AuditLog)).all()),
        }


def test_a_request_does_the_same_database_work_whether_or_not_the_account_exists(database, outbox):
    _student()
    before = _written()
    known = _request_statements("Ada@Example.com")
    after_known = _written()
    unknown = _request_statements("nobody@example.com")
    after_unknown = _written()
    assert known == unknown  # the same statements, in the same order (parameters aside)
    assert any(kind == "INSERT" for kind, _ in known)  # the one job is written both times
    grew_known = {k: after_known[k] - before[k] for k in before}
    grew_unknown = {k: after_unknown[k] - after_known[k] for k in before}
    assert grew_known == grew_unknown == {"jobs": 1, "resets": 0, "audit": 0}
    _run_mail_jobs()  # the work that differs happens in the job, after the answer
    (mail,) = outbox_list(actor=_admin())
    assert mail.to == "ada@example.com"


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
    _run_mail_jobs()  # each job makes a link; the second retires the first
    tokens = [m.text.split("token=")[1].split()[0] for m in outbox_list(actor=_admin())]
    worked = []
    for token in tokens:
        with contextlib.suppress(Invalid), db.session_scope() as s:
            password_reset(s, token=token, new_password=NEW)
            worked.append(token)
    with db.session_scope() as s:
        live = s.exec(select(PasswordReset).order_by(PasswordReset.id)).all()[-1]
    assert len(tokens) == 2 and len(worked) == 1  # only the newer link works
    assert live.token_hash == hashlib.sha256(worked[0].encode()).hexdigest()


def test_a_queued_admin_link_is_not_sent_once_a_newer_link_exists(database, outbox):
    uid, _ = _student()
    admin = _admin()
    for _ in range(2):
        with db.session_scope() as s:
            password_reset_link_send(s, actor=s.get(User, admin.id), user_id=uid)
    _run_mail_jobs()  # the first job finds its link gone and sends nothing
    token = _link_token(admin)
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
