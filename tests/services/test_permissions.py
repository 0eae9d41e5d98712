"""Every service operation, run as each role and as a stranger, against student A's data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from companion.ai.schemas import Grade, Problem, Routing
from companion.models import (
    ChatMessage,
    Concept,
    Goal,
    KnowledgeState,
    Notification,
    Practice,
    PracticeConcept,
    RoutingDecision,
    SubjectSuggestion,
    Transcript,
)
from companion.services import (
    account_data,
    admin_overview,
    audit,
    chat,
    email_change,
    goals,
    knowledge,
    listings,
    mail,
    notifications,
    password_reset,
    practice,
    practice_requests,
    practice_submit,
    preferences,
    progress,
    reviews,
    routing,
    sessions,
    tutors,
    users,
)
from companion.services.errors import Forbidden, NotFound
from tests.factories import PASSWORD, make_admin, make_session, make_student, make_tutor

ACTORS = ("owner", "stranger", "tutor", "other_tutor", "admin")
PROBLEM = {
    "question": "Solve 2x = 8",
    "type": "short_answer",
    "options": [],
    "correctAnswer": "4",
    "explanation": "Divide by 2.",
    "difficulty": "easy",
    "conceptId": "algebra_1.linear_equations",
}
ROUTE = Routing(shouldRoute=True, reason="Stuck", urgency="medium", recommendedTopic="Fractions")


@dataclass
class World:
    actors: dict
    student_id: int
    session_id: int
    goal_id: int
    suggestion_id: int
    notification_id: int
    practice_id: int
    request_id: int


def _world(s) -> World:
    a, b = make_student(s), make_student(s)
    tutor, other = make_tutor(s, students=(a,)), make_tutor(s, students=(b,))
    admin = make_admin(s)
    row = make_session(s, student=a, tutor=tutor)
    s.add(Transcript(session_id=row.id, content="Tutor: hi\nStudent: hello", status="failed"))
    s.add(
        Concept(
            session_id=row.id, name="Linear equations", concept_key="algebra_1.linear_equations"
        )
    )
    s.add(
        KnowledgeState(
            student_id=a.id,
            concept_key="algebra_1.linear_equations",
            name="Linear equations",
            subject="Algebra I",
            due_at=datetime(2026, 11, 1, tzinfo=UTC),
        )
    )
    goal = Goal(student_id=a.id, subject="Algebra I", title="Pass algebra")
    done = Goal(student_id=a.id, subject="Geometry", title="Done", status="completed")
    s.add_all([goal, done, ChatMessage(student_id=a.id, role="user", content="help")])
    s.flush()
    suggestion = SubjectSuggestion(
        student_id=a.id, goal_id=done.id, subject="Geometry II", relevance=0.9
    )
    note = Notification(student_id=a.id, type="nudge", title="t", message="m")
    pr = Practice(student_id=a.id, session_id=row.id, status="ready", problems=[PROBLEM])
    req = RoutingDecision(student_id=a.id, should_route=True, reason="asked", topic="algebra")
    s.add_all([suggestion, note, pr, req])
    s.flush()
    s.add(
        PracticeConcept(
            practice_id=pr.id, concept_key="algebra_1.linear_equations", name="Linear equations"
        )
    )
    s.flush()
    return World(
        actors={"owner": a, "stranger": b, "tutor": tutor, "other_tutor": other, "admin": admin},
        student_id=a.id,
        session_id=row.id,
        goal_id=goal.id,
        suggestion_id=suggestion.id,
        notification_id=note.id,
        practice_id=pr.id,
        request_id=req.id,
    )


VIEW = {"owner", "tutor", "admin"}  # reads of A's learning data
ACT = {"owner", "admin"}  # changes to A's learning data
TUTORING = {"tutor", "admin"}
STAFF = {"tutor", "other_tutor", "admin"}
ADMIN = {"admin"}
EVERYONE = set(ACTORS)

Op = Callable[..., object]
OPERATIONS: dict[str, tuple[set[str], Op]] = {
    "admin_overview": (ADMIN, lambda s, u, w: admin_overview.admin_overview(s, actor=u)),
    "session_upload": (
        VIEW,
        lambda s, u, w: sessions.session_upload(
            s,
            actor=u,
            student_id=w.student_id,
            subject="Biology",
            date="2026-11-03",
            content="Tutor: Cells.\nStudent: Mitochondria.",
        ),
    ),
    "session_list": (
        VIEW,
        lambda s, u, w: sessions.session_list(s, actor=u, student_id=w.student_id),
    ),
    "session_get": (
        VIEW,
        lambda s, u, w: sessions.session_get(s, actor=u, session_id=w.session_id),
    ),
    "transcript_retry": (
        VIEW,
        lambda s, u, w: sessions.transcript_retry(s, actor=u, session_id=w.session_id),
    ),
    "session_list_conducted": (STAFF, lambda s, u, w: sessions.session_list_conducted(s, actor=u)),
    "knowledge_list": (
        VIEW,
        lambda s, u, w: knowledge.knowledge_list(s, actor=u, student_id=w.student_id),
    ),
    "mastery_history": (
        VIEW,
        lambda s, u, w: knowledge.mastery_history(s, actor=u, student_id=w.student_id),
    ),
    "goal_create": (
        ACT,
        lambda s, u, w: goals.goal_create(
            s, actor=u, student_id=w.student_id, subject="Chemistry", title="Learn moles"
        ),
    ),
    "goal_list": (VIEW, lambda s, u, w: goals.goal_list(s, actor=u, student_id=w.student_id)),
    "goal_complete": (ACT, lambda s, u, w: goals.goal_complete(s, actor=u, goal_id=w.goal_id)),
    "suggestion_list": (
        VIEW,
        lambda s, u, w: goals.suggestion_list(s, actor=u, student_id=w.student_id),
    ),
    "suggestion_accept": (
        ACT,
        lambda s, u, w: goals.suggestion_accept(s, actor=u, suggestion_id=w.suggestion_id),
    ),
    "suggestion_dismiss": (
        ACT,
        lambda s, u, w: goals.suggestion_dismiss(s, actor=u, suggestion_id=w.suggestion_id),
    ),
    "notification_list": (
        VIEW,
        lambda s, u, w: notifications.notification_list(s, actor=u, student_id=w.student_id),
    ),
    "notification_unread_count": (
        VIEW,
        lambda s, u, w: notifications.notification_unread_count(
            s, actor=u, student_id=w.student_id
        ),
    ),
    "notification_read": (
        ACT,
        lambda s, u, w: notifications.notification_read(
            s, actor=u, notification_id=w.notification_id
        ),
    ),
    "notification_read_all": (
        ACT,
        lambda s, u, w: notifications.notification_read_all(s, actor=u, student_id=w.student_id),
    ),
    "practice_request": (
        ACT,
        lambda s, u, w: practice_requests.practice_request(
            s, actor=u, student_id=w.student_id, session_id=w.session_id
        ),
    ),
    "practice_request_review": (
        ACT,
        lambda s, u, w: practice_requests.practice_request_review(
            s, actor=u, student_id=w.student_id
        ),
    ),
    "reviews_due": (VIEW, lambda s, u, w: reviews.reviews_due(s, actor=u, student_id=w.student_id)),
    "practice_get": (
        VIEW,
        lambda s, u, w: practice.practice_get(s, actor=u, practice_id=w.practice_id),
    ),
    "practice_list": (
        VIEW,
        lambda s, u, w: practice.practice_list(s, actor=u, student_id=w.student_id),
    ),
    "practice_submit_begin": (
        ACT,
        lambda s, u, w: practice_submit.practice_submit_begin(
            s, actor=u, practice_id=w.practice_id, answers=["4"]
        ),
    ),
    "practice_submit_store": (  # authorised again: the actor is checked in both transactions
        ACT,
        lambda s, u, w: practice_submit.practice_submit_store(
            s,
            actor=u,
            work=practice_submit.SubmitWork(
                w.practice_id, [Problem.model_validate(PROBLEM)], ["4"], [None]
            ),
            grades=[Grade(correct=True, score=1.0)],
        ),
    ),
    "chat_history": (VIEW, lambda s, u, w: chat.chat_history(s, actor=u, student_id=w.student_id)),
    "chat_prepare": (
        ACT,
        lambda s, u, w: chat.chat_prepare(s, actor=u, student_id=w.student_id, message="hi"),
    ),
    "routing_analyze_begin": (
        ACT,
        lambda s, u, w: routing.routing_analyze_begin(s, actor=u, student_id=w.student_id),
    ),
    "routing_analyze_store": (  # authorised again: the actor is checked in both transactions
        ACT,
        lambda s, u, w: routing.routing_analyze_store(
            s, actor=u, student_id=w.student_id, decision=ROUTE
        ),
    ),
    "routing_request": (
        ACT,
        lambda s, u, w: routing.routing_request(
            s, actor=u, student_id=w.student_id, topic="fractions"
        ),
    ),
    "routing_list": (
        VIEW,
        lambda s, u, w: routing.routing_list(s, actor=u, student_id=w.student_id),
    ),
    "routing_accept": (
        TUTORING,
        lambda s, u, w: routing.routing_accept(s, actor=u, request_id=w.request_id),
    ),
    "routing_close": (
        TUTORING,
        lambda s, u, w: routing.routing_close(s, actor=u, request_id=w.request_id),
    ),
    "tutor_students": (STAFF, lambda s, u, w: tutors.tutor_students(s, actor=u)),
    "tutor_student_options": (STAFF, lambda s, u, w: tutors.tutor_student_options(s, actor=u)),
    "sessions_page": (STAFF, lambda s, u, w: listings.sessions_page(s, actor=u)),
    "requests_page": (STAFF, lambda s, u, w: listings.requests_page(s, actor=u)),
    "student_context": (
        TUTORING,  # a student reads their own data on their pages, not the tutor's context
        lambda s, u, w: tutors.student_context(s, actor=u, student_id=w.student_id),
    ),
    "tutor_list": (EVERYONE, lambda s, u, w: tutors.tutor_list(s, actor=u)),
    "tutor_directory": (EVERYONE, lambda s, u, w: tutors.tutor_directory(s, actor=u)),
    "progress_get": (
        VIEW,
        lambda s, u, w: progress.progress_get(s, actor=u, student_id=w.student_id),
    ),
    "user_get": (
        ADMIN,
        lambda s, u, w: (
            users.user_get(s, actor=u, user_id=w.student_id)
            if u.id != w.student_id
            else users.user_get(s, actor=u, user_id=w.actors["admin"].id)
        ),
    ),
    "user_list": (ADMIN, lambda s, u, w: users.user_list(s, actor=u)),
    "user_create": (
        ADMIN,
        lambda s, u, w: users.user_create(
            s, actor=u, email="new@example.com", name="New", password="long enough pw", role="tutor"
        ),
    ),
    "user_set_role": (
        ADMIN,
        lambda s, u, w: users.user_set_role(s, actor=u, user_id=w.student_id, role="tutor"),
    ),
    "user_set_active": (
        ADMIN,
        lambda s, u, w: (
            users.user_set_active(s, actor=u, user_id=w.student_id, active=False)
            if u.id != w.student_id
            else users.user_set_active(s, actor=u, user_id=w.actors["admin"].id, active=False)
        ),
    ),
    "tutor_assign": (
        ADMIN,
        lambda s, u, w: tutors.tutor_assign(
            s, actor=u, tutor_id=w.actors["other_tutor"].id, student_id=w.student_id
        ),
    ),
    "audit_list": (ADMIN, lambda s, u, w: audit.audit_list(s, actor=u)),
    "preferences_get": (
        ACT,
        lambda s, u, w: preferences.preferences_get(s, actor=u, student_id=w.student_id),
    ),
    "preferences_update": (
        ACT,
        lambda s, u, w: preferences.preferences_update(
            s, actor=u, student_id=w.student_id, daily_cap=1
        ),
    ),
    "email_change_request": (
        EVERYONE,
        lambda s, u, w: email_change.email_change_request(
            s, actor=u, new_email=f"changed{u.id}@example.com", password=PASSWORD
        ),
    ),
    "profile_update": (
        ACT,
        lambda s, u, w: account_data.profile_update(
            s, actor=u, user_id=w.student_id, name="Renamed", grade="10"
        ),
    ),
    "account_export": (
        ACT,
        lambda s, u, w: account_data.account_export(s, actor=u, user_id=w.student_id),
    ),
    "account_delete": (
        EVERYONE,
        # Everyone may delete their own account (a second admin exists so the last one stays).
        lambda s, u, w: (
            make_admin(s),
            account_data.account_delete(s, actor=u, password=PASSWORD),
        ),
    ),
    "account_delete_user": (
        ADMIN,
        lambda s, u, w: (
            account_data.account_delete_user(s, actor=u, user_id=w.student_id)
            if u.id != w.student_id
            else account_data.account_delete_user(s, actor=u, user_id=w.actors["admin"].id)
        ),
    ),
    "outbox_list": (ADMIN, lambda s, u, w: mail.outbox_list(actor=u)),
    "password_change": (
        EVERYONE,
        lambda s, u, w: password_reset.password_change(
            s, actor=u, current_password=PASSWORD, new_password="another long password"
        ),
    ),
    "password_reset_link_send": (
        ADMIN,
        lambda s, u, w: password_reset.password_reset_link_send(s, actor=u, user_id=w.student_id),
    ),
}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_every_role_gets_exactly_what_the_permission_matrix_allows(session, operation):
    allowed, call = OPERATIONS[operation]
    world = _world(session)
    session.commit()
    outcomes = {}
    for name in ACTORS:
        nested = session.begin_nested()
        try:
            call(session, world.actors[name], world)
            outcomes[name] = "allowed"
        except (NotFound, Forbidden) as exc:
            outcomes[name] = type(exc).__name__
        nested.rollback()
    assert {n for n, o in outcomes.items() if o == "allowed"} == allowed, outcomes


def test_every_public_service_function_is_in_the_matrix():
    import inspect

    modules = (
        account_data,
        admin_overview,
        audit,
        chat,
        email_change,
        goals,
        knowledge,
        listings,
        mail,
        notifications,
        password_reset,
        practice,
        practice_submit,
        preferences,
        progress,
        reviews,
        routing,
        sessions,
        tutors,
        users,
    )
    public = {
        name
        for module in modules
        for name, fn in inspect.getmembers(module, inspect.isfunction)
        if fn.__module__ == module.__name__
        and not name.startswith("_")
        and "actor" in inspect.signature(fn).parameters
    }
    assert public - set(OPERATIONS) == set()


def test_students_see_tutors_names_but_not_their_emails(session):
    world = _world(session)
    for name in ACTORS:
        emails = {t["email"] for t in tutors.tutor_directory(session, actor=world.actors[name])}
        staff = name in STAFF
        assert (emails == {None}) is not staff, (name, emails)
        if staff:
            assert all("@" in e for e in emails)
