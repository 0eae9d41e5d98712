"""A token verified once is not parsed again on every event, and still stops working when it
should: at its expiry, under another secret, and when its user's tokens are revoked."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlmodel import Session

from companion import db
from companion.clock import utcnow
from companion.models import User
from companion.services import security
from companion.services.errors import Unauthorized
from companion.services.security import decode_token, issue_token
from companion.services.signin import token_for, user_from_token, user_sign_out
from companion.settings import get_settings
from tests.factories import make_student


def test_a_remembered_token_past_its_expiry_is_refused(session):
    student = make_student(session)
    old = utcnow() - timedelta(days=8)
    token = issue_token(user_id=student.id, email=student.email, role="student", version=0, now=old)
    claims = {"userId": student.id, "ver": 0, "iat": int(old.timestamp())}
    # As if it had been verified while it was still valid.
    security._remember_verified(
        (get_settings().jwt_secret, token), {**claims, "exp": int(old.timestamp()) + 60}
    )
    with pytest.raises(Unauthorized):
        decode_token(token)


def test_a_remembered_token_is_refused_under_another_secret(session, monkeypatch):
    student = make_student(session)
    token = token_for(student)
    assert decode_token(token)["userId"] == student.id  # verified and remembered
    other = dataclasses.replace(get_settings(), jwt_secret="another-secret-" + "y" * 40)
    monkeypatch.setattr(security, "get_settings", lambda: other)
    with pytest.raises(Unauthorized):
        decode_token(token)


def test_claims_handed_out_are_copies(session):
    student = make_student(session)
    token = token_for(student)
    decode_token(token)["userId"] = -1
    assert decode_token(token)["userId"] == student.id


def test_revoking_still_ends_a_remembered_token(session):
    student = make_student(session)
    session.commit()
    token = token_for(student)
    assert user_from_token(session, token).id == student.id  # remembered from here on
    assert user_sign_out(session, token) == student.id
    session.commit()
    with Session(db.get_engine()) as fresh, pytest.raises(Unauthorized):
        user_from_token(fresh, token)


def test_the_resolved_user_is_a_loaded_row_whose_changes_are_saved(database):
    with Session(db.get_engine(), expire_on_commit=False) as s:
        student = make_student(s)
        s.commit()
        token = token_for(student)
    with Session(db.get_engine()) as s:
        expected = s.get(User, student.id).model_dump()
    with Session(db.get_engine(), expire_on_commit=False) as s:
        user = user_from_token(s, token)
        assert user.model_dump() == expected
        assert user_from_token(s, token) is user  # one row per session, as session.get
        user.name = "Renamed"
        s.commit()
    with Session(db.get_engine()) as s:
        assert s.get(User, student.id).name == "Renamed"
