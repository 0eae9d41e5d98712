"""Accounts: registration, sign-in, tokens, roles and deactivation."""

from __future__ import annotations

from datetime import timedelta

import jwt
import pytest

from companion.clock import utcnow
from companion.db import session_scope
from companion.models import AuditLog, User
from companion.services import messages
from companion.services.errors import Conflict, Forbidden, Invalid, Unauthorized
from companion.services.security import decode_token, issue_token
from companion.services.signin import token_refresh, user_authenticate, user_from_token
from companion.services.users import user_create, user_register, user_set_active, user_set_role
from companion.settings import get_settings
from tests.factories import PASSWORD, make_admin, make_student, make_tutor


def test_register_creates_a_student_with_a_bcrypt_hash_and_a_7_day_token(session):
    signed = user_register(session, email="Ada@Example.com", name="Ada", password="long enough pw")
    claims = decode_token(signed.token)
    assert signed.user.role == "student"
    assert signed.user.email == "ada@example.com"
    assert signed.user.password_hash.startswith("$2b$")
    assert claims["exp"] - claims["iat"] == 7 * 24 * 3600
    assert {claims["userId"], claims["email"], claims["role"]} == {
        signed.user.id,
        "ada@example.com",
        "student",
    }


@pytest.mark.parametrize(
    ("email", "password", "message"),
    [
        ("not-an-email", "long enough pw", messages.EMAIL_INVALID),
        ("a@b", "long enough pw", messages.EMAIL_INVALID),
        ("ok@example.com", "short", messages.PASSWORD_WEAK),
        ("ok@example.com", 12345678901, messages.PASSWORD_WEAK),
    ],
)
def test_register_rejects_bad_input_with_a_clear_message(session, email, password, message):
    with pytest.raises(Invalid) as err:
        user_register(session, email=email, name="Ok", password=password)
    assert err.value.message == message
    assert session.query(User).count() == 0


def test_register_with_a_taken_email_is_a_conflict(session):
    user_register(session, email="ada@example.com", name="Ada", password="long enough pw")
    with pytest.raises(Conflict) as err:
        user_register(session, email="ADA@example.com", name="Other", password="long enough pw")
    assert err.value.message == messages.EMAIL_TAKEN


def test_login_errors_do_not_reveal_whether_the_email_exists(session):
    make_student(session, email="known@example.com")
    session.commit()
    with pytest.raises(Unauthorized) as wrong_password:
        user_authenticate(session, email="known@example.com", password="wrong password!")
    with pytest.raises(Unauthorized) as unknown:
        user_authenticate(session, email="nobody@example.com", password="wrong password!")
    assert wrong_password.value.message == unknown.value.message == messages.LOGIN_FAILED


def test_failed_logins_are_audited_though_the_sign_in_fails(session):
    make_student(session, email="known@example.com")
    session.commit()
    with pytest.raises(Unauthorized), session_scope() as scoped:
        user_authenticate(scoped, email="known@example.com", password="wrong password!")
    actions = [a.action for a in session.query(AuditLog).all()]
    assert actions == ["login.failed"]


def test_login_returns_a_token_that_resolves_to_the_user(session):
    student = make_student(session)
    signed = user_authenticate(session, email=student.email, password=PASSWORD)
    assert user_from_token(session, signed.token).id == student.id


@pytest.mark.parametrize("kind", ["expired", "wrong_key", "alg_none", "tampered", "garbage"])
def test_bad_tokens_are_unauthorized(session, kind):
    student = make_student(session)
    good = issue_token(user_id=student.id, email=student.email, role="student", version=0)
    if kind == "expired":
        token = issue_token(
            user_id=student.id,
            email=student.email,
            role="student",
            version=0,
            now=utcnow() - timedelta(days=8),
        )
    elif kind == "wrong_key":
        token = jwt.encode(
            decode_token(good), "another-secret-of-enough-length-123456", algorithm="HS256"
        )
    elif kind == "alg_none":
        token = jwt.encode({**decode_token(good), "role": "admin"}, None, algorithm="none")
    elif kind == "tampered":
        head, body, sig = good.split(".")
        token = f"{head}.{body[:-2]}xx.{sig}"
    else:
        token = "not.a.token"
    with pytest.raises(Unauthorized):
        user_from_token(session, token)


def test_refresh_issues_a_new_valid_token(session):
    student = make_student(session)
    old = issue_token(
        user_id=student.id,
        email=student.email,
        role="student",
        version=0,
        now=utcnow() - timedelta(days=3),
    )
    fresh = token_refresh(session, token=old)
    assert decode_token(fresh.token)["exp"] > decode_token(old)["exp"]


def test_deactivated_user_cannot_sign_in_and_old_tokens_stop_working(session):
    admin, student = make_admin(session), make_student(session)
    token = user_authenticate(session, email=student.email, password=PASSWORD).token
    user_set_active(session, actor=admin, user_id=student.id, active=False)
    with pytest.raises(Unauthorized):
        user_from_token(session, token)
    with pytest.raises(Unauthorized):
        user_authenticate(session, email=student.email, password=PASSWORD)


def test_only_admins_change_roles_and_every_change_is_audited(session):
    admin, student = make_admin(session), make_student(session)
    tutor = make_tutor(session, students=(student,))
    with pytest.raises(Forbidden):
        user_set_role(session, actor=tutor, user_id=student.id, role="admin")
    user_set_role(session, actor=admin, user_id=student.id, role="tutor")
    assert student.role == "tutor"
    assert [a.action for a in session.query(AuditLog).all()] == ["user.role"]


def test_cli_style_create_needs_no_actor_but_an_actor_must_be_admin(session):
    created = user_create(
        session,
        actor=None,
        email="t@example.com",
        name="T",
        password="long enough pw",
        role="tutor",
    )
    assert created.role == "tutor"
    with pytest.raises(Forbidden):
        user_create(
            session,
            actor=created,
            email="x@example.com",
            name="X",
            password="long enough pw",
            role="admin",
        )


def test_bcrypt_cost_is_at_least_12_outside_tests():
    from companion.settings import load_settings

    assert (
        load_settings({"COMPANION_ENV": "development", "JWT_SECRET": "x" * 40}).bcrypt_rounds >= 12
    )
    assert get_settings().bcrypt_rounds == 4  # the suite runs at a low cost on purpose
