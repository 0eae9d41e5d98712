"""The one throttle for sign-in and sign-up, per client address and per account, with backoff.

Why this shape: guesses are limited per client address first, so one client's guesses never
block another client. Failed sign-ins of one account make every *new* address wait (a
doubling pause, capped: a slowdown, not a lockout), while an address the account signed in
from before skips that pause: someone guessing from many addresses can't lock the owner
out. Sign-ups count every attempt per address.

Counts live in memory per process by default, in Redis when REDIS_URL is set (several
backend workers then count together). REST and the UI both reach this through
companion.services.users, never directly.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Protocol, cast

from companion.services.errors import RateLimited
from companion.settings import get_settings


@dataclass(frozen=True)
class Backoff:
    free: int  # attempts allowed before any pause
    cap: float  # longest pause, seconds
    forget: float  # seconds without a counted attempt after which the count starts over

    def pause(self, count: int) -> float:
        """Seconds the next attempt must wait after the last counted one."""
        return 0.0 if count < self.free else min(2.0 ** (count - self.free), self.cap)


POLICIES: dict[str, Backoff] = {
    "login:address": Backoff(free=20, cap=900.0, forget=3600.0),
    "login:account": Backoff(free=10, cap=300.0, forget=3600.0),
    "register:address": Backoff(free=5, cap=3600.0, forget=86400.0),
}
TRUST_SECONDS = 30 * 24 * 3600.0  # an address stays "usual" for an account this long
TRUSTED_PER_ACCOUNT = 20
_MAX_KEYS = 100_000


def _clock() -> float:
    return time.time()


class Store(Protocol):
    def take(self, key: str, policy: Backoff, now: float) -> float:
        """Count an attempt and return 0, or return the seconds still to wait (not counted)."""
        ...

    def give_back(self, key: str) -> None:
        """Uncount one attempt (it turned out to be a success)."""
        ...

    def trust(self, account: str, address: str, now: float) -> None: ...

    def trusted(self, account: str, address: str, now: float) -> bool: ...

    def clear(self) -> None: ...


class MemoryStore:
    """One process: [count, last attempt] per key, and the trusted addresses per account."""

    def __init__(self) -> None:
        self._counts: dict[str, list[float]] = {}
        self._trusted: dict[str, dict[str, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, policy: Backoff, now: float) -> float:
        with self._lock:
            count, last = self._counts.get(key, (0, 0.0))
            if now - last > policy.forget:
                count = 0
            wait = last + policy.pause(int(count)) - now
            if count >= policy.free and wait > 0:
                return wait
            if len(self._counts) > _MAX_KEYS:  # keep memory bounded under a spray of keys
                self._counts = {k: v for k, v in self._counts.items() if now - v[1] < 3600}
            self._counts[key] = [count + 1, now]
            return 0.0

    def give_back(self, key: str) -> None:
        with self._lock:
            entry = self._counts.get(key)
            if entry and entry[0] > 0:
                entry[0] -= 1

    def trust(self, account: str, address: str, now: float) -> None:
        with self._lock:
            if len(self._trusted) > _MAX_KEYS:
                self._trusted.clear()
            seen = self._trusted.setdefault(account, {})
            seen[address] = now
            for old in sorted(seen, key=seen.__getitem__)[:-TRUSTED_PER_ACCOUNT]:
                del seen[old]

    def trusted(self, account: str, address: str, now: float) -> bool:
        with self._lock:
            return now - self._trusted.get(account, {}).get(address, -math.inf) < TRUST_SECONDS

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()
            self._trusted.clear()


# Check and count in one step, so parallel attempts can't all slip through one free slot.
_TAKE = """
local n = tonumber(redis.call('HGET', KEYS[1], 'n') or '0')
local t = tonumber(redis.call('HGET', KEYS[1], 't') or '0')
local now, free, cap, forget = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]),
  tonumber(ARGV[4])
if now - t > forget then n = 0 end
if n >= free then
  local wait = t + math.min(2 ^ (n - free), cap) - now
  if wait > 0 then return tostring(wait) end
