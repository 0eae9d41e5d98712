"""GET /api/outcomes and its CSV export."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient

from companion.services.outcomes import BARS, PERIOD_TOO_LONG
from tests.api.conftest import World


def test_an_admin_gets_five_bars_with_their_definitions(client: TestClient, world: World):
    body = client.get("/api/outcomes", headers=world.headers("admin")).json()["data"]
    assert [b["key"] for b in body["bars"]] == list(BARS)
    assert all(b["definition"] == BARS[b["key"]][1] for b in body["bars"])
    assert set(body["tables"]) == {"bars", "weekly_active", "cohorts", "funnel", "goal_chain"}


def test_the_csv_export_is_the_table_with_a_header(client: TestClient, world: World):
    response = client.get(
        "/api/outcomes/export.csv?table=bars&since=2026-11-01&until=2026-11-28",
        headers=world.headers("admin"),
    )
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["key"] for r in rows] == list(BARS)


def test_a_reversed_period_is_refused_with_its_reason(client: TestClient, world: World):
    response = client.get(
        "/api/outcomes?since=2026-11-28&until=2026-11-01", headers=world.headers("admin")
    )
    assert response.status_code in (400, 422)
    assert response.json()["error"] == PERIOD_TOO_LONG
