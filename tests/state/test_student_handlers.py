"""Every student-page handler either awaits the runner or is a short, reviewed pure setter."""

from __future__ import annotations

import inspect

import pytest

from companion.pages.home import HomeState
from companion.state.chat import ChatState
from companion.state.dashboard import DashboardState
from companion.state.goals import GoalsState
from companion.state.notifications import NotificationsState
from companion.state.practice import PracticeState
from companion.state.practice_list import PracticeListState
from companion.state.progress import ProgressState
from companion.state.session_detail import SessionDetailState
from companion.state.sessions import SessionsState

STATES = (
    ChatState,
    DashboardState,
    GoalsState,
    HomeState,
    NotificationsState,
    PracticeListState,
    PracticeState,
    ProgressState,
    SessionDetailState,
    SessionsState,
)
# Sync on purpose: they only check their argument and set a var (no I/O, no parsing).
PURE_SETTERS = {
    "ChatState": {"set_draft", "use_prompt", "open_tutor", "set_topic", "set_urgency"}
    | {"set_preferred_time"},
    "PracticeListState": {"set_source", "set_chosen_session", "toggle_concept", "set_difficulty"},
    "GoalsState": {"set_title", "set_subject", "set_target_date", "set_dialog"},
    "PracticeState": {"go", "toggle_hint"},
    "ProgressState": {"choose"},
    "SessionsState": {"toggle_form", "set_subject", "set_tutor", "set_session_date"},
}
INHERITED = {"sign_out"}  # AuthState's: forgets the user, returns a script


def _handlers(cls):
    for name, handler in cls.event_handlers.items():
        if not getattr(handler.fn, "__module__", "").startswith("reflex"):  # setvar etc.
            yield name, handler


@pytest.mark.parametrize("cls", STATES, ids=lambda c: c.__name__)
def test_every_handler_is_async_or_a_reviewed_pure_setter(cls):
    allowed = PURE_SETTERS.get(cls.__name__, set()) | INHERITED
    blocking = [
        name
        for name, handler in _handlers(cls)
        if not (inspect.iscoroutinefunction(handler.fn) or inspect.isasyncgenfunction(handler.fn))
        and name not in allowed
    ]
    assert blocking == []


def test_no_student_state_keeps_a_poll_loop():
    for cls in STATES:
        source = inspect.getsource(inspect.getmodule(cls))
        assert "while True" not in source and "asyncio.sleep" not in source, cls.__name__
