"""Text with a NUL character is bad input with a clear error, never a server error: PostgreSQL
cannot store or even compare a NUL (the fuzzer's sign-in with email "\\t\\x00" was a 500 there).
Every request body refuses it with 422 naming the field; the sign-in service also reads such an
address as no account, so the browser's sign-in fails like any wrong address, and the services'
text fields refuse it for the UI too. Nothing changes.

Written before the fix: 6 cases, each on SQLite and PostgreSQL, all 12 failed before (500s on
PostgreSQL; on SQLite the bodies were accepted or read as a wrong password, and the failed
sign-in's audit row stored the NUL).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from companion import db
from companion.api.body import NUL_REFUSED
from companion.models import AuditLog, Goal, User
from companion.services.errors import Invalid, Unauthorized
from companion.services.goals import goal_create
from companion.services.signin import user_authenticate
from tests.api.conftest import World
from tests.factories import PASSWORD


def test_a_nul_in_the_sign_in_email_is_refused(client: TestClient, world: World) -> None:
    response = client.post("/api/auth/login", json={"email": "\t\x00", "password": "x" * 12})
    assert response.status_code == 422
    assert f"email: {NUL_REFUSED}" in str(response.json()["details"])
    ok = client.post(
        "/api/auth/login", json={"email": world.users["owner"].email, "password": PASSWORD}
    )
    assert ok.status_code == 200


def test_the_sign_in_service_reads_a_nul_address_as_no_account(world: World) -> None:
    with Session(db.get_engine()) as s:
        with pytest.raises(Unauthorized):
            user_authenticate(s, email="owner\x00@example.com", password=PASSWORD)
        s.commit()
        targets = [a.target for a in s.exec(select(AuditLog)).all()]
    assert all("\x00" not in (t or "") for t in targets)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/auth/register", {"email": "new@example.com", "name": "A\x00", "password": "x" * 12}),
        ("/api/goals/create", {"subject": "Math", "title": "Fractions\x00"}),
        ("/api/chat/message", {"message": "what is 2 + 2\x00"}),
    ],
)
def test_a_nul_in_any_body_is_refused_and_changes_nothing(
    client: TestClient, world: World, path: str, body: dict
) -> None:
    headers = world.headers("owner")
    with Session(db.get_engine()) as s:
        before = (len(s.exec(select(User)).all()), len(s.exec(select(Goal)).all()))
    response = client.post(path, json=body, headers=headers)
    assert response.status_code == 422
    assert NUL_REFUSED in str(response.json()["details"])
    with Session(db.get_engine()) as s:
        assert (len(s.exec(select(User)).all()), len(s.exec(select(Goal)).all())) == before


def test_the_services_refuse_a_nul_that_the_ui_sends(world: World) -> None:
    with Session(db.get_engine()) as s:
        owner = s.get(User, world.student_id)
        assert owner is not None
        with pytest.raises(Invalid) as refused:
            goal_create(s, actor=owner, student_id=world.student_id, subject="Math", title="A\x00")
        assert refused.value.details == {"title": "Title must not contain a NUL character."}
        assert s.exec(select(Goal).where(Goal.title == "A")).first() is None
