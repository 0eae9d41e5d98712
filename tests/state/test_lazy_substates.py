"""Page states under AuthState are created on first lookup, not per client up front."""

from __future__ import annotations

import asyncio
import pickle

import pytest
import reflex as rx
from reflex.istate.delta import resolve_delta

from companion.state.auth import AuthState
from companion.state.dashboard import DashboardState
from companion.state.lazy import LazySubstates
from companion.state.progress import ProgressState

pytestmark = pytest.mark.unit


def _auth(root: rx.State) -> AuthState:
    return root.get_substate(AuthState.get_full_name().split("."))  # type: ignore[return-value]


def test_a_new_client_holds_no_page_state_until_one_is_used():
    root = rx.State(_reflex_internal_init=True)
    auth = _auth(root)
    assert isinstance(auth.substates, LazySubstates)
    assert dict(auth.substates) == {}

    progress = root.get_substate(ProgressState.get_full_name().split("."))
    assert isinstance(progress, ProgressState)
    assert progress.parent_state is auth
    assert list(auth.substates) == [ProgressState.get_name()]
    assert root.get_substate(ProgressState.get_full_name().split(".")) is progress


def test_get_state_reaches_a_page_state_not_yet_created():
    root = rx.State(_reflex_internal_init=True)
    progress = root.get_substate(ProgressState.get_full_name().split("."))
    dashboard = asyncio.run(progress.get_state(DashboardState))
    assert isinstance(dashboard, DashboardState)
    assert dashboard is _auth(root).substates[DashboardState.get_name()]


def test_an_unknown_name_is_still_refused():
    root = rx.State(_reflex_internal_init=True)
    path = [*AuthState.get_full_name().split("."), "no_such_state"]
    with pytest.raises(ValueError, match="Invalid path"):
        root.get_substate(path)
    assert "no_such_state" not in _auth(root).substates
    assert _auth(root).substates.get("no_such_state") is None
    assert dict(_auth(root).substates) == {}


def test_a_change_in_a_lazily_created_state_reaches_the_delta():
    root = rx.State(_reflex_internal_init=True)
    root._clean()
    progress = root.get_substate(ProgressState.get_full_name().split("."))
    progress.chosen = "algebra.linear"
    delta = asyncio.run(resolve_delta(root))
    sent = delta[ProgressState.get_full_name()]
    assert any(k.startswith("chosen") and v == "algebra.linear" for k, v in sent.items())
    assert DashboardState.get_full_name() not in delta


def test_the_first_hydrate_sends_defaults_only_for_states_in_use():
    root = rx.State(_reflex_internal_init=True)
    progress = root.get_substate(ProgressState.get_full_name().split("."))
    progress.chosen = "k"
    full = root.dict()
    assert AuthState.get_full_name() in full
    assert any(v == "k" for v in full[ProgressState.get_full_name()].values())
    assert DashboardState.get_full_name() not in full  # the compiled page has its defaults


def test_a_state_built_from_redis_keeps_a_plain_dict():
    auth = AuthState(_reflex_internal_init=True, init_substates=False)
    assert type(auth.substates) is dict
    assert auth.substates == {}


def test_the_created_children_pickle_as_a_plain_dict():
    root = rx.State(_reflex_internal_init=True)
    root.get_substate(ProgressState.get_full_name().split("."))
    subs = _auth(root).substates
    assert type(pickle.loads(pickle.dumps(subs))) is dict


def test_the_compiled_initial_state_lists_every_page_state():
    root = rx.State(_reflex_internal_init=True)
    initial = root.dict(initial=True)
    for cls in AuthState.get_substates():
        assert cls.get_full_name() in initial
