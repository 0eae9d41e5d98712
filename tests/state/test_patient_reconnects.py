"""A reload keeps its tab's token (and so its state) even when the old socket lets go late;
a tab that is really duplicated (both sockets open) still gets a token of its own."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import redis.asyncio as aioredis

from companion.state import tokens
from companion.state.tokens import PatientLocalTokenManager, PatientRedisTokenManager, patient

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(autouse=True)
def _short_grace(monkeypatch):
    monkeypatch.setattr(tokens, "RECONNECT_GRACE_SECONDS", 0.6)


async def _reload(old, new, token: str, *, let_go_after: float | None) -> str | None:
    """The old socket (sid-1 on `old`) disconnects `let_go_after` s after the new one
    (sid-2 on `new`) asks to link; None: it never lets go (a duplicated tab)."""
    assert await old.link_token_to_sid(token, "sid-1") is None

    async def let_go() -> None:
        await asyncio.sleep(let_go_after)
        await old.disconnect_token(token, "sid-1")

    waiter = asyncio.create_task(let_go()) if let_go_after is not None else None
    try:
        return await new.link_token_to_sid(token, "sid-2")
    finally:
        if waiter is not None:
            await waiter


def test_one_worker_a_late_disconnect_keeps_the_token():
    manager = PatientLocalTokenManager()
    token = str(uuid.uuid4())
    assert asyncio.run(_reload(manager, manager, token, let_go_after=0.2)) is None
    assert manager.token_to_sid[token] == "sid-2"


def test_one_worker_a_duplicated_tab_gets_its_own_token():
    manager = PatientLocalTokenManager()
    token = str(uuid.uuid4())
    new_token = asyncio.run(_reload(manager, manager, token, let_go_after=None))
    assert new_token not in (None, token)
    assert manager.token_to_sid[token] == "sid-1"  # the first tab keeps its own


def _pair():
    client = aioredis.from_url(REDIS_URL)
    return client, PatientRedisTokenManager(client), PatientRedisTokenManager(client)


def test_two_workers_a_late_disconnect_on_the_other_worker_keeps_the_token():
    async def run() -> tuple[str | None, bool]:
        client, worker_a, worker_b = _pair()
        token = str(uuid.uuid4())
        try:
            got = await _reload(worker_a, worker_b, token, let_go_after=0.2)
            return got, token in worker_b.token_to_sid
        finally:
            await worker_b.disconnect_token(token, "sid-2")
            for manager in (worker_a, worker_b):
                await manager.close()
            await client.aclose()

    got, linked = asyncio.run(run())
    assert got is None and linked


def test_two_workers_a_duplicated_tab_gets_its_own_token():
    async def run() -> tuple[str, str | None]:
        client, worker_a, worker_b = _pair()
        token = str(uuid.uuid4())
        try:
            return token, await _reload(worker_a, worker_b, token, let_go_after=None)
        finally:
            await worker_a.disconnect_token(token, "sid-1")
            for manager in (worker_a, worker_b):
                await manager.close()
            await client.aclose()

    token, got = asyncio.run(run())
    assert got not in (None, token)


def test_the_app_swaps_in_the_patient_manager_keeping_reflexs_kind():
    from reflex.utils.token_manager import LocalTokenManager, RedisTokenManager

    assert isinstance(patient(LocalTokenManager()), PatientLocalTokenManager)
    client = aioredis.from_url(REDIS_URL)
    swapped = patient(RedisTokenManager(client))
    assert isinstance(swapped, PatientRedisTokenManager) and swapped.redis is client
    assert patient(swapped) is swapped
