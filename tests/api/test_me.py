"""/api/me: the caller's own notification choices; /api/unsubscribe: one click, no sign-in."""

from __future__ import annotations

from fastapi.testclient import TestClient

from companion.services.preferences import unsubscribe_token
from tests.api.conftest import World


def _prefs(client: TestClient, world: World) -> dict:
    return client.get("/api/me/preferences", headers=world.headers("owner")).json()["data"]


def test_put_changes_only_the_fields_sent(client: TestClient, world: World):
    body = {"channels": {"daily_nudge": "both"}, "quiet_start": "21:30", "quiet_end": "07:00"}
    saved = client.put("/api/me/preferences", json=body, headers=world.headers("owner"))
    assert saved.status_code == 200, saved.text
    client.put("/api/me/preferences", json={"daily_cap": 5}, headers=world.headers("owner"))
    prefs = _prefs(client, world)
    assert prefs["channels"]["daily_nudge"] == "both"
    assert prefs["channels"]["practice_ready"] == "in_app"
    assert (prefs["quiet_start"], prefs["quiet_end"], prefs["daily_cap"]) == ("21:30", "07:00", 5)


def test_a_bad_choice_is_refused_and_changes_nothing(client: TestClient, world: World):
    before = _prefs(client, world)
    for body in (
        {"channels": {"daily_nudge": "sms"}},
        {"timezone": "Nowhere/Special", "daily_cap": 9},
        {"quiet_start": "22:00"},
    ):
        response = client.put("/api/me/preferences", json=body, headers=world.headers("owner"))
        assert response.status_code == 422, body
    assert _prefs(client, world) == before


def test_the_unsubscribe_link_works_without_signing_in(client: TestClient, world: World):
    body = {"channels": {"weekly_summary": "email"}}
    client.put("/api/me/preferences", json=body, headers=world.headers("owner"))
    token = unsubscribe_token(world.student_id, "weekly_summary")
    response = client.get(f"/api/unsubscribe?token={token}")
    assert response.status_code == 200
    assert _prefs(client, world)["channels"]["weekly_summary"] == "off"


def test_a_forged_unsubscribe_link_is_refused(client: TestClient, world: World):
    forged = unsubscribe_token(world.student_id, "weekly_summary")[:-4] + "AAAA"
    assert client.get(f"/api/unsubscribe?token={forged}").status_code == 422
    other = unsubscribe_token(world.student_id, "weekly_summary").replace(
        f"{world.student_id}.", f"{world.student_id + 1}.", 1
    )
    assert client.post(f"/api/unsubscribe?token={other}").status_code == 422
