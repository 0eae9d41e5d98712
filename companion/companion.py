"""The Reflex app: pages, the /api FastAPI app, and the start-up migration."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging

import reflex as rx
from sqlalchemy import text

from companion import models, pages  # noqa: F401  (register tables and pages)
from companion.api.app import create_api
from companion.db import database_url, get_engine
from companion.migrations import upgrade
from companion.pages import outcomes as _outcomes_page  # noqa: F401
from companion.settings import get_settings
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


# The theme is set in rxconfig.py (RadixThemesPlugin); App(theme=...) is deprecated in 0.10.
# Toasts at the top: at the bottom they cover the phone tab bar and the practice buttons.
app = rx.App(
    style=STYLE,
    api_transformer=create_api(),
    toaster=rx.toast.provider(position="top-center", close_button=True),
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


def tune_garbage_collector() -> None:
    """Keep full collections from pausing every client (REFLEX.md: p99 250 ms -> 20 ms)."""
    gc.freeze()  # start-up objects (app, pages, models) are never garbage
    gc.set_threshold(100_000, 50, 1_000)


app.register_lifespan_task(tune_garbage_collector)
