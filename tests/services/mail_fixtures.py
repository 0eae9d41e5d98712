"""Mail test helpers: settings pointed at a temp outbox or at a real local SMTP server
(plain, STARTTLS or implicit TLS, with a self-signed certificate made for the test)."""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlmodel import Session, select

from companion import db
from companion.models import Job
from companion.services.mail import MAIL_KIND
from companion.settings import get_settings

SMTP_USER, SMTP_PASSWORD = "mailer", "s3cret pass"


class Inbox:
    """What the SMTP server received, and which login it accepted."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.logins: list[str] = []
        self.tls: list[str | None] = []  # per message: the TLS version it came over, or None

    async def handle_DATA(self, server, session, envelope) -> str:  # aiosmtpd's hook name
        self.messages.append(message_from_bytes(envelope.content))
        tls = server.transport.get_extra_info("ssl_object")
        self.tls.append(tls.version() if tls is not None else None)
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


def run_mail_worker() -> Job:
    """Let a worker run the queued mail job once (no retry waits); the job afterwards."""
    from jobs.worker import Worker, default_handlers

    handlers, on_dead = default_handlers()
    worker = Worker(handlers=handlers, on_dead=on_dead, poll_interval=0.05)
    worker.drain()
    assert worker.wait_idle(60)
    with Session(db.get_engine()) as s:
        return s.exec(select(Job).where(Job.kind == MAIL_KIND)).one()


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


MAIL_FROM = "Study Companion <companion@example.com>"


@pytest.fixture
def smtp_inbox(monkeypatch) -> Iterator[Inbox]:
    """A real SMTP server on 127.0.0.1 requiring a login; settings point at it."""
    with smtp_server("none") as (inbox, port):
        use_settings(monkeypatch, SMTP_URL=smtp_url("smtp", port), MAIL_FROM=MAIL_FROM)
        yield inbox
    get_settings.cache_clear()


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by its own key (cert.pem, key.pem in `folder`)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@contextlib.contextmanager
def smtp_server(tls: str, certificate: tuple[Path, Path] | None = None) -> Iterator[tuple]:
    """A real SMTP server on 127.0.0.1 requiring a login: `tls` is "none", "starttls"
    (required before any mail or login) or "implicit" (TLS from the first byte).
    Yields (inbox, port)."""
    context = None
    if certificate is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*certificate)
    kwargs: dict = {"auth_require_tls": False}
    if tls == "starttls":
        kwargs = {"tls_context": context, "require_starttls": True, "auth_require_tls": True}
    elif tls == "implicit":
        kwargs["ssl_context"] = context
    inbox, port = Inbox(), _free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=inbox.authenticate, **kwargs
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def smtp_url(scheme: str, port: int) -> str:
    """SMTP_URL for the test server's login."""
    return f"{scheme}://{SMTP_USER}:s3cret%20pass@127.0.0.1:{port}"
