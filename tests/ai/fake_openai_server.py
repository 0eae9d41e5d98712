"""A real OpenAI-compatible HTTP server on 127.0.0.1, scripted per test, recording requests."""

from __future__ import annotations

import contextlib
import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

USAGE = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}


@dataclass
class Reply:
    """One scripted response: a status, message content or stream pieces, and headers."""

    status: int = 200
    content: str = ""
    pieces: list[str] = field(default_factory=list)
    usage: dict[str, int] | None = field(default_factory=lambda: dict(USAGE))
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    broken_after_pieces: bool = False
    refusal: str | None = None  # the message's refusal field (structured-output refusals)
    finish_reason: str = "stop"


def completion(content: dict[str, Any] | str, usage: dict[str, int] | None = USAGE) -> Reply:
    """A 200 completion whose message content is the JSON of `content` (or the raw text)."""
    text = content if isinstance(content, str) else json.dumps(content)
    return Reply(content=text, usage=dict(usage) if usage else None)


def stream(
    pieces: list[str], usage: dict[str, int] | None = USAGE, *, broken: bool = False
) -> Reply:
    """SSE chunks, then usage (only when asked for) and [DONE], or a garbled event if broken."""
    usage_copy = dict(usage) if usage else None
    return Reply(pieces=list(pieces), usage=usage_copy, broken_after_pieces=broken)


def refusal(text: str = "I'm sorry, but I can't help with that.") -> Reply:
    """A refusal as OpenAI sends it: no content, the reason in message.refusal."""
    return Reply(content="", refusal=text)


def filtered() -> Reply:
    """A reply the server's content filter cut off."""
    return Reply(content="", finish_reason="content_filter")


def recorded(name: str) -> Reply:
    """A recorded realistic reply from tests/fixtures/openai_replies.json, by name."""
    raw = _RECORDED[name]
    text = raw["content"] if isinstance(raw["content"], str) else json.dumps(raw["content"])
    return Reply(
        content=text,
        refusal=raw.get("refusal"),
        finish_reason=raw.get("finish_reason", "stop"),
        delay=raw.get("delay", 0.0),
    )


_RECORDED: dict[str, Any] = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "openai_replies.json").read_text(encoding="utf-8")
)


def error(status: int, retry_after: str | None = None) -> Reply:
    """An error status with an OpenAI-style error body and an optional Retry-After."""
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return Reply(status=status, headers=headers)


def slow(seconds: float) -> Reply:
    """A reply that only starts after `seconds`, longer than the client's timeout."""
    return Reply(content='{"late": true}', delay=seconds)


UNSCRIPTED = Reply(status=418, content="no scripted reply left")


class FakeOpenAIServer:
    """POST /v1/chat/completions on an ephemeral loopback port, in a thread."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.models: list[str] = ["gpt-4o-mini"]  # what GET /v1/models lists
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        """The URL a client uses as its OpenAI base URL."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def script(self, *replies: Reply) -> None:
        """Queue replies, answered in order, one per request."""
        with self._lock:
            self._replies.extend(replies)

    def next_reply(self, body: dict[str, Any], headers: dict[str, str]) -> Reply:
        """Record a request and take the next scripted reply."""
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
            return self._replies.popleft() if self._replies else UNSCRIPTED

    def wait(self, seconds: float) -> None:
        """Sleep in a handler, cut short when the server closes."""
        self._closing.wait(seconds)

    def _serve(self) -> None:
        """Serve until closed, polling often so closing is quick."""
        self._httpd.serve_forever(poll_interval=0.02)

    def __enter__(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def _handler_for(server: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to one fake server."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/v1/models":
                self._send_json(404, {"error": {"message": "not found"}})
                return
            data = [{"id": m, "object": "model", "owned_by": "fake"} for m in server.models]
            self._send_json(200, {"object": "list", "data": data})

        def do_POST(self) -> None:
            if self.path != "/v1/chat/completions":
                self._send_json(404, {"error": {"message": "not found"}})
                return
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length))
            reply = server.next_reply(body, {k.lower(): v for k, v in self.headers.items()})
            if reply.delay:
                server.wait(reply.delay)
            with contextlib.suppress(OSError):  # the client gave up (timeout)
                self._answer(body, reply)

        def _answer(self, body: dict[str, Any], reply: Reply) -> None:
            if reply.status != 200:
                err = {"message": reply.content or f"status {reply.status}", "type": "fake"}
                self._send_json(reply.status, {"error": err}, reply.headers)
            elif body.get("stream"):
                self._send_stream(body, reply)
            else:
                self._send_json(200, _completion_body(body, reply))

        def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None):
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def _send_stream(self, body: dict[str, Any], reply: Reply) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for piece in reply.pieces or [reply.content]:
                self._event(_chunk(body, [{"index": 0, "delta": {"content": piece}}]))
            if reply.broken_after_pieces:
                self.wfile.write(b"data: {garbled\n\n")
                return
            wants_usage = (body.get("stream_options") or {}).get("include_usage")
            if wants_usage and reply.usage:
                self._event({**_chunk(body, []), "usage": reply.usage})
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

        def _event(self, payload: dict[str, Any]) -> None:
            self.wfile.write(f"data: {json.dumps(payload)}\n\n".encode())
            self.wfile.flush()

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

    return Handler


def _chunk(body: dict[str, Any], choices: list[dict[str, Any]]) -> dict[str, Any]:
    """One chat.completion.chunk."""
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": body.get("model", ""),
        "choices": choices,
    }


def _completion_body(body: dict[str, Any], reply: Reply) -> dict[str, Any]:
    """One chat.completion with the scripted content and usage."""
    message = {"role": "assistant", "content": reply.content or None, "refusal": reply.refusal}
    payload: dict[str, Any] = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", ""),
        "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
    }
    if reply.usage:
        payload["usage"] = reply.usage
    return payload
