"""examples/study_streak (docs/extending.md, recipe 1): the service's permissions for every
role, and the page's handler as the student and as nobody."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import reflex as rx
from reflex_base.registry import RegistrationContext

from companion import routes
from companion.clock import utcnow
from companion.db import session_scope
from companion.models import Practice, User
from companion.services.errors import NotFound
from companion.services.signin import token_for
from examples.study_streak import page
from examples.study_streak.service import streak_get
from examples.study_streak.state import StreakState
from tests.factories import make_admin, make_student, make_tutor
from tests.state.fire import fire

TODAY = date(2026, 11, 10)


def _practise(s, student, *days: date) -> None:
    for d in days:
        at = datetime(d.year, d.month, d.day, 15, tzinfo=UTC)
        s.add(Practice(student_id=student.id, status="submitted", submitted_at=at))
    s.flush()


@pytest.fixture
def people(database):
    with session_scope() as s:
        bea, ann = make_student(s, name="Bea"), make_student(s, name="Ann")
        tutor, stranger = make_tutor(s, students=(bea,)), make_tutor(s)
        admin = make_admin(s)
        # Three days in a row up to yesterday; an older day that a gap cuts off.
        _practise(s, bea, TODAY - timedelta(days=1), TODAY - timedelta(days=2))
        _practise(s, bea, TODAY - timedelta(days=3), TODAY - timedelta(days=6))
        return {
            "bea": bea.id,
            "ann": ann.id,
            "tutor": tutor.id,
            "stranger": stranger.id,
            "admin": admin.id,
        }


def _streak(actor_id: int, student_id: int, today: date = TODAY):
    with session_scope() as s:
        return streak_get(s, actor=s.get(User, actor_id), student_id=student_id, today=today)


@pytest.mark.parametrize("who", ["bea", "tutor", "admin"])
def test_the_student_her_tutor_and_an_admin_see_the_streak(people, who):
    streak = _streak(people[who], people["bea"])
    assert (streak.days, streak.last_day) == (3, TODAY - timedelta(days=1))


@pytest.mark.parametrize("who", ["ann", "stranger"])
def test_another_student_or_tutor_gets_not_found(people, who):
    with pytest.raises(NotFound):
        _streak(people[who], people["bea"])


def test_a_streak_ends_when_a_whole_day_passes_without_practice(people):
    assert _streak(people["bea"], people["bea"], today=TODAY + timedelta(days=1)).days == 0
    assert _streak(people["ann"], people["ann"]).days == 0


def test_the_handler_loads_the_signed_in_students_streak(database, make_state):
    with session_scope() as s:
        bea = make_student(s)
        _practise(s, bea, utcnow().date())
        token = token_for(bea)
    state = make_state(StreakState, token)
    assert fire(StreakState.load_streak, state) is None
    assert (state.days, state.loaded) == (1, True)


def test_the_handler_sends_nobody_to_sign_in_and_loads_nothing(database, make_state):
    state = make_state(StreakState, None)
    events = fire(StreakState.load_streak, state)
    events = events if isinstance(events, list) else [events]
    assert any(
        f'"{routes.LOGIN}"' in str(e.args) for e in events if isinstance(e, rx.event.EventSpec)
    )
    assert (state.days, state.loaded) == (0, False)


def test_the_page_body_builds_without_registering_a_route():
    pages = RegistrationContext.ensure_context().decorated_pages
    before = len(pages)
    assert isinstance(page.streak(), rx.Component)
    assert len(pages) == before


def test_register_adds_the_guarded_route_to_the_active_app_only():
    real = RegistrationContext.ensure_context()
    before = list(real.decorated_pages)
    token = RegistrationContext.set(real.fork())  # a throwaway copy of the registrations
    try:
        page.register()
        added = RegistrationContext.get().decorated_pages[len(before) :]
    finally:
        RegistrationContext.reset(token)
    assert len(added) == 1
    _, options = added[0]
    assert options["route"] == page.ROUTE
    loaders = [str(e) for e in options["on_load"]]
    assert any("guard_student" in e for e in loaders) and any("load_streak" in e for e in loaders)
    assert real.decorated_pages == before
