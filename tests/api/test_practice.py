"""Practice over HTTP: auto difficulty, per-answer times, today's review set, due reviews."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session

from companion import db
from companion.models import Practice
from companion.services.practice import NOT_OPEN
from companion.services.practice_requests import NOTHING_DUE
from tests.api.conftest import World


def test_generate_with_auto_difficulty_picks_a_level_and_says_why(
    client: TestClient, world: World
) -> None:
    response = client.post(
        "/api/practice/generate",
        headers=world.headers("owner"),
        json={"session_id": world.session_id, "difficulty": "auto"},
    )
    assert response.status_code == 201, response.text
    data = response.json()["data"]
    assert data["difficulty"] in {"easy", "medium", "hard"} and data["rationale"]


def test_submit_with_seconds_stores_the_time_of_each_answer(
    client: TestClient, world: World
) -> None:
    response = client.post(
        f"/api/practice/{world.practice_id}/submit",
        headers=world.headers("owner"),
        json={"answers": ["4"], "seconds": [12.5]},
    )
    assert response.status_code == 200, response.text
    assert response.json()["data"]["practice"]["answers"][0]["seconds"] == 12.5
    with Session(db.get_engine()) as s:
        assert s.get(Practice, world.practice_id).answers[0]["seconds"] == 12.5


def test_submit_grades_with_no_connection_held_and_a_second_submit_is_409(
    client: TestClient, world: World, connections_while_grading: list[int]
) -> None:
    url = f"/api/practice/{world.practice_id}/submit"
    first = client.post(url, headers=world.headers("owner"), json={"answers": ["4"]})
    assert first.status_code == 200, first.text
    assert connections_while_grading == [0]  # the provider (maybe an LLM) held no row lock
    again = client.post(url, headers=world.headers("owner"), json={"answers": ["5"]})
    assert again.status_code == 409 and again.json()["error"] == NOT_OPEN
    with Session(db.get_engine()) as s:
        assert s.get(Practice, world.practice_id).answers[0]["answer"] == "4"


def test_seconds_out_of_range_or_of_the_wrong_length_are_422(
    client: TestClient, world: World
) -> None:
    for seconds in ([3600.5], [-1], [1, 2]):
        response = client.post(
            f"/api/practice/{world.practice_id}/submit",
            headers=world.headers("owner"),
            json={"answers": ["4"], "seconds": seconds},
        )
        assert response.status_code == 422, seconds
        assert all(field.startswith("seconds") for field in response.json()["details"])


def test_the_review_set_is_the_same_all_day(client: TestClient, world: World) -> None:
    first = client.post("/api/practice/review", headers=world.headers("owner"), json={})
    again = client.post("/api/practice/review", headers=world.headers("owner"))
    assert first.status_code == again.status_code == 201, first.text
    assert first.json()["data"]["id"] == again.json()["data"]["id"]
    assert first.json()["data"]["status"] == "pending"


def test_review_with_nothing_due_is_409(client: TestClient, world: World) -> None:
    response = client.post("/api/practice/review", headers=world.headers("stranger"), json={})
    assert response.status_code == 409
    assert response.json()["error"] == NOTHING_DUE


def test_reviews_list_the_concepts_due(client: TestClient, world: World) -> None:
    response = client.get(
        f"/api/reviews/student/{world.student_id}", headers=world.headers("tutor")
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert [r["key"] for r in body["data"]] == ["algebra_1.linear_equations"]
    assert body["metadata"] == {"page": 1, "limit": 50, "total": 1}
