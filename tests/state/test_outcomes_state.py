"""The outcomes page's handlers: staff see the figures, students are sent away."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.db import session_scope
from companion.services import events as ev
from companion.services.outcomes import BARS
from companion.services.signin import token_for
from companion.state.outcomes import BAD_DATE, OutcomesState
from tests.factories import make_admin, make_student
from tests.state.fire import fire


def _tokens() -> tuple[str, str]:
    with session_scope() as s:
        student = make_student(s)
        ev.record_event(s, student_id=student.id, kind=ev.CHAT_CITED)
        return token_for(make_admin(s)), token_for(student)


def test_an_admin_loads_the_five_bars_and_downloads_a_table(database, make_state):
    admin, _ = _tokens()
    state = make_state(OutcomesState, admin)
    fire(OutcomesState.load_outcomes, state)
    assert [b.key for b in state.bars] == list(BARS)
    assert state.bars[0].value == "100%" and state.bars[0].met == "yes"
    event = fire(OutcomesState.download, state, "weekly_active")
    assert isinstance(event, rx.event.EventSpec) and "outcomes-weekly_active.csv" in str(event)


def test_a_student_is_sent_home_and_sees_nothing(database, make_state):
    _, student = _tokens()
    state = make_state(OutcomesState, student)
    event = fire(OutcomesState.load_outcomes, state)
    assert f'"{routes.DASHBOARD}"' in str(event.args) and state.bars == []


def test_a_bad_date_is_explained_and_keeps_the_page(database, make_state):
    admin, _ = _tokens()
    state = make_state(OutcomesState, admin)
    fire(OutcomesState.set_since, state, "yesterday")
    assert BAD_DATE in str(fire(OutcomesState.load_outcomes, state))
