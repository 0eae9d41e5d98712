"""Call an event handler the way Reflex does, sync or async, and return what it returned."""

from __future__ import annotations

import asyncio
import inspect


def fire(handler, state, *args, **kwargs):
    """`handler.fn(state, ...)`, awaited when the handler is async (a fresh loop per call)."""
    result = handler.fn(state, *args, **kwargs)
    if inspect.iscoroutine(result):
        return asyncio.run(result)
    return result
