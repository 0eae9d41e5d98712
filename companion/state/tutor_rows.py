"""What /tutor shows, read in the UI's worker thread: one page of students with their risk
flags, the sessions the tutor conducted, the students for the upload form's select."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from sqlmodel import Session

from companion import routes
from companion.clock import utcnow
from companion.components.flags import flag_color, flag_text
from companion.models import User
from companion.services.listings import sessions_page
from companion.services.tutors import StudentOverview, tutor_student_options, tutor_students
from companion.state.admin import PAGE_SIZE
from companion.state.staff import ago, short_date


@dataclasses.dataclass
class FlagRow:
    text: str
    color: str
    why: str


@dataclasses.dataclass
class StudentRow:
    id: int
    name: str
    email: str
    grade: str
    url: str
    sessions: int
    mastery: int
    has_mastery: bool
    last_active_label: str
    open_requests: int
    flags: list[FlagRow]


@dataclasses.dataclass
class ConductedRow:
    id: int
    student_name: str
    student_url: str
    subject: str
    date: str
    status: str


@dataclasses.dataclass
class StudentOption:
    value: str
    label: str


def _student_row(item: StudentOverview, now: datetime) -> StudentRow:
    return StudentRow(
        id=item.id,
        name=item.name,
        email=item.email,
        grade=item.grade,
        url=routes.tutor_student_url(item.id),
        sessions=item.sessions,
        mastery=item.avg_mastery or 0,
        has_mastery=item.avg_mastery is not None,
        last_active_label=ago(item.last_active, now),
        open_requests=item.open_requests,
        flags=[FlagRow(flag_text(label), flag_color(label), why) for label, why in item.flags],
    )


@dataclasses.dataclass
class RosterPage:
    rows: list[StudentRow]
    total: int
    flagged: int


@dataclasses.dataclass
class Home:
    roster: RosterPage
    conducted: list[ConductedRow]
    conducted_total: int


def roster_page(
    db: Session, tutor: User, sort: str, desc: bool, page: int, count_flagged: bool = True
) -> RosterPage:
    now = utcnow()
    roster = tutor_students(
        db,
        actor=tutor,
        now=now,
        sort=sort,
        descending=desc,
        page=page,
        limit=PAGE_SIZE,
        count_flagged=count_flagged,
    )
    return RosterPage([_student_row(i, now) for i in roster.rows], roster.total, roster.flagged)


def home_page(db: Session, tutor: User, sort: str, desc: bool) -> Home:
    listed = sessions_page(db, actor=tutor, limit=PAGE_SIZE)
    conducted = [
        ConductedRow(
            id=r.id,
            student_name=r.student_name,
            student_url=routes.tutor_student_url(r.student_id),
            subject=r.subject,
            date=short_date(r.date),
            status=r.status,
        )
        for r in listed.rows
    ]
    return Home(roster_page(db, tutor, sort, desc, 1), conducted, listed.total)


def student_options(db: Session, tutor: User) -> list[StudentOption]:
    return [StudentOption(str(i), name) for i, name in tutor_student_options(db, actor=tutor)]
