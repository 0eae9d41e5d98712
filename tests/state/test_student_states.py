"""Student page handlers, called directly: no cookie or someone else's id changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import reflex as rx
from sqlmodel import delete, select

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
from companion.services.drafts import DRAFT_GONE
from companion.services.knowledge import knowledge_seed
from companion.services.notifications import notify
from companion.services.practice import NOT_OPEN
from companion.services.signin import token_for, user_from_token
from companion.state.dashboard import DashboardState, due_words
from companion.state.goals import GoalsState
from companion.state.notifications import NotificationsState
from companion.state.practice import PracticeState, clamp_seconds
from companion.state.practice_list import PracticeListState
from companion.state.progress import ProgressState
from companion.state.session_detail import SessionDetailState
from companion.state.sessions import SAMPLE, SessionsState
from tests.factories import generate_practice, make_session, make_student, make_tutor
from tests.state.fire import fire
from tests.state.router import open_page


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


def _at(state, path: str):
    """The state as seen from a tab showing `path`."""
    return open_page(state, path)


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
    assert _redirects_to(fire(getattr(cls, name), state), routes.LOGIN)
    for var in ("sessions", "practices", "goals", "notes", "recent", "concepts", "suggestions"):
        assert getattr(state, var, []) == []


def test_tutor_cookie_is_sent_home(world, make_state):
    with session_scope() as s:
        tutor = token_for(make_tutor(s))
    assert _redirects_to(
        fire(SessionsState.load_sessions, make_state(SessionsState, tutor)), routes.TUTOR
    )


def test_own_session_list_and_detail(world, make_state):
    state = make_state(SessionsState, world["bea"])
    fire(SessionsState.load_sessions, state)
    assert [r.id for r in state.sessions] == [world["session"]]
    detail = open_page(
        make_state(SessionDetailState, world["bea"]), routes.SESSION, id=str(world["session"])
    )
    fire(SessionDetailState.load_detail, detail)
    assert detail.found and detail.summary == "Bea's"


def test_list_and_detail_show_an_analysis_in_progress_alike(world, make_state):
    with session_scope() as s:
        transcript = s.exec(
            select(Transcript).where(Transcript.session_id == world["session"])
        ).one()
        transcript.status, transcript.stage = "processing", "estimating mastery"
    state = make_state(SessionsState, world["bea"])
    fire(SessionsState.load_sessions, state)
    detail = open_page(
        make_state(SessionDetailState, world["bea"]), routes.SESSION, id=str(world["session"])
    )
    fire(SessionDetailState.load_detail, detail)
    (row,) = state.sessions
    shown = ("processing", "Estimating mastery…", 80, "")
    assert (row.status, row.stage, row.percent, row.error) == shown
    assert (detail.status, detail.stage, detail.percent, detail.error) == shown


def test_foreign_session_detail_shows_nothing(world, make_state):
    detail = open_page(
        make_state(SessionDetailState, world["ann"]), routes.SESSION, id=str(world["session"])
    )
    fire(SessionDetailState.load_detail, detail)
    assert not detail.found and detail.summary == "" and detail.concepts == []
    fire(SessionDetailState.retry, detail)  # no session id: nothing to retry


def test_upload_saves_for_the_signed_in_student_and_opens_the_new_session(world, make_state):
    state = make_state(SessionsState, world["ann"])
    fire(SessionsState.load_sessions, state)
    fire(SessionsState.set_subject, state, "Algebra I")
    fire(SessionsState.stash_pasted, state, SAMPLE)
    assert state.preview_total == 12 and state.content_error == ""
    events = fire(SessionsState.save_session, state)
    with session_scope() as s:
        rows = s.exec(select(TutoringSession).where(TutoringSession.subject == "Algebra I")).all()
        assert len(rows) == 2  # Bea's from the fixture and Ann's new one
        mine = next(r for r in rows if r.id != world["session"])
    assert _redirects_to(events, routes.session_url(mine.id))
    assert state._draft_id == "" and state.preview_total == 0


def test_upload_error_keeps_what_was_typed(world, make_state):
    state = make_state(SessionsState, world["ann"])
    fire(SessionsState.set_subject, state, "Algebra I")
    fire(SessionsState.stash_pasted, state, SAMPLE)
    draft = state._draft_id
    state.session_date = "2026-13-45"
    fire(SessionsState.save_session, state)
    assert state.date_error and state._draft_id == draft and state.preview_total == 12
    assert state.subject == "Algebra I"


def test_upload_without_cookie_saves_nothing(world, make_state):
    state = make_state(SessionsState)
    fire(SessionsState.set_subject, state, "Hack")
    assert _redirects_to(fire(SessionsState.stash_pasted, state, SAMPLE), routes.LOGIN)
    assert state._draft_id == ""
    state.session_date, state._draft_id = "2026-11-02", "a" * 24  # a forged draft id
    assert _redirects_to(fire(SessionsState.save_session, state), routes.LOGIN)
    with session_scope() as s:
        assert not s.exec(select(TutoringSession).where(TutoringSession.subject == "Hack")).all()


def test_another_students_draft_cannot_be_saved(world, make_state):
    bea = make_state(SessionsState, world["bea"])
    fire(SessionsState.stash_pasted, bea, SAMPLE)
    ann = make_state(SessionsState, world["ann"])
    fire(SessionsState.set_subject, ann, "Stolen")
    ann._draft_id, ann._draft_source = bea._draft_id, "paste"
    ann.session_date = "2026-11-02"
    fire(SessionsState.save_session, ann)
    assert ann.form_error == DRAFT_GONE
    with session_scope() as s:
        assert not s.exec(select(TutoringSession).where(TutoringSession.subject == "Stolen")).all()


def test_foreign_practice_is_not_shown_or_submitted(world, make_state):
    state = open_page(
        make_state(PracticeState, world["ann"]), routes.PRACTICE, id=str(world["practice"])
    )
    fire(PracticeState.load_set, state)
    assert not state.found and state.problems == []
    state.practice_id, state.answers = world["practice"], ["2"]
    fire(PracticeState.submit, state)
    with session_scope() as s:
        assert s.get(Practice, world["practice"]).status == "ready"


def test_own_practice_submit_scores(world, make_state):
    state = open_page(
        make_state(PracticeState, world["bea"]), routes.PRACTICE, id=str(world["practice"])
    )
    fire(PracticeState.load_set, state)
    assert state.found and state.problems[0].question == "1+1?"
    assert state.problems[0].correct_answer == ""  # hidden until submitted
    fire(PracticeState.set_answer, state, 0, "2")
    fire(PracticeState.submit, state)
    assert state.status == "submitted" and state.score == 100
    assert state.problems[0].correct


def test_submit_grades_with_no_connection_held_and_a_second_submit_is_refused(
    world, make_state, connections_while_grading
):
    state = open_page(
        make_state(PracticeState, world["bea"]), routes.PRACTICE, id=str(world["practice"])
    )
    fire(PracticeState.load_set, state)
    fire(PracticeState.set_answer, state, 0, "2")
    fire(PracticeState.submit, state)
    assert connections_while_grading == [0]  # the provider (maybe an LLM) held no row lock
    assert state.status == "submitted" and state.score == 100
    tab = open_page(
        make_state(PracticeState, world["bea"]), routes.PRACTICE, id=str(world["practice"])
    )
    tab.practice_id, tab.answers = world["practice"], ["3"]  # an older tab submits again
    fire(PracticeState.submit, tab)
    assert tab.form_error == NOT_OPEN and tab.status == ""
    assert connections_while_grading == [0]  # refused before grading
    with session_scope() as s:
        assert s.get(Practice, world["practice"]).answers[0]["answer"] == "2"


@pytest.mark.parametrize("bad", ["1", None, 1.5, [1]])
def test_handlers_reject_wrong_argument_types(world, make_state, bad):
    goals = make_state(GoalsState, world["bea"])
    fire(GoalsState.complete, goals, bad)
    fire(NotificationsState.mark_read, make_state(NotificationsState, world["bea"]), bad)
    with session_scope() as s:
        assert s.get(Goal, world["goal"]).status == "active"
        assert s.get(Notification, world["note"]).read is False


def test_foreign_goal_notification_and_suggestion_are_untouched(world, make_state):
    goals = make_state(GoalsState, world["ann"])
    fire(GoalsState.complete, goals, world["goal"])
    fire(GoalsState.accept, goals, world["suggestion"])
    notes = make_state(NotificationsState, world["ann"])
    fire(NotificationsState.mark_read, notes, world["note"])
    fire(NotificationsState.open_cta, notes, world["note"])
    with session_scope() as s:
        assert s.get(Goal, world["goal"]).status == "active"
        assert s.get(SubjectSuggestion, world["suggestion"]).status == "pending"
        assert s.get(Notification, world["note"]).read is False
    assert goals.dialog_open is False


def test_no_cookie_cannot_complete_or_read(world, make_state):
    goals = make_state(GoalsState)
    assert _redirects_to(fire(GoalsState.complete, goals, world["goal"]), routes.LOGIN)
    notes = make_state(NotificationsState)
    assert _redirects_to(fire(NotificationsState.mark_all, notes), routes.LOGIN)
    with session_scope() as s:
        assert s.get(Goal, world["goal"]).status == "active"
        assert s.get(Notification, world["note"]).read is False


def test_own_goal_notification_suggestion(world, make_state):
    goals = make_state(GoalsState, world["bea"])
    fire(GoalsState.complete, goals, world["goal"])
    assert goals.dialog_open
    fire(GoalsState.accept, goals, world["suggestion"])
    notes = make_state(NotificationsState, world["bea"])
    assert _redirects_to(fire(NotificationsState.open_cta, notes, world["note"]), "/chat")
    with session_scope() as s:
        assert s.get(Goal, world["goal"]).status == "completed"
        assert s.get(SubjectSuggestion, world["suggestion"]).status == "accepted"
        assert s.get(Notification, world["note"]).read is True


def test_goal_in_the_past_keeps_the_form(world, make_state):
    goals = make_state(GoalsState, world["bea"])
    fire(GoalsState.set_title, goals, "Exam")
    fire(GoalsState.set_subject, goals, "Algebra I")
    fire(GoalsState.set_target_date, goals, "2000-01-01")
    fire(GoalsState.create_goal, goals)
    assert goals.date_error and goals.title == "Exam"


def test_bell_counts_only_own_unread(world, make_state):
    bea = make_state(NotificationsState, world["bea"])
    fire(NotificationsState.load_unread, bea)
    ann = make_state(NotificationsState, world["ann"])
    fire(NotificationsState.load_unread, ann)
    nobody = make_state(NotificationsState)
    fire(NotificationsState.load_unread, nobody)
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
    fire(DashboardState.load_dashboard, bea)
    assert {r.name for r in bea.reviews} == {"Slope", "Distributing"}
    assert all(r.when.startswith("Due since") for r in bea.reviews)
    assert bea.reviews[0].mastery == 60
    assert bea.step.review and bea.step.action == "Start review"
    ann = make_state(DashboardState, world["ann"])
    fire(DashboardState.load_dashboard, ann)
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
    assert _redirects_to(
        fire(DashboardState.start_review, make_state(DashboardState)), routes.LOGIN
    )
    with session_scope() as s:
        tutor = token_for(make_tutor(s))
    assert _redirects_to(
        fire(DashboardState.start_review, make_state(DashboardState, tutor)), routes.TUTOR
    )
    assert len(_practices_of(bea)) == 1  # only the fixture's set


def test_start_review_is_for_the_caller_only(world, make_state):
    _due_for(_student_id(world["bea"]), "Slope")
    ann = make_state(DashboardState, world["ann"])
    fire(DashboardState.start_review, ann)  # nothing is due for Ann
    assert not ann.starting and ann.review_id == 0
    assert _practices_of(_student_id(world["ann"])) == []


def test_start_review_waits_for_the_set_then_opens_it(world, make_state):
    bea_id = _student_id(world["bea"])
    _due_for(bea_id, "Slope", "Distributing")
    bea = make_state(DashboardState, world["bea"])
    _at(bea, routes.DASHBOARD)
    fire(DashboardState.start_review, bea)
    assert bea.starting and bea.review_id
    with session_scope() as s:
        review = s.get(Practice, bea.review_id)
        assert review.student_id == bea_id and review.status == "pending"
        assert review.rationale.startswith("Daily review.")
    assert fire(DashboardState.on_live, bea, "practice") is None  # still being written
    assert bea.starting
    with session_scope() as s:
        generate_practice(s, review.id)
    ann = _at(make_state(DashboardState, world["ann"]), routes.DASHBOARD)
    ann.review_id, ann.starting = review.id, True  # a forged wait for Bea's set
    assert not _redirects_to(fire(DashboardState.on_live, ann, "practice"), "/practice")
    assert _redirects_to(
        fire(DashboardState.on_live, bea, "practice"), routes.practice_url(review.id)
    )
    assert not bea.starting
    again = make_state(DashboardState, world["bea"])
    assert _redirects_to(fire(DashboardState.start_review, again), routes.practice_url(review.id))
    assert not again.starting


def test_generator_defaults_to_auto_and_validates_difficulty(world, make_state):
    state = make_state(PracticeListState, world["bea"])
    assert state.difficulty == "auto"
    for bad in ("extreme", ["auto"], None, 3):
        fire(PracticeListState.set_difficulty, state, bad)
        assert state.difficulty == "auto"
    fire(PracticeListState.set_difficulty, state, "hard")
    assert state.difficulty == "hard"
    fire(PracticeListState.set_difficulty, state, "auto")
    _due_for(_student_id(world["bea"]), "Slope")
    fire(PracticeListState.load_practice, state)
    fire(PracticeListState.set_source, state, "concepts")
    fire(PracticeListState.toggle_concept, state, "k.slope", True)
    fire(PracticeListState.generate, state)
    assert state.form_error == ""
    with session_scope() as s:
        made = s.get(Practice, state.waiting_for)
        assert made.student_id == _student_id(world["bea"])
        assert made.difficulty in ("easy", "medium", "hard") and made.rationale


def test_practice_page_shows_the_rationale(world, make_state):
    with session_scope() as s:
        s.get(Practice, world["practice"]).rationale = "Easy: you're at 32 on Slope.\nextra"
    state = open_page(
        make_state(PracticeState, world["bea"]), routes.PRACTICE, id=str(world["practice"])
    )
    fire(PracticeState.load_set, state)
    assert state.rationale == "Easy: you're at 32 on Slope."
    foreign = open_page(
        make_state(PracticeState, world["ann"]), routes.PRACTICE, id=str(world["practice"])
    )
    fire(PracticeState.load_set, foreign)
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
    state = open_page(
        make_state(PracticeState, world["bea"]), routes.PRACTICE, id=str(two_problems)
    )
    fire(PracticeState.load_set, state)
    clock.now += 40
    fire(PracticeState.set_answer, state, 0, "2")
    fire(PracticeState.go, state, 1)
    clock.now += 5 * 3600  # stepped away: one problem counts at most an hour
    fire(PracticeState.set_answer, state, 1, "4")
    fire(PracticeState.go, state, 0)
    clock.now += 2
    fire(PracticeState.go, state, 1)
    clock.now += 10
    fire(PracticeState.submit, state)
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
    state = open_page(
        make_state(PracticeState, world["bea"]), routes.PRACTICE, id=str(two_problems)
    )
    fire(PracticeState.load_set, state)
    for bad in ("1", 1.0, None, -1, 2, True):
        fire(PracticeState.go, state, bad)
        assert state.current == 0
    state._spent = [0.0, 0.0]
    assert state._seconds() is None  # nothing measured: graded without time


def test_foreign_submit_with_time_changes_nothing(world, make_state, two_problems):
    ann = make_state(PracticeState, world["ann"])
    ann.practice_id, ann.answers, ann.status = two_problems, ["2", "4"], "ready"
    ann._spent = [5.0, 5.0]
    fire(PracticeState.submit, ann)
    nobody = make_state(PracticeState)
    nobody.practice_id, nobody.answers, nobody.status = two_problems, ["2", "4"], "ready"
    assert _redirects_to(fire(PracticeState.submit, nobody), routes.LOGIN)
    with session_scope() as s:
        assert s.get(Practice, two_problems).status == "ready"


def test_completed_goal_dialog_fills_when_the_watcher_reports_suggestions(world, make_state):
    from jobs.handlers import run_goal_completed

    with session_scope() as s:  # the job has not written this goal's suggestions yet
        s.exec(delete(SubjectSuggestion))
    goals = make_state(GoalsState, world["bea"])
    fire(GoalsState.complete, goals, world["goal"])
    assert goals.waiting_goal == world["goal"] and goals.dialog_open
    fire(GoalsState.on_live, goals, "suggestions")
    assert goals.waiting_goal == world["goal"] and goals.suggestions == []  # keep waiting
    run_goal_completed({"goal_id": world["goal"]})
    fire(GoalsState.on_live, goals, "suggestions")
    assert goals.waiting_goal == 0 and len(goals.suggestions) > 0
