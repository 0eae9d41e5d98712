"""/api/me/export and DELETE /api/me, and their admin equivalents."""

from __future__ import annotations

import io
import json
import zipfile

from fastapi.testclient import TestClient

from tests.api.conftest import World
from tests.factories import PASSWORD


def test_export_downloads_a_zip_of_the_callers_data(client: TestClient, world: World):
    response = client.get("/api/me/export", headers=world.headers("owner"))
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert json.loads(archive.read("profile.json"))["id"] == world.student_id
    assert any(n.startswith("transcripts/") for n in archive.namelist())


def test_delete_with_a_wrong_password_keeps_the_account(client: TestClient, world: World):
    response = client.request(
        "DELETE", "/api/me", json={"password": "wrong password"}, headers=world.headers("owner")
    )
    assert response.status_code == 422
    assert client.get("/api/me/export", headers=world.headers("owner")).status_code == 200


def test_delete_ends_the_account_its_tokens_and_its_sign_in(client: TestClient, world: World):
    email = world.users["owner"].email
    response = client.request(
        "DELETE", "/api/me", json={"password": PASSWORD}, headers=world.headers("owner")
    )
    assert response.status_code == 200
    assert client.get("/api/me/export", headers=world.headers("owner")).status_code == 401
    login = client.post("/api/auth/login", json={"email": email, "password": PASSWORD})
    assert login.status_code == 401
    tutor_view = client.get(
        f"/api/transcripts/student/{world.student_id}", headers=world.headers("tutor")
    )
    assert tutor_view.status_code == 404


def test_an_admin_deletes_a_student_but_not_themselves_there(client: TestClient, world: World):
    admin = world.headers("admin")
    own = client.delete(f"/api/admin/users/{world.users['admin'].id}", headers=admin)
    assert own.status_code == 409
    assert client.delete(f"/api/admin/users/{world.student_id}", headers=admin).status_code == 200
    gone = client.get(f"/api/admin/users/{world.student_id}/export", headers=admin)
    assert gone.status_code == 404
