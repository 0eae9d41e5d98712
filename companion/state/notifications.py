"""The bell's unread count and the notification centre."""

from __future__ import annotations

import dataclasses

import reflex as rx

from companion.db import session_scope
from companion.models import Notification
from companion.services.errors import DomainError, Forbidden, Unauthorized
from companion.services.notifications import (
    notification_list,
    notification_read,
    notification_read_all,
    notification_unread_count,
)
from companion.state.auth import STUDENTS, AuthState


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


class NotificationsState(AuthState):
    """Unread count (bell, every page) and /notifications."""

    unread: int = 0
    notes: list[NoteRow] = []
    loaded: bool = False

    def _fail(self, exc: DomainError):
        if isinstance(exc, Unauthorized | Forbidden):
            return self._refuse(exc)
        return rx.toast.error(exc.message)

    @rx.event
    def load_unread(self):
        """The bell: students only; other roles (and signed-out visitors) see no count."""
        try:
            with session_scope() as s:
                user = self._resolve_user(s)
                if user is None or user.role not in STUDENTS:
                    self.unread = 0
                    return
                self.unread = notification_unread_count(s, actor=user, student_id=user.id)
        except DomainError:
            self.unread = 0

    def _reload(self, s, user) -> None:
        rows, _total, self.unread = notification_list(s, actor=user, student_id=user.id, limit=50)
        self.notes = [_row(n) for n in rows]
        self.loaded = True

    @rx.event
    def load_notes(self):
        try:
            with session_scope() as s:
                self._reload(s, self._require_user(s, STUDENTS))
        except DomainError as exc:
            self.notes, self.unread = [], 0
            return self._fail(exc)
        return None

    @rx.event
    def mark_read(self, notification_id: int):
        if type(notification_id) is not int:
            return rx.toast.error("That request was not valid.")
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                notification_read(s, actor=user, notification_id=notification_id)
                self._reload(s, user)
        except DomainError as exc:
            return self._fail(exc)
        return None

    @rx.event
    def open_cta(self, notification_id: int):
        """Follow a nudge's link (stored server-side, in-app only), marking it read."""
        if type(notification_id) is not int:
            return rx.toast.error("That request was not valid.")
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                row = notification_read(s, actor=user, notification_id=notification_id)
                target = _row(row).cta
                self._reload(s, user)
        except DomainError as exc:
            return self._fail(exc)
        return rx.redirect(target) if target else None

    @rx.event
    def mark_all(self):
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                changed = notification_read_all(s, actor=user, student_id=user.id)
                self._reload(s, user)
        except DomainError as exc:
            return self._fail(exc)
        return rx.toast.success(f"Marked {changed} as read." if changed else "Nothing unread.")
