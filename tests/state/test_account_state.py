"""/account handlers called directly, as the page (or a crafted socket message) would."""

from __future__ import annotations

import pytest
import reflex as rx
from sqlmodel import select

from companion import routes
from companion.db import session_scope
from companion.models import Job, NotificationPreference, User
from companion.services.errors import Unauthorized
from companion.services.preferences import BAD_QUIET
from companion.services.security import verify_password
from companion.services.signin import token_for, user_from_token
from companion.state.account import AccountState
from companion.state.password_reset import PasswordResetState
from jobs.handlers import mail_render
from tests.factories import PASSWORD, make_student, make_tutor
from tests.state.fire import fire
from tests.state.router import open_page

NEW = "a brand new passphrase"


@pytest.fixture
def student(database) -> tuple[int, str]:
    with session_scope() as s:
        user = make_student(s, name="Ada", grade="9th")
        s.flush()
        return user.id, token_for(user)


def _user(uid: int) -> User | None:
    with session_scope() as s:
        return s.get(User, uid)


def _loaded(make_state, token: str) -> AccountState:
    state = make_state(AccountState, token)
    assert fire(AccountState.load_account, state) is None
    return state


def _events(result) -> list:
    return result if isinstance(result, list) else [result]


def _has(result, text: str) -> bool:
    return any(isinstance(e, rx.event.EventSpec) and text in str(e.args) for e in _events(result))


def test_a_student_sees_their_profile_and_notification_choices(student, make_state):
    state = _loaded(make_state, student[1])
    assert (state.profile.name, state.profile.grade) == ("Ada", "9th")
    assert state.is_student and state.channels["daily_nudge"] == "in_app"


def test_a_tutor_has_no_notification_choices(database, make_state):
    with session_scope() as s:
        token = token_for(make_tutor(s))
    assert not _loaded(make_state, token).is_student


def test_without_a_cookie_the_page_sends_to_sign_in(database, make_state):
    state = make_state(AccountState)
    assert _has(fire(AccountState.load_account, state), routes.LOGIN)


def test_profile_saves_and_a_blank_name_changes_nothing(student, make_state):
    state = _loaded(make_state, student[1])
    fire(AccountState.save_profile, state, {"name": "Ada L.", "grade": "10th"})
    assert (_user(student[0]).name, state.user_name) == ("Ada L.", "Ada L.")
    fire(AccountState.save_profile, state, {"name": "  ", "grade": "11th"})
    assert state.profile_error and _user(student[0]).grade == "10th"


def test_password_change_needs_the_current_one_and_renews_the_cookie(student, make_state):
    uid, token = student
    state = _loaded(make_state, token)
    fire(AccountState.change_password, state, {"current_password": "wrong!", "new_password": NEW})
    assert state.password_error and verify_password(PASSWORD, _user(uid).password_hash)
    done = fire(
        AccountState.change_password, state, {"current_password": PASSWORD, "new_password": NEW}
    )
    assert _has(done, routes.API_SESSION)  # a code is traded for the new cookie
    with session_scope() as s, pytest.raises(Unauthorized):
        user_from_token(s, token)


def test_notification_choices_are_saved_and_bad_ones_shown(student, make_state):
    state = _loaded(make_state, student[1])
    fire(AccountState.set_channel, state, "daily_nudge", "both")
    fire(AccountState.set_channel, state, "daily_nudge", "carrier pigeon")  # ignored
    form = {"timezone": "Europe/Paris", "quiet_start": "22:00", "quiet_end": "", "daily_cap": "2"}
    fire(AccountState.save_preferences, state, form)
    assert state.prefs_error == BAD_QUIET
    fire(AccountState.save_preferences, state, {**form, "quiet_end": "07:00"})
    assert state.prefs_error == ""
    with session_scope() as s:
        row = s.get(NotificationPreference, student[0])
        assert (row.channels["daily_nudge"], row.timezone, row.daily_cap) == (
            "both",
            "Europe/Paris",
            2,
        )


def test_download_gives_the_zip(student, make_state):
    state = _loaded(make_state, student[1])
    assert _has(fire(AccountState.download_data, state), "study-companion-data.zip")


def test_deleting_needs_the_password_then_signs_out(student, make_state):
    uid, token = student
    state = _loaded(make_state, token)
    fire(AccountState.delete_account, state, {"password": "not it"})
    assert state.delete_error and _user(uid) is not None
    done = fire(AccountState.delete_account, state, {"password": PASSWORD})
    assert _has(done, routes.API_LOGOUT)
    with session_scope() as s:
        assert s.exec(select(User).where(User.id == uid)).first() is None


def test_email_change_sends_a_link_and_the_confirm_page_switches_the_address(student, make_state):
    uid, token = student
    state = _loaded(make_state, token)
    fire(AccountState.change_email, state, {"new_email": "ada.new@example.com", "password": "x"})
    assert state.email_error and state.email_message == ""
    fire(
        AccountState.change_email,
        state,
        {"new_email": "ada.new@example.com", "password": PASSWORD},
    )
    assert "ada.new@example.com" in state.email_message
    with session_scope() as s:
        mails = [mail_render(s, j.payload) for j in s.exec(select(Job))]  # as the job renders
        (text,) = [m["text"] for m in mails if m and m["to"].startswith("ada.new")]
    confirm = make_state(PasswordResetState)
    link_token = text.split("token=")[1].split()[0]
    open_page(confirm, routes.CONFIRM_EMAIL, {"token": link_token})
    fire(PasswordResetState.confirm_email, confirm)
    assert confirm.done and _user(uid).email == "ada.new@example.com"
