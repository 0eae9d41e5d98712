"""Email: queued in the caller's transaction, delivered by the `mail.send` job.

Nothing here sends from a request or an event handler: `mail_queue` only adds a job, and
the job (jobs/handlers.py) calls `mail_deliver`, with the queue's retries. With `SMTP_URL`
and `MAIL_FROM` set, mail goes out by SMTP; otherwise each message is written to the
outbox folder, which admins read at /admin/mail so a one-machine install still works.

SMTP_URL's scheme says how the connection is protected: `smtps://` is TLS from the first
byte (port 465), `smtp+starttls://` requires STARTTLS (port 587) and sends nothing if the
server does not offer it, `smtp://` upgrades with STARTTLS when offered (port 25). The
server's certificate is checked against the system's CAs (or SSL_CERT_FILE's).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import uuid
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy import event
from sqlmodel import Session

from companion.clock import utcnow
from companion.models import Job, User
from companion.services.access import require_admin
from companion.settings import get_settings
from jobs.queue import enqueue

log = logging.getLogger(__name__)

MAIL_KIND = "mail.send"
DEFAULT_FROM = "Study Companion <no-reply@localhost>"
SMTP_TIMEOUT = 30.0
OUTBOX_SHOWN = 200
ACCOUNT_HEADER = "X-Companion-Account"  # in outbox files: the account a mail concerns


@dataclass(frozen=True)
class OutboxMail:
    """One message in the outbox, as the admin page shows it."""

    name: str
    to: str
    subject: str
    at: datetime
    text: str


def mail_queue(
    db: Session,
    *,
    to: str,
    subject: str,
    text: str,
    key: str,
    headers: dict[str, str] | None = None,
    run_after: datetime | None = None,
    html: str | None = None,
    account: int | None = None,
) -> Job:
    """Queue one message (plain text, and HTML when given) in the caller's transaction
    (the same key twice: one). `account`: the user it concerns when `to` may not be that
    user's address (deleting the account removes the mail, queued or in the outbox)."""
    payload = mail_payload(to=to, subject=subject, text=text, headers=headers, html=html)
    if account is not None:
        payload["account"] = account
    return enqueue(db, kind=MAIL_KIND, payload=payload, idempotency_key=key, run_after=run_after)


def mail_payload(
    *, to: str, subject: str, text: str, headers: dict[str, str] | None, html: str | None = None
) -> dict:
    """The `mail.send` job's payload for one message."""
    payload = {"to": to, "subject": subject, "text": text, "headers": dict(headers or {})}
    if html:
        payload["html"] = html
    return payload


def mail_build(payload: dict) -> EmailMessage:
    """The message a queued payload describes."""
    message = EmailMessage()
    message["From"] = get_settings().mail_from or DEFAULT_FROM
    message["To"] = str(payload["to"])
    message["Subject"] = str(payload["subject"])
    message["Date"] = format_datetime(utcnow())
    for name, value in (payload.get("headers") or {}).items():
        message[name] = str(value)
    message.set_content(str(payload["text"]))
    if payload.get("html"):
        message.add_alternative(str(payload["html"]), subtype="html")
    return message


SMTP_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}


class StartTLSMissing(smtplib.SMTPNotSupportedError):
    """SMTP_URL requires STARTTLS and the server does not offer it (nothing was sent)."""


def _secure(client: smtplib.SMTP, scheme: str, where: str) -> None:
    client.ehlo()
    if scheme == "smtps":
        return  # TLS from the first byte
    if client.has_extn("starttls"):
        client.starttls(context=ssl.create_default_context())
        client.ehlo()
    elif scheme == "smtp+starttls":
        raise StartTLSMissing(
            f"{where} does not offer STARTTLS, which SMTP_URL (smtp+starttls://) requires; "
            "nothing was sent"
        )