end
redis.call('HSET', KEYS[1], 'n', n + 1, 't', ARGV[1])
redis.call('EXPIRE', KEYS[1], math.ceil(forget))
return '0'
"""
_GIVE_BACK = """
if tonumber(redis.call('HGET', KEYS[1], 'n') or '0') > 0 then
  redis.call('HINCRBY', KEYS[1], 'n', -1)
end
"""


class RedisStore:
    """Several processes: a hash {n, t} per key, a sorted set of trusted addresses."""

    def __init__(self, url: str, prefix: str = "companion:ratelimit:") -> None:
        import redis

        self._redis = redis.Redis.from_url(url)
        self._prefix = prefix
        self._take = self._redis.register_script(_TAKE)
        self._give_back = self._redis.register_script(_GIVE_BACK)

    def take(self, key: str, policy: Backoff, now: float) -> float:
        args: list[str | int] = [repr(now), policy.free, repr(policy.cap), repr(policy.forget)]
        return float(self._take(keys=[self._prefix + key], args=args))

    def give_back(self, key: str) -> None:
        self._give_back(keys=[self._prefix + key])

    def trust(self, account: str, address: str, now: float) -> None:
        name = f"{self._prefix}trust:{account}"
        pipe = self._redis.pipeline()
        pipe.zadd(name, {address: now})
        pipe.zremrangebyrank(name, 0, -TRUSTED_PER_ACCOUNT - 1)
        pipe.expire(name, math.ceil(TRUST_SECONDS))
        pipe.execute()

    def trusted(self, account: str, address: str, now: float) -> bool:
        seen = cast("float | None", self._redis.zscore(f"{self._prefix}trust:{account}", address))
        return seen is not None and now - float(seen) < TRUST_SECONDS

    def clear(self) -> None:
        for name in self._redis.scan_iter(f"{self._prefix}*"):
            self._redis.delete(name)


_store: Store | None = None


def store() -> Store:
    """The process-wide store (Redis when configured)."""
    global _store
    if _store is None:
        url = get_settings().redis_url
        _store = RedisStore(url) if url else MemoryStore()
    return _store


def too_many(wait: float) -> RateLimited:
    """The refusal, telling how long to wait."""
    seconds = max(1, math.ceil(wait))
    if seconds < 120:
        when = "1 second" if seconds == 1 else f"{seconds} seconds"
    else:
        when = f"{math.ceil(seconds / 60)} minutes"
    return RateLimited(f"Too many attempts. Try again in {when}.", retry_after=seconds)


def _account(email: str) -> str:
    return email.strip().lower()[:254]


def _address(address: str) -> str:
    return (address or "unknown")[:64]


@dataclass(frozen=True)
class SignInAttempt:
    """What a sign-in counted, so a success can uncount it."""

    address: str
    account: str
    keys: tuple[str, ...]


def sign_in_begin(address: str, email: str) -> SignInAttempt:
    """Count a sign-in as failed in advance, or RateLimited (address first, then account)."""
    addr, account, now = _address(address), _account(email), _clock()
    keys = [f"login:address:{addr}"]
    wait = store().take(keys[0], POLICIES["login:address"], now)
    if wait > 0:
        raise too_many(wait)
    if account and not store().trusted(account, addr, now):
        keys.append(f"login:account:{account}")
        wait = store().take(keys[1], POLICIES["login:account"], now)
        if wait > 0:
            store().give_back(keys[0])
            raise too_many(wait)
    return SignInAttempt(addr, account, tuple(keys))


def sign_in_succeeded(attempt: SignInAttempt) -> None:
    """Uncount a sign-in that succeeded and remember its address as the account's usual one."""
    for key in attempt.keys:
        store().give_back(key)
    if attempt.account:
        store().trust(attempt.account, attempt.address, _clock())


def register_begin(address: str) -> None:
    """Count a sign-up from this address, or RateLimited."""
    wait = store().take(
        f"register:address:{_address(address)}", POLICIES["register:address"], _clock()
    )
    if wait > 0:
        raise too_many(wait)


def rate_limits_reset() -> None:
    """Forget every counted attempt and trusted address (tests, operators)."""
    store().clear()
