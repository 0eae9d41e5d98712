"""The Redis state manager (companion/state/redis_manager.py) against the Redis on this machine.

Two managers on one Redis stand for two backend workers. An uncontended event costs two
commands; a contended one waits and then sees the other's write; nothing is lost, a
handler that raises leaves the stored state as it was and the lock free, and a write
after the lock expired is refused.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Awaitable, Callable

import pytest
import redis
from redis.asyncio import Redis
from reflex.istate.manager.token import BaseStateToken
from reflex_base.utils.exceptions import LockExpiredError

from companion.state.auth import AuthState
from companion.state.practice_list import PracticeListState
from companion.state.redis_manager import CompanionStateManagerRedis

REDIS_URL = os.environ.get("COMPANION_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(autouse=True)
def _redis_or_skip() -> None:
    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")


def _manager(lock_ms: int = 10_000) -> CompanionStateManagerRedis:
    return CompanionStateManagerRedis(
        redis=Redis.from_url(REDIS_URL),
        token_expiration=60,
        lock_expiration=lock_ms,
        lock_warning_threshold=lock_ms // 2,
    )


def _token() -> BaseStateToken:
    return BaseStateToken(ident=f"test-{uuid.uuid4()}", cls=PracticeListState)


async def _chosen(manager: CompanionStateManagerRedis, token: BaseStateToken) -> list[str]:
    root = await manager.get_state(token)
    return list((await root.get_state(PracticeListState)).chosen_concepts)


async def _append(manager: CompanionStateManagerRedis, token: BaseStateToken, key: str) -> None:
    async with manager.modify_state(token) as root:
        state = await root.get_state(PracticeListState)
        before = list(state.chosen_concepts)
        await asyncio.sleep(0)  # the other worker's event runs meanwhile if it can
        state.chosen_concepts = [*before, key]


def _run(scenario: Callable[..., Awaitable[None]], *managers: CompanionStateManagerRedis) -> None:
    async def main() -> None:
        try:
            await scenario(*managers)
        finally:
            for m in managers:
                await m.close()

    asyncio.run(main())


def test_two_workers_interleaving_read_modify_writes_lose_nothing():
    token = _token()

    async def scenario(a, b):
        keys = [f"k{i}" for i in range(40)]
        await asyncio.gather(*(_append(a if i % 2 else b, token, k) for i, k in enumerate(keys)))
        assert sorted(await _chosen(a, token)) == sorted(keys)
        assert sorted(await _chosen(b, token)) == sorted(keys)

    _run(scenario, _manager(), _manager())


def test_an_uncontended_event_costs_two_commands():
    token = _token()

    async def scenario(a):
        await _append(a, token, "first")  # the states exist from here on
        sent: list[str] = []
        real = a.redis.execute_command

        async def counting(*args, **kwargs):
            sent.append(str(args[0]))
            return await real(*args, **kwargs)

        a.redis.execute_command = counting  # type: ignore[method-assign]
        await _append(a, token, "second")
        assert sent == ["EVAL", "EVAL"]  # lock + read, then write + unlock
        assert await _chosen(a, token) == ["first", "second"]

    _run(scenario, _manager())


def test_an_event_waits_for_the_other_worker_and_sees_its_write():
    token = _token()

    async def scenario(a, b):
        async with a.modify_state(token) as root:
            (await root.get_state(PracticeListState)).chosen_concepts = ["first"]
            waiting = asyncio.create_task(_append(b, token, "second"))
            await asyncio.sleep(0.3)
            assert not waiting.done()  # held by a
        # Released by a's write: b goes on at once, far inside the 10 s lock expiry.
        await asyncio.wait_for(waiting, 5)
        assert await _chosen(a, token) == ["first", "second"]

    _run(scenario, _manager(), _manager())


def test_a_handler_that_raises_writes_nothing_and_frees_the_lock():
    token = _token()

    async def scenario(a, b):
        await _append(a, token, "kept")
        with pytest.raises(RuntimeError):
            async with a.modify_state(token) as root:
                (await root.get_state(PracticeListState)).chosen_concepts = ["lost"]
                raise RuntimeError("handler failed")
        assert await a.redis.get(a._lock_key(token)) is None
        await asyncio.wait_for(_append(b, token, "next"), 2)
        assert await _chosen(b, token) == ["kept", "next"]

    _run(scenario, _manager(), _manager())


def test_a_write_after_the_lock_expired_is_refused_and_changes_nothing():
    token = _token()

    async def scenario(slow, other):
        with pytest.raises(LockExpiredError):
            async with slow.modify_state(token) as root:
                (await root.get_state(PracticeListState)).chosen_concepts = ["stale"]
                await asyncio.sleep(0.5)  # the 300 ms lock expires
                await _append(other, token, "fresh")  # another worker's event meanwhile
        assert await _chosen(other, token) == ["fresh"]
        assert await other.redis.get(other._lock_key(token)) is None

    _run(scenario, _manager(lock_ms=300), _manager())


def test_an_unchanged_signed_in_user_does_not_touch_auth_state():
    # A touched state is pickled and written back to Redis after every event.
    root = AuthState.get_root_state()(_reflex_internal_init=True)
    auth = root.get_substate(AuthState.get_full_name().split("."))
    assert isinstance(auth, AuthState)

    class Who:
        id, role, name = 7, "student", "Ada"

    auth._remember(Who())  # type: ignore[arg-type]
    root._clean()
    auth._was_touched = False
    auth._remember(Who())  # type: ignore[arg-type]
    assert not auth._was_touched
    auth._remember(None)
    assert auth._was_touched and auth._user_id is None and auth._role == ""


def test_the_lock_listener_runs_only_while_an_event_waits():
    # Reflex's listener parses every worker's lock notifications once started; here it
    # stops after the last wait, and the next wait starts it again without hanging.
    token = _token()

    async def scenario(a, b):
        assert a._lock_task is None
        await _append(a, token, "first")
        assert a._lock_task is None  # uncontended: nothing listens
        for key in ("second", "third"):
            async with a.modify_state(token) as root:
                waiting = asyncio.create_task(_append(b, token, key))
                await asyncio.sleep(0.3)
                assert b._lock_task is not None and not waiting.done()
                state = await root.get_state(PracticeListState)
                state.chosen_concepts = [*state.chosen_concepts, f"{key}-a"]
            await asyncio.wait_for(waiting, 5)  # far inside the 10 s lock expiry
            await asyncio.sleep(0)
            assert b._lock_task is None
        assert await _chosen(a, token) == ["first", "second-a", "second", "third-a", "third"]

    async def in_loop() -> None:  # created inside a running loop: the listener is stopped
        a, b = _manager(), _manager()
        try:
            await scenario(a, b)
        finally:
            await a.close()
            await b.close()

    asyncio.run(in_loop())
