"""Uploads as JSON and as multipart, and the 2 MB limit (declared and actual size)."""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient

from companion.ai.offline.transcriptlimits import MAX_TRANSCRIPT_BYTES
from companion.api.routes import transcripts as routes
from companion.services.sessions import TOO_LARGE
from tests.api.conftest import World

VTT = (
    b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Tutor>Let's solve 2x + 3 = 7.\n\n"
    b"00:00:05.000 --> 00:00:08.000\n<v Student>Subtract 3, then x = 2.\n"
)
FIELDS = {"subject": "Algebra I", "date": "2026-11-03"}


def test_json_upload_defaults_to_the_caller_and_lists_it(client: TestClient, world: World):
    headers = world.headers("owner")
    response = client.post(
        "/api/transcripts/upload",
        headers=headers,
        json={**FIELDS, "content": "Tutor: Hi.\nStudent: Hello."},
    )
    assert response.status_code == 201, response.text
    created = response.json()["data"]
    assert created["student_id"] == world.student_id
    listing = client.get(f"/api/transcripts/student/{world.student_id}", headers=headers).json()
    assert listing["metadata"]["total"] == 2
    assert created["id"] in [item["session"]["id"] for item in listing["data"]]
    detail = client.get(f"/api/transcripts/{created['id']}", headers=headers).json()["data"]
    assert detail["transcript"]["content"].startswith("Tutor: Hi.")
    assert detail["transcript"]["status"] == "pending"


def test_multipart_file_upload_keeps_the_format(client: TestClient, world: World):
    response = client.post(
        "/api/transcripts/upload",
        headers=world.headers("owner"),
        data={**FIELDS, "duration_min": "45"},
        files={"file": ("lesson.vtt", VTT, "text/vtt")},
    )
    assert response.status_code == 201, response.text
    assert response.json()["data"]["duration_min"] == 45
    detail = client.get(
        f"/api/transcripts/{response.json()['data']['id']}", headers=world.headers("owner")
    ).json()["data"]
    assert detail["transcript"]["source"] == "vtt"


def test_multipart_with_text_instead_of_a_file(client: TestClient, world: World):
    response = client.post(
        "/api/transcripts/upload",
        headers=world.headers("owner"),
        data={**FIELDS, "content": "Tutor: Hi.\nStudent: Hello."},
        files={"unused": ("x", b"", "text/plain")},
    )
    assert response.status_code == 201, response.text


def test_multipart_without_file_or_content_is_422(client: TestClient, world: World):
    response = client.post(
        "/api/transcripts/upload",
        headers=world.headers("owner"),
        data=FIELDS,
        files={"other": ("x.txt", b"hi", "text/plain")},
    )
    assert response.status_code == 422 and "file" in response.json()["details"]


def test_missing_fields_are_422_with_details(client: TestClient, world: World):
    response = client.post(
        "/api/transcripts/upload", headers=world.headers("owner"), json={"content": "Tutor: hi"}
    )
    assert response.status_code == 422
    assert set(response.json()["details"]) == {"subject", "date"}


def test_other_content_types_are_415(client: TestClient, world: World):
    response = client.post(
        "/api/transcripts/upload",
        content=b"Tutor: hi",
        headers={**world.headers("owner"), "Content-Type": "text/plain"},
    )
    assert response.status_code == 415 and response.json()["code"] == "unsupported_media_type"


def test_an_oversized_file_is_413(client: TestClient, world: World):
    big = b"Tutor: " + b"x" * (MAX_TRANSCRIPT_BYTES + 10)
    response = client.post(
        "/api/transcripts/upload",
        headers=world.headers("owner"),
        data=FIELDS,
        files={"file": ("big.txt", big, "text/plain")},
    )
    assert response.status_code == 413
    assert response.json() == {"error": TOO_LARGE, "code": "too_large"}


def test_oversized_json_text_is_413(client: TestClient, world: World):
    text = "Tutor: " + "y" * (MAX_TRANSCRIPT_BYTES + 100)
    response = client.post(
        "/api/transcripts/upload", headers=world.headers("owner"), json={**FIELDS, "content": text}
    )
    assert response.status_code == 413


def test_a_declared_length_over_the_limit_is_refused_before_reading(
    client: TestClient, world: World
):
    headers = {
        **world.headers("owner"),
        "Content-Type": "application/json",
        "Content-Length": str(50 * 1024 * 1024),
    }
    response = client.post("/api/transcripts/upload", headers=headers, content=b"{}")
    assert response.status_code == 413


def test_a_chunked_body_over_the_limit_is_413(client: TestClient, world: World):
    def chunks():
        yield b'{"subject": "A", "date": "2026-11-03", "content": "'
        for _ in range(40):
            yield b"z" * 65536
        yield b'"}'

    headers = {**world.headers("owner"), "Content-Type": "application/json"}
    response = client.post("/api/transcripts/upload", headers=headers, content=chunks())
    assert response.status_code == 413


def test_a_tutor_cannot_upload_for_someone_elses_student(client: TestClient, world: World):
    response = client.post(
        "/api/transcripts/upload",
        headers=world.headers("other_tutor"),
        json={**FIELDS, "student_id": world.student_id, "content": "Tutor: x"},
    )
    assert response.status_code == 404 and "data" not in response.json()


def test_the_upload_body_is_parsed_off_the_event_loop(
    client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch
):
    """Up to 2 MB of JSON or multipart is parsed in a worker thread: the loop that runs it
    serves every other student's events meanwhile."""
    threads: dict[str, int] = {}

    def recording(name: str, real):
        def wrapper(*args, **kwargs):
            threads.setdefault(name, threading.get_ident())
            return real(*args, **kwargs)

        return wrapper

    # decode_token runs in the dependency itself, on the loop
    monkeypatch.setattr(routes, "decode_token", recording("loop", routes.decode_token))
    monkeypatch.setattr(routes, "loads_bounded", recording("json", routes.loads_bounded))
    monkeypatch.setattr(routes.Request, "form", recording("form", routes.Request.form))
    headers = world.headers("owner")
    response = client.post(
        "/api/transcripts/upload", headers=headers, json={**FIELDS, "content": "Tutor: Hi."}
    )
    assert response.status_code == 201, response.text
    response = client.post(
        "/api/transcripts/upload",
        headers=headers,
        data=FIELDS,
        files={"file": ("lesson.vtt", VTT, "text/vtt")},
    )
    assert response.status_code == 201, response.text
    assert threads.keys() == {"loop", "json", "form"}
    assert threads["json"] != threads["loop"] and threads["form"] != threads["loop"]
