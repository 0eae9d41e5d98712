"""Reflex's Redis state manager with two round trips per event instead of four.

With REDIS_URL every event of every tab locks its client's state in Redis, reads the
states the handler needs, writes back the ones it touched and unlocks. Reflex 0.10.1
(`reflex.istate.manager.redis.StateManagerRedis`, opportunistic locking off, its
default) sends that as four commands, each a round trip costing the event loop about
0.1 ms of CPU: `SET lock NX PX`, `MGET states`, a fenced `EVAL` that writes, and `GETDEL
lock`. Here the lock and the read are one script (`_LOCK_AND_READ`) and the fenced write
and the unlock another (`_SAVE_AND_UNLOCK`); what is read and written is unchanged (the
handler's state, its parents and substates; only touched states are written).

Everything else is Reflex's own: when the lock is held elsewhere the waiting path is
Reflex's (`_wait_lock`: keyspace notifications, local waiters served in order); a write
after the lock expired raises `LockExpiredError` and writes nothing; a handler that
raises unlocks without writing. Only the fast path when nobody else holds the lock, and
nobody in this process waits for it, is changed.

Reflex's waiting path listens to the keyspace notifications of every `*_lock` key (a
pattern subscription), and once started it stays: from then on every worker parses three
messages (set, expire, del) for every event of every worker, a cost that grows with the
number of workers while nobody waits. Here the listener runs only while an event of this
process waits for a lock; the first wait starts it (Reflex's own start: subscribe, then
try the lock again, so a release in between is not missed) and the last one stops it.

With REFLEX_OPLOCK_ENABLED (its lease-breaking needs the listener) the parent's code runs
untouched.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, cast

from reflex.istate.manager import StateModificationContext
from reflex.istate.manager.redis import StateManagerRedis
from reflex.istate.manager.token import TOKEN_TYPE, BaseStateToken, StateToken
from reflex.state import BaseState
from reflex_base.utils.exceptions import LockExpiredError, StateSchemaMismatchError
from typing_extensions import Unpack

log = logging.getLogger(__name__)

# KEYS: the lock, then the state keys. ARGV: the lock id, the lock expiry (ms).
# The states when the lock was free and is now ours; nil when someone else holds it.
# A retried call (the reply was lost) finds the lock already its own and reads.
_LOCK_AND_READ = """
if redis.call('GET', KEYS[1]) ~= ARGV[1]
        and not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
    return nil
end
return redis.call('MGET', unpack(KEYS, 2))
"""

# KEYS: the lock, then the state keys. ARGV: the lock id, the state expiry (s), then the
# payloads in KEYS order. Writes and unlocks only while the lock is ours; returns the
# lock's remaining PTTL, or nil (nothing written, nothing unlocked) when it is not ours.
_SAVE_AND_UNLOCK = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
    return nil
end
for i = 2, #KEYS do
    redis.call('SET', KEYS[i], ARGV[i + 1], 'EX', ARGV[2])
end
local pttl = redis.call('PTTL', KEYS[1])
redis.call('DEL', KEYS[1])
return pttl
"""

# Unlock without writing (the handler raised): only a lock that is still ours.
_UNLOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""

Script = Callable[..., Awaitable[Any]]


