"""Every route, called as each actor against student A's resources: a permission matrix.

A foreign id answers 404 (existence is not revealed) or 403 (visible but not yours), and
never carries data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from companion import db
from companion.models import Job
from companion.services import email_change, password_reset, preferences
from jobs.handlers import mail_render
from tests.api.conftest import ACTORS, World
from tests.factories import PASSWORD, make_admin


@dataclass(frozen=True)
class Call:
    method: str
    path: Callable[[World], str]
    body: Callable[[World], dict] | None = None


ANYONE = dict.fromkeys(ACTORS, 200)


def _expect(ok: int, allowed: set[str], tutor: int = 404) -> dict[str, int]:
    """Anonymous 401; allowed actors `ok`; A's tutor `tutor` when not allowed; others 404."""
    table = {a: (ok if a in allowed else 404) for a in ACTORS}
    table["anonymous"] = 401
    if "tutor" not in allowed:
        table["tutor"] = tutor
    return table


VIEW = {"owner", "tutor", "admin"}
ACT = {"owner", "admin"}
AUTHED = {"owner", "stranger", "tutor", "other_tutor", "admin"}
STAFF = {"anonymous": 401, "owner": 403, "stranger": 403} | dict.fromkeys(
    ("tutor", "other_tutor", "admin"), 200
)

ADMIN_ONLY = {**dict.fromkeys(ACTORS, 403), "anonymous": 401, "admin": 200}


def _reset_token(w: World) -> dict:
    """A live reset link's token for student A, read from the mail it would send."""
    with db.session_scope() as s:
        password_reset.password_reset_request(s, email=w.users["owner"].email)
        mails = [mail_render(s, j.payload) for j in s.query(Job)]  # as the mail job renders
        (text,) = [m["text"] for m in mails if m and "/reset-password?token=" in m["text"]]
    return {"token": text.split("token=")[1].split()[0], "new_password": "a brand new password"}


def _password_with_a_second_admin(w: World) -> dict:
    """The deletion body; a second admin exists, so an admin may delete their own account."""
    with db.session_scope() as s:
        make_admin(s)
    return {"password": PASSWORD}


def _email_token(w: World) -> dict:
    """A live email-change link's token for student A, from the mail its job would send."""
    with db.session_scope() as s:
        owner = s.get(type(w.users["owner"]), w.users["owner"].id)
        email_change.email_change_request(
            s, actor=owner, new_email="moved@example.com", password=PASSWORD
        )
        mails = [mail_render(s, j.payload) for j in s.query(Job)]  # as the mail job renders
        (text,) = [m["text"] for m in mails if m and m.get("to") == "moved@example.com"]
    return {"token": text.split("token=")[1].split()[0]}


def _unsubscribe_url(w: World) -> str:
    return f"/api/unsubscribe?token={preferences.unsubscribe_token(w.student_id, 'daily_nudge')}"


