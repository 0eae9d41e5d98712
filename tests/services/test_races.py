"""Check-then-act races: 20 parallel attempts of one change have exactly one effect (or, for
the daily email cap, no more than the cap allows).

Each attempt runs in its own thread with its own session and transaction, released at
once by a barrier, as 20 browser tabs or API clients would. Runs on both databases; the
races were found on PostgreSQL, where the checks used to run in parallel.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlmodel import Session, func, select

from companion.db import session_scope
from companion.models import (
    Goal,
    Job,
    KnowledgeState,
    MasteryEvent,
    Notification,
    Practice,
    RoutingDecision,
    SubjectSuggestion,
)
from companion.services.errors import Conflict
from companion.services.goals import (
    goal_complete,
    goal_create,
    suggestion_accept,
    suggestion_list,
)
from companion.services.practice import practice_get
from companion.services.practice_requests import practice_request
from companion.services.routing import routing_accept, routing_analyze_store, routing_request
from companion.services.sessions import session_upload
from jobs.handlers import run_goal_completed, run_practice_generate, run_transcript_uploaded
from tests.factories import make_student, make_tutor, submit_in_two_transactions
from tests.services.test_learning_flow import ALGEBRA

ATTEMPTS = 20


def race(attempt: Callable[[Session, int], object]) -> Counter:
    """Run `attempt` ATTEMPTS times at once, each in its own transaction; count outcomes."""
    barrier = threading.Barrier(ATTEMPTS)

    def one(i: int) -> str:
        barrier.wait()
        try:
            with session_scope() as db:
                attempt(db, i)
        except Conflict:
            return "conflict"
        return "ok"

    with ThreadPoolExecutor(ATTEMPTS) as pool:
        return Counter(pool.map(one, range(ATTEMPTS)))


def _count(model: type, *where) -> int:
    with session_scope() as db:
        return db.exec(select(func.count()).select_from(model).where(*where)).one()


def _ready_practice():
    with session_scope() as db:
        student = make_student(db)
        upload = session_upload(
            db,
            actor=student,
            student_id=student.id,
            subject="Algebra I",
            date="2026-11-02",
            content=ALGEBRA,
        )
    transcript_id = _job_payload("transcript.uploaded")["transcript_id"]
    run_transcript_uploaded({"transcript_id": transcript_id})
    with session_scope() as db:
        practice = practice_request(
            db, actor=student, student_id=student.id, session_id=upload.id, count=5
        )
    run_practice_generate({"practice_id": practice.id})
    return student, practice.id


def _job_payload(kind: str) -> dict:
    with session_scope() as db:
        return db.exec(select(Job.payload).where(Job.kind == kind)).one()


def test_20_parallel_submits_of_one_practice_set_score_it_once(database):
    student, practice_id = _ready_practice()
    with session_scope() as db:
        problems = practice_get(db, actor=student, practice_id=practice_id).problems
        attempts_before = db.exec(select(func.sum(KnowledgeState.attempts))).one()
    answers = ["42"] * len(problems)

    outcomes = race(
        lambda _db, _: submit_in_two_transactions(
            actor=student, practice_id=practice_id, answers=answers
        )
    )

    assert outcomes == Counter(ok=1, conflict=ATTEMPTS - 1)
    assert _count(MasteryEvent, MasteryEvent.source == "practice") == len(problems) == 5
    with session_scope() as db:
        attempts_after = db.exec(select(func.sum(KnowledgeState.attempts))).one()
        assert attempts_after - attempts_before == len(problems)  # BKT applied once per answer
        assert db.get(Practice, practice_id).status == "submitted"


def test_a_suggestion_accepted_20_times_at_once_makes_one_goal(database):
    with session_scope() as db:
        student = make_student(db)
        goal = goal_create(db, actor=student, student_id=student.id, subject="Algebra", title="A")
        goal_complete(db, actor=student, goal_id=goal.id)
    run_goal_completed({"goal_id": goal.id})
    with session_scope() as db:
        suggestion = suggestion_list(db, actor=student, student_id=student.id)[0]

    outcomes = race(lambda db, _: suggestion_accept(db, actor=student, suggestion_id=suggestion.id))

    assert outcomes == Counter(ok=1, conflict=ATTEMPTS - 1)
    assert _count(Goal, Goal.student_id == student.id) == 2  # the completed one and the new one
    assert _count(Goal, Goal.subject == suggestion.subject) == 1


def test_two_tutors_accepting_one_request_20_times_book_it_once_and_notify_once(database):
    with session_scope() as db:
        student = make_student(db)
        tutors = [make_tutor(db, students=(student,)) for _ in range(2)]
        request = routing_request(db, actor=student, student_id=student.id, topic="Factoring")

    outcomes = race(lambda db, i: routing_accept(db, actor=tutors[i % 2], request_id=request.id))

    assert outcomes == Counter(ok=1, conflict=ATTEMPTS - 1)
    assert _count(Notification, Notification.type == "routing") == 1
    with session_scope() as db:
        row = db.get(RoutingDecision, request.id)
        assert row.status == "booked"
        assert row.tutor_id in {t.id for t in tutors}


def test_20_routing_analyses_decided_at_once_store_one_open_request(database):
    from companion.ai.schemas import Routing

    with session_scope() as db:
        student = make_student(db)
    decided = Routing(shouldRoute=True, reason="Asked", urgency="medium", recommendedTopic="x")

    outcomes = race(
        lambda db, _: routing_analyze_store(
            db, actor=student, student_id=student.id, decision=decided
        )
    )

    assert outcomes == Counter(ok=ATTEMPTS)  # the others find the first one's request
    is_open = RoutingDecision.status == "open"
    assert _count(RoutingDecision, RoutingDecision.student_id == student.id, is_open) == 1


def test_a_goal_completed_20_times_at_once_succeeds_once_then_conflicts(database):
    with session_scope() as db:
        student = make_student(db)
        goal = goal_create(db, actor=student, student_id=student.id, subject="Algebra", title="A")

    outcomes = race(lambda db, _: goal_complete(db, actor=student, goal_id=goal.id))

    assert outcomes == Counter(ok=1, conflict=ATTEMPTS - 1)
    assert _count(Job, Job.kind == "goal.completed") == 1
    again = race(lambda db, _: goal_complete(db, actor=student, goal_id=goal.id))
    assert again == Counter(conflict=ATTEMPTS)


def test_a_practice_job_run_20_times_at_once_stores_one_set_and_notifies_once(database):
    student, practice_id = _ready_practice()
    with session_scope() as db:  # back to a requested set, as if its job ran late
        practice = db.get(Practice, practice_id)
        upload_id = practice.session_id
        again = practice_request(db, actor=student, student_id=student.id, session_id=upload_id)

    outcomes = race(lambda _db, _: run_practice_generate({"practice_id": again.id}))

    assert outcomes == Counter(ok=ATTEMPTS)  # a job's late runs are no errors
    ready = Notification.title == "Your practice set is ready"
    assert _count(Notification, Notification.student_id == student.id, ready) == 2
    with session_scope() as db:
        assert db.get(Practice, again.id).status == "ready"


def test_the_suggestions_job_run_20_times_at_once_stores_one_set_of_suggestions(database):
    with session_scope() as db:
        student = make_student(db)
        goal = goal_create(db, actor=student, student_id=student.id, subject="Algebra", title="A")
        goal_complete(db, actor=student, goal_id=goal.id)

    outcomes = race(lambda _db, _: run_goal_completed({"goal_id": goal.id}))

    assert outcomes == Counter(ok=ATTEMPTS)
    assert _count(SubjectSuggestion, SubjectSuggestion.goal_id == goal.id) == 5
    assert _count(Notification, Notification.type == "suggestions") == 1


def _email_cap_race(first_run: bool) -> None:
    from companion.services.notifications import notify
    from companion.services.preferences import preferences_update

    with session_scope() as db:
        student = make_student(db)
        preferences_update(
            db, actor=student, student_id=student.id, channels={"practice_ready": "email"}
        )
        if not first_run:  # a day on which one email went out already
            notify(db, student_id=student.id, type="practice_ready", title="T", message="M")

    outcomes = race(
        lambda db, i: notify(
            db, student_id=student.id, type="practice_ready", title=f"Ready {i}", message="M"
        )
    )

    assert outcomes == Counter(ok=ATTEMPTS)
    assert _count(Job, Job.kind == "mail.send") == 3  # the default daily cap, never more


def test_20_emails_at_once_for_one_student_stop_at_the_daily_cap(database):
    _email_cap_race(first_run=True)


def test_20_emails_at_once_after_a_first_one_stop_at_the_daily_cap(database):
    _email_cap_race(first_run=False)


def test_20_one_click_unsubscribes_at_once_each_stop_their_kind(database):
    from companion.services.preferences import (
        KINDS,
        preferences_get,
        preferences_update,
        unsubscribe,
        unsubscribe_token,
    )

    with session_scope() as db:
        student = make_student(db)
        both = dict.fromkeys(KINDS, "both")
        preferences_update(db, actor=student, student_id=student.id, channels=both)
    tokens = [unsubscribe_token(student.id, KINDS[i % len(KINDS)]) for i in range(ATTEMPTS)]

    outcomes = race(lambda db, i: unsubscribe(db, token=tokens[i]))

    assert outcomes == Counter(ok=ATTEMPTS)
    with session_scope() as db:
        prefs = preferences_get(db, actor=student, student_id=student.id)
    assert prefs.channels == dict.fromkeys(KINDS, "in_app")  # no change undid another
