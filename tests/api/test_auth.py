"""Sign-in, sign-up, refresh, Bearer token edge cases and the sign-in rate limits."""

from __future__ import annotations

from datetime import timedelta

import jwt
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from companion import db
from companion.clock import utcnow
from companion.models import User
from companion.services import messages
from companion.services.ratelimit import LIMITS
from companion.services.security import issue_token
from companion.settings import get_settings
from tests.api.conftest import World
from tests.factories import PASSWORD

PROTECTED = "/api/tutor/list"


def _claims(user: User, **overrides) -> dict:
    now = utcnow()
    claims = {
        "userId": user.id,
        "sub": str(user.id),
        "email": user.email,
        "role": user.role,
        "ver": user.token_version,
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(hours=1)).timestamp()),
    }
    return {**claims, **overrides}


def _call(client: TestClient, token: str):
    return client.get(PROTECTED, headers={"Authorization": f"Bearer {token}"})


def test_login_returns_a_token_that_opens_protected_routes(client: TestClient, world: World):
    response = client.post(
        "/api/auth/login", json={"email": world.users["owner"].email, "password": PASSWORD}
    )
    assert response.status_code == 200
    body = response.json()
    assert (
        body["data"]["user"]["id"] == world.student_id
        and "password_hash" not in body["data"]["user"]
    )
    assert _call(client, body["data"]["token"]).status_code == 200


def test_login_with_a_wrong_password_is_401_with_one_message(client: TestClient, world: World):
    for email in (world.users["owner"].email, "nobody@example.com"):
        response = client.post("/api/auth/login", json={"email": email, "password": "wrong one!"})
        assert response.status_code == 401
        assert response.json() == {"error": messages.LOGIN_FAILED, "code": "unauthorized"}


def test_register_creates_a_student_and_refuses_a_taken_email(client: TestClient, world: World):
    body = {"email": "Fresh@Example.com", "name": "Fresh", "password": "long enough pw"}
    created = client.post("/api/auth/register", json=body)
    assert created.status_code == 201
    assert created.json()["data"]["user"]["role"] == "student"
    again = client.post("/api/auth/register", json=body)
    assert again.status_code == 409 and again.json()["details"]["email"] == messages.EMAIL_TAKEN


def test_refresh_returns_a_new_working_token(client: TestClient, world: World):
    response = client.post("/api/auth/refresh", headers=world.headers("owner"))
    assert response.status_code == 200
    assert _call(client, response.json()["data"]["token"]).status_code == 200


def _forge(world: World, kind: str) -> str:
    user, secret = world.users["owner"], get_settings().jwt_secret
    if kind == "expired":
        return issue_token(
            user_id=user.id,
            email=user.email,
            role=user.role,
            version=user.token_version,
            now=utcnow() - timedelta(days=30),
        )
    if kind == "tampered":
        head, payload, sig = world.tokens["owner"].split(".")
        other = jwt.encode(_claims(user, role="admin"), secret, algorithm="HS256").split(".")[1]
        return f"{head}.{other if other != payload else payload[:-2]}.{sig}"
    if kind == "wrong_key":
        return jwt.encode(_claims(user), "another secret of the same length....", algorithm="HS256")
    if kind == "alg_none":
        return jwt.encode(_claims(user), None, algorithm="none")
    if kind == "other_alg":
        return jwt.encode(_claims(user), secret, algorithm="HS512")
    if kind == "no_user_id":
        claims = _claims(user)
        del claims["userId"]
        return jwt.encode(claims, secret, algorithm="HS256")
    if kind == "unknown_user":
        return jwt.encode(_claims(user, userId=999_999), secret, algorithm="HS256")
    if kind == "garbage":
        return "not.a.jwt"
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "kind",
    [
        "expired",
        "tampered",
        "wrong_key",
        "alg_none",
        "other_alg",
        "no_user_id",
        "unknown_user",
        "garbage",
    ],
)
def test_bad_tokens_are_401(client: TestClient, world: World, kind: str):
    response = _call(client, _forge(world, kind))
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json() == {"error": messages.SESSION_EXPIRED, "code": "unauthorized"}


@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "token"])
def test_missing_or_malformed_authorization_is_401(client: TestClient, world: World, header):
    headers = {} if header is None else {"Authorization": header}
    response = client.get(PROTECTED, headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"


def test_tokens_of_a_deactivated_or_role_changed_account_stop_working(
    client: TestClient, world: World
):
    with Session(db.get_engine()) as s:
        user = s.get(User, world.student_id)
        user.token_version += 1
        s.commit()
    assert _call(client, world.tokens["owner"]).status_code == 401
    assert client.post("/api/auth/refresh", headers=world.headers("owner")).status_code == 401


def test_login_is_limited_per_account_with_retry_after(client: TestClient, world: World):
    email = world.users["owner"].email
    limit = LIMITS["login:account"].hits
    for _ in range(limit):
        assert (
            client.post(
                "/api/auth/login", json={"email": email, "password": "wrong one!"}
            ).status_code
            == 401
        )
    blocked = client.post("/api/auth/login", json={"email": email.upper(), "password": PASSWORD})
    assert blocked.status_code == 429
    assert 1 <= int(blocked.headers["retry-after"]) <= 60
    assert blocked.json()["error"] == messages.TOO_MANY_ATTEMPTS
    # another account from the same address is still let through
    other = client.post(
        "/api/auth/login", json={"email": world.users["stranger"].email, "password": PASSWORD}
    )
    assert other.status_code == 200


def test_login_is_limited_per_ip(client: TestClient, world: World):
    limit = LIMITS["login:ip"].hits
    for n in range(limit):
        client.post(
            "/api/auth/login", json={"email": f"x{n}@example.com", "password": "wrong one!"}
        )
    blocked = client.post(
        "/api/auth/login", json={"email": world.users["owner"].email, "password": PASSWORD}
    )
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) >= 1


def test_register_is_limited_per_ip(client: TestClient, world: World):
    statuses = [
        client.post(
            "/api/auth/register",
            json={"email": f"n{n}@example.com", "name": "N", "password": "long enough pw"},
        ).status_code
        for n in range(LIMITS["register:ip"].hits + 1)
    ]
    assert statuses[:-1] == [201] * LIMITS["register:ip"].hits
    assert statuses[-1] == 429
