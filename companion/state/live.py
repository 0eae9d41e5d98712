"""Live updates for open student pages: one watcher per backend process, no loop per tab.

A page's loader calls `follow(self, Handler, kinds)` once the student is known; the tab's
client token is then in `REGISTRY`. The watcher (a lifespan task, companion/companion.py)
waits for change signals (PostgreSQL LISTEN, or one fingerprint read per second on SQLite,
companion/services/live.py) and enqueues the followed handler for each open tab of that
student, as if the tab had sent it: the handler reloads through the runner, off the loop.
A closed tab is dropped at the next tick; nothing runs for it.

A tab whose user is not known yet registers only after its first read. A change that lands
between that read and the registration would be lost, so each new follow is checked on the
watcher's next pass: when a change for that student and kind was seen in the window before
the registration, or the watcher cannot tell (it was not watching that student then), the
tab gets one catch-up refresh.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
from collections import deque
from collections.abc import Iterable, Mapping

from reflex.event import Event

from companion.db import get_engine, session_scope
from companion.services.live import CHANNEL, KINDS, parse_signal, student_fingerprints
from companion.state.live_registry import READ_WINDOW_SECONDS, REGISTRY, Follow, Registry
from companion.state.runner import in_thread

log = logging.getLogger("companion.live")
TICK_SECONDS = 1.0
RETRY_SECONDS = 2.0


_names: dict[object, str] = {}


def _event_name(handler) -> str:
    name = _names.get(handler)
    if name is None:  # every page load follows: build each handler's name once
        name = _names[handler] = f"{handler.state_full_name}.{handler.fn.__name__}"
    return name


def _token(state) -> str:
    """The tab's client token, from the one router var holding it (`state.router` assembles
    every router var on each read; page loads follow on every load)."""
    return state.rx_router_session.client_token


def reading(state, handler, kinds: Iterable[str]) -> None:
    """Call before the page reads what `handler` refreshes: with the student known the tab
    follows from now on (nothing can slip by); otherwise the read's start is remembered
    for the `follow` after it."""
    token = _token(state)
    if not token:
        return
    if state._user_id and state._role == "student":
        REGISTRY.follow(token, state._user_id, _event_name(handler), kinds, before_read=True)
    elif not state._user_id:
        REGISTRY.reading(token, _event_name(handler))


def follow(state, handler, kinds: Iterable[str]) -> None:
    """Let `handler` run for this tab when one of `kinds` changes for the signed-in student
    (after the page's read; the watcher checks the read's window for a missed change)."""
    token = _token(state)
    if token and state._user_id and state._role == "student":
        REGISTRY.follow(token, state._user_id, _event_name(handler), kinds)


def unfollow(state, handler) -> None:
    """This tab no longer shows the page `handler` refreshes."""
    token = _token(state)
    if token:
        REGISTRY.unfollow(token, _event_name(handler))


def left(state, handler, route: str) -> bool:
    """True when the tab no longer shows `route`, which `handler` refreshes; it stops
    following then (a later visit follows again)."""
    if state.router.route_id == route:
        return False
    unfollow(state, handler)
    return True


class Watcher:
    """Turns change signals into events for the open tabs of the student concerned."""

    def __init__(self, app, registry: Registry = REGISTRY) -> None:
        self.app = app
        self.registry = registry
        self._seen: deque[tuple[float, int, str]] = deque()  # (when, student, kind) recently
        self._watching: dict[int, float] = {}  # student -> since when changes are seen
        self._all_since: float | None = None  # LISTEN: every student's changes since then

    def saw(self, student_id: int, kind: str, at: float | None = None) -> None:
        """Remember a change (for the follows registered just after it)."""
        now = time.monotonic() if at is None else at
        self._seen.append((now, student_id, kind))
        while self._seen and self._seen[0][0] < now - 2 * READ_WINDOW_SECONDS:
            self._seen.popleft()

    def _missed(self, f: Follow) -> str | None:
        """The kind of change the follow's first read may predate; "" when the watcher cannot
        tell (it was not watching that student for the whole window); None when nothing."""
        since = self._all_since if self._all_since is not None else self._watching.get(f.student_id)
        if since is None or since > f.read_from:
            return ""
        for when, sid, kind in reversed(self._seen):
            if sid == f.student_id and kind in f.kinds and f.read_from <= when <= f.at:
                return kind
        return None

    async def catch_up(self) -> int:
        """One refresh for each new follow that may have missed a change; how many were sent."""
        sent = 0
        connected = self._connected()
        for f in self.registry.take_fresh():
            if f.token not in connected or not self.registry.following(f.token, f.event_name):
                continue
            kind = self._missed(f)
            if kind is not None:
                await self.app.event_processor.enqueue(
                    f.token, Event(name=f.event_name, payload={"kind": kind})
                )
                sent += 1
        return sent

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
        self._all_since = time.monotonic()
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
                        self.saw(*signal)
                        await self.dispatch(*signal)
                await self.catch_up()
        finally:
            self._all_since = None
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
                seen, self._watching = {}, {}
                await self.catch_up()  # forgets follows of tabs already closed
                continue
            now = await in_thread(_fingerprints, ids)
            at = time.monotonic()
            for sid in ids:
                before, after = seen.get(sid), now.get(sid, {})
                for kind in KINDS if before is not None else ():
                    if before.get(kind) != after.get(kind):
                        self.saw(sid, kind, at)
                        await self.dispatch(sid, kind)
            seen = {sid: now.get(sid, {}) for sid in ids}
            self._watching = {sid: self._watching.get(sid, at) for sid in ids}
            await self.catch_up()


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
