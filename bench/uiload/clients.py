"""Socket.IO clients that speak Reflex's event protocol like a browser tab.

Each client connects with its session cookie, sends the page's on_load events, then sends
events at Poisson times (open loop: a late reply delays the next send, and its latency is
counted from the time it was due, so a stalled server is not hidden by waiting clients).
"""

from __future__ import annotations

import asyncio
import json
import random
import time
import uuid
from dataclasses import dataclass, field

import socketio

NAMESPACE = "/_event"


@dataclass(frozen=True)
class Action:
    handler: str
    payload: dict
    path: str


@dataclass
class Sample:
    due: float  # monotonic time the event was due
    ms: float
    handler: str


@dataclass
class Client:
    base: str
    cookie: str | None
    token: str = field(default_factory=lambda: str(uuid.uuid4()))
    sio: socketio.AsyncClient | None = None
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    last: list = field(default_factory=list)
    waiting: bool = False
    want: str | None = None  # wait for the update carrying this var (others may come first)

    async def connect(self) -> None:
        self.sio = socketio.AsyncClient(reconnection=False)

        async def on_update(data):
            update = json.loads(data) if isinstance(data, str) else data
            if self.waiting and (self.want is None or find_var(update, self.want) is not None):
                self.last.append(update)
                self.waiting = False
                self.arrived.set()

        self.sio.on("event", on_update, namespace=NAMESPACE)
        headers = {"Cookie": f"companion_token={self.cookie}"} if self.cookie else {}
        await self.sio.connect(
            f"{self.base}?token={self.token}",
            socketio_path="/_event",
            namespaces=[NAMESPACE],
            headers=headers,
            transports=["websocket"],
            wait_timeout=30,
        )

    async def send(
        self, action: Action, timeout: float = 60.0, want: str | None = None
    ) -> dict | None:
        """Send one event; the first update it causes, or None on timeout. With `want`, the
        first update that carries that var: a live refresh's update may come first."""
        self.last.clear()
        self.arrived.clear()
        self.want = want
        self.waiting = True
        router = {"pathname": action.path, "query": {}, "asPath": action.path}
        await self.sio.emit(
            "event",
            {"name": action.handler, "payload": action.payload, "router_data": router},
            namespace=NAMESPACE,
        )
        try:
            await asyncio.wait_for(self.arrived.wait(), timeout)
        except TimeoutError:
            self.waiting = False
            return None
        return self.last[0] if self.last else None

    async def close(self) -> None:
        if self.sio is not None:
            await self.sio.disconnect()


@dataclass
class Run:
    samples: list[Sample] = field(default_factory=list)
    timeouts: int = 0
    connect_failures: int = 0
    started: float = 0.0
    completions: list[float] = field(default_factory=list)  # when each reply arrived (all)


async def _client_loop(
    client: Client, index: int, opening, mix, rate: float, until: float, run: Run, rng
) -> None:
    for action in opening(index):
        if await client.send(action) is not None:
            run.completions.append(time.monotonic())
    due = time.monotonic() + rng.expovariate(rate)
    while due < until:
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        action = mix(rng, index)
        reply = await client.send(action)
        if reply is None:
            run.timeouts += 1
        else:
            run.completions.append(time.monotonic())
            run.samples.append(Sample(due, (time.monotonic() - due) * 1000, action.handler))
        due += rng.expovariate(rate)


async def drive(
    base: str,
    cookies: list[str | None],
    opening,
    mix,
    *,
    seconds: float,
    rate: float = 1.0,
    connect_spread: float = 5.0,
    on_connected=None,
    seed: int = 7,
) -> tuple[Run, list[Client]]:
    """Connect one client per cookie, then run the event mix for `seconds`.

    `opening(i)` lists the events client i sends first (its tabs loading, not measured);
    `mix(rng, i)` picks each later event. Every event must change some state var: Reflex
    sends no update for an event that changes nothing, and the client waits for one.
    """
    run = Run()
    clients = [Client(base, c) for c in cookies]
    sem = asyncio.Semaphore(50)

    async def connect(c: Client, delay: float) -> bool:
        await asyncio.sleep(delay)
        async with sem:
            try:
                await c.connect()
                return True
            except Exception:
                run.connect_failures += 1
                return False

    spread = connect_spread / max(1, len(clients))
    ok = await asyncio.gather(*(connect(c, i * spread) for i, c in enumerate(clients)))
    live = [c for c, good in zip(clients, ok, strict=True) if good]
    if on_connected is not None:
        await on_connected(live)
    run.started = time.monotonic()
    until = run.started + seconds
    await asyncio.gather(
        *(
            _client_loop(c, i, opening, mix, rate, until, run, random.Random(seed + i))
            for i, c in enumerate(live)
        )
    )
    return run, live


def find_var(update, prefix: str):
    """The value of the first delta var whose name starts with `prefix` in a state update."""
    if isinstance(update, dict):
        for key, value in update.items():
            if isinstance(key, str) and key.startswith(prefix):
                return value
            found = find_var(value, prefix)
            if found is not None:
                return found
    return None


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


def summarize(samples: list[Sample], start: float, end: float) -> dict:
    """p50/p99 and events/s of the samples due in [start, end)."""
    inside = [s.ms for s in samples if start <= s.due < end]
    span = max(1e-9, end - start)
    return {
        "p50_ms": round(percentile(inside, 50), 1),
        "p99_ms": round(percentile(inside, 99), 1),
        "events_per_s": round(len(inside) / span, 1),
        "events": len(inside),
    }


def by_handler(samples: list[Sample], start: float, end: float) -> dict:
    """p50/p99 per event handler (its short name), for finding what makes the tail."""
    names = sorted({s.handler for s in samples})
    return {
        n.rsplit(".", 2)[-2].rsplit("__", 1)[-1] + "." + n.rsplit(".", 1)[-1]: summarize(
            [s for s in samples if s.handler == n], start, end
        )
        for n in names
    }
