"""Every route, called as each actor against student A's resources: a permission matrix.

A foreign id answers 404 (existence is not revealed) or 403 (visible but not yours), and
never carries data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import ACTORS, World
from tests.factories import PASSWORD


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
        _expect(200, VIEW),
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
    walked = {(c.method, c.path(w).split("?")[0]) for c, _ in ROUTES.values()}
    templated = {
        (
            m,
            p.replace("{student_id}", "1")
            .replace("{session_id}", "2")
            .replace("{goal_id}", "3")
            .replace("{suggestion_id}", "4")
            .replace("{notification_id}", "5")
            .replace("{practice_id}", "6"),
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
    if response.headers["content-type"].startswith("text/csv"):
        return  # a download: no JSON envelope
    body = response.json()
    if response.status_code < 300:
        assert "data" in body and "error" not in body
    else:
        assert "data" not in body and isinstance(body["error"], str)
        assert body["code"] in {"unauthorized", "forbidden", "not_found"}
