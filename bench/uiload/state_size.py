"""Bytes one student's state tree holds, measured in-process with tracemalloc (load-free).

The serving process's RSS growth per student depends on load (allocator fragmentation,
garbage awaiting collection); this counts only what the memory state manager keeps per
client: the root state as Reflex creates it, after the first hydrate (`dict()`, which
materialises every default), and after the student's tabs sent the bench's event mix.

    python -m bench.uiload.state_size [DB_NAME] [STUDENTS]
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import inspect
import json
import os
import random
import subprocess
import sys
import tracemalloc
from pathlib import Path

from bench.uiload.scenario import MIX, Scenario


def _root(cookie: str):
    import reflex as rx
    from reflex.istate.data import HeaderData

    from companion.api.session_cookie import COOKIE_NAME

    root = rx.State(_reflex_internal_init=True)
    headers = {"cookie": f"{COOKIE_NAME}={cookie}"}
    root.rx_router_headers = HeaderData.from_router_data({"headers": headers})
    return root


async def _fire(handler, state, kwargs: dict) -> None:
    result = handler.fn(state, **kwargs)
    if inspect.iscoroutine(result):
        await result
    elif inspect.isasyncgen(result):
        async for _ in result:
            pass


async def _events(root, keys: list[str], seed: int) -> None:
    """Every event of the mix once, then choosing and toggling concepts a few times."""
    rng = random.Random(seed)
    for module, cls, handler, kind, _path in list(MIX) + [MIX[4], MIX[5]] * 3:
        state_cls = getattr(importlib.import_module(module), cls)
        state = root.get_substate(state_cls.get_full_name().split("."))
        key = rng.choice(keys or ["none"])
        kwargs: dict = {}
        if kind == "key":
            kwargs = {"key": key}
        elif kind == "toggle":
            kwargs = {"key": key, "on": rng.random() < 0.5}
        await _fire(getattr(state_cls, handler), state, kwargs)
        root._clean()


def _traced() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


async def _measure(scenario: Scenario, n: int) -> dict:
    from companion import companion  # noqa: F401  (registers every state class)

    warm = _root(scenario.cookies[0])  # first-use caches (SQL, JWT keys) are not per client
    warm.dict()
    await _events(warm, scenario.keys[0], 0)
    tracemalloc.start()
    try:
        start = _traced()
        trees = [_root(scenario.cookies[i]) for i in range(n)]
        created = _traced()
        for tree in trees:
            tree.dict()
            tree._clean()
        hydrated = _traced()
        for i, tree in enumerate(trees):
            await _events(tree, scenario.keys[i], i)
        used = _traced()
    finally:
        tracemalloc.stop()

    def count(state) -> int:
        return 1 + sum(count(s) for s in state.substates.values())

    return {
        "states_per_tree_after_events": count(trees[0]),
        "created_kb": round((created - start) / n / 1024, 1),
        "hydrated_kb": round((hydrated - start) / n / 1024, 1),
        "after_events_kb": round((used - start) / n / 1024, 1),
    }


def state_tree_kb(db_url: str, students: int = 50) -> dict:
    """KB per student's state tree: created, hydrated, after the event mix (see module)."""
    scenario = Scenario.load(db_url, students)
    n = min(students, len(scenario.cookies))
    return asyncio.run(_measure(scenario, n))


def measure_in_subprocess(root: Path, db_name: str, students: int = 50) -> dict:
    """`state_tree_kb` in a fresh interpreter (its own DATABASE_URL, no bench imports)."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.uiload.state_size", db_name, str(students)],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("JWT_SECRET", "bench-ui-secret-" + "x" * 40)
    os.environ.setdefault("COMPANION_ENV", "test")
    from bench.uiload import seed

    name = sys.argv[1] if len(sys.argv) > 1 else "companion_bench_ui"
    os.environ["DATABASE_URL"] = seed.db_url(name)
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    print(json.dumps(state_tree_kb(os.environ["DATABASE_URL"], n)))
