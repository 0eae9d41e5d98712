"""What the backend does with an exception no handler caught (a bug, or a crafted event).

Reflex's default logs a full traceback for every one, so an anonymous client sending junk
events could fill the disk. Here the first failure of each kind (exception type and the
line that raised it) is logged with its traceback; repeats cost one short line.
"""

from __future__ import annotations

import logging
import threading
import traceback

import reflex as rx
from reflex.event import EventSpec

log = logging.getLogger("companion.ui")
MAX_KINDS = 1_000
GENERIC = "Something went wrong. Reload the page and try again."
_seen: set[tuple[str, str, int]] = set()
_lock = threading.Lock()


def _kind(exc: BaseException) -> tuple[str, str, int]:
    frames = traceback.extract_tb(exc.__traceback__)
    where = frames[-1] if frames else None
    return type(exc).__name__, where.filename if where else "", where.lineno or 0 if where else 0


# Reflex evaluates the return annotation by name in its own module: keep it `EventSpec`.
def backend_error(exception: Exception) -> EventSpec:
    """Log once with a traceback per kind, then one line; show the visitor a plain toast."""
    kind = _kind(exception)
    with _lock:
        first = kind not in _seen and len(_seen) < MAX_KINDS
        if first:
            _seen.add(kind)
    summary = f"{kind[0]}: {str(exception)[:160]!r} at {kind[1].rsplit('/', 1)[-1]}:{kind[2]}"
    if first:
        log.error("unhandled event error %s", summary, exc_info=exception)
    else:
        log.warning("unhandled event error (repeat) %s", summary)
    return rx.toast.error(GENERIC, id="backend_error")
