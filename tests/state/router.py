"""Put a handler's state on a page, as a navigation sets Reflex's router (url, route id)."""

from __future__ import annotations

from urllib.parse import quote, urlencode

import reflex as rx
from reflex.istate.data import ReflexURL, URLData

ANY_PAGE = "/any/[id]"  # for handlers that read only the page's id


def open_page(state: rx.State, route: str, query: dict | None = None, **args: object):
    """`state` (any state of the tree) as seen from a tab at `route`, its `[arg]`s filled in."""
    path = route
    for key, value in args.items():
        path = path.replace(f"[{key}]", quote(str(value), safe=""))
    url = f"http://localhost:3000{path}" + (f"?{urlencode(query)}" if query else "")
    root = state
    while root.parent_state is not None:
        root = root.parent_state
    root.rx_router_route_id = route
    root.rx_router_url = URLData.from_url(ReflexURL(url))
    return state
