"""A reload keeps its tab's state: a reconnect waits briefly for its old socket to let go.

Reflex links each socket to the tab's client token and, when the token is still linked to
another socket, treats the new one as a duplicated tab and hands it a fresh token (a fresh,
empty state). On a reload the old socket's disconnect and the new socket's connect race:
with several backend workers they land on different processes, so the old link (in Redis)
is often still there and the reloaded tab lost its page state (choices, the form). Here the
new link first waits up to RECONNECT_GRACE_SECONDS for the old link to go; a tab that was
really duplicated (both open) still gets its own token after that.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

from reflex.utils.token_manager import LocalTokenManager, RedisTokenManager, TokenManager

RECONNECT_GRACE_SECONDS = 1.5
POLL_SECONDS = 0.05


class _Patient:
    """Mixin: wait for another socket's link to the token to go before linking."""

    token_to_socket: dict

    async def _held_by_another(self, token: str, sid: str) -> bool:
        record = self.token_to_socket.get(token)
        return record is not None and record.sid != sid

    async def link_token_to_sid(self, token: str, sid: str) -> str | None:
        deadline = time.monotonic() + RECONNECT_GRACE_SECONDS
        while time.monotonic() < deadline and await self._held_by_another(token, sid):
            await asyncio.sleep(POLL_SECONDS)
        return await super().link_token_to_sid(token, sid)  # type: ignore[misc]


class PatientLocalTokenManager(_Patient, LocalTokenManager):
    """One worker: the old socket's disconnect runs on this loop while we wait."""


class PatientRedisTokenManager(_Patient, RedisTokenManager):
    """Several workers: the old link may be another process's record in Redis."""

    async def _held_by_another(self, token: str, sid: str) -> bool:
        record = self.token_to_socket.get(token)
        if record is not None:
            if record.sid == sid:
                return False  # this very socket again
            if record.instance_id == self.instance_id:
                return True  # our own old socket: its disconnect is on its way
        try:
            return bool(await self.redis.exists(self._get_redis_key(token)))
        except Exception:  # Redis trouble: decide as Reflex would
            return False


def patient(manager: TokenManager) -> TokenManager:
    """The patient counterpart of Reflex's token manager (same Redis client)."""
    if isinstance(manager, _Patient):
        return manager
    if isinstance(manager, RedisTokenManager):
        return PatientRedisTokenManager(manager.redis)
    return PatientLocalTokenManager()


@contextlib.asynccontextmanager
async def patient_reconnects(app):
    """Lifespan task: swap in the patient token manager before any socket connects."""
    namespace = app.event_namespace
    if namespace is not None:
        namespace._token_manager = patient(namespace._token_manager)
    yield
