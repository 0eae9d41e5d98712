"""Every staff page load runs the same number of SQL statements at 5 and at 50 students.

Statements are counted on the engine (`before_cursor_execute`) while the page's on_load
handler (or a sort / paging event) runs as the real UI would run it, through the runner.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
import reflex as rx
from reflex.istate.data import HeaderData

from companion.api.session_cookie import COOKIE_NAME
from companion.db import session_scope
from companion.models import User
from companion.pages.home import AdminHomeState
from companion.services.signin import token_for
from companion.state.admin_users import AdminUsersState
from companion.state.admin_views import AdminAuditState, AdminJobsState, AdminSessionsState
from companion.state.routing_queue import RoutingState
from companion.state.tutor import TutorState
from companion.state.tutor_context import TutorStudentState
from tests.staff_seed import seed_staff_world
from tests.state.fire import fire
from tests.state.router import ANY_PAGE, open_page
from tests.statements import executed

SIZES = (5, 50)
MOST_STATEMENTS = 12  # the largest page (the student context) needs 10


def _state(cls: type[rx.State], token: str, page_id: int = 0) -> rx.State:
    """`cls` under a fresh root whose handshake sent the cookie, on a page with `id`."""
    root = rx.State(_reflex_internal_init=True)
    root.rx_router_headers = HeaderData.from_router_data(
        {"headers": {"cookie": f"{COOKIE_NAME}={token}"}}
    )
    return open_page(root.get_substate(cls.get_full_name().split(".")), ANY_PAGE, id=page_id)


# (name, state class, handler, who, arguments); "first" is the tutor's first student.
PAGES = [
    ("tutor home", TutorState, "load_home", "tutor", ()),
    ("tutor home sorted by mastery", TutorState, "sort_by", "tutor", ("mastery",)),
    ("tutor home paging", TutorState, "go_to_page", "tutor", (1,)),
    ("tutor home as admin", TutorState, "load_home", "admin", ()),
    ("upload form's student select", TutorState, "load_options", "tutor", (True,)),
    ("routing queue", RoutingState, "load_queue", "tutor", ()),
    ("student context (practice, sessions)", TutorStudentState, "load_context", "tutor", ()),
    ("admin home", AdminHomeState, "load_overview", "admin", ()),
    ("admin users", AdminUsersState, "load_users", "admin", ()),
    ("admin users sorted by name", AdminUsersState, "sort_by", "admin", ("name",)),
    ("admin sessions", AdminSessionsState, "load_sessions", "admin", ()),
    ("admin jobs", AdminJobsState, "load_jobs", "admin", ()),
    ("admin audit", AdminAuditState, "load_audit", "admin", ()),
]


def _count(run: Callable[[], object]) -> tuple[int, list[str]]:
    with executed() as statements:
        run()
    return len(statements), statements


def _statements_per_page(students: int) -> dict[str, int]:
    with session_scope() as s:
        world = seed_staff_world(
            s, students=students, sessions_each=3, concepts_each=students, tag=f"n{students}-"
        )
        tokens = {
            "tutor": token_for(s.get(User, world.tutor_id)),
            "admin": token_for(s.get(User, world.admin_id)),
        }
    counts = {}
    for name, cls, handler, who, args in PAGES:
        state = _state(cls, tokens[who], world.student_ids[0])
        if handler in ("sort_by", "go_to_page", "load_options"):  # a page is on screen first
            fire(getattr(cls, "load_home", None) or cls.load_users, state)
        event = functools.partial(fire, getattr(cls, handler), state, *args)
        counts[name], statements = _count(event)
        assert state.loaded and counts[name] > 0, f"{name} did not load"
        assert not any("content" in s and "transcripts" in s for s in statements), name
    return counts


@pytest.fixture
def counts(database) -> dict[int, dict[str, int]]:
    return {n: _statements_per_page(n) for n in SIZES}


def test_staff_pages_run_as_many_statements_for_50_students_as_for_5(counts):
    small, large = counts[SIZES[0]], counts[SIZES[1]]
    assert large == small
    assert max(large.values()) <= MOST_STATEMENTS, large


def test_the_tutor_home_shows_one_page_of_students_sorted_by_the_database(database):
    with session_scope() as s:
        world = seed_staff_world(s, students=60, concepts_each=2, tag="p")
        token = token_for(s.get(User, world.tutor_id))
    state = _state(TutorState, token)
    fire(TutorState.load_home, state)
    assert (len(state.students), state.total, state.pages) == (50, 60, 2)
    assert [r.name for r in state.students] == sorted(r.name for r in state.students)
    fire(TutorState.load_options, state, True)
    assert len(state.student_options) == 60
    fire(TutorState.sort_by, state, "mastery")
    shown = [r.mastery for r in state.students]
    assert shown == sorted(shown, reverse=True) and state.page == 1
    fire(TutorState.go_to_page, state, 2)
    assert len(state.students) == 10 and max(r.mastery for r in state.students) <= shown[-1]
    fire(TutorState.go_to_page, state, 3)  # no such page: nothing changes
    assert state.page == 2
    shown = [r for page in (1, 2) for r in _rows_of_page(state, page)]
    assert len({r.id for r in shown}) == 60
    assert state.flagged_count == sum(1 for r in shown if r.flags)
    texts = [{f.text for f in r.flags} for r in shown]
    assert sum("Wants a tutor" in t for t in texts) == 6
    assert 0 < sum("Mastery falling" in t for t in texts) < 60
    assert 0 < sum("Inactive" in t for t in texts) < 60


def _rows_of_page(state: rx.State, page: int) -> list:
    fire(TutorState.go_to_page, state, page)
    return list(state.students)
