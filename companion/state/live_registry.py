"""Which open tab of which student follows which live-update handler (state/live.py)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable
from typing import NamedTuple

# How long before its registration a new follow's first read may have started: a change
# seen within this window (or while the watcher was not watching) earns a catch-up refresh.
READ_WINDOW_SECONDS = 30.0
FRESH_KEPT = 10_000  # new follows waiting for the watcher (it drains them every pass)


class Follow(NamedTuple):
    """A tab that started following: it may have missed a change just before."""

    token: str
    student_id: int
    event_name: str
    kinds: frozenset[str]
    at: float  # time.monotonic() of the registration
    read_from: float  # when the page's read may have started (at most READ_WINDOW before)


class Registry:
    """Which open tab (client token) of which student follows which handler, for which kinds."""

    def __init__(self) -> None:
        self._tabs: dict[str, tuple[int, dict[str, frozenset[str]]]] = {}
        self._fresh: deque[Follow] = deque(maxlen=FRESH_KEPT)  # the watcher drains it
        self._reading: dict[tuple[str, str], float] = {}  # (token, event) -> read started

    def reading(self, token: str, event_name: str) -> None:
        """A tab whose user is not known yet starts its page read now (registered after)."""
        key = (token, event_name)
        self._reading.pop(key, None)
        self._reading[key] = time.monotonic()
        while len(self._reading) > FRESH_KEPT:  # reads that never registered (signed out)
            del self._reading[next(iter(self._reading))]

    def follow(
        self,
        token: str,
        student_id: int,
        event_name: str,
        kinds: Iterable[str],
        *,
        before_read: bool = False,
    ) -> None:
        """After the page's read (default; it started when `reading` recorded, else at most
        READ_WINDOW_SECONDS ago), or `before_read`: nothing of it can be missed."""
        owner, events = self._tabs.get(token, (student_id, {}))
        if owner != student_id:  # the tab signed in as someone else: forget the old follows
            events = {}
        wanted = frozenset(kinds)
        started = self._reading.pop((token, event_name), None)
        if events.get(event_name) != wanted:  # new (or wider): check it for a missed change
            now = time.monotonic()
            earliest = now - READ_WINDOW_SECONDS
            since = now if before_read else max(started or earliest, earliest)
            self._fresh.append(Follow(token, student_id, event_name, wanted, now, since))
        events[event_name] = wanted
        self._tabs[token] = (student_id, events)

    def take_fresh(self) -> list[Follow]:
        """The follows registered since the last call (the watcher checks each once)."""
        fresh = list(self._fresh)
        self._fresh.clear()
        return fresh

    def unfollow(self, token: str, event_name: str) -> None:
        entry = self._tabs.get(token)
        if entry is not None:
            entry[1].pop(event_name, None)
            if not entry[1]:
                del self._tabs[token]

    def drop(self, token: str) -> None:
        self._tabs.pop(token, None)

    def following(self, token: str, event_name: str) -> bool:
        entry = self._tabs.get(token)
        return entry is not None and event_name in entry[1]

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
