"""Example tests: handler states built under a fresh root (as in tests/state), no browser."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import reflex as rx
from reflex.istate.data import HeaderData

from companion.api.session_cookie import COOKIE_NAME


@pytest.fixture
def make_state() -> Callable:
    """Build `state_cls` under a fresh root whose websocket handshake sent `cookie`."""

    def build(state_cls: type[rx.State], cookie: str | None = None) -> rx.State:
        root = rx.State(_reflex_internal_init=True)
        headers = {"cookie": f"{COOKIE_NAME}={cookie}"} if cookie is not None else {}
        root.rx_router_headers = HeaderData.from_router_data({"headers": headers})
        return root.get_substate(state_cls.get_full_name().split("."))

    return build
