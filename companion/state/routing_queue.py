"""/tutor/routing: the open requests of a tutor's students, to accept (optionally scheduled) or close.

Request ids come from the form, so from the client: they are checked here, and the services
refuse a request of someone else's student.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.clock import utcnow
from companion.db import session_scope
from companion.models import User
from companion.services.errors import DomainError, Forbidden, Invalid, Unauthorized
from companion.services.routing import routing_accept, routing_close, routing_list
from companion.services.tutors import tutor_students
from companion.state.auth import TUTORS, AuthState
from companion.state.staff import BAD_REQUEST, aware, form_text, load_as, positive_id, short_time


@dataclasses.dataclass
class RequestRow:
    id: int
    student_name: str
    student_url: str
    urgency: str
    topic: str
    est_minutes: int
    reason: str
    preferred_time: str
    created: str


def parse_when(value: str, now: datetime) -> datetime | None:
    """A 'YYYY-MM-DDTHH:MM' (UTC) from the form: None when empty, Invalid when wrong or past."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise Invalid(
            "Use a date and time like 2026-11-30 16:00.", details={"when": "bad format"}
        ) from None
    moment = aware(moment).astimezone(UTC)
    if moment < now:
        raise Invalid("Pick a time in the future.", details={"when": "in the past"})
    if moment.year > now.year + 1:
        raise Invalid("Pick a time within the next year.", details={"when": "too far"})
    return moment


class RoutingState(AuthState):
    """/tutor/routing: open requests of my students, to accept (optionally scheduled) or close."""

    requests: list[RequestRow] = []
    loaded: bool = False
    busy_id: int = 0

    def _load(self, s: Session, tutor: User) -> None:
        names = {item.student.id: item.student.name for item in tutor_students(s, actor=tutor)}
        self.requests = [
            RequestRow(
                id=r.id,
                student_name=names.get(r.student_id, "A student"),
                student_url=routes.tutor_student_url(r.student_id),
                urgency=r.urgency,
                topic=r.topic or "(no topic given)",
                est_minutes=r.est_minutes,
                reason=r.reason,
                preferred_time=r.preferred_time or "",
                created=short_time(r.created_at),
            )
            for r in routing_list(s, actor=tutor, status="open")
        ]
        self.loaded = True

    def _forget(self) -> None:
        self.requests = []

    @rx.event
    def load_queue(self):
        """on_load of /tutor/routing."""
        return load_as(self, TUTORS, self._load, self._forget)

    def _act(self, request_id: int, work) -> rx.event.EventSpec | None:
        self.busy_id = request_id
        try:
            with session_scope() as s:
                tutor = self._require_user(s, TUTORS)
                message = work(s, tutor)
                self._load(s, tutor)
        except (Unauthorized, Forbidden) as exc:
            return self._refuse(exc)
        except DomainError as exc:
            return rx.toast.error(exc.message)
        finally:
            self.busy_id = 0
        return rx.toast.success(message)

    @rx.event
    def accept(self, form: dict):
        """Take a request; with a date and time it is scheduled. The student is notified."""
        request_id = positive_id(form_text(form, "request_id", 20))
        when_text = form_text(form, "when", 40).strip()
        if request_id is None:
            return rx.toast.error(BAD_REQUEST)

        def work(s: Session, tutor: User) -> str:
            when = parse_when(when_text, utcnow())
            row = routing_accept(s, actor=tutor, request_id=request_id, scheduled_for=when)
            at = f" for {short_time(when)}" if when else ""
            return f"You took the request about {row.topic or 'their studies'}{at}."

        return self._act(request_id, work)

    @rx.event
    def close(self, form: dict):
        """Close a request with a note (why, or what was done)."""
        request_id = positive_id(form_text(form, "request_id", 20))
        note = form_text(form, "note", 1000)
        if request_id is None:
            return rx.toast.error(BAD_REQUEST)

        def work(s: Session, tutor: User) -> str:
            routing_close(s, actor=tutor, request_id=request_id, note=note.strip())
            return "Request closed."

        return self._act(request_id, work)
