"""What the UI state manager costs per event: memory, Reflex's Redis manager, ours.

Runs the part of every UI event that the state manager does, in this process, for 300
clients of the app's real state tree: lock the client's state, load the handler's states
(root, AuthState, the page state), change one var, resolve the delta, write back what was
touched, unlock; 50 events in flight. Prints CPU ms per event (process time / events) for

- `memory`: Reflex's in-memory manager (one backend worker);
- `reflex-redis`: Reflex 0.10.1's StateManagerRedis (four round trips per event, and its
  lock listener running, as it is in a worker after the first contended lock);
- `companion-redis`: companion/state/redis_manager.py (two round trips per event, no
  listener while nobody waits).

The garbage collector is tuned as the app tunes it (companion.companion).

    python bench/bench_state_redis.py [--events 6000] [--rounds 3] [--redis redis://...]

The Redis runs use database 15 of that server and empty it before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("JWT_SECRET", "bench-state-secret-" + "x" * 40)
os.environ.setdefault("COMPANION_ENV", "test")

from redis.asyncio import Redis  # noqa: E402
from reflex.istate.manager import StateManager  # noqa: E402
from reflex.istate.manager.memory import StateManagerMemory  # noqa: E402
from reflex.istate.manager.redis import StateManagerRedis  # noqa: E402
from reflex.istate.manager.token import BaseStateToken  # noqa: E402

from companion.state.auth import AuthState  # noqa: E402
from companion.state.dashboard import DashboardState  # noqa: E402
from companion.state.notifications import NotificationsState  # noqa: E402
from companion.state.practice_list import PracticeListState  # noqa: E402
from companion.state.redis_manager import CompanionStateManagerRedis  # noqa: E402

PAGES = (DashboardState, NotificationsState, PracticeListState)
CLIENTS = 300
IN_FLIGHT = 50


def _change(state, i: int) -> None:
    if isinstance(state, DashboardState):
        state.loaded = not state.loaded
    elif isinstance(state, NotificationsState):
        state.unread = i
    else:
        state.chosen_concepts = [f"concept-{i % 7}"]


def _manager(kind: str, url: str) -> StateManager:
    if kind == "memory":
        return StateManagerMemory()
    cls = StateManagerRedis if kind == "reflex-redis" else CompanionStateManagerRedis
    return cls(redis=Redis.from_url(url), token_expiration=600, lock_expiration=10_000)


async def _measure(kind: str, url: str, events: int) -> float:
    manager = _manager(kind, url)
    redis = getattr(manager, "redis", None)
    if redis is not None:
        await redis.flushdb()
    clients = [str(uuid.uuid4()) for _ in range(CLIENTS)]

    async def event(i: int) -> None:
        page = PAGES[i % len(PAGES)]
        token = BaseStateToken(ident=clients[i % CLIENTS], cls=page)
        async with manager.modify_state(token) as root:
            auth = await root.get_state(AuthState)
            if auth._role != "student":
                auth._user_id, auth._role = i, "student"
            _change(await root.get_state(page), i)
            await root._get_resolved_delta()
            root._clean()

    for i in range(CLIENTS * len(PAGES)):  # every client's states exist from here on
        await event(i)
    gate = asyncio.Semaphore(IN_FLIGHT)

    async def limited(i: int) -> None:
        async with gate:
            await event(i)

    started = time.process_time()
    await asyncio.gather(*(limited(i) for i in range(events)))
    spent = time.process_time() - started
    if redis is not None:
        await redis.flushdb()
        await manager.close()
    return spent * 1000 / events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=6000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--redis", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379"))
    args = parser.parse_args()
    url = args.redis.rstrip("/").rsplit("/", 1)[0] if args.redis.count("/") > 2 else args.redis
    url = f"{url}/15"
    gc.freeze()
    gc.set_threshold(100_000, 50, 1_000)  # as companion.companion.tune_garbage_collector
    results: dict[str, list[float]] = {k: [] for k in ("memory", "reflex-redis", "companion-redis")}
    for _ in range(args.rounds):  # interleaved: a busy machine hits every kind alike
        for kind in results:
            results[kind].append(asyncio.run(_measure(kind, url, args.events)))
    for kind, runs in results.items():
        shown = ", ".join(f"{r:.3f}" for r in runs)
        print(f"{kind:16} median {statistics.median(runs):.3f} ms CPU per event ({shown})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
