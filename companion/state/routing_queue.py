"""/tutor/routing: the open requests of a tutor's students, to accept (optionally scheduled) or close.

Request ids come from the form, so from the client: they are checked here, and the services
refuse a request of someone else's student.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.clock import utcnow
from companion.models import User
from companion.services.errors import Invalid
from companion.services.listings import requests_page
from companion.services.routing import routing_accept, routing_close
from companion.state.auth import TUTORS, AuthState
from companion.state.staff import BAD_REQUEST, aware, form_text, positive_id, refused, short_time


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


def _queue(db: Session, tutor: User) -> list[RequestRow]:
    return [
        RequestRow(
            id=r.id,
            student_name=r.student_name,
            student_url=routes.tutor_student_url(r.student_id),
            urgency=r.urgency,
            topic=r.topic or "(no topic given)",
            est_minutes=r.est_minutes,
            reason=r.reason,
            preferred_time=r.preferred_time or "",
            created=short_time(r.created_at),
        )
        for r in requests_page(db, actor=tutor).rows
    ]


class RoutingState(AuthState):
    """/tutor/routing: open requests of my students, to accept (optionally scheduled) or close."""

    requests: list[RequestRow] = []
    loaded: bool = False
    busy_id: int = 0

    @rx.event
    async def load_queue(self):
        """on_load of /tutor/routing."""
        out = await self._call(_queue, TUTORS)
        self.requests = out.value if out.ok else []
        self.loaded = out.ok
        return out.feedback

    async def _decide(self, request_id: int, act: Callable[[Session, User], str]):
        """Do `act` on a request and show the queue as it is afterwards."""

        def work(db: Session, tutor: User) -> tuple[str, list[RequestRow]]:
            message = act(db, tutor)
            db.flush()
            return message, _queue(db, tutor)

        self.busy_id = request_id
        out = await self._call(work, TUTORS)
        self.busy_id = 0
        if not out.ok:
            if refused(self, out, TUTORS):
                self.requests = []
            return out.feedback
        message, self.requests = out.value
        return rx.toast.success(message)

    @rx.event
    async def accept(self, form: dict):
        """Take a request; with a date and time it is scheduled. The student is notified."""
        request_id = positive_id(form_text(form, "request_id", 20))
        when_text = form_text(form, "when", 40).strip()
        if request_id is None:
            return rx.toast.error(BAD_REQUEST)

        def act(db: Session, tutor: User) -> str:
            when = parse_when(when_text, utcnow())
            row = routing_accept(db, actor=tutor, request_id=request_id, scheduled_for=when)
            at = f" for {short_time(when)}" if when else ""
            return f"You took the request about {row.topic or 'their studies'}{at}."

        return await self._decide(request_id, act)

    @rx.event
    async def close(self, form: dict):
        """Close a request with a note (why, or what was done)."""
        request_id = positive_id(form_text(form, "request_id", 20))
        note = form_text(form, "note", 1000)
        if request_id is None:
            return rx.toast.error(BAD_REQUEST)

        def act(db: Session, tutor: User) -> str:
            routing_close(db, actor=tutor, request_id=request_id, note=note.strip())
            return "Request closed."

        return await self._decide(request_id, act)
