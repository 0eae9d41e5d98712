"""AuthState and the home-page handlers, called directly with chosen cookies."""

from __future__ import annotations

import jwt
import pytest
import reflex as rx
from sqlmodel import select

from companion import routes
from companion.api.session_cookie import token_from_cookie_header
from companion.db import session_scope
from companion.models import AuditLog, User
from companion.pages.home import AdminHomeState, HomeState
from companion.services import messages
from companion.services.errors import Conflict, Invalid, Unauthorized
from companion.services.signin import exchange_code_issue, token_for
from companion.settings import get_settings
from companion.state.admin_users import AdminUsersState
from companion.state.auth import AuthState, SignInState, _register, _sign_in, post_form_script
from tests.factories import PASSWORD, make_admin, make_student, make_tutor
from tests.state.fire import fire


def _saved(make, **kw) -> tuple[int, str]:
    with session_scope() as s:
        user = make(s, **kw)
        return user.id, token_for(user)


def _is_redirect_to(event, path: str) -> bool:
    return isinstance(event, rx.event.EventSpec) and f'"{path}"' in str(event.args)


def test_cookie_header_parsing_finds_only_our_cookie():
    assert token_from_cookie_header("a=1; companion_token=abc.def; b=2") == "abc.def"
    assert token_from_cookie_header("xcompanion_token=abc") == ""
    assert token_from_cookie_header(None) == ""


def test_valid_cookie_resolves_user_and_display_vars(database, make_state):
    user_id, token = _saved(make_student, name="Ada Lovelace")
    state = make_state(HomeState, token)
    assert fire(HomeState.load_profile, state) is None
    assert state._user_id == user_id
    assert state.user_name == "Ada Lovelace"
    assert state.user_role == "student"
    assert state.email.endswith("@example.com")


@pytest.mark.parametrize("cookie", [None, "", "garbage", "a.b.c"])
def test_missing_or_malformed_cookie_loads_nothing_and_redirects(database, make_state, cookie):
    _saved(make_student)
    state = make_state(HomeState, cookie)
    event = fire(HomeState.load_profile, state)
    assert _is_redirect_to(event, routes.LOGIN)
    assert (state._user_id, state.user_name, state.email) == (None, "", "")


def test_token_signed_with_another_key_is_refused(database, make_state):
    user_id, _ = _saved(make_student)
    forged = jwt.encode(
        {"userId": user_id, "ver": 0, "iat": 1, "exp": 4_000_000_000, "role": "admin"},
        "another-secret-that-is-long-enough-for-hs256",
        algorithm="HS256",
    )
    state = make_state(HomeState, forged)
    assert _is_redirect_to(fire(HomeState.load_profile, state), routes.LOGIN)
    assert state.email == ""


def test_exchange_code_is_not_a_session_token(database, make_state):
    with session_scope() as s:
        code = exchange_code_issue(make_student(s))
    state = make_state(HomeState, code)
    assert _is_redirect_to(fire(HomeState.load_profile, state), routes.LOGIN)


def test_deactivated_users_token_is_refused(database, make_state):
    user_id, token = _saved(make_student)
    with session_scope() as s:
        s.get(User, user_id).is_active = False
    state = make_state(HomeState, token)
    assert _is_redirect_to(fire(HomeState.load_profile, state), routes.LOGIN)
    assert state.user_name == ""


def test_guards_send_other_roles_to_their_own_home(database, make_state):
    _, student = _saved(make_student)
    _, tutor = _saved(make_tutor)
    assert fire(AuthState.guard_student, make_state(AuthState, student)) is None
    assert _is_redirect_to(
        fire(AuthState.guard_admin, make_state(AuthState, student)), "/dashboard"
    )
    assert _is_redirect_to(fire(AuthState.guard_student, make_state(AuthState, tutor)), "/tutor")
    assert fire(AuthState.guard_tutor, make_state(AuthState, tutor)) is None
    assert _is_redirect_to(fire(AuthState.guard_any, make_state(AuthState)), routes.LOGIN)


def test_signed_in_visitor_of_login_goes_home(database, make_state):
    _, token = _saved(make_admin)
    event = fire(SignInState.redirect_signed_in, make_state(SignInState, token))
    assert _is_redirect_to(event, routes.ADMIN)
    assert fire(SignInState.redirect_signed_in, make_state(SignInState)) is None