class CompanionStateManagerRedis(StateManagerRedis):
    """StateManagerRedis: two round trips per uncontended event, a lock listener only while
    an event waits (module docstring)."""

    @classmethod
    def replacing(cls, base: StateManagerRedis) -> CompanionStateManagerRedis:
        """The same manager (connection, expiries) as the one Reflex created from the config."""
        return cls(
            redis=base.redis,
            token_expiration=base.token_expiration,
            lock_expiration=base.lock_expiration,
            lock_warning_threshold=base.lock_warning_threshold,
        )

    _waiting: int = 0  # events of this process inside `_wait_lock`

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self._oplock_enabled:
            self._stop_listener()  # started by the first wait, not up front

    def _stop_listener(self) -> None:
        task, self._lock_task = self._lock_task, None
        if task is not None:
            # A later start gets a flag of its own: the stopped task clears only this one.
            self._lock_updates_subscribed = asyncio.Event()
            task.cancel()

    async def _subscribe_lock_updates(self) -> None:
        if self._oplock_enabled:
            await super()._subscribe_lock_updates()
            return
        subscribed = self._lock_updates_subscribed  # this listener's flag
        await self._enable_keyspace_notifications()
        db = self.redis.get_connection_kwargs().get("db", 0)
        async with self.redis.pubsub() as pubsub:
            await pubsub.psubscribe(**{f"__keyspace@{db}__:*_lock": self._handle_lock_release})
            try:
                async for message in pubsub.listen():
                    if message["type"] == "psubscribe":
                        subscribed.set()
            finally:
                subscribed.clear()

    async def _wait_lock(self, lock_key: bytes, lock_id: bytes) -> None:
        if self._oplock_enabled:
            await super()._wait_lock(lock_key, lock_id)
            return
        self._waiting += 1
        try:
            await super()._wait_lock(lock_key, lock_id)
        finally:
            self._waiting -= 1
            if not self._waiting:
                self._stop_listener()

    @contextlib.asynccontextmanager
    async def _try_modify_state(
        self, token: StateToken[TOKEN_TYPE], **context: Unpack[StateModificationContext]
    ) -> AsyncIterator[TOKEN_TYPE | None]:
        if self._oplock_enabled or not isinstance(token, BaseStateToken):
            async with super()._try_modify_state(token, **context) as state:
                yield state
            return
        event = context.get("event")
        event_name = event.name if event is not None else None
        lock_key = self._lock_key(token)
        lock_id = (f"{event_name}:{uuid.uuid4().hex}" if event_name else uuid.uuid4().hex).encode()
        classes = sorted(
            self._get_required_state_classes(token.cls, subclasses=True),
            key=lambda c: c.get_full_name(),
        )
        keys = [token._state_key(c) for c in classes]
        payloads = None
        if not self._n_lock_waiters(lock_key):  # nobody here queued first: try at once
            lock_and_read = cast(Script, self.redis.eval)
            payloads = await lock_and_read(
                _LOCK_AND_READ, 1 + len(keys), lock_key, *keys, lock_id, self.lock_expiration
            )
        if payloads is None:  # held elsewhere: Reflex's waiting path, then one read
            await self._wait_lock(lock_key, lock_id)
        unlocked = False
        try:
            if payloads is None:
                payloads = await self.redis.mget(keys)
            state = self._tree(token, classes, payloads)
            yield cast(TOKEN_TYPE, state)
            await self._save_and_unlock(token, state, lock_key, lock_id, **context)
            unlocked = True
        finally:
            if not unlocked:  # compare-and-delete: a lock another event took stays
                unlock = cast(Script, self.redis.eval)
                await unlock(_UNLOCK, 1, lock_key, lock_id)
            self._notify_next_waiter(lock_key)

    def _tree(
        self, token: BaseStateToken, classes: list[type[BaseState]], payloads: list
    ) -> BaseState:
        """The state tree from the stored payloads, as `StateManagerRedis.get_state` builds it
        (a missing or outdated payload becomes a fresh state)."""
        flat: dict[str, BaseState] = {}
        for state_cls, payload in zip(classes, payloads, strict=True):
            state = None
            if payload is not None:
                with contextlib.suppress(StateSchemaMismatchError):
                    state = BaseState._deserialize(data=payload)
            if state is None:
                state = state_cls(init_substates=False, _reflex_internal_init=True)
            name = state.get_full_name()
            flat[name] = state
            if state.get_parent_state() is not None:
                parent_name, _, own_name = name.rpartition(".")
                parent = flat[parent_name]  # sorted by name: parents come first
                parent.substates[own_name] = state
                state.parent_state = parent
        return flat[token.cls.get_root_state().get_full_name()]

    async def _save_and_unlock(
        self,
        token: BaseStateToken,
        state: BaseState,
        lock_key: bytes,
        lock_id: bytes,
        **context: Unpack[StateModificationContext],
    ) -> None:
        writes = self._collect_state_writes(token, state)
        save = cast(Script, self.redis.eval)
        pttl = await save(
            _SAVE_AND_UNLOCK,
            1 + len(writes),
            lock_key,
            *(key for key, _ in writes),
            lock_id,
            self.token_expiration,
            *(payload for _, payload in writes),
        )
        event = context.get("event")
        suffix = f" Happened in event: {event.name}" if event is not None else ""
        if pttl is None:
            raise LockExpiredError(
                f"Lock expired for token {token} while processing (lock expiration "
                f"{self.lock_expiration} ms); nothing was written.{suffix}"
            )
        held = (self.lock_expiration - pttl) / 1000
        if held > self.lock_warning_threshold / 1000:
            log.warning("Lock for token %s was held %.1f s.%s", token, held, suffix)
