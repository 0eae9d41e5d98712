"""What the engine read of one text, remembered: an analysis reads each turn in several
passes (the session, each concept's key points, each window), so per-text readings that
depend on the text alone are computed once. `forget()` empties them all (benchmarks)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

TEXTS = 8192  # per reading: a long session's distinct turns, many times over
R = TypeVar("R")
_memos: list = []


def per_text(fn: Callable[[str], R]) -> Callable[[str], R]:
    """Remember `fn(text)` for the last TEXTS texts (fn must depend on the text only)."""
    memo = lru_cache(maxsize=TEXTS)(fn)
    _memos.append(memo)
    return memo


def forget() -> None:
    """Empty every remembered reading (a cold start, as for a text never seen)."""
    for memo in _memos:
        memo.cache_clear()
