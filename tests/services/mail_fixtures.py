"""Mail test helpers: settings pointed at a temp outbox or at a real local SMTP server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from companion.settings import get_settings

SMTP_USER, SMTP_PASSWORD = "mailer", "s3cret pass"


class Inbox:
    """What the SMTP server received, and which login it accepted."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.logins: list[str] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # aiosmtpd's hook name
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"

    def authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = auth_data.login == SMTP_USER.encode() and auth_data.password == SMTP_PASSWORD.encode()
        if ok:
            self.logins.append(auth_data.login.decode())
        return AuthResult(success=ok)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def use_settings(monkeypatch: pytest.MonkeyPatch, **env: str) -> None:
    """Re-read settings with these environment variables (the cache is cleared after)."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()


@pytest.fixture
def outbox(tmp_path, monkeypatch) -> Iterator:
    """No SMTP configured: mail goes to a temporary outbox folder."""
    folder = tmp_path / "outbox"
    use_settings(monkeypatch, MAIL_OUTBOX=str(folder), SMTP_URL="", MAIL_FROM="")
    yield folder
    get_settings.cache_clear()


@pytest.fixture
def smtp_inbox(monkeypatch) -> Iterator[Inbox]:
    """A real SMTP server on 127.0.0.1 requiring a login; settings point at it."""
    inbox, port = Inbox(), _free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=inbox.authenticate,
        auth_require_tls=False,
    )
    controller.start()
    use_settings(
        monkeypatch,
        SMTP_URL=f"smtp://{SMTP_USER}:s3cret%20pass@127.0.0.1:{port}",
        MAIL_FROM="Study Companion <companion@example.com>",
    )
    yield inbox
    controller.stop()
    get_settings.cache_clear()
