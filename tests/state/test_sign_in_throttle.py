"""The sign-in and sign-up forms (the websocket handlers) share the REST throttle, keyed by
the socket's client address that the server put on the router."""

from __future__ import annotations

import pytest
import reflex as rx
from reflex.istate.data import SessionData

from companion import routes
from companion.db import session_scope
from companion.services import messages, ratelimit
from companion.state.auth import SignInState
from tests.factories import PASSWORD, make_student
from tests.state.fire import fire


@pytest.fixture
def from_address(make_state):
    """A fresh SignInState whose socket came from `address`."""

    def build(address: str) -> SignInState:
        state = make_state(SignInState)
        state.parent_state.rx_router_session = SessionData(client_ip=address)
        return state

    return build


@pytest.fixture
def clock(monkeypatch) -> list[float]:
    now = [1_000_000.0]
    monkeypatch.setattr(ratelimit, "_clock", lambda: now[0])
    return now


def _sign_in(state: SignInState, email: str, password: str) -> str:
    """ "in" (the exchange script came back), "wrong", "limited" or the error shown."""
    event = fire(SignInState.sign_in, state, {"email": email, "password": password})
    if isinstance(event, rx.event.EventSpec) and routes.API_SESSION in str(event.args):
        return "in"
    if state.form_error == messages.LOGIN_FAILED:
        return "wrong"
    return "limited" if state.form_error.startswith("Too many attempts") else state.form_error


def test_250_guesses_from_10_addresses_are_throttled_and_the_owner_still_signs_in(
    database, from_address, clock
):
    with session_scope() as s:
        email = make_student(s, email="grace@example.com").email
    assert _sign_in(from_address("192.0.2.77"), email, PASSWORD) == "in"  # the usual client
    outcomes = []
    for n in range(250):  # 10 clients take turns, one guess every 0.1 s
        outcomes.append(_sign_in(from_address(f"198.51.100.{n % 10}"), email, f"guess {n}"))
        clock[0] += 0.1
    assert set(outcomes) == {"wrong", "limited"}
    # 10 free guesses at the account, then pauses of 1, 2, 4, 8 s fit in the 25 s
    assert outcomes.count("wrong") <= ratelimit.POLICIES["login:account"].free + 4
    assert _sign_in(from_address("192.0.2.77"), email, PASSWORD) == "in"
    assert _sign_in(from_address("203.0.113.5"), email, PASSWORD) == "limited"  # new: slowed


def test_one_address_spraying_many_accounts_is_throttled(database, from_address, clock):
    outcomes = [
        _sign_in(from_address("198.51.100.1"), f"u{n}@example.com", "guess!") for n in range(40)
    ]
    assert outcomes.count("wrong") == ratelimit.POLICIES["login:address"].free
    assert set(outcomes[ratelimit.POLICIES["login:address"].free :]) == {"limited"}


def test_a_client_without_an_address_is_throttled_too(database, from_address, clock):
    outcomes = [_sign_in(from_address(""), f"u{n}@example.com", "guess!") for n in range(30)]
    assert outcomes[-1] == "limited"


def test_50_sign_ups_in_25_seconds_from_one_client_mostly_fail(database, from_address, clock):
    created = 0
    for n in range(50):
        state = from_address("198.51.100.9")
        form = {"email": f"bot{n}@example.com", "name": "Bot", "password": "long enough pw"}
        event = fire(SignInState.register, state, form)
        if isinstance(event, rx.event.EventSpec) and routes.API_SESSION in str(event.args):
            created += 1
        else:
            assert state.form_error.startswith("Too many attempts")
        clock[0] += 0.5
    assert created <= ratelimit.POLICIES["register:address"].free + 4
    form = {"email": "real@example.com", "name": "Real", "password": "long enough pw"}
    event = fire(SignInState.register, from_address("192.0.2.1"), form)
    assert routes.API_SESSION in str(event.args)
