"""Each route makes exactly one trip to the threadpool (each extra hop queues under load)."""

from __future__ import annotations

import anyio.to_thread
import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import World
from tests.api.test_permissions import ROUTES


@pytest.mark.parametrize("route", list(ROUTES))
def test_a_route_hops_to_the_threadpool_once(
    client: TestClient, world: World, route: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    hops: list[str] = []
    run_sync = anyio.to_thread.run_sync

    async def counting(func, *args, **kwargs):
        hops.append(getattr(func, "__name__", repr(func)))
        return await run_sync(func, *args, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", counting)
    call, expected = ROUTES[route]
    response = client.request(
        call.method,
        call.path(world),
        headers=world.headers("owner"),
        json=call.body(world) if call.body else None,
    )
    assert response.status_code == expected["owner"], response.text
    assert len(hops) == 1, hops


def test_an_anonymous_call_is_refused_before_any_hop(
    client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    hops: list[object] = []

    async def counting(func, *args, **kwargs):
        hops.append(func)

    monkeypatch.setattr(anyio.to_thread, "run_sync", counting)
    response = client.get(f"/api/progress/student/{world.student_id}")
    assert response.status_code == 401 and hops == []
