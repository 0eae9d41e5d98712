"""Demo data: three accounts and real-looking sessions in several subjects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from importlib import resources

from sqlmodel import Session, select

from companion.clock import utcnow
from companion.demo.history import load_history
from companion.models import Goal, TutoringSession, User
from companion.services.sessions import session_upload
from companion.services.tutors import tutor_assign
from companion.services.users import user_create


@dataclass(frozen=True)
class DemoAccount:
    email: str
    name: str
    role: str
    password: str


ACCOUNTS = (
    DemoAccount("student@demo.studycompanion.dev", "Maya Student", "student", "demo-student-2026"),
    DemoAccount("tutor@demo.studycompanion.dev", "Ms. Rivera", "tutor", "demo-tutor-2026"),
    DemoAccount("admin@demo.studycompanion.dev", "Ada Admin", "admin", "demo-admin-2026"),
)
SESSIONS = (  # (file, subject, days ago, source)
    ("algebra_linear_equations.txt", "Algebra I", 12, "txt"),
    ("biology_photosynthesis.vtt", "Biology", 9, "vtt"),
    ("chemistry_stoichiometry.srt", "Chemistry", 6, "srt"),
    ("english_thesis.json", "English Writing", 4, "json"),
    ("python_loops.txt", "Intro to Programming", 2, "txt"),
)


def _account(session: Session, spec: DemoAccount) -> tuple[User, bool]:
    user = session.exec(select(User).where(User.email == spec.email)).first()
    if user is not None:
        return user, False
    return user_create(
        session,
        actor=None,
        email=spec.email,
        name=spec.name,
        password=spec.password,
        role=spec.role,
    ), True


def load_demo(session: Session) -> list[tuple[DemoAccount, bool]]:
    """Create the demo accounts and sessions once; running it again adds nothing."""
    results = [(spec, _account(session, spec)[1]) for spec in ACCOUNTS]
    student = session.exec(select(User).where(User.email == ACCOUNTS[0].email)).one()
    tutor = session.exec(select(User).where(User.email == ACCOUNTS[1].email)).one()
    if session.exec(
        select(TutoringSession.id).where(TutoringSession.student_id == student.id)
    ).first():
        return results
    tutor_assign(session, actor=None, tutor_id=tutor.id, student_id=student.id)
    today = utcnow().date()
    folder = resources.files(__package__)
    for filename, subject, days_ago, source in SESSIONS:
        session_upload(
            session,
            actor=tutor,
            student_id=student.id,
            subject=subject,
            date=today - timedelta(days=days_ago),
            source=source,
            filename=filename,
            content=folder.joinpath(filename).read_text(encoding="utf-8"),
        )
    session.add(
        Goal(
            student_id=student.id,
            subject="Algebra I",
            title="Ace the algebra quiz",
            target_date=today + timedelta(days=14),
        )
    )
    load_history(session, tutor=tutor, now=utcnow())
    return results
