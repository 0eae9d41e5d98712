"""Sliding-window rate limits for sign-in and sign-up, per IP and per account.

In memory per process by default; shared through Redis when REDIS_URL is set, so several
backend workers count together.
"""

from __future__ import annotations

import math
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Protocol

from companion.services import messages
from companion.services.errors import RateLimited
from companion.settings import get_settings


@dataclass(frozen=True)
class Limit:
    hits: int
    window: float  # seconds


LIMITS: dict[str, Limit] = {
    "login:ip": Limit(30, 60.0),
    "login:account": Limit(10, 60.0),
    "register:ip": Limit(10, 60.0),
    "register:account": Limit(5, 60.0),
}


class Window(Protocol):
    def hit(self, key: str, limit: Limit, now: float) -> float:
        """Record a hit; 0 when allowed, else seconds until the oldest hit leaves the window."""
        ...

    def clear(self) -> None: ...


class MemoryWindow:
    """One process: a deque of hit times per key."""

    def __init__(self) -> None:
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, limit: Limit, now: float) -> float:
        with self._lock:
            times = self._hits.setdefault(key, deque())
            while times and times[0] <= now - limit.window:
                times.popleft()
            if len(times) >= limit.hits:
                return times[0] + limit.window - now
            times.append(now)
            if len(self._hits) > 100_000:  # forget idle keys so memory stays bounded
                self._hits = {k: v for k, v in self._hits.items() if v and v[-1] > now - 3600}
            return 0.0

    def clear(self) -> None:
        with self._lock:
            self._hits.clear()


class RedisWindow:
    """Several processes: a sorted set of hit times per key."""

    def __init__(self, url: str) -> None:
        import redis

        self._redis = redis.Redis.from_url(url)

    def hit(self, key: str, limit: Limit, now: float) -> float:
        name = f"companion:ratelimit:{key}"
        pipe = self._redis.pipeline()
        pipe.zremrangebyscore(name, 0, now - limit.window)
        pipe.zcard(name)
        pipe.zrange(name, 0, 0, withscores=True)
        _, count, oldest = pipe.execute()
        if count >= limit.hits:
            return (oldest[0][1] if oldest else now) + limit.window - now
        pipe.zadd(name, {f"{now}:{uuid.uuid4().hex[:8]}": now})
        pipe.expire(name, math.ceil(limit.window))
        pipe.execute()
        return 0.0

    def clear(self) -> None:
        for name in self._redis.scan_iter("companion:ratelimit:*"):
            self._redis.delete(name)


_window: Window | None = None


def _store() -> Window:
    global _window
    if _window is None:
        url = get_settings().redis_url
        _window = RedisWindow(url) if url else MemoryWindow()
    return _window


def attempt_check(action: str, *, ip: str, account: str = "") -> None:
    """Count an attempt at `action` (login|register); RateLimited once either window is full."""
    now = time.monotonic() if isinstance(_store(), MemoryWindow) else time.time()
    keys = [(f"{action}:ip", ip or "unknown")]
    if account:
        keys.append((f"{action}:account", account.strip().lower()[:254]))
    for scope, value in keys:
        wait = _store().hit(f"{scope}:{value}", LIMITS[scope], now)
        if wait > 0:
            raise RateLimited(messages.TOO_MANY_ATTEMPTS, retry_after=max(1, math.ceil(wait)))


def rate_limits_reset() -> None:
    """Forget every counted attempt (tests, operators)."""
    _store().clear()
