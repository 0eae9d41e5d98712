"""/api/me: the caller's own notification choices; /api/unsubscribe: one click, no sign-in."""

from __future__ import annotations

from fastapi.testclient import TestClient

from companion import routes
from companion.api.routes.unsubscribe import NOTHING_CHANGED
from companion.services.preferences import BAD_UNSUBSCRIBE, unsubscribe_token
from companion.settings import get_settings
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


def _choose(client: TestClient, world: World, kind: str, channel: str) -> None:
    body = {"channels": {kind: channel}}
    assert client.put("/api/me/preferences", json=body, headers=world.headers("owner")).is_success


def test_clicking_the_unsubscribe_link_shows_a_page_and_stops_that_kind(
    client: TestClient, world: World
):
    _choose(client, world, "weekly_summary", "email")
    token = unsubscribe_token(world.student_id, "weekly_summary")
    response = client.get(f"/api/unsubscribe?token={token}")  # no sign-in
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "You will no longer get \u201cWeekly summary\u201d emails." in response.text
    assert f'href="{get_settings().app_url}{routes.ACCOUNT}"' in response.text
    assert '<meta name="viewport"' in response.text  # readable on a phone
    assert _prefs(client, world)["channels"]["weekly_summary"] == "off"


def test_the_one_click_post_of_a_mail_app_answers_json_and_keeps_in_app(
    client: TestClient, world: World
):
    _choose(client, world, "practice_ready", "both")
    token = unsubscribe_token(world.student_id, "practice_ready")
    response = client.post(  # exactly what RFC 8058 says a mail client sends
        f"/api/unsubscribe?token={token}",
        content="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200
    assert response.json()["data"] == {"kind": "practice_ready"}
    assert _prefs(client, world)["channels"]["practice_ready"] == "in_app"


def _bad_links(world: World) -> list[str]:
    good = unsubscribe_token(world.student_id, "weekly_summary")
    return [
        good[:-4] + "AAAA",  # forged signature
        good.replace(f"{world.student_id}.", f"{world.student_id + 1}.", 1),  # another student
        good.replace("weekly_summary", "daily_nudge"),  # another kind, same signature
        good[: len(good) // 2],  # cut when copied
        "",
    ]


def test_a_forged_or_damaged_link_shows_a_clear_page_and_changes_nothing(
    client: TestClient, world: World
):
    _choose(client, world, "weekly_summary", "email")
    before = _prefs(client, world)
    for token in _bad_links(world):
        page = client.get(f"/api/unsubscribe?token={token}")
        assert page.status_code == 422, token
        assert page.headers["content-type"].startswith("text/html")
        assert BAD_UNSUBSCRIBE in page.text and NOTHING_CHANGED in page.text
        assert "You will no longer get" not in page.text
        posted = client.post(f"/api/unsubscribe?token={token}")
        assert posted.status_code == 422, token
        assert posted.headers["content-type"] == "application/json"
    assert _prefs(client, world) == before


def test_a_link_of_a_deleted_account_shows_a_clear_page(client: TestClient, world: World):
    token = unsubscribe_token(world.student_id, "weekly_summary")
    gone = client.request(
        "DELETE", f"/api/admin/users/{world.student_id}", headers=world.headers("admin")
    )
    assert gone.status_code == 200
    page = client.get(f"/api/unsubscribe?token={token}")
    assert page.status_code == 404
    assert BAD_UNSUBSCRIBE in page.text and NOTHING_CHANGED in page.text
