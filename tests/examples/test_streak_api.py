"""examples/study_streak/api.py (docs/extending.md, recipe 5): the router joins the real /api
app, shows in its OpenAPI document and answers through the shared auth and error mapping."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from companion.api.app import create_api
from companion.clock import utcnow
from companion.db import session_scope
from companion.models import Practice
from companion.services.signin import token_for
from examples.study_streak import api
from tests.factories import make_student

PATH = "/api/streak/student/{student_id}"


@pytest.fixture
def client() -> TestClient:
    app = create_api()
    app.include_router(api.router)
    return TestClient(app)


@pytest.fixture
def bea(database) -> dict:
    with session_scope() as s:
        bea, ann = make_student(s), make_student(s)
        s.add(Practice(student_id=bea.id, status="submitted", submitted_at=utcnow()))
        return {"id": bea.id, "token": token_for(bea), "ann": token_for(ann)}


def _auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_the_route_is_in_the_openapi_document_with_its_errors(client):
    doc = client.get("/api/openapi.json").json()
    operation = doc["paths"][PATH]["get"]
    assert operation["tags"] == ["streak"]
    assert {"200", "401", "404"} <= set(operation["responses"])
    assert "StreakOut" in doc["components"]["schemas"]


def test_the_student_reads_her_streak(client, bea):
    response = client.get(PATH.format(student_id=bea["id"]), headers=_auth(bea["token"]))
    assert response.status_code == 200
    assert response.json()["data"] == {"days": 1, "last_day": utcnow().date().isoformat()}


def test_without_a_token_the_answer_is_401_in_the_error_body(client, bea):
    response = client.get(PATH.format(student_id=bea["id"]))
    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"


def test_another_student_gets_404_not_the_streak(client, bea):
    response = client.get(PATH.format(student_id=bea["id"]), headers=_auth(bea["ann"]))
    assert response.status_code == 404
    assert "days" not in response.text
