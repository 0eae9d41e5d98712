"""The password routes: change with a fresh token, reset by the link a mail carries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from companion import db
from companion.models import User
from companion.services.mail import outbox_list
from companion.settings import get_settings
from jobs.worker import Worker, default_handlers
from tests.api.conftest import World
from tests.factories import PASSWORD
from tests.services.mail_fixtures import use_settings

NEW = "a brand new passphrase"


@pytest.fixture
def outbox(tmp_path, monkeypatch) -> Iterator:
    use_settings(monkeypatch, MAIL_OUTBOX=str(tmp_path / "outbox"), SMTP_URL="", MAIL_FROM="")
    yield tmp_path / "outbox"
    get_settings.cache_clear()


def _deliver_mail() -> None:
    handlers, on_dead = default_handlers()
    worker = Worker(handlers=handlers, on_dead=on_dead, poll_interval=0.05)
    worker.drain()
    assert worker.wait_idle(60)


def _admin(w: World) -> User:
    with db.session_scope() as s:
        return s.get(User, w.users["admin"].id)


def test_change_returns_a_working_token_and_revokes_the_old_one(client: TestClient, world: World):
    body = {"current_password": PASSWORD, "new_password": NEW}
    response = client.post("/api/auth/password/change", json=body, headers=world.headers("owner"))
    assert response.status_code == 200, response.text
    fresh = response.json()["data"]["token"]
    old = client.post("/api/auth/refresh", headers=world.headers("owner"))
    assert old.status_code == 401
    assert client.post("/api/auth/refresh", headers={"Authorization": f"Bearer {fresh}"}).is_success


def test_change_with_a_wrong_current_password_is_refused(client: TestClient, world: World):
    body = {"current_password": "not my password", "new_password": NEW}
    response = client.post("/api/auth/password/change", json=body, headers=world.headers("owner"))
    assert response.status_code == 422
    assert "current_password" in response.json()["details"]
    assert client.post("/api/auth/refresh", headers=world.headers("owner")).is_success


def test_reset_request_answers_alike_for_known_and_unknown_addresses(
    client: TestClient, world: World
):
    known = client.post(
        "/api/auth/password/reset-request", json={"email": world.users["owner"].email}
    )
    unknown = client.post("/api/auth/password/reset-request", json={"email": "no@example.com"})
    assert (known.status_code, known.json()) == (unknown.status_code, unknown.json())


def test_a_reset_link_from_the_outbox_signs_in_with_the_new_password(
    client: TestClient, world: World, outbox
):
    email = world.users["owner"].email
    client.post("/api/auth/password/reset-request", json={"email": email})
    _deliver_mail()
    (mail,) = outbox_list(actor=_admin(world))
    token = mail.text.split("token=")[1].split()[0]
    done = client.post("/api/auth/password/reset", json={"token": token, "new_password": NEW})
    assert done.status_code == 200, done.text
    assert client.post("/api/auth/refresh", headers=world.headers("owner")).status_code == 401
    login = client.post("/api/auth/login", json={"email": email, "password": NEW})
    assert login.status_code == 200
    again = client.post("/api/auth/password/reset", json={"token": token, "new_password": NEW})
    assert again.status_code == 422


def test_admin_reset_link_reaches_the_user(client: TestClient, world: World, outbox):
    url = f"/api/admin/users/{world.student_id}/reset-link"
    assert client.post(url, headers=world.headers("admin")).status_code == 200
    _deliver_mail()
    (mail,) = outbox_list(actor=_admin(world))
    assert mail.to == world.users["owner"].email
