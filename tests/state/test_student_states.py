"""Student page handlers, called directly: no cookie or someone else's id changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import reflex as rx
from sqlmodel import select

from companion import routes
from companion.clock import utcnow
from companion.db import session_scope
from companion.models import (
    Goal,
    Notification,
    Practice,
    SubjectSuggestion,
    Transcript,
    TutoringSession,
)
from companion.services.knowledge import knowledge_seed
from companion.services.notifications import notify
from companion.services.practice import practice_generate_run
from companion.services.users import token_for, user_from_token
from companion.state.dashboard import DashboardState, due_words
from companion.state.goals import GoalsState
from companion.state.notifications import NotificationsState
from companion.state.practice import (
    PracticeListState,
    PracticeState,
    clamp_seconds,
    practice_status,
)
from companion.state.progress import ProgressState
from companion.state.sessions import SAMPLE, SessionDetailState, SessionsState
from tests.factories import make_session, make_student, make_tutor


def _redirects_to(events, path: str) -> bool:
    events = events if isinstance(events, list) else [events]
    return any(isinstance(e, rx.event.EventSpec) and f'"{path}"' in str(e.args) for e in events)


@pytest.fixture
def world(database):
    """Two students; Bea owns a completed session, a goal, a practice set and a notification."""
    with session_scope() as s:
        ann, bea = make_student(s, name="Ann"), make_student(s, name="Bea")
        row = make_session(s, student=bea)
        s.add(Transcript(session_id=row.id, content=SAMPLE, status="completed", summary="Bea's"))
        goal = Goal(student_id=bea.id, subject="Algebra I", title="Bea's goal")
        practice = Practice(
            student_id=bea.id,
            status="ready",
            problems=[
                {
                    "question": "1+1?",
                    "type": "short_answer",
                    "correctAnswer": "2",
                    "explanation": "sum",
                }
            ],
        )
        s.add_all([goal, practice])
        s.flush()
        note = notify(s, student_id=bea.id, type="nudge", title="Hi Bea", message="m", cta="/chat")
        sug = SubjectSuggestion(student_id=bea.id, goal_id=goal.id, subject="Geometry")
        s.add(sug)
        s.flush()
        return {
            "ann": token_for(ann),
            "bea": token_for(bea),
            "session": row.id,
            "goal": goal.id,
            "practice": practice.id,
            "note": note.id,
            "suggestion": sug.id,
        }


def _with_param(state, key: str, value: str):
    state.router.page.params[key] = value
    return state


LOADERS = [
    (SessionsState, "load_sessions"),
    (PracticeListState, "load_practice"),
    (GoalsState, "load_goals"),
    (GoalsState, "load_suggestions"),
    (NotificationsState, "load_notes"),
    (DashboardState, "load_dashboard"),
    (ProgressState, "load_progress"),
]


@pytest.mark.parametrize(("cls", "name"), LOADERS)
def test_loaders_without_cookie_go_to_login_and_load_nothing(world, make_state, cls, name):
    state = make_state(cls)
    assert _redirects_to(getattr(cls, name).fn(state), routes.LOGIN)
    for var in ("sessions", "practices", "goals", "notes", "recent", "concepts", "suggestions"):
        assert getattr(state, var, []) == []


def test_tutor_cookie_is_sent_home(world, make_state):
    with session_scope() as s:
        tutor = token_for(make_tutor(s))
    assert _redirects_to(
        SessionsState.load_sessions.fn(make_state(SessionsState, tutor)), routes.TUTOR
    )


def test_own_session_list_and_detail(world, make_state):
    state = make_state(SessionsState, world["bea"])
    SessionsState.load_sessions.fn(state)
    assert [r.id for r in state.sessions] == [world["session"]]
    detail = _with_param(make_state(SessionDetailState, world["bea"]), "id", str(world["session"]))
    SessionDetailState.load_detail.fn(detail)
    assert detail.found and detail.summary == "Bea's"


def test_foreign_session_detail_shows_nothing(world, make_state):
    detail = _with_param(make_state(SessionDetailState, world["ann"]), "id", str(world["session"]))
    SessionDetailState.load_detail.fn(detail)
    assert not detail.found and detail.summary == "" and detail.concepts == []
    SessionDetailState.retry.fn(detail)  # no session id: nothing to retry


def test_upload_saves_for_the_signed_in_student_only(world, make_state):
    state = make_state(SessionsState, world["ann"])
    SessionsState.load_sessions.fn(state)
    SessionsState.set_subject.fn(state, "Algebra I")
    SessionsState.set_pasted.fn(state, SAMPLE)
    SessionsState.save_session.fn(state)
    with session_scope() as s:
        rows = s.exec(select(TutoringSession).where(TutoringSession.subject == "Algebra I")).all()
        assert len(rows) == 2  # Bea's from the fixture and Ann's new one
    assert len(state.sessions) == 1 and state.pasted == ""


def test_upload_error_keeps_what_was_typed(world, make_state):
    state = make_state(SessionsState, world["ann"])
    SessionsState.set_subject.fn(state, "Algebra I")
    SessionsState.set_pasted.fn(state, SAMPLE)
    state.session_date = "2026-13-45"
    SessionsState.save_session.fn(state)
    assert state.date_error and state.pasted == SAMPLE
    assert state.subject == "Algebra I"


def test_upload_without_cookie_saves_nothing(world, make_state):
    state = make_state(SessionsState)
    SessionsState.set_subject.fn(state, "Hack")
    SessionsState.set_pasted.fn(state, SAMPLE)
    state.session_date = "2026-11-02"
    assert _redirects_to(SessionsState.save_session.fn(state), routes.LOGIN)
    with session_scope() as s:
        assert not s.exec(select(TutoringSession).where(TutoringSession.subject == "Hack")).all()


def test_foreign_practice_is_not_shown_or_submitted(world, make_state):
    state = _with_param(make_state(PracticeState, world["ann"]), "id", str(world["practice"]))
    PracticeState.load_set.fn(state)
    assert not state.found and state.problems == []
    state.practice_id, state.answers = world["practice"], ["2"]
    PracticeState.submit.fn(state)
    with session_scope() as s:
        assert s.get(Practice, world["practice"]).status == "ready"


def test_own_practice_submit_scores(world, make_state):
    state = _with_param(make_state(PracticeState, world["bea"]), "id", str(world["practice"]))
    PracticeState.load_set.fn(state)
    assert state.found and state.problems[0].question == "1+1?"
    assert state.problems[0].correct_answer == ""  # hidden until submitted
    PracticeState.set_answer.fn(state, 0, "2")
    PracticeState.submit.fn(state)
    assert state.status == "submitted" and state.score == 100
    assert state.problems[0].correct


@pytest.mark.parametrize("bad", ["1", None, 1.5, [1]])
def test_handlers_reject_wrong_argument_types(world, make_state, bad):
    goals = make_state(GoalsState, world["bea"])
    GoalsState.complete.fn(goals, bad)
    NotificationsState.mark_read.fn(make_state(NotificationsState, world["bea"]), bad)
    with session_scope() as s:
        assert s.get(Goal, world["goal"]).status == "active"
        assert s.get(Notification, world["note"]).read is False


def test_foreign_goal_notification_and_suggestion_are_untouched(world, make_state):
    goals = make_state(GoalsState, world["ann"])
    GoalsState.complete.fn(goals, world["goal"])
    GoalsState.accept.fn(goals, world["suggestion"])
    notes = make_state(NotificationsState, world["ann"])
    NotificationsState.mark_read.fn(notes, world["note"])
    NotificationsState.open_cta.fn(notes, world["note"])
    with session_scope() as s:
        assert s.get(Goal, world["goal"]).status == "active"
        assert s.get(SubjectSuggestion, world["suggestion"]).status == "pending"
        assert s.get(Notification, world["note"]).read is False
    assert goals.dialog_open is False


def test_no_cookie_cannot_complete_or_read(world, make_state):
    goals = make_state(GoalsState)
    assert _redirects_to(GoalsState.complete.fn(goals, world["goal"]), routes.LOGIN)
    notes = make_state(NotificationsState)
    assert _redirects_to(NotificationsState.mark_all.fn(notes), routes.LOGIN)
    with session_scope() as s:
        assert s.get(Goal, world["goal"]).status == "active"
        assert s.get(Notification, world["note"]).read is False


def test_own_goal_notification_suggestion(world, make_state):
    goals = make_state(GoalsState, world["bea"])
    GoalsState.complete.fn(goals, world["goal"])
    assert goals.dialog_open
    GoalsState.accept.fn(goals, world["suggestion"])
    notes = make_state(NotificationsState, world["bea"])
    assert _redirects_to(NotificationsState.open_cta.fn(notes, world["note"]), "/chat")
    with session_scope() as s:
        assert s.get(Goal, world["goal"]).status == "completed"
        assert s.get(SubjectSuggestion, world["suggestion"]).status == "accepted"
        assert s.get(Notification, world["note"]).read is True


def test_goal_in_the_past_keeps_the_form(world, make_state):
    goals = make_state(GoalsState, world["bea"])
    GoalsState.set_title.fn(goals, "Exam")
    GoalsState.set_subject.fn(goals, "Algebra I")
    GoalsState.set_target_date.fn(goals, "2000-01-01")
    GoalsState.create_goal.fn(goals)
    assert goals.date_error and goals.title == "Exam"


def test_bell_counts_only_own_unread(world, make_state):
    bea = make_state(NotificationsState, world["bea"])
    NotificationsState.load_unread.fn(bea)
    ann = make_state(NotificationsState, world["ann"])
    NotificationsState.load_unread.fn(ann)
    nobody = make_state(NotificationsState)
    NotificationsState.load_unread.fn(nobody)
    assert (bea.unread, ann.unread, nobody.unread) == (1, 0, 0)


# ---- reviews due, auto difficulty, rationale and time per problem --------------------------
def _due_for(student_id: int, *names: str) -> None:
    """Concepts met three days ago at mastery 60: their cards fell due two days ago."""
    with session_scope() as s:
        for name in names:
            knowledge_seed(
                s,
                student_id=student_id,
                key=f"k.{name.lower()}",
                name=name,
                subject="Algebra I",
                mastery=60,
                now=utcnow() - timedelta(days=3),
            )


def _student_id(token: str) -> int:
    with session_scope() as s:
        return user_from_token(s, token).id


def _practices_of(student_id: int) -> list[Practice]:
    with session_scope() as s:
        return list(s.exec(select(Practice).where(Practice.student_id == student_id)).all())


def test_dashboard_leads_with_own_due_reviews(world, make_state):
    _due_for(_student_id(world["bea"]), "Slope", "Distributing")
    bea = make_state(DashboardState, world["bea"])
    DashboardState.load_dashboard.fn(bea)
    assert {r.name for r in bea.reviews} == {"Slope", "Distributing"}
    assert all(r.when.startswith("Due since") for r in bea.reviews)
    assert bea.reviews[0].mastery == 60
    assert bea.step.review and bea.step.action == "Start review"
    ann = make_state(DashboardState, world["ann"])
    DashboardState.load_dashboard.fn(ann)
    assert ann.reviews == [] and not ann.step.review


def test_due_words():
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert due_words(None, now) == "Due today"
    assert due_words(datetime(2026, 11, 25, 20, 0), now) == "Due today"  # naive = UTC
    assert due_words(datetime(2026, 11, 24, 23, 0, tzinfo=UTC), now) == "Due since yesterday"
    assert due_words(datetime(2026, 11, 3, 8, 0, tzinfo=UTC), now) == "Due since 3 Nov"


def test_start_review_without_cookie_or_as_tutor_creates_nothing(world, make_state):
    bea = _student_id(world["bea"])
    _due_for(bea, "Slope")
    assert _redirects_to(DashboardState.start_review.fn(make_state(DashboardState)), routes.LOGIN)
    with session_scope() as s:
        tutor = token_for(make_tutor(s))
    assert _redirects_to(
        DashboardState.start_review.fn(make_state(DashboardState, tutor)), routes.TUTOR
    )
    assert len(_practices_of(bea)) == 1  # only the fixture's set


def test_start_review_is_for_the_caller_only(world, make_state):
    _due_for(_student_id(world["bea"]), "Slope")
    ann = make_state(DashboardState, world["ann"])
    DashboardState.start_review.fn(ann)  # nothing is due for Ann
    assert not ann.starting and ann.review_id == 0
    assert _practices_of(_student_id(world["ann"])) == []


def test_start_review_waits_for_the_set_then_opens_it(world, make_state):
    bea_id = _student_id(world["bea"])
    _due_for(bea_id, "Slope", "Distributing")
    bea = make_state(DashboardState, world["bea"])
    events = DashboardState.start_review.fn(bea)
    assert bea.starting and bea.review_id
    assert events[-1].fn.__name__ == "poll_review"
    with session_scope() as s:
        review = s.get(Practice, bea.review_id)
        assert review.student_id == bea_id and review.status == "pending"
        assert review.rationale.startswith("Daily review.")
        practice_generate_run(s, practice_id=review.id)
    assert practice_status(bea, bea.review_id) == "ready"
    assert practice_status(make_state(DashboardState, world["ann"]), bea.review_id) == ""
    again = make_state(DashboardState, world["bea"])
    assert _redirects_to(DashboardState.start_review.fn(again), routes.practice_url(review.id))
    assert not again.starting


def test_generator_defaults_to_auto_and_validates_difficulty(world, make_state):
    state = make_state(PracticeListState, world["bea"])
    assert state.difficulty == "auto"
    for bad in ("extreme", ["auto"], None, 3):
        PracticeListState.set_difficulty.fn(state, bad)
        assert state.difficulty == "auto"
    PracticeListState.set_difficulty.fn(state, "hard")
    assert state.difficulty == "hard"
    PracticeListState.set_difficulty.fn(state, "auto")
    _due_for(_student_id(world["bea"]), "Slope")
    PracticeListState.load_practice.fn(state)
    PracticeListState.set_source.fn(state, "concepts")
    PracticeListState.toggle_concept.fn(state, "k.slope", True)
    PracticeListState.generate.fn(state)
    assert state.form_error == ""
    with session_scope() as s:
        made = s.get(Practice, state.waiting_for)
        assert made.student_id == _student_id(world["bea"])
        assert made.difficulty in ("easy", "medium", "hard") and made.rationale


def test_practice_page_shows_the_rationale(world, make_state):
    with session_scope() as s:
        s.get(Practice, world["practice"]).rationale = "Easy: you're at 32 on Slope.\nextra"
    state = _with_param(make_state(PracticeState, world["bea"]), "id", str(world["practice"]))
    PracticeState.load_set.fn(state)
    assert state.rationale == "Easy: you're at 32 on Slope."
    foreign = _with_param(make_state(PracticeState, world["ann"]), "id", str(world["practice"]))
    PracticeState.load_set.fn(foreign)
    assert foreign.rationale == ""


@pytest.fixture
def two_problems(world):
    with session_scope() as s:
        bea = user_from_token(s, world["bea"])
        practice = Practice(
            student_id=bea.id,
            status="ready",
            problems=[
                {
                    "question": "1+1?",
                    "type": "short_answer",
                    "correctAnswer": "2",
                    "explanation": "sum",
                },
                {
                    "question": "2+2?",
                    "type": "short_answer",
                    "correctAnswer": "4",
                    "explanation": "sum",
                },
            ],
        )
        s.add(practice)
        s.flush()
        return practice.id


class _Clock:
    def __init__(self, start: float = 1_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now


def test_time_per_problem_is_measured_and_sent(world, make_state, two_problems, monkeypatch):
    clock = _Clock()
    monkeypatch.setattr("companion.state.practice.wall_clock", clock)
    state = _with_param(make_state(PracticeState, world["bea"]), "id", str(two_problems))
    PracticeState.load_set.fn(state)
    clock.now += 40
    PracticeState.set_answer.fn(state, 0, "2")
    PracticeState.go.fn(state, 1)
    clock.now += 5 * 3600  # stepped away: one problem counts at most an hour
    PracticeState.set_answer.fn(state, 1, "4")
    PracticeState.go.fn(state, 0)
    clock.now += 2
    PracticeState.go.fn(state, 1)
    clock.now += 10
    PracticeState.submit.fn(state)
    assert state.status == "submitted"
    with session_scope() as s:
        saved = s.get(Practice, two_problems).answers
    assert [a["seconds"] for a in saved] == [42.0, 3600.0]


def test_time_per_problem_rejects_bad_values(world, make_state, two_problems):
    assert [clamp_seconds(v) for v in (-5, 12.5, 1e9, float("nan"), True, "30", None)] == [
        0.0,
        12.5,
        3600.0,
        0.0,
        0.0,
        0.0,
        0.0,
    ]
    state = _with_param(make_state(PracticeState, world["bea"]), "id", str(two_problems))
    PracticeState.load_set.fn(state)
    for bad in ("1", 1.0, None, -1, 2, True):
        PracticeState.go.fn(state, bad)
        assert state.current == 0
    state._spent = [0.0, 0.0]
    assert state._seconds() is None  # nothing measured: graded without time


def test_foreign_submit_with_time_changes_nothing(world, make_state, two_problems):
    ann = make_state(PracticeState, world["ann"])
    ann.practice_id, ann.answers, ann.status = two_problems, ["2", "4"], "ready"
    ann._spent = [5.0, 5.0]
    PracticeState.submit.fn(ann)
    nobody = make_state(PracticeState)
    nobody.practice_id, nobody.answers, nobody.status = two_problems, ["2", "4"], "ready"
    assert _redirects_to(PracticeState.submit.fn(nobody), routes.LOGIN)
    with session_scope() as s:
        assert s.get(Practice, two_problems).status == "ready"
