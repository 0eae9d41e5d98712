"""/tutor/students/[id]: one student's context, for a tutor to read before a session.

The student comes from the URL, so from the client: the id is checked, and the service shows
the context only to that student's tutor (or an admin). A refusal empties the page.
"""

from __future__ import annotations

import dataclasses

import reflex as rx
from sqlmodel import Session

from companion.models import User
from companion.services.errors import NotFound
from companion.services.tutors import student_context
from companion.state.auth import TUTORS, AuthState
from companion.state.params import route_id
from companion.state.staff import short_date


@dataclasses.dataclass
class ContextSession:
    id: int
    subject: str
    date: str
    status: str
    summary: str
    topics: list[str]
    concepts: list[str]


@dataclasses.dataclass
class ContextConcept:
    name: str
    subject: str
    mastery: int
    trend: int
    due: str


@dataclasses.dataclass
class ContextGoal:
    title: str
    subject: str
    progress: int
    status: str


@dataclasses.dataclass
class ContextPractice:
    id: int
    score: int
    has_score: bool
    difficulty: str
    submitted: str


@dataclasses.dataclass
class ContextRequest:
    id: int
    status: str
    urgency: str
    topic: str
    est_minutes: int
    reason: str
    created: str


@dataclasses.dataclass
class Context:
    student: dict
    sessions: list[ContextSession]
    concepts: list[ContextConcept]
    goals: list[ContextGoal]
    practice: list[ContextPractice]
    chat_topics: list[str]
    requests: list[ContextRequest]


def _context(ctx: dict) -> Context:
    """The service's context as the rows the page shows (built in the worker thread)."""
    return Context(
        student=ctx["student"],
        sessions=[
            ContextSession(
                s["id"],
                s["subject"],
                short_date(s["date"]),
                s["status"],
                s["summary"],
                list(s["topics"] or []),
                s["concepts"],
            )
            for s in ctx["sessions"]
        ],
        concepts=[
            ContextConcept(
                c["name"], c["subject"], c["mastery"], c["trend"], short_date(c["due_at"])
            )
            for c in ctx["concepts"]
        ],
        goals=[
            ContextGoal(g["title"], g["subject"], g["progress"], g["status"]) for g in ctx["goals"]
        ],
        practice=[
            ContextPractice(
                p["id"],
                round(p["score"] or 0),
                p["score"] is not None,
                p["difficulty"] or "",
                short_date(p["submitted_at"]),
            )
            for p in ctx["practice"]
        ],
        chat_topics=list(ctx["chat_topics"]),
        requests=[
            ContextRequest(
                r["id"],
                r["status"],
                r["urgency"],
                r["topic"],
                r["est_minutes"],
                r["reason"],
                short_date(r["created_at"]),
            )
            for r in ctx["routing"]
        ],
    )


class TutorStudentState(AuthState):
    """/tutor/students/[id]: everything to read in two minutes before a session."""

    found: bool = False
    loaded: bool = False
    student_id: int = 0
    student_name: str = ""
    student_email: str = ""
    student_grade: str = ""
    sessions: list[ContextSession] = []
    concepts: list[ContextConcept] = []
    goals: list[ContextGoal] = []
    practice: list[ContextPractice] = []
    chat_topics: list[str] = []
    requests: list[ContextRequest] = []

    @rx.var
    def weakest(self) -> list[ContextConcept]:
        return self.concepts[:3]

    @rx.var
    def falling(self) -> list[ContextConcept]:
        return [c for c in self.concepts if c.trend < 0][:5]  # a glance, not a second list

    @rx.var
    def open_requests(self) -> int:
        return sum(1 for r in self.requests if r.status == "open")

    @rx.var
    def average_mastery(self) -> int:
        return (
            round(sum(c.mastery for c in self.concepts) / len(self.concepts))
            if self.concepts
            else 0
        )

    def _forget(self) -> None:
        self._show(None)

    def _show(self, ctx: Context | None) -> None:
        self.found = ctx is not None
        student = ctx.student if ctx else {}
        self.student_id = student.get("id", 0)
        self.student_name = student.get("name", "")
        self.student_email = student.get("email", "")
        self.student_grade = student.get("grade") or ""
        self.sessions = ctx.sessions if ctx else []
        self.concepts = ctx.concepts if ctx else []
        self.goals = ctx.goals if ctx else []
        self.practice = ctx.practice if ctx else []
        self.chat_topics = ctx.chat_topics if ctx else []
        self.requests = ctx.requests if ctx else []

    @rx.event
    async def load_context(self):
        """on_load: the student in the URL, if they are this tutor's student."""
        student_id = route_id(self)

        def work(db: Session, tutor: User) -> Context:
            if student_id is None:
                raise NotFound("We couldn't find that student.")
            return _context(student_context(db, actor=tutor, student_id=student_id))

        out = await self._call(work, TUTORS)
        self._show(out.value)
        self.loaded = True
        return out.feedback
