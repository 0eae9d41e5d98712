"""Routing analysis over the API: the provider decides between two transactions."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from companion import db
from companion.models import RoutingDecision
from tests.api.conftest import World


def _open_requests(student_id: int) -> int:
    with Session(db.get_engine()) as s:
        return s.exec(
            select(func.count())
            .select_from(RoutingDecision)
            .where(RoutingDecision.student_id == student_id, RoutingDecision.status == "open")
        ).one()


def test_the_decision_is_made_with_no_database_connection_checked_out(
    client: TestClient, world: World, connections_during
):
    seen = connections_during("route_to_tutor")
    with Session(db.get_engine()) as s:  # no request open yet: this analysis stores one
        for row in s.exec(select(RoutingDecision)).all():
            s.delete(row)
        s.commit()
    body = {"message": "I want to talk to a real tutor about this"}
    response = client.post("/api/tutor/routing/analyze", headers=world.headers("owner"), json=body)
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert seen == [0]  # no transaction, hence no row lock, while it decided
    assert data["should_route"] and data["request_status"] == "open"
    again = client.post("/api/tutor/routing/analyze", headers=world.headers("owner"), json=body)
    assert again.json()["data"]["request_id"] == data["request_id"]  # one open request
    assert _open_requests(world.student_id) == 1
