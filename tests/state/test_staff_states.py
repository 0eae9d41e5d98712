"""Tutor and admin handlers called directly, as a crafted websocket event would call them."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from datetime import timedelta

import pytest
import reflex as rx
from sqlmodel import select

from companion import routes
from companion.clock import utcnow
from companion.db import session_scope
from companion.models import (
    AuditLog,
    Job,
    Notification,
    PasswordReset,
    RoutingDecision,
    TutoringSession,
    User,
)
from companion.services import messages
from companion.services.account_data import OWN_ACCOUNT
from companion.services.sessions import session_upload
from companion.services.signin import token_for
from companion.services.student_summary import summary_refresh
from companion.state.admin_users import AdminUsersState
from companion.state.admin_views import AdminAuditState, AdminJobsState, AdminSessionsState
from companion.state.routing_queue import RoutingState
from companion.state.tutor import TutorState
from companion.state.tutor_context import TutorStudentState
from tests.factories import make_admin, make_student, make_tutor
from tests.state.fire import fire
from tests.state.router import open_page

TRANSCRIPT = "Tutor: Let's add fractions.\nStudent: I need a common denominator?\nTutor: Yes."


def _is_redirect_to(event, path: str) -> bool:
    return isinstance(event, rx.event.EventSpec) and f'"{path}"' in str(event.args)


def _says(event, text: str) -> bool:
    return isinstance(event, rx.event.EventSpec) and text in str(event.args)


@pytest.fixture
def world(database) -> dict:
    """Two tutors with one student each, an admin, sessions and an open request per student."""
    with session_scope() as s:
        mine, theirs = make_student(s, name="Mia Mine"), make_student(s, name="Theo Theirs")
        tutor = make_tutor(s, students=(mine,), name="Tara Tutor")
        other = make_tutor(s, students=(theirs,), name="Otto Other")
        admin = make_admin(s, name="Ada Admin")
        for who, student, subject in (
            (tutor, mine, "Algebra I"),
            (other, theirs, "Secret Chemistry"),
        ):
            session_upload(
                s,
                actor=who,
                student_id=student.id,
                subject=subject,
                date="2026-11-02",
                content=TRANSCRIPT,
            )
        requests = {}
        for student in (mine, theirs):
            row = RoutingDecision(
                student_id=student.id,
                should_route=True,
                urgency="high",
                reason=f"{student.name} is stuck on ratios",
                topic="Ratios",
                est_minutes=30,
            )
            s.add(row)
            summary_refresh(s, student_id=student.id)  # as routing_request does
            requests[student.id] = row.id
        return {
            "mine": mine.id,
            "theirs": theirs.id,
            "tutor": token_for(tutor),
            "tutor_id": tutor.id,
            "other": token_for(other),
            "admin": token_for(admin),
            "admin_id": admin.id,
            "student": token_for(mine),
            "my_request": requests[mine.id],
            "their_request": requests[theirs.id],
        }


def _on_page(state: rx.State, student_id: object) -> rx.State:
    return open_page(state, routes.TUTOR_STUDENT, id=student_id)


def _request(request_id: int) -> RoutingDecision:
    with session_scope() as s:
        return s.get(RoutingDecision, request_id)


# ---------------------------------------------------------------- tutor home
def test_tutor_home_lists_only_the_tutors_students_with_flags(world, make_state):
    state = make_state(TutorState, world["tutor"])
    assert fire(TutorState.load_home, state) is None
    assert [row.name for row in state.students] == ["Mia Mine"]
    labels = {flag.text for flag in state.students[0].flags}
    assert {"Few sessions", "Wants a tutor"} <= labels
    assert all(flag.why for flag in state.students[0].flags)
    assert [row.subject for row in state.conducted] == ["Algebra I"]


def test_sorting_students_accepts_only_known_columns(world, make_state):
    state = make_state(TutorState, world["tutor"])
    fire(TutorState.load_home, state)
    fire(TutorState.sort_by, state, "mastery")
    assert (state.sort_key, state.sort_desc) == ("mastery", True)
    fire(TutorState.sort_by, state, "password_hash")
    assert state.sort_key == "mastery"


def test_tutor_uploads_a_session_for_their_student(world, make_state):
    state = make_state(TutorState, world["tutor"])
    fire(TutorState.load_home, state)
    fire(TutorState.set_student_choice, state, str(world["mine"]))
    assert state.student_choice == ""  # the select has not listed the students yet
    fire(TutorState.load_options, state, True)
    assert [o.label for o in state.student_options] == ["Mia Mine"]
    fire(TutorState.set_student_choice, state, str(world["mine"]))
    fire(TutorState.set_subject, state, "Fractions")
    fire(TutorState.set_session_date, state, "2026-11-20")
    fire(TutorState.stash_pasted, state, TRANSCRIPT)
    toast, reload = fire(TutorState.save_session, state)
    assert _says(toast, "Saved the Fractions session") and reload == TutorState.load_home
    with session_scope() as s:
        row = s.exec(select(TutoringSession).where(TutoringSession.subject == "Fractions")).one()
        assert (row.student_id, row.tutor_id) == (world["mine"], world["tutor_id"])


def test_upload_for_a_foreign_student_is_refused(world, make_state):
    state = make_state(TutorState, world["tutor"])
    fire(TutorState.load_home, state)
    # A crafted event sets what the select would never offer.
    state.student_choice, state.subject, state.session_date = (
        str(world["theirs"]),
        "X",
        "2026-11-20",
    )
    fire(TutorState.stash_pasted, state, TRANSCRIPT)
    fire(TutorState.save_session, state)
    assert state.student_error
    with session_scope() as s:
        assert s.exec(select(TutoringSession).where(TutoringSession.subject == "X")).first() is None


# ---------------------------------------------------------------- student context
def test_context_of_own_student_shows_sessions_and_requests(world, make_state):
    state = _on_page(make_state(TutorStudentState, world["tutor"]), world["mine"])
    assert fire(TutorStudentState.load_context, state) is None
    assert state.found and state.student_name == "Mia Mine"
    assert [s.subject for s in state.sessions] == ["Algebra I"]
    assert state.requests[0].reason == "Mia Mine is stuck on ratios"


@pytest.mark.parametrize("raw", ["foreign", "999999", "abc", "-1", "", "²", "1²"])
def test_context_of_a_foreign_or_bad_id_reveals_nothing(world, make_state, raw):
    state = _on_page(make_state(TutorStudentState, world["tutor"]), world["mine"])
    fire(TutorStudentState.load_context, state)  # first a real student, then the crafted one
    _on_page(state, world["theirs"] if raw == "foreign" else raw)
    event = fire(TutorStudentState.load_context, state)
    assert not _is_redirect_to(event, routes.LOGIN)
    assert not state.found
    assert (state.student_name, state.student_email, state.sessions, state.requests) == (
        "",
        "",
        [],
        [],
    )
    dumped = str(state.dict())
    assert "Theo" not in dumped and "Secret Chemistry" not in dumped and "Mia" not in dumped


def test_context_without_a_tutor_cookie_goes_to_sign_in_or_home(world, make_state):
    nobody = _on_page(make_state(TutorStudentState), world["mine"])
    assert _is_redirect_to(fire(TutorStudentState.load_context, nobody), routes.LOGIN)
    student = _on_page(make_state(TutorStudentState, world["student"]), world["mine"])
    assert _is_redirect_to(fire(TutorStudentState.load_context, student), routes.DASHBOARD)
    assert student.student_name == ""


# ---------------------------------------------------------------- routing queue
def test_queue_holds_only_the_tutors_students_requests(world, make_state):
    state = make_state(RoutingState, world["tutor"])
    fire(RoutingState.load_queue, state)
    assert [r.id for r in state.requests] == [world["my_request"]]


def test_accepting_a_foreign_request_is_refused_and_changes_nothing(world, make_state):
    state = make_state(RoutingState, world["tutor"])
    event = fire(
        RoutingState.accept, state, {"request_id": str(world["their_request"]), "when": ""}
    )
    assert _says(event, messages.NOT_FOUND)
    row = _request(world["their_request"])
    assert (row.status, row.tutor_id) == ("open", None)
    assert "Theo" not in str(state.dict())
    fire(RoutingState.close, state, {"request_id": str(world["their_request"]), "note": "mine now"})
    assert _request(world["their_request"]).status == "open"


def test_tutor_accepts_with_a_time_and_the_student_is_notified(world, make_state):
    state = make_state(RoutingState, world["tutor"])
    when = (utcnow() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    event = fire(RoutingState.accept, state, {"request_id": str(world["my_request"]), "when": when})
    assert _says(event, "You took the request about Ratios")
    row = _request(world["my_request"])
    assert (row.status, row.tutor_id) == ("booked", world["tutor_id"])
    assert row.scheduled_for is not None
    assert state.requests == []
    with session_scope() as s:
        note = s.exec(select(Notification).where(Notification.student_id == world["mine"])).one()
        assert "Tara Tutor" in note.message


@pytest.mark.parametrize(
    "form",
    [
        None,
        "x",
        {},
        {"request_id": "abc"},
        {"request_id": 1.5},
        {"request_id": "0"},
        {"request_id": "²"},
    ],
)
def test_accept_with_malformed_arguments_changes_nothing(world, make_state, form):
    state = make_state(RoutingState, world["tutor"])
    assert _says(fire(RoutingState.accept, state, form), "not valid")
    assert _request(world["my_request"]).status == "open"


def test_accept_in_the_past_is_refused(world, make_state):
    state = make_state(RoutingState, world["tutor"])
    form = {"request_id": str(world["my_request"]), "when": "2001-01-01T10:00"}
    assert _says(fire(RoutingState.accept, state, form), "future")
    assert _request(world["my_request"]).status == "open"


def test_tutor_closes_own_request_with_a_note(world, make_state):
    state = make_state(RoutingState, world["tutor"])
    fire(
        RoutingState.close, state, {"request_id": str(world["my_request"]), "note": "Met in class"}
    )
    row = _request(world["my_request"])
    assert (row.status, row.note) == ("closed", "Met in class")


def test_student_cannot_accept_requests(world, make_state):
    state = make_state(RoutingState, world["student"])
    event = fire(RoutingState.accept, state, {"request_id": str(world["my_request"])})
    assert _is_redirect_to(event, routes.DASHBOARD)
    assert _request(world["my_request"]).status == "open"


# ---------------------------------------------------------------- admin
ADMIN_CALLS = [
    (AdminUsersState, "load_users", ()),
    (AdminUsersState, "set_role", ("target", "admin")),
    (AdminUsersState, "set_active", ("target", False)),
    (AdminUsersState, "send_reset_link", ("target",)),
    (AdminUsersState, "export_user", ("target",)),
    (AdminSessionsState, "load_sessions", ()),
    (AdminJobsState, "load_jobs", ()),
    (AdminJobsState, "retry", ("job",)),
    (AdminAuditState, "load_audit", ()),
]


def _dead_job() -> int:
    with session_scope() as s:
        job = Job(
            kind="practice.generate",
            payload={},
            status="dead",
            attempts=3,
            last_error="boom",
            idempotency_key="dead-1",
            finished_at=utcnow(),
        )
        s.add(job)
        s.flush()
        return job.id


@pytest.mark.parametrize(
    ("who", "home"), [("student", routes.DASHBOARD), ("tutor", routes.TUTOR), (None, routes.LOGIN)]
)
@pytest.mark.parametrize(("cls", "name", "args"), ADMIN_CALLS)
def test_non_admins_calling_admin_handlers_are_refused(
    world, make_state, who, home, cls, name, args
):
    job_id = _dead_job()
    values = {"target": world["mine"], "job": job_id}
    state = make_state(cls, world[who] if who else None)
    event = fire(getattr(cls, name), state, *[values.get(a, a) for a in args])
    assert _is_redirect_to(event, home)
    with session_scope() as s:
        target = s.get(User, world["mine"])
        assert (target.role, target.is_active) == ("student", True)
        assert s.get(Job, job_id).status == "dead"
        assert s.exec(select(AuditLog)).all() == []
        assert s.exec(select(PasswordReset)).all() == []
    dumped = str(state.dict())
    assert "Mia" not in dumped and "Theo" not in dumped and "boom" not in dumped


def _audit(action: str) -> list[str]:
    with session_scope() as s:
        return [a.target for a in s.exec(select(AuditLog).where(AuditLog.action == action))]


def test_an_admin_sends_a_reset_link_to_an_active_account_only(world, make_state):
    admin = make_state(AdminUsersState, world["admin"])
    fire(AdminUsersState.load_users, admin)
    event = fire(AdminUsersState.send_reset_link, admin, world["mine"])
    assert _says(event, "A reset link is on its way to") and _says(event, "30 minutes")
    with session_scope() as s:
        (reset,) = s.exec(select(PasswordReset)).all()
        assert reset.user_id == world["mine"]
        (job,) = s.exec(select(Job).where(Job.kind == "mail.send")).all()
        assert job.payload["template"] == "password_reset"
        assert job.payload["reset_id"] == reset.id
    assert _audit("password.reset_link") == [f"user:{world['mine']}"]
    fire(AdminUsersState.set_active, admin, world["theirs"], False)
    assert _says(fire(AdminUsersState.send_reset_link, admin, world["theirs"]), "deactivated")
    assert _says(fire(AdminUsersState.send_reset_link, admin, "1; drop"), "not valid")
    with session_scope() as s:
        assert len(s.exec(select(PasswordReset)).all()) == 1


def test_an_admin_downloads_an_accounts_data_audited(world, make_state):
    admin = make_state(AdminUsersState, world["admin"])
    event = fire(AdminUsersState.export_user, admin, world["mine"])
    assert _says(event, f"study-companion-user-{world['mine']}.zip")
    url = {k._js_expr: v._var_value for k, v in event.args}["url"]
    archive = zipfile.ZipFile(io.BytesIO(base64.b64decode(url.split(",", 1)[1])))
    assert json.loads(archive.read("profile.json"))["name"] == "Mia Mine"
    assert _audit("user.export") == [f"user:{world['mine']}"]
    assert _says(fire(AdminUsersState.export_user, admin, 10**6), "couldn't find that")


def test_an_admin_deletes_an_account_after_confirming(world, make_state):
    admin = make_state(AdminUsersState, world["admin"])
    fire(AdminUsersState.load_users, admin)
    assert fire(AdminUsersState.delete_user, admin) is None  # nothing confirmed yet
    fire(AdminUsersState.ask_delete, admin, world["mine"])
    assert admin.delete_open and admin.delete_label.startswith("Mia Mine (")
    assert _says(fire(AdminUsersState.delete_user, admin), "Deleted Mia Mine")
    assert not admin.delete_open and "Mia Mine" not in {u.name for u in admin.users}
    with session_scope() as s:
        assert s.get(User, world["mine"]) is None
        assert (
            s.exec(select(TutoringSession).where(TutoringSession.student_id == world["mine"])).all()
            == []
        )
    assert _audit("user.delete") == [f"user:{world['mine']} role=student"]
    fire(AdminUsersState.ask_delete, admin, world["admin_id"])
    assert _says(fire(AdminUsersState.delete_user, admin), OWN_ACCOUNT)
    assert _says(fire(AdminUsersState.ask_delete, admin, 10**6), "not valid")
    with session_scope() as s:
        assert s.get(User, world["admin_id"]) is not None


def test_a_non_admin_cannot_delete_even_with_a_forged_confirmation(world, make_state):
    student = make_state(AdminUsersState, world["student"])
    student.delete_open, student.delete_id = True, world["theirs"]  # as if the dialog were open
    assert _is_redirect_to(fire(AdminUsersState.delete_user, student), routes.DASHBOARD)
    with session_scope() as s:
        assert s.get(User, world["theirs"]) is not None


def test_creating_an_account_needs_an_admin(world, make_state):
    values = {
        "email": "new@example.com",
        "name": "New",
        "password": "long-enough-pw",
        "role": "admin",
    }
    student = make_state(AdminUsersState, world["student"])
    assert _is_redirect_to(fire(AdminUsersState.create_user, student, values), routes.DASHBOARD)
    with session_scope() as s:
        assert s.exec(select(User).where(User.email == "new@example.com")).first() is None
    admin = make_state(AdminUsersState, world["admin"])
    assert _says(fire(AdminUsersState.create_user, admin, values), "Created New (admin)")
    assert admin.users[0].name == "New" and not admin.creating
    with session_scope() as s:
        assert s.exec(select(User).where(User.email == "new@example.com")).one().role == "admin"


def test_creating_an_account_with_a_taken_email_shows_the_error_inline(world, make_state):
    admin = make_state(AdminUsersState, world["admin"])
    fire(AdminUsersState.toggle_create, admin, True)
    form = {"email": "new@example.com", "name": "N", "password": "long-enough-pw", "role": ""}
    fire(AdminUsersState.create_user, admin, form)
    fire(AdminUsersState.toggle_create, admin, True)
    fire(AdminUsersState.create_user, admin, form)
    assert admin.email_error and admin.create_open and not admin.creating


def test_admin_handlers_work(world, make_state):
    users = make_state(AdminUsersState, world["admin"])
    assert fire(AdminUsersState.load_users, users) is None
    assert {u.name for u in users.users} >= {"Mia Mine", "Theo Theirs", "Ada Admin"}
    assert _says(fire(AdminUsersState.set_role, users, world["mine"], "tutor"), "role is now tutor")
    assert _says(fire(AdminUsersState.set_active, users, world["theirs"], False), "deactivated")
    assert _says(fire(AdminUsersState.set_active, users, world["admin_id"], False), "your own")
    with session_scope() as s:
        assert s.get(User, world["mine"]).role == "tutor"
        assert s.get(User, world["theirs"]).is_active is False
        assert s.get(User, world["admin_id"]).is_active is True

    sessions = make_state(AdminSessionsState, world["admin"])
    fire(AdminSessionsState.load_sessions, sessions)
    assert {(r.subject, r.tutor) for r in sessions.sessions} == {
        ("Algebra I", "Tara Tutor"),
        ("Secret Chemistry", "Otto Other"),
    }

    jobs = make_state(AdminJobsState, world["admin"])
    job_id = _dead_job()
    fire(AdminJobsState.load_jobs, jobs)
    assert [j.error for j in jobs.dead] == ["boom"]
    assert _says(fire(AdminJobsState.retry, jobs, job_id), "queued again")
    assert jobs.dead == [] and {c.status: c.count for c in jobs.counts}["queued"] >= 1

    audit = make_state(AdminAuditState, world["admin"])
    fire(AdminAuditState.load_audit, audit)
    assert [e.action for e in audit.entries][:3] == ["job.retry", "user.deactivate", "user.role"]
    assert audit.entries[0].actor == "Ada Admin"


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("set_role", ("1", "admin")),
        ("set_role", (1, "root")),
        ("set_active", (1, "no")),
        ("go_to_page", (99,)),
    ],
)
def test_admin_handlers_reject_malformed_arguments(world, make_state, name, args):
    state = make_state(AdminUsersState, world["admin"])
    fire(getattr(AdminUsersState, name), state, *args)
    with session_scope() as s:
        assert s.exec(select(AuditLog)).all() == []
