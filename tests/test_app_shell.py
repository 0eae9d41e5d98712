"""The app shell: /api docs and health, the session-cookie endpoints, routes, the app module."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from companion import routes
from companion.api.app import create_api
from companion.api.session_cookie import COOKIE_NAME
from companion.db import session_scope
from companion.models import User
from companion.services.signin import exchange_code_issue, token_for, user_from_token
from tests.factories import make_student, make_tutor


@pytest.fixture
def client(database) -> TestClient:
    return TestClient(create_api(), base_url="http://testserver")


def _code(make=make_student) -> tuple[int, str]:
    with session_scope() as s:
        user = make(s)
        return user.id, exchange_code_issue(user)


def test_health_answers_after_select_1(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.json() == {"data": {"database": True}}


def test_docs_and_openapi_live_under_api(client):
    assert client.get("/api/docs").status_code == 200
    spec = client.get("/api/openapi.json").json()
    assert "/api/health" in spec["paths"]


def test_exchange_code_sets_httponly_cookie_and_goes_home(client):
    user_id, code = _code(make_tutor)
    response = client.post(
        routes.API_SESSION,
        data={"code": code, "origin": "http://testserver:3000"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "http://testserver:3000/tutor"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE_NAME}=")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Path=/" in cookie
    with session_scope() as s:
        assert user_from_token(s, response.cookies[COOKIE_NAME]).id == user_id


@pytest.mark.parametrize("code", ["", "junk", "a.b.c"])
def test_bad_exchange_code_goes_to_login_without_cookie(client, code):
    response = client.post(routes.API_SESSION, data={"code": code}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == routes.LOGIN
    assert "set-cookie" not in response.headers


def test_exchange_code_of_deactivated_user_is_refused(client):
    user_id, code = _code()
    with session_scope() as s:
        s.get(User, user_id).is_active = False
    response = client.post(routes.API_SESSION, data={"code": code}, follow_redirects=False)
    assert response.headers["location"] == routes.LOGIN
    assert "set-cookie" not in response.headers


def test_session_token_is_not_accepted_as_exchange_code(client):
    with session_scope() as s:
        token = token_for(make_student(s))
    response = client.post(routes.API_SESSION, data={"code": token}, follow_redirects=False)
    assert "set-cookie" not in response.headers


def test_foreign_origin_is_refused_and_never_a_redirect_target(client):
    _, code = _code()
    refused = client.post(
        routes.API_SESSION,
        data={"code": code},
        headers={"origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert refused.status_code == 403
    assert "set-cookie" not in refused.headers
    response = client.post(
        routes.API_SESSION,
        data={"code": code, "origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert response.headers["location"] == routes.DASHBOARD


def test_logout_clears_the_cookie(client):
    response = client.post(routes.API_LOGOUT, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == routes.LOGIN
    assert response.headers["set-cookie"].startswith(f'{COOKIE_NAME}="";')
    assert "Max-Age=0" in response.headers["set-cookie"]


def test_each_role_has_a_home():
    assert routes.home_for("student") == "/dashboard"
    assert routes.home_for("tutor") == "/tutor"
    assert routes.home_for("admin") == "/admin"
    assert routes.home_for("intruder") == "/login"


def test_nav_shows_only_what_each_role_may_use():
    from companion.components.layout import NAV

    labels = {role: [i.label for i in items] for role, items in NAV.items()}
    assert labels["student"] == ["Dashboard", "Sessions", "Practice", "Chat", "Goals", "Progress"]
    assert labels["tutor"] == ["Students", "Routing queue", "Outcomes"]
    assert labels["admin"] == ["Users", "Sessions", "Jobs", "Audit log", "Mail", "Outcomes"]


def test_apply_migrations_brings_an_empty_database_to_head(tmp_path):
    from sqlalchemy import create_engine, inspect

    from companion import db
    from companion.companion import apply_migrations

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    db.use_database(url)
    try:
        apply_migrations()
        apply_migrations()  # idempotent
    finally:
        db.use_database(None)
        db.dispose_all()
    engine = create_engine(url)
    assert "users" in inspect(engine).get_table_names()
    engine.dispose()


def test_apply_migrations_on_postgres_takes_the_lock(pg_database):
    from companion.companion import apply_migrations

    apply_migrations()