ROUTES: dict[str, tuple[Call, dict[str, int]]] = {
    "auth.login": (
        Call(
            "POST",
            lambda w: "/api/auth/login",
            lambda w: {"email": w.users["owner"].email, "password": PASSWORD},
        ),
        ANYONE,
    ),
    "auth.register": (
        Call(
            "POST",
            lambda w: "/api/auth/register",
            lambda w: {
                "email": "new.student@example.com",
                "name": "New",
                "password": "a long password",
            },
        ),
        dict.fromkeys(ACTORS, 201),
    ),
    "auth.refresh": (Call("POST", lambda w: "/api/auth/refresh"), _expect(200, AUTHED)),
    "auth.password_change": (
        Call(
            "POST",
            lambda w: "/api/auth/password/change",
            lambda w: {"current_password": PASSWORD, "new_password": "another long password"},
        ),
        _expect(200, AUTHED),
    ),
    "auth.password_reset_request": (
        Call(
            "POST",
            lambda w: "/api/auth/password/reset-request",
            lambda w: {"email": w.users["owner"].email},
        ),
        ANYONE,
    ),
    "auth.password_reset": (
        Call("POST", lambda w: "/api/auth/password/reset", _reset_token),
        ANYONE,
    ),
    "me.preferences_get": (Call("GET", lambda w: "/api/me/preferences"), _expect(200, AUTHED)),
    "me.preferences_put": (
        Call("PUT", lambda w: "/api/me/preferences", lambda w: {"daily_cap": 1}),
        _expect(200, AUTHED),
    ),
    "unsubscribe.get": (Call("GET", _unsubscribe_url), ANYONE),
    "unsubscribe.post": (Call("POST", _unsubscribe_url), ANYONE),
    "me.profile_put": (
        Call("PUT", lambda w: "/api/me/profile", lambda w: {"name": "New Name", "grade": "9"}),
        _expect(200, AUTHED),
    ),
    "me.email": (
        Call(
            "POST",
            lambda w: "/api/me/email",
            lambda w: {"new_email": "elsewhere@example.com", "password": PASSWORD},
        ),
        _expect(200, AUTHED),
    ),
    "auth.email_confirm": (Call("POST", lambda w: "/api/auth/email/confirm", _email_token), ANYONE),
    "me.export": (Call("GET", lambda w: "/api/me/export"), _expect(200, AUTHED)),
    "me.delete": (
        Call("DELETE", lambda w: "/api/me", _password_with_a_second_admin),
        _expect(200, AUTHED),
    ),
    "admin.users_export": (
        Call("GET", lambda w: f"/api/admin/users/{w.student_id}/export"),
        {**ADMIN_ONLY, "owner": 200},  # the student's own data: the same as /api/me/export
    ),
    "admin.users_delete": (
        Call("DELETE", lambda w: f"/api/admin/users/{w.student_id}"),
        ADMIN_ONLY,
    ),
    "admin.users_reset_link": (
        Call("POST", lambda w: f"/api/admin/users/{w.student_id}/reset-link"),
        ADMIN_ONLY,
    ),
    "transcripts.upload": (
        Call(
            "POST",
            lambda w: "/api/transcripts/upload",
            lambda w: {
                "student_id": w.student_id,
                "subject": "Biology",
                "date": "2026-11-03",
                "content": "Tutor: Cells.\nStudent: Mitochondria.",
            },
        ),
        _expect(201, VIEW),
    ),
    "transcripts.list": (
        Call("GET", lambda w: f"/api/transcripts/student/{w.student_id}"),
        _expect(200, VIEW),
    ),
    "transcripts.get": (
        Call("GET", lambda w: f"/api/transcripts/{w.session_id}"),
        _expect(200, VIEW),
    ),
    "practice.generate": (
        Call(
            "POST",
            lambda w: "/api/practice/generate",
            lambda w: {"student_id": w.student_id, "session_id": w.session_id},
        ),
        _expect(201, ACT, tutor=403),
    ),
    "practice.review": (
        Call("POST", lambda w: "/api/practice/review", lambda w: {"student_id": w.student_id}),
        _expect(201, ACT, tutor=403),
    ),
    "practice.get": (Call("GET", lambda w: f"/api/practice/{w.practice_id}"), _expect(200, VIEW)),
    "practice.submit": (
        Call(
            "POST", lambda w: f"/api/practice/{w.practice_id}/submit", lambda w: {"answers": ["4"]}
        ),
        _expect(200, ACT, tutor=403),
    ),
    "goals.list": (Call("GET", lambda w: f"/api/goals/student/{w.student_id}"), _expect(200, VIEW)),
    "goals.create": (
        Call(
            "POST",
            lambda w: "/api/goals/create",
            lambda w: {"student_id": w.student_id, "subject": "Chemistry", "title": "Learn moles"},
        ),
        _expect(201, ACT, tutor=403),
    ),
    "goals.complete": (
        Call("POST", lambda w: f"/api/goals/{w.goal_id}/complete"),
        _expect(200, ACT, tutor=403),
    ),
    "suggestions.list": (
        Call("GET", lambda w: f"/api/suggestions/student/{w.student_id}"),
        _expect(200, VIEW),
    ),
    "suggestions.accept": (
        Call("POST", lambda w: f"/api/suggestions/{w.suggestion_id}/accept"),
        _expect(201, ACT, tutor=403),
    ),
    "suggestions.dismiss": (
        Call("POST", lambda w: f"/api/suggestions/{w.suggestion_id}/dismiss"),
        _expect(200, ACT, tutor=403),
    ),
    "notifications.list": (
        Call("GET", lambda w: f"/api/notifications/student/{w.student_id}"),
        _expect(200, VIEW),
    ),
    "notifications.read": (
        Call("POST", lambda w: f"/api/notifications/{w.notification_id}/read"),
        _expect(200, ACT, tutor=403),
    ),
    "notifications.read_all": (
        Call("POST", lambda w: f"/api/notifications/student/{w.student_id}/read-all"),
        _expect(200, ACT, tutor=403),
    ),
    "tutor.routing_analyze": (
        Call(
            "POST",
            lambda w: "/api/tutor/routing/analyze",
            lambda w: {
                "student_id": w.student_id,
                "message": "I'm completely lost, can I get a tutor?",
            },
        ),
        _expect(200, ACT, tutor=403),
    ),
    "tutor.context": (
        Call("GET", lambda w: f"/api/tutor/context/student/{w.student_id}"),
        # tutors and admins only: the student themself is refused, like any student
        {**_expect(200, {"tutor", "admin"}), "owner": 403, "stranger": 403},
    ),
    "tutor.list": (Call("GET", lambda w: "/api/tutor/list"), _expect(200, AUTHED)),
    "progress.get": (
        Call("GET", lambda w: f"/api/progress/student/{w.student_id}"),
        _expect(200, VIEW),
    ),
    "reviews.list": (
        Call("GET", lambda w: f"/api/reviews/student/{w.student_id}"),
        _expect(200, VIEW),
    ),
    "chat.message": (
        Call(
            "POST",
            lambda w: "/api/chat/message",
            lambda w: {"student_id": w.student_id, "message": "What is a variable?"},
        ),
        _expect(200, ACT, tutor=403),
    ),
    # Staff only; a tutor sees figures for their own students (none of A's for other_tutor).
    "outcomes.get": (Call("GET", lambda w: "/api/outcomes"), STAFF),
    "outcomes.export": (
        Call("GET", lambda w: "/api/outcomes/export.csv?table=cohorts"),
        STAFF,
    ),
}

