"""/admin/mail: the mail outbox, for installs without SMTP (reset links can be clicked)."""

from __future__ import annotations

import dataclasses
import re

import reflex as rx
from sqlmodel import Session

from companion.models import User
from companion.services.mail import OutboxMail, outbox_list
from companion.settings import get_settings
from companion.state.auth import ADMINS, AuthState
from companion.state.staff import short_time

_URL = re.compile(r"https?://\S+")


@dataclasses.dataclass
class MailRow:
    name: str
    recipient: str
    subject: str
    at: str
    text: str
    links: list[str]


def _own_links(text: str) -> list[str]:
    # Only links into this app become clickable; any other URL stays plain text.
    base = get_settings().app_url + "/"
    return [u for u in _URL.findall(text) if u.startswith(base)]


def _row(mail: OutboxMail) -> MailRow:
    return MailRow(
        mail.name, mail.to, mail.subject, short_time(mail.at), mail.text, _own_links(mail.text)
    )


def _rows(db: Session, admin: User) -> list[MailRow]:
    return [_row(m) for m in outbox_list(actor=admin)]


class AdminMailState(AuthState):
    """The newest messages written to the outbox."""

    mails: list[MailRow] = []
    loaded: bool = False

    @rx.event
    async def load_mail(self):
        """on_load of /admin/mail (and the Refresh button)."""
        out = await self._call(_rows, ADMINS)
        self.mails = out.value if out.ok else []
        self.loaded = out.ok
        return out.feedback
