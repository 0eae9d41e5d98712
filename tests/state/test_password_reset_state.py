"""/forgot-password and /reset-password handlers, end to end through the outbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from reflex.istate.data import SessionData
from sqlmodel import Session, select

from companion import db, routes
from companion.db import session_scope
from companion.models import Job, User
from companion.services.mail import MAIL_KIND, outbox_list
from companion.services.password_reset import RESET_LINK_INVALID, RESET_SENT
from companion.services.signin import user_authenticate
from companion.settings import get_settings
from companion.state.password_reset import PasswordResetState
from jobs.handlers import run_mail_send
from tests.factories import make_admin, make_student
from tests.services.mail_fixtures import use_settings
from tests.state.fire import fire
from tests.state.router import open_page

NEW = "a brand new passphrase"


@pytest.fixture
def outbox(tmp_path, monkeypatch) -> Iterator:
    use_settings(monkeypatch, MAIL_OUTBOX=str(tmp_path), SMTP_URL="")
    yield tmp_path
    get_settings.cache_clear()


def _state(make_state, token: str | None = None) -> PasswordResetState:
    state = make_state(PasswordResetState)
    root = state.parent_state
    root.rx_router_session = SessionData(client_ip="5.6.7.8")
    return open_page(state, routes.RESET_PASSWORD, {"token": token} if token else None)


def _link_token() -> str:
    with Session(db.get_engine()) as s:
        for payload in s.exec(select(Job.payload).where(Job.kind == MAIL_KIND)).all():
            run_mail_send(payload)
    with session_scope() as s:
        (mail,) = outbox_list(actor=make_admin(s))
    return mail.text.split("token=")[1].split()[0]


def test_a_forgotten_password_is_reset_with_the_emailed_link(database, outbox, make_state):
    with session_scope() as s:
        make_student(s, email="ada@example.com")
    asking = _state(make_state)
    fire(PasswordResetState.request_link, asking, {"email": "ada@example.com"})
    assert asking.sent_message == RESET_SENT
    resetting = _state(make_state, _link_token())
    fire(PasswordResetState.set_new_password, resetting, {"new_password": NEW})
    assert resetting.done and resetting.error == ""
    with session_scope() as s:
        assert isinstance(user_authenticate(s, email="ada@example.com", password=NEW).user, User)


def test_an_unknown_address_reads_the_same(database, make_state):
    state = _state(make_state)
    fire(PasswordResetState.request_link, state, {"email": "nobody@example.com"})
    assert state.sent_message == RESET_SENT


def test_a_page_without_a_valid_token_says_so(database, make_state):
    for token in (None, "forged-token-value"):
        state = _state(make_state, token)
        fire(PasswordResetState.set_new_password, state, {"new_password": NEW})
        assert (state.done, state.error) == (False, RESET_LINK_INVALID)
