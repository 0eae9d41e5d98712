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
from companion.services import messages, ratelimit
from companion.services.ratelimit import POLICIES
from companion.services.security import issue_token
from companion.settings import get_settings
from tests.api.conftest import World, build_api
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


@pytest.fixture
def frozen_clock(monkeypatch) -> None:
    """The throttle's clock stands still, so no pause runs out mid-test on a slow machine."""
    monkeypatch.setattr(ratelimit, "_clock", lambda: 1_000_000.0)


def _login(client: TestClient, email: str, password: str) -> int:
    return client.post("/api/auth/login", json={"email": email, "password": password}).status_code


def _from(address: str) -> TestClient:
    return TestClient(build_api(), raise_server_exceptions=False, client=(address, 50000))


def test_guesses_from_one_address_are_throttled_with_retry_after(
    client: TestClient, world: World, frozen_clock
):
    free = POLICIES["login:address"].free
    for n in range(free):
        assert _login(client, f"x{n}@example.com", "wrong one!") == 401
    blocked = client.post(
        "/api/auth/login", json={"email": world.users["owner"].email, "password": PASSWORD}
    )
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) >= 1
    assert blocked.json()["error"].startswith("Too many attempts. Try again in")
    # another client address is not affected by this one's guesses
    with _from("10.9.9.9") as other:
        assert _login(other, world.users["owner"].email, PASSWORD) == 200


def test_guesses_at_one_account_slow_new_addresses_but_not_the_usual_one(
    client: TestClient, world: World, frozen_clock
):
    email = world.users["owner"].email
    with _from("10.0.0.50") as usual:
        assert _login(usual, email, PASSWORD) == 200  # the owner's usual client
    statuses = []
    for n in range(5):
        with _from(f"10.0.1.{n}") as attacker:
            statuses += [_login(attacker, email, "wrong one!") for _ in range(6)]
    assert statuses.count(401) == POLICIES["login:account"].free  # the rest waited
    assert set(statuses) == {401, 429}
    with _from("10.0.2.1") as new_device:
        assert _login(new_device, email, PASSWORD) == 429  # slowed, not locked for good
    with _from("10.0.0.50") as usual:
        assert _login(usual, email, PASSWORD) == 200


def test_register_is_throttled_per_address(client: TestClient, world: World, frozen_clock):
    free = POLICIES["register:address"].free
    statuses = [
        client.post(
            "/api/auth/register",
            json={"email": f"n{n}@example.com", "name": "N", "password": "long enough pw"},
        ).status_code
        for n in range(free + 1)
    ]
    assert statuses == [201] * free + [429]
