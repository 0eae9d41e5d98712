"""The bell's unread count and the notification centre."""

from __future__ import annotations

import dataclasses

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.models import Notification, User
from companion.services.notifications import (
    notification_list,
    notification_read,
    notification_read_all,
    notification_unread_count,
)
from companion.state import live
from companion.state.auth import STUDENTS, AuthState

NOTIFICATION = ("notification",)
BAD_REQUEST = "That request was not valid."


@dataclasses.dataclass
class NoteRow:
    id: int
    title: str
    message: str
    cta: str
    cta_label: str
    urgency: str
    read: bool
    when: str
    type: str


def _row(n: Notification) -> NoteRow:
    cta = n.cta if n.cta and n.cta.startswith("/") and not n.cta.startswith("//") else ""
    return NoteRow(
        n.id,
        n.title,
        n.message,
        cta,
        n.cta_label or "Open",
        n.urgency,
        n.read,
        f"{n.created_at:%d %b, %H:%M}",
        n.type,
    )


def _notes(db: Session, user: User) -> tuple[list[NoteRow], int]:
    rows, _total, unread = notification_list(db, actor=user, student_id=user.id, limit=50)
    return [_row(n) for n in rows], unread


def _unread(db: Session, user: User) -> int:
    return notification_unread_count(db, actor=user, student_id=user.id)


class NotificationsState(AuthState):
    """Unread count (bell, every page) and /notifications; new ones arrive live."""

    unread: int = 0
    notes: list[NoteRow] = []
    loaded: bool = False

    @rx.event
    async def load_unread(self):
        """The bell: students only; other roles (and signed-out visitors) see no count."""
        live.reading(self, NotificationsState.on_live, NOTIFICATION)
        out = await self._call(_unread, STUDENTS, on_error=lambda exc: None)
        self.unread = out.value if out.ok else 0
        if out.ok:
            live.follow(self, NotificationsState.on_live, NOTIFICATION)

    @rx.event
    async def on_live(self, kind: str = ""):
        """Sent by the live watcher when a notification arrived: the bell (and list) update."""
        on_page = self.router.route_id == routes.NOTIFICATIONS
        out = await self._call(_notes if on_page else _unread, STUDENTS, on_error=lambda e: None)
        if not out.ok:
            return None
        if on_page:
            self.notes, self.unread = out.value
        else:
            self.unread = out.value
        return None

    def _take(self, value: tuple[list[NoteRow], int]) -> None:
        self.notes, self.unread = value
        self.loaded = True

    @rx.event
    async def load_notes(self):
        out = await self._call(_notes, STUDENTS)
        if not out.ok:
            self.notes, self.unread = [], 0
            return out.feedback
        self._take(out.value)
        return None

    @rx.event
    async def mark_read(self, notification_id: int):
        if type(notification_id) is not int:
            return rx.toast.error(BAD_REQUEST)

        def work(db: Session, user: User) -> tuple[list[NoteRow], int]:
            notification_read(db, actor=user, notification_id=notification_id)
            return _notes(db, user)

        out = await self._call(work, STUDENTS)
        if out.ok:
            self._take(out.value)
        return out.feedback

    @rx.event
    async def open_cta(self, notification_id: int):
        """Follow a nudge's link (stored server-side, in-app only), marking it read."""
        if type(notification_id) is not int:
            return rx.toast.error(BAD_REQUEST)

        def work(db: Session, user: User):
            target = _row(notification_read(db, actor=user, notification_id=notification_id)).cta
            return target, _notes(db, user)

        out = await self._call(work, STUDENTS)
        if not out.ok:
            return out.feedback
        target, notes = out.value
        self._take(notes)
        return rx.redirect(target) if target else None

    @rx.event
    async def mark_all(self):
        def work(db: Session, user: User):
            return notification_read_all(db, actor=user, student_id=user.id), _notes(db, user)

        out = await self._call(work, STUDENTS)
        if not out.ok:
            return out.feedback
        changed, notes = out.value
        self._take(notes)
        return rx.toast.success(f"Marked {changed} as read." if changed else "Nothing unread.")
