"""Handlers read the page from the router's `url` and `route_id`, never the deprecated
`router.page` (Reflex 0.10 prints a deprecation warning for each place that reads it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reflex_base.utils import console

from companion import routes
from companion.db import session_scope
from companion.models import Transcript
from companion.services.signin import token_for
from companion.state.dashboard import DashboardState
from companion.state.notifications import NotificationsState
from companion.state.params import query_arg, route_arg, route_id
from companion.state.password_reset import PasswordResetState
from companion.state.practice import PracticeState
from companion.state.practice_list import PracticeListState
from companion.state.session_detail import SessionDetailState
from companion.state.sessions import SessionsState
from companion.state.tutor_context import TutorStudentState
from tests.factories import make_session, make_student, make_tutor
from tests.services.test_learning_flow import ALGEBRA
from tests.state.fire import fire
from tests.state.router import open_page

PACKAGE = Path(__file__).resolve().parents[2] / "companion"


@pytest.fixture
def deprecations(monkeypatch) -> list[str]:
    """Every Reflex deprecation reported while the test runs (not deduplicated)."""
    seen: list[str] = []
    monkeypatch.setattr(console, "deprecate", lambda **kw: seen.append(kw["feature_name"]))
    return seen


@pytest.fixture
def people(database) -> dict:
    """A student with two sessions (the query picks the older one) and their tutor."""
    with session_scope() as s:
        student = make_student(s)
        tutor = make_tutor(s, students=(student,))
        older, _newer = (make_session(s, student=student, on=date(2026, 11, day)) for day in (1, 2))
        for row in (older, _newer):
            s.add(Transcript(session_id=row.id, content=ALGEBRA, status="completed"))
        return {
            "student": token_for(student),
            "tutor": token_for(tutor),
            "student_id": student.id,
            "session": older.id,
        }


def test_route_args_come_from_the_url_at_the_routes_place(make_state):
    state = open_page(make_state(PracticeState), routes.PRACTICE, id=42)
    assert (route_arg(state), route_id(state), route_arg(state, "other")) == ("42", 42, "")
    prefixed = make_state(PracticeState)
    root = prefixed.parent_state
    open_page(prefixed, "/app" + routes.PRACTICE, id=7)  # a frontend_path prefix
    root.rx_router_route_id = routes.PRACTICE
    assert route_id(prefixed) == 7
    assert route_id(open_page(make_state(PracticeState), routes.PRACTICE, id="1 2")) is None
    assert route_id(open_page(make_state(PracticeState), routes.PRACTICE_LIST)) is None


def test_query_args_come_from_the_urls_query(make_state):
    state = open_page(make_state(PasswordResetState), routes.RESET_PASSWORD, {"token": "a=b&c"})
    assert (query_arg(state, "token"), query_arg(state, "missing")) == ("a=b&c", "")


def test_page_handlers_report_no_deprecation(people, make_state, deprecations):
    student, tutor = people["student"], people["tutor"]

    def on(cls, who, route, query=None, **args):
        return open_page(make_state(cls, who), route, query, **args)

    detail = on(SessionDetailState, student, routes.SESSION, id=people["session"])
    fire(SessionDetailState.load_detail, detail)
    assert detail.found
    fire(SessionDetailState.on_live, detail)
    practice_list = on(
        PracticeListState, student, routes.PRACTICE_LIST, {"session": people["session"]}
    )
    fire(PracticeListState.load_practice, practice_list)
    assert practice_list.chosen_session == str(people["session"])
    fire(PracticeListState.on_live, practice_list)
    fire(PracticeState.load_set, on(PracticeState, student, routes.PRACTICE, id=1))
    fire(SessionsState.on_live, on(SessionsState, student, routes.SESSIONS))
    fire(DashboardState.on_live, on(DashboardState, student, routes.DASHBOARD))
    fire(NotificationsState.on_live, on(NotificationsState, student, routes.NOTIFICATIONS))
    context = on(TutorStudentState, tutor, routes.TUTOR_STUDENT, id=people["student_id"])
    fire(TutorStudentState.load_context, context)
    assert context.found
    reset = on(PasswordResetState, None, routes.RESET_PASSWORD, {"token": "not-a-token"})
    fire(PasswordResetState.set_new_password, reset, {"new_password": "x" * 12})
    fire(PasswordResetState.confirm_email, reset)
    assert reset.error  # the token was read and refused

    assert deprecations == []


def test_no_module_reads_the_deprecated_router_page():
    readers = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "router.page" in p.read_text().replace("`router.page`", "")
    ]
    assert readers == []


@pytest.mark.parametrize(
    ("cls", "route", "var"),
    [
        (SessionsState, routes.SESSIONS, "sessions"),
        (PracticeListState, routes.PRACTICE_LIST, "sessions"),
    ],
)
def test_a_live_event_reads_only_while_its_page_is_shown(people, make_state, cls, route, var):
    away = open_page(make_state(cls, people["student"]), routes.DASHBOARD)
    assert fire(cls.on_live, away) is None
    assert getattr(away, var) == []  # the tab left the page: nothing was read
    shown = open_page(make_state(cls, people["student"]), route)
    fire(cls.on_live, shown)
    assert len(getattr(shown, var)) == 2
