"""The Reflex app: pages, the /api FastAPI app, and the start-up migration."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging

import reflex as rx
from reflex.istate.manager.redis import StateManagerRedis
from sqlalchemy import text

from companion import models, pages  # noqa: F401  (register tables and pages)
from companion.ai.offline import grading  # noqa: F401  (sympy loads at start, not on a submit)
from companion.api.app import create_api
from companion.api.origins import socket_origin_allowed
from companion.api.web_guard import WebGuard
from companion.db import database_url, get_engine
from companion.migrations import upgrade
from companion.pages import outcomes as _outcomes_page  # noqa: F401
from companion.settings import get_settings
from companion.state.failures import backend_error
from companion.state.live import live_updates
from companion.state.redis_manager import CompanionStateManagerRedis
from companion.state.tokens import patient_reconnects
from companion.theme import STYLE

log = logging.getLogger(__name__)

# Any constant works; every process that migrates takes the same PostgreSQL lock.
_MIGRATION_LOCK = 7_311_042


def apply_migrations() -> None:
    """Bring the configured database to the newest schema (start-up and `companion db upgrade`)."""
    url = database_url()
    if get_engine().dialect.name != "postgresql":
        upgrade(url)
        return
    # Several backend workers start at once: one migrates, the others wait and find it done.
    with get_engine().connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
        try:
            upgrade(url)
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})
            conn.commit()


class CompanionApp(rx.App):
    """The Reflex app behind WebGuard, with the websocket handshake checking its Origin."""

    def _setup_state(self) -> None:
        super()._setup_state()
        # With REDIS_URL: the same manager with two round trips per event instead of four.
        if type(self._state_manager) is StateManagerRedis:
            self._state_manager = CompanionStateManagerRedis.replacing(self._state_manager)

    def __call__(self):
        asgi = super().__call__()
        if self.sio is not None:
            # Reflex turns cors_allowed_origins into a fixed list; a callable also accepts
            # the page's own host and the dev UI's port, known only once it has started.
            self.sio.eio.cors_allowed_origins = socket_origin_allowed
        return WebGuard(asgi, client_cookie=self.client_cookie)

    def _apply_decorated_pages(self) -> None:
        """Add each @rx.page page once.

        Reflex applies the decorated pages at every compile. In production the supervisor
        compiles the app, then every forked backend worker compiles it again and re-adds
        each page ("Page X is being redefined with the same component", one warning per
        page and worker). A page already added with the same component is skipped; another
        component on a taken route still fails as before.
        """
        for render, kwargs in self._registration_context.decorated_pages:
            route = self._page_route_key(render, kwargs.get("route"))
            added = self._unevaluated_pages.get(route) if route is not None else None
            if added is None or added.component is not render:
                self.add_page(render, **kwargs)

    async def client_cookie(self, client_token: str) -> str:
        """The Cookie header a page's websocket sent (Reflex keeps it in the client's state)."""
        from reflex.istate.manager.token import BaseStateToken

        root = await self.state_manager.get_state(BaseStateToken(ident=client_token, cls=rx.State))
        return root.router.headers.cookie


# The theme is set in rxconfig.py (RadixThemesPlugin); App(theme=...) is deprecated in 0.10.
# Toasts at the top: at the bottom they cover the phone tab bar and the practice buttons.
app = CompanionApp(
    style=STYLE,
    api_transformer=create_api(),
    toaster=rx.toast.provider(position="top-center", close_button=True),
    backend_exception_handler=backend_error,
)
app.register_lifespan_task(apply_migrations)


@contextlib.asynccontextmanager
async def inprocess_worker():
    """Run the job worker inside the backend unless COMPANION_WORKER=off."""
    if get_settings().worker_mode == "off":
        yield
        return
    from jobs.worker import start_inprocess_worker

    handle = await asyncio.to_thread(start_inprocess_worker)
    try:
        yield
    finally:
        await asyncio.to_thread(handle.stop)


app.register_lifespan_task(inprocess_worker)
app.register_lifespan_task(live_updates)  # one watcher pushes status changes to open tabs
app.register_lifespan_task(patient_reconnects)  # a reload keeps its tab's state


def tune_garbage_collector() -> None:
    """Keep full collections from pausing every client (docs/architecture.md, "Facts about Reflex")."""
    gc.freeze()  # start-up objects (app, pages, models) are never garbage
    gc.set_threshold(100_000, 50, 1_000)


app.register_lifespan_task(tune_garbage_collector)
