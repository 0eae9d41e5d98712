"""Ids that arrive from the client: route params and event arguments, checked strictly."""

from __future__ import annotations

from urllib.parse import unquote

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


def route_arg(state, key: str = "id") -> str:
    """The page URL's segment in the route's `[key]` place ("" when the route has none).

    Read from the router's `url` and `route_id` (Reflex 0.10 deprecates `router.page`).
    The segments are matched from the end: a `frontend_path` prefix precedes the route.
    """
    pattern = [p for p in state.router.route_id.split("/") if p]
    path = [p for p in state.router.url.path.split("/") if p]
    if f"[{key}]" not in pattern or len(path) < len(pattern):
        return ""
    return unquote(path[len(path) - len(pattern) + pattern.index(f"[{key}]")])


def query_arg(state, key: str) -> str:
    """The page URL's query parameter `key` ("" when absent)."""
    return state.router.url.query_parameters.get(key, "")


def route_id(state, key: str = "id") -> int | None:
    """The page's route parameter `key` as an id (None when missing or not plain digits)."""
    return strict_id(route_arg(state, key))
