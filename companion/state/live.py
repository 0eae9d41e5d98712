"""Live updates for open student pages: one watcher per backend process, no loop per tab.

A page's loader calls `follow(self, Handler, kinds)` once the student is known; the tab's
client token is then in `REGISTRY`. The watcher (a lifespan task, companion/companion.py)
waits for change signals (PostgreSQL LISTEN, or one fingerprint read per second on SQLite,
companion/services/live.py) and enqueues the followed handler for each open tab of that
student, as if the tab had sent it: the handler reloads through the runner, off the loop.
A closed tab is dropped at the next tick; nothing runs for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
from collections.abc import Iterable, Mapping

from reflex.event import Event

from companion.db import get_engine, session_scope
from companion.services.live import CHANNEL, KINDS, parse_signal, student_fingerprints
from companion.state.runner import in_thread

log = logging.getLogger("companion.live")
TICK_SECONDS = 1.0
RETRY_SECONDS = 2.0


class Registry:
    """Which open tab (client token) of which student follows which handler, for which kinds."""

    def __init__(self) -> None:
        self._tabs: dict[str, tuple[int, dict[str, frozenset[str]]]] = {}

    def follow(self, token: str, student_id: int, event_name: str, kinds: Iterable[str]) -> None:
        owner, events = self._tabs.get(token, (student_id, {}))
        if owner != student_id:  # the tab signed in as someone else: forget the old follows
            events = {}
        events[event_name] = frozenset(kinds)
        self._tabs[token] = (student_id, events)

    def unfollow(self, token: str, event_name: str) -> None:
        entry = self._tabs.get(token)
        if entry is not None:
            entry[1].pop(event_name, None)
            if not entry[1]:
                del self._tabs[token]

    def drop(self, token: str) -> None:
        self._tabs.pop(token, None)

    def students(self) -> list[int]:
        return sorted({sid for sid, _ in self._tabs.values()})

    def tokens(self) -> list[str]:
        return list(self._tabs)

    def targets(self, student_id: int, kind: str) -> list[tuple[str, str]]:
        """(token, event name) of every open tab of the student that follows `kind`."""
        return [
            (token, name)
            for token, (sid, events) in list(self._tabs.items())
            if sid == student_id
            for name, kinds in list(events.items())
            if kind in kinds
        ]


REGISTRY = Registry()


_names: dict[object, str] = {}


def _event_name(handler) -> str:
    name = _names.get(handler)
    if name is None:  # every page load follows: build each handler's name once
        name = _names[handler] = f"{handler.state_full_name}.{handler.fn.__name__}"
    return name


def follow(state, handler, kinds: Iterable[str]) -> None:
    """Let `handler` run for this tab when one of `kinds` changes for the signed-in student."""
    token = state.router.session.client_token
    if token and state._user_id and state._role == "student":
        REGISTRY.follow(token, state._user_id, _event_name(handler), kinds)


def unfollow(state, handler) -> None:
    """This tab no longer shows the page `handler` refreshes."""
    token = state.router.session.client_token
    if token:
        REGISTRY.unfollow(token, _event_name(handler))


class Watcher:
    """Turns change signals into events for the open tabs of the student concerned."""

    def __init__(self, app, registry: Registry = REGISTRY) -> None:
        self.app = app
        self.registry = registry

    def _connected(self) -> Mapping[str, str]:
        """The connected tokens, read once per pass: Reflex builds this mapping anew on
        every read (per token, a pass over 1,000 tabs cost a fifth of the backend's CPU)."""
        namespace = self.app.event_namespace
        return {} if namespace is None else namespace.token_to_sid

    def prune(self) -> None:
        """Forget the tabs whose socket is gone (a closed tab costs nothing after this)."""
        connected = self._connected()
        for token in self.registry.tokens():
            if token not in connected:
                self.registry.drop(token)

    async def dispatch(self, student_id: int, kind: str) -> int:
        """Enqueue the followed handler for each open tab of the student; how many were sent."""
        sent = 0
        connected = self._connected()
        for token, name in self.registry.targets(student_id, kind):
            if token not in connected:
                self.registry.drop(token)
                continue
            await self.app.event_processor.enqueue(token, Event(name=name, payload={"kind": kind}))
            sent += 1
        return sent

    async def dispatch_all(self) -> None:
        for sid in self.registry.students():
            for kind in KINDS:
                await self.dispatch(sid, kind)

    async def run(self) -> None:
        """Forever: listen (PostgreSQL) or poll (SQLite); reconnect after a failure."""
        reconnect = False
        while True:
            try:
                if get_engine().dialect.name == "postgresql":
                    await self._listen(reconnect)
                else:
                    await self._poll()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database went away: try again, tabs keep working
                log.warning("live updates paused: %s", type(exc).__name__)
                reconnect = True
                await asyncio.sleep(RETRY_SECONDS)

    async def _listen(self, catch_up: bool) -> None:
        conn = await in_thread(_listen_connection)
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | None] = asyncio.Queue()

        def readable() -> None:
            try:
                conn.poll()
            except Exception:
                queue.put_nowait(None)
                return
            while conn.notifies:
                queue.put_nowait(conn.notifies.pop(0).payload)

        loop.add_reader(conn.fileno(), readable)
        try:
            if catch_up:  # signals sent while we were away are lost: refresh everyone once
                await self.dispatch_all()
            pruned = loop.time()
            while True:
                try:
                    payload = await asyncio.wait_for(queue.get(), TICK_SECONDS)
                except TimeoutError:
                    payload = ""
                if loop.time() - pruned >= TICK_SECONDS:  # also under a steady stream
                    self.prune()
                    pruned = loop.time()
                batch = [payload]
                while not queue.empty():  # a burst becomes one refresh per student and kind
                    batch.append(queue.get_nowait())
                if None in batch:
                    raise ConnectionError("the LISTEN connection closed")
                for signal in dict.fromkeys(parse_signal(p) for p in batch):
                    if signal is not None:
                        await self.dispatch(*signal)
        finally:
            loop.remove_reader(conn.fileno())
            with contextlib.suppress(Exception):
                conn.close()

    async def _poll(self) -> None:
        seen: dict[int, dict] = {}
        while True:
            await asyncio.sleep(TICK_SECONDS)
            self.prune()
            ids = self.registry.students()
            if not ids:
                seen = {}
                continue
            now = await in_thread(_fingerprints, ids)
            for sid in ids:
                before, after = seen.get(sid), now.get(sid, {})
                for kind in KINDS if before is not None else ():
                    if before.get(kind) != after.get(kind):
                        await self.dispatch(sid, kind)
            seen = {sid: now.get(sid, {}) for sid in ids}


def _listen_connection():
    """A psycopg2 connection of its own (out of the pool), in autocommit, listening."""
    raw = get_engine().raw_connection()
    conn = raw.dbapi_connection
    raw.detach()  # ours for good: the pool neither reuses nor resets it
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f"LISTEN {CHANNEL}")
    return conn


def _fingerprints(ids: list[int]) -> dict:
    with session_scope() as db:
        return student_fingerprints(db, ids)


def start(app) -> asyncio.Task:
    """Start the process's watcher in a clean context (no event's router data leaks into it)."""
    loop = asyncio.get_running_loop()
    return loop.create_task(
        Watcher(app).run(), name="companion-live", context=contextvars.Context()
    )


@contextlib.asynccontextmanager
async def live_updates(app):
    """Lifespan task: the one watcher of this backend process."""
    task = start(app)
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
