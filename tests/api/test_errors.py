"""The error body everywhere: validation, malformed JSON, unknown routes, server errors."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from companion.api.errors import INVALID_INPUT, MALFORMED_BODY, SERVER_ERROR
from companion.services import progress
from companion.services.errors import Invalid
from tests.api.conftest import World


def test_invalid_fields_are_422_with_field_details(client: TestClient, world: World):
    response = client.post(
        "/api/goals/create",
        headers=world.headers("owner"),
        json={"subject": "", "target_date": "someday"},
    )
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == INVALID_INPUT and body["code"] == "invalid"
    assert set(body["details"]) == {"subject", "title", "target_date"}


def test_a_service_validation_error_keeps_its_message_and_details(client: TestClient, world: World):
    response = client.post(
        "/api/goals/create",
        headers=world.headers("owner"),
        json={"subject": "Math", "title": "x", "target_date": "2001-01-01"},
    )
    assert response.status_code == 422
    assert set(response.json()["details"]) == {"target_date"}


def test_malformed_json_is_400(client: TestClient, world: World):
    response = client.post(
        "/api/goals/create",
        content=b"{not json",
        headers={**world.headers("owner"), "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json() == {"error": MALFORMED_BODY, "code": "bad_request"}


def test_ids_outside_the_column_range_are_422_not_a_database_error(
    client: TestClient, world: World
):
    for path in (
        "/api/progress/student/0",
        f"/api/progress/student/{2**31}",
        "/api/practice/99999999999999",
    ):
        response = client.get(path, headers=world.headers("admin"))
        assert response.status_code == 422, path


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/api/nowhere", 404), ("DELETE", "/api/goals/create", 405)],
)
def test_framework_errors_use_the_error_shape(client: TestClient, method, path, status):
    response = client.request(method, path)
    assert response.status_code == status
    assert set(response.json()) == {"error", "code"}


def test_an_unexpected_error_is_a_generic_500_without_a_trace(
    client: TestClient, world: World, monkeypatch, caplog
):
    def broken(*_args, **_kwargs):
        raise RuntimeError("secret internals /srv/app.py line 12")

    monkeypatch.setattr(progress, "progress_get", broken)
    response = client.get(
        f"/api/progress/student/{world.student_id}", headers=world.headers("owner")
    )
    assert response.status_code == 500
    assert response.json() == {"error": SERVER_ERROR, "code": "server_error"}
    assert "secret internals" not in response.text
    assert "secret internals" in caplog.text  # logged on the server


def test_a_domain_error_rolls_the_transaction_back(client: TestClient, world: World, monkeypatch):
    from companion.services import goals

    real = goals.goal_create

    def create_then_fail(session, **kwargs):
        real(session, **kwargs)
        raise Invalid("no", details={"x": "y"})

    monkeypatch.setattr(goals, "goal_create", create_then_fail)
    headers = world.headers("owner")
    before = client.get(f"/api/goals/student/{world.student_id}", headers=headers).json()
    response = client.post(
        "/api/goals/create", headers=headers, json={"subject": "Chemistry", "title": "Moles"}
    )
    assert response.status_code == 422
    after = client.get(f"/api/goals/student/{world.student_id}", headers=headers).json()
    assert after["metadata"]["total"] == before["metadata"]["total"]


def test_lists_are_paginated_with_metadata(client: TestClient, world: World):
    headers = world.headers("owner")
    for n in range(3):
        client.post("/api/goals/create", headers=headers, json={"subject": "S", "title": f"G{n}"})
    page = client.get(f"/api/goals/student/{world.student_id}?page=2&limit=2", headers=headers)
    assert page.status_code == 200
    body = page.json()
    assert body["metadata"] == {"page": 2, "limit": 2, "total": 5}
    assert len(body["data"]) == 2
    notes = client.get(f"/api/notifications/student/{world.student_id}", headers=headers).json()
    assert notes["metadata"]["unread"] == 1
