"""Login CSRF and revocation: single-use exchange codes, origin checks on the cookie routes,
logout revoking tokens, and parallel sign-ups of one email."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from companion import routes
from companion.api.session_cookie import COOKIE_NAME
from companion.db import session_scope
from companion.services.errors import Unauthorized
from companion.services.signin import exchange_code_issue, exchange_code_redeem, token_for
from tests.api.conftest import build_api
from tests.factories import make_student

PROTECTED = "/api/tutor/list"


def _code() -> str:
    with session_scope() as s:
        return exchange_code_issue(make_student(s))


def _token() -> str:
    with session_scope() as s:
        return token_for(make_student(s))


def _exchange(client: TestClient, code: str, **headers: str):
    return client.post(
        routes.API_SESSION, data={"code": code}, headers=headers, follow_redirects=False
    )


def test_an_exchange_code_works_once(client: TestClient):
    code = _code()
    first = _exchange(client, code)
    assert first.headers["location"] == routes.DASHBOARD and COOKIE_NAME in first.cookies
    replay = _exchange(client, code)
    assert replay.headers["location"] == routes.LOGIN
    assert "set-cookie" not in replay.headers


def test_20_parallel_replays_of_one_code_succeed_once(pg_database):
    code = _code()
    start = threading.Barrier(20)

    def redeem(_: int) -> bool:
        start.wait()
        try:
            with session_scope() as s:
                exchange_code_redeem(s, code)
            return True
        except Unauthorized:
            return False

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(redeem, range(20)))
    assert results.count(True) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "null"},  # a sandboxed iframe on another site
        {"origin": "https://evil.example"},
        {"origin": "http://testserver:4444"},  # another app on our host
        {"origin": "javascript:alert(1)"},
        {"sec-fetch-site": "cross-site"},
    ],
)
def test_cookie_routes_refuse_foreign_and_opaque_origins(client: TestClient, headers):
    code = _code()
    refused = _exchange(client, code, **headers)
    assert refused.status_code == 403 and "set-cookie" not in refused.headers
    token = _token()
    logout = client.post(
        routes.API_LOGOUT,
        headers={**headers, "cookie": f"{COOKIE_NAME}={token}"},
        follow_redirects=False,
    )
    assert logout.status_code == 403 and "set-cookie" not in logout.headers
    assert _call(client, token).status_code == 200  # not signed out by another site
    assert _exchange(client, code).status_code == 303  # the refused code was not spent


@pytest.mark.parametrize(
    "origin", ["http://localhost:3000", "http://testserver", "http://testserver:3000"]
)
def test_cookie_routes_accept_the_apps_own_origins(client: TestClient, origin):
    response = _exchange(client, _code(), origin=origin, **{"sec-fetch-site": "same-site"})
    assert response.status_code == 303 and COOKIE_NAME in response.cookies


def _call(client: TestClient, token: str):
    return client.get(PROTECTED, headers={"Authorization": f"Bearer {token}"})


def test_logout_with_the_cookie_revokes_its_token(client: TestClient):
    token = _token()
    assert _call(client, token).status_code == 200
    response = client.post(
        routes.API_LOGOUT, headers={"cookie": f"{COOKIE_NAME}={token}"}, follow_redirects=False
    )
    assert response.status_code == 303 and "Max-Age=0" in response.headers["set-cookie"]
    assert _call(client, token).status_code == 401


def test_logout_with_a_bearer_token_revokes_it(client: TestClient):
    token = _token()
    response = client.post(routes.API_LOGOUT, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200 and response.json()["message"] == "Signed out."
    assert _call(client, token).status_code == 401
    assert (
        client.post("/api/auth/refresh", headers={"Authorization": f"Bearer {token}"}).status_code
        == 401
    )


def test_a_code_issued_before_logout_no_longer_signs_in(client: TestClient):
    with session_scope() as s:
        user = make_student(s)
        token, code = token_for(user), exchange_code_issue(user)
    client.post(routes.API_LOGOUT, headers={"Authorization": f"Bearer {token}"})
    assert _exchange(client, code).headers["location"] == routes.LOGIN


def test_20_parallel_sign_ups_of_one_email_give_one_201_and_409s(pg_database):
    api = build_api()
    start = threading.Barrier(20)
    body = {"email": "twin@example.com", "name": "Twin", "password": "long enough pw"}

    def register(n: int) -> int:
        client = TestClient(api, raise_server_exceptions=False, client=(f"10.7.0.{n}", 5000))
        start.wait()
        return client.post("/api/auth/register", json=body).status_code

    with ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(register, range(20)))
    assert sorted(statuses) == [201] + [409] * 19
