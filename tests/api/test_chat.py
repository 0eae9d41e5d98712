"""Chat: a JSON reply, and the same reply streamed as server-sent events."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from companion import db
from companion.models import ChatMessage
from tests.api.conftest import World

QUESTION = "Can you explain how to solve linear equations step by step?"


def _messages(student_id: int) -> list[ChatMessage]:
    with Session(db.get_engine()) as s:
        return list(
            s.exec(
                select(ChatMessage)
                .where(ChatMessage.student_id == student_id)
                .order_by(ChatMessage.id)
            ).all()
        )


def _events(raw: str) -> list[tuple[str, dict]]:
    events = []
    for block in raw.strip().split("\n\n"):
        name, data = "message", ""
        for line in block.splitlines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data += line[6:]
        events.append((name, json.loads(data)))
    return events


def test_json_chat_returns_the_reply_and_stores_both_turns(client: TestClient, world: World):
    response = client.post(
        "/api/chat/message", headers=world.headers("owner"), json={"message": QUESTION}
    )
    assert response.status_code == 200, response.text
    reply = response.json()["data"]
    assert reply["text"] and reply["engine"]
    assert [m.role for m in _messages(world.student_id)][-2:] == ["user", "assistant"]


def test_streamed_chat_sends_several_chunks_then_done(client: TestClient, world: World):
    headers = {**world.headers("owner"), "Accept": "text/event-stream"}
    with client.stream(
        "POST", "/api/chat/message", headers=headers, json={"message": QUESTION}
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = _events(response.read().decode())
    chunks = [data for name, data in events if name == "message"]
    assert len(chunks) >= 2 and all("text" in c for c in chunks)
    name, done = events[-1]
    assert name == "done"
    stored = _messages(world.student_id)
    assert stored[-1].id == done["id"] and stored[-1].role == "assistant"
    assert stored[-1].content == "".join(c["text"] for c in chunks)
    assert stored[-2].role == "user" and stored[-2].content == QUESTION


def test_streamed_chat_for_someone_else_is_refused_before_streaming(
    client: TestClient, world: World
):
    headers = {**world.headers("stranger"), "Accept": "text/event-stream"}
    response = client.post(
        "/api/chat/message",
        headers=headers,
        json={"student_id": world.student_id, "message": QUESTION},
    )
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")


def test_the_json_reply_is_produced_with_no_database_connection_checked_out(
    client: TestClient, world: World, connections_during
):
    seen = connections_during("chat")
    response = client.post(
        "/api/chat/message", headers=world.headers("owner"), json={"message": QUESTION}
    )
    assert response.status_code == 200, response.text
    assert seen and set(seen) == {0}  # the call and every piece: no transaction, no row lock
    stored = _messages(world.student_id)[-2:]
    assert [m.role for m in stored] == ["user", "assistant"]
    assert stored[-1].content == response.json()["data"]["text"]


def test_the_streamed_reply_is_produced_with_no_database_connection_checked_out(
    client: TestClient, world: World, connections_during
):
    seen = connections_during("chat")
    headers = {**world.headers("owner"), "Accept": "text/event-stream"}
    with client.stream(
        "POST", "/api/chat/message", headers=headers, json={"message": QUESTION}
    ) as response:
        events = _events(response.read().decode())
    assert events[-1][0] == "done"
    assert seen and set(seen) == {0}