CASES = [(route, actor) for route in ROUTES for actor in ACTORS]


def test_the_matrix_covers_every_route(client: TestClient) -> None:
    documented = {
        (m.upper(), p)
        for p, ops in client.get("/api/openapi.json").json()["paths"].items()
        for m in ops
    }
    w = World(
        users={},
        student_id=1,
        session_id=2,
        goal_id=3,
        suggestion_id=4,
        notification_id=5,
        practice_id=6,
    )
    walked = {(c.method, c.path(w).partition("?")[0]) for c, _ in ROUTES.values()}
    templated = {
        (
            m,
            p.replace("{student_id}", "1")
            .replace("{session_id}", "2")
            .replace("{goal_id}", "3")
            .replace("{suggestion_id}", "4")
            .replace("{notification_id}", "5")
            .replace("{practice_id}", "6")
            .replace("{user_id}", "1"),
        )
        for m, p in documented
        if p != "/api/health"
    }
    assert templated == walked


@pytest.mark.parametrize(("route", "actor"), CASES, ids=[f"{r}-{a}" for r, a in CASES])
def test_route_as_actor_against_student_a(
    client: TestClient, world: World, route: str, actor: str
) -> None:
    call, expected = ROUTES[route]
    response = client.request(
        call.method,
        call.path(world),
        headers=world.headers(actor),
        json=call.body(world) if call.body else None,
    )
    assert response.status_code == expected[actor], response.text
    if response.headers["content-type"] == "application/zip":
        assert response.content.startswith(b"PK")  # a ZIP archive, only ever on success
        return
    if response.headers["content-type"].startswith("text/csv"):
        return  # a download: no JSON envelope
    if response.headers["content-type"].startswith("text/html"):
        assert route == "unsubscribe.get"  # the page a person clicking an email link sees
        return
    body = response.json()
    if response.status_code < 300:
        assert "data" in body and "error" not in body
    else:
        assert "data" not in body and isinstance(body["error"], str)
        assert body["code"] in {"unauthorized", "forbidden", "not_found"}


@pytest.mark.parametrize("actor", ["owner", "stranger", "tutor", "admin"])
def test_tutor_emails_are_shown_to_staff_only(client: TestClient, world: World, actor: str) -> None:
    rows = client.get("/api/tutor/list", headers=world.headers(actor)).json()["data"]
    assert rows and all(r["name"] for r in rows)
    emails = [r["email"] for r in rows]
    if actor in ("owner", "stranger"):
        assert emails == [None] * len(rows)
    else:
        assert all("@" in e for e in emails)