def smtp_open(url: str, *, timeout: float = SMTP_TIMEOUT) -> smtplib.SMTP:
    """A connection to SMTP_URL's server, protected as its scheme says, logged in when the
    URL names a user. The caller closes it (`with smtp_open(url) as client:`)."""
    parts = urlsplit(url)
    if parts.scheme not in SMTP_PORTS:
        raise ValueError("SMTP_URL must start with smtp://, smtp+starttls:// or smtps://")
    host, port = parts.hostname or "localhost", parts.port or SMTP_PORTS[parts.scheme]
    client = (
        smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
        if parts.scheme == "smtps"
        else smtplib.SMTP(host, port, timeout=timeout)
    )
    try:
        _secure(client, parts.scheme, f"{host}:{port}")
        if parts.username:
            client.login(unquote(parts.username), unquote(parts.password or ""))
    except BaseException:
        client.close()
        raise
    return client


def _smtp_send(url: str, message: EmailMessage) -> None:
    with smtp_open(url) as client:
        client.send_message(message)


def outbox_dir() -> Path:
    """The folder unsent mail is written to when SMTP is not configured."""
    return Path(get_settings().mail_outbox)


def _write_outbox(message: EmailMessage, account: object) -> Path:
    if isinstance(account, int):  # outbox files only: SMTP mail never names internal ids
        message[ACCOUNT_HEADER] = str(account)
    folder = outbox_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{utcnow():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}.eml"
    path.write_bytes(message.as_bytes())
    return path


def mail_deliver(payload: dict) -> str:
    """Send a queued message: by SMTP when configured, else into the outbox. Says which."""
    message = mail_build(payload)
    settings = get_settings()
    if settings.smtp_url and settings.mail_from:
        _smtp_send(settings.smtp_url, message)
        return "smtp"
    return str(_write_outbox(message, payload.get("account")))


def _read(path: Path) -> OutboxMail:
    message = BytesParser(policy=default_policy).parsebytes(path.read_bytes())
    body = message.get_body(preferencelist=("plain",))
    return OutboxMail(
        name=path.name,
        to=str(message["To"] or ""),
        subject=str(message["Subject"] or ""),
        at=parsedate_to_datetime(str(message["Date"])),
        text=body.get_content() if body is not None else "",
    )


def outbox_list(*, actor: User) -> list[OutboxMail]:
    """The newest messages in the outbox (admins only)."""
    require_admin(actor)
    folder = outbox_dir()
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob("*.eml"), reverse=True)[:OUTBOX_SHOWN]
    return [_read(p) for p in paths]


def _concerns(path: Path, addresses: set[str], account: int) -> bool:
    headers = BytesParser(policy=default_policy).parsebytes(path.read_bytes(), headersonly=True)
    to = {addr.lower() for _, addr in getaddresses([str(headers["To"] or "")])}
    return bool(to & addresses) or str(headers[ACCOUNT_HEADER] or "") == str(account)


def outbox_forget(*, addresses: set[str], account: int) -> int:
    """Remove every outbox file addressed to one of `addresses` or written for `account`;
    how many. Safe to repeat: a file already gone is skipped."""
    folder, wanted, removed = outbox_dir(), {a.lower() for a in addresses}, 0
    for path in sorted(folder.glob("*.eml")) if folder.is_dir() else []:
        try:
            if _concerns(path, wanted, account):
                path.unlink(missing_ok=True)
                removed += 1
        except OSError:  # gone meanwhile, or unreadable: the rest are still removed
            log.warning("outbox: could not check or remove %s", path.name, exc_info=True)
    return removed


_FORGET = "outbox_forget"


def _forget_committed(session: Session) -> None:
    for addresses, account in session.info.pop(_FORGET, []):
        outbox_forget(addresses=addresses, account=account)


def _forget_rolled_back(session: Session) -> None:
    session.info.pop(_FORGET, None)


def outbox_forget_on_commit(db: Session, *, addresses: set[str], account: int) -> None:
    """Remove the account's outbox files once `db` commits (nothing if it rolls back)."""
    if _FORGET not in db.info:
        if not event.contains(db, "after_commit", _forget_committed):
            event.listen(db, "after_commit", _forget_committed)
            event.listen(db, "after_rollback", _forget_rolled_back)
        db.info[_FORGET] = []
    db.info[_FORGET].append((set(addresses), account))
