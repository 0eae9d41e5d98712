"""Ids that arrive from the client: route params and event arguments, checked strictly."""

from __future__ import annotations

MAX_ID = 2**63 - 1


def strict_id(value: object) -> int | None:
    """A positive id from an int or a string of ASCII digits; None for anything else.

    `str.isdigit()` is true for "²" or "٣", which `int()` then rejects or misreads, so only
    the ten ASCII digits count.
    """
    if type(value) is int:
        return value if 0 < value <= MAX_ID else None
    if not isinstance(value, str) or not 0 < len(value) < 19:
        return None
    if not (value.isascii() and value.isdigit()):
        return None
    return int(value) or None


def route_id(state, key: str = "id") -> int | None:
    """The page's route parameter `key` as an id (None when missing or not plain digits)."""
    return strict_id(state.router.page.params.get(key, ""))