def test_admin_deactivates_a_student(database, make_state):
    _, admin = _saved(make_admin)
    student_id, _ = _saved(make_student)
    state = make_state(AdminUsersState, admin)
    fire(AdminUsersState.set_active, state, student_id, False)
    with session_scope() as s:
        assert s.get(User, student_id).is_active is False
    assert any(row.id == student_id and not row.active for row in state.users)


@pytest.mark.parametrize("who", ["nobody", "student", "forged"])
def test_set_active_without_admin_cookie_changes_nothing(database, make_state, who):
    student_id, student = _saved(make_student)
    cookie = {"nobody": None, "student": student, "forged": student + "x"}[who]
    state = make_state(AdminUsersState, cookie)
    fire(AdminUsersState.set_active, state, student_id, False)
    with session_scope() as s:
        assert s.get(User, student_id).is_active is True
        assert not s.exec(select(AuditLog).where(AuditLog.action == "user.deactivate")).all()
    assert state.users == []


def test_set_active_rejects_wrong_argument_types(database, make_state):
    _, admin = _saved(make_admin)
    student_id, _ = _saved(make_student)
    state = make_state(AdminUsersState, admin)
    fire(AdminUsersState.set_active, state, str(student_id), "false")
    with session_scope() as s:
        assert s.get(User, student_id).is_active is True


def test_sign_in_helper_returns_exchange_code_or_one_message(database):
    _saved(make_student, email="ada@example.com")
    code = _sign_in("ada@example.com", PASSWORD)
    claims = jwt.decode(
        code, get_settings().jwt_secret, algorithms=["HS256"], audience="companion:session-exchange"
    )
    assert claims["exp"] - claims["iat"] == 60
    with pytest.raises(Unauthorized) as wrong:
        _sign_in("ada@example.com", "wrong password!")
    with pytest.raises(Unauthorized) as unknown:
        _sign_in("nobody@example.com", PASSWORD)
    assert wrong.value.message == unknown.value.message == messages.LOGIN_FAILED


def test_register_helper_validates_like_the_service(database):
    with pytest.raises(Invalid) as short:
        _register("new@example.com", "New", "short")
    assert short.value.details == {"password": messages.PASSWORD_WEAK}
    assert _register("new@example.com", "New Student", "long enough pw")
    with pytest.raises(Conflict):
        _register("new@example.com", "Again", "long enough pw")


def test_errors_show_under_their_field_and_keep_nothing_secret(make_state):
    state = make_state(SignInState)
    state._show(Invalid(messages.EMAIL_INVALID, details={"email": messages.EMAIL_INVALID}))
    assert (state.email_error, state.form_error) == (messages.EMAIL_INVALID, "")
    state._show(Unauthorized(messages.LOGIN_FAILED))
    assert (state.email_error, state.form_error) == ("", messages.LOGIN_FAILED)


def test_post_form_script_targets_backend_and_escapes_values():
    script = post_form_script(routes.API_SESSION, {"code": 'a"b</script>'})
    assert '"/api/auth/session"' in script
    assert '"a\\"b</script>"' in script


def _root_and_auth(state):
    auth = state
    while type(auth) is not AuthState:
        auth = auth.parent_state
    root = auth
    while root.parent_state is not None:
        root = root.parent_state
    return root, auth


def test_the_same_user_again_changes_no_auth_var(database, make_state):
    """Each event resolves the user again; an unchanged user is not written back (with a
    shared state manager every change is a write)."""
    _saved(make_student, name="Ada Lovelace")
    user_id, token = _saved(make_student, name="Grace Hopper")
    state = make_state(HomeState, token)
    root, auth = _root_and_auth(state)
    auth_vars = {"_user_id", "_role", "user_name", "user_role"}
    fire(HomeState.load_profile, state)
    assert auth_vars <= auth.dirty_vars  # the first event sets them
    root._clean()
    fire(HomeState.load_profile, state)
    assert not auth_vars & auth.dirty_vars
    assert (auth._user_id, auth._role, auth.user_name) == (user_id, "student", "Grace Hopper")


def test_the_admin_home_counts_for_admins_only(database, make_state):
    _, admin = _saved(make_admin)
    _, student = _saved(make_student)
    state = make_state(AdminHomeState, admin)
    fire(AdminHomeState.load_overview, state)
    figures = {f.label: f for f in state.figures}
    assert state.loaded and figures["Students"].value == 1
    assert figures["Students"].href == routes.ADMIN_USERS
    refused = make_state(AdminHomeState, student)
    fire(AdminHomeState.load_overview, refused)
    assert refused.figures == [] and not refused.loaded
