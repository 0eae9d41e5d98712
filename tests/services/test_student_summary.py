"""student_summaries: the tutor home read from it equals the computation from the rows.

A random dataset is written through the services (sessions, knowledge seeds and practice
answers, hand-off requests taken and closed), then every sort and page of the tutor home
is compared with the straightforward computation in Python from the underlying rows.
On PostgreSQL, writers of one student running at once leave the summary matching the rows.
"""

from __future__ import annotations

import random
import threading
import time
from datetime import date, timedelta

from sqlmodel import Session, select

from companion.clock import utcnow
from companion.db import session_scope
from companion.models import (
    KnowledgeState,
    MasteryEvent,
    RoutingDecision,
    StudentSummary,
    TutoringSession,
    TutorStudent,
    User,
)
from companion.services.knowledge import knowledge_observe, knowledge_seed
from companion.services.routing import routing_accept, routing_close, routing_request
from companion.services.sessions import session_upload
from companion.services.student_summary import summaries_rebuild
from companion.services.tutors import ROSTER_SORTS, tutor_students
from tests.factories import make_admin, make_student, make_tutor
from tests.services.test_rosters import falling_by_rule

TRANSCRIPT = "Tutor: Solve 2x + 3 = 11 for x.\nStudent: x = 4."
CONCEPTS = [f"c{i}" for i in range(6)]


def _write_random_world(db: Session, rng: random.Random) -> tuple[User, User, list[User]]:
    admin = make_admin(db)
    students = [make_student(db, name=rng.choice(["ana", "Bo", "cy", "Di"])) for _ in range(24)]
    tutor = make_tutor(db, students=tuple(s for s in students if rng.random() < 0.8))
    start = utcnow() - timedelta(days=40)
    clock = iter(start + timedelta(minutes=i) for i in range(100_000))  # distinct times
    for student in students:
        sid = student.id
        assert sid is not None
        for _ in range(rng.choice([0, 1, 2, 3, 3, 5])):
            session_upload(
                db, actor=student, student_id=sid, subject="Algebra I", date=date(2026, 11, 2),
                content=TRANSCRIPT,
            )  # fmt: skip
        for _ in range(rng.choice([0, 2, 6, 14])):
            key = rng.choice(CONCEPTS)
            if rng.random() < 0.4:
                knowledge_seed(
                    db, student_id=sid, key=key, name=key, subject="Algebra",
                    mastery=rng.randint(0, 100), now=next(clock),
                )  # fmt: skip
            else:
                knowledge_observe(
                    db, student_id=sid, key=key, name=key, subject="Algebra",
                    correct=rng.random() < 0.4, difficulty="medium", now=next(clock),
                )  # fmt: skip
        for _ in range(rng.choice([0, 0, 1, 2])):
            request = routing_request(db, actor=student, student_id=sid, topic="Factoring")
            fate = rng.random()
            if fate < 0.3:
                routing_close(db, actor=admin, request_id=request.id)
            elif fate < 0.5:
                routing_accept(db, actor=admin, request_id=request.id)
        student.last_active_at = rng.choice([None, utcnow() - timedelta(days=rng.randint(0, 20))])
        student.created_at = utcnow() - timedelta(days=rng.randint(0, 30))
    db.flush()
    return admin, tutor, students


def _expected(db: Session, viewer: User, now, sort: str, descending: bool) -> list[tuple]:
    """The tutor home's rows, computed in Python from the rows themselves."""
    students = db.exec(select(User).where(User.role == "student")).all()
    if viewer.role == "tutor":
        mine = set(
            db.exec(select(TutorStudent.student_id).where(TutorStudent.tutor_id == viewer.id))
        )
        students = [s for s in students if s.id in mine]
    rows = []
    for s in students:
        sessions = len(
            db.exec(select(TutoringSession.id).where(TutoringSession.student_id == s.id)).all()
        )
        masteries = db.exec(
            select(KnowledgeState.mastery).where(KnowledgeState.student_id == s.id)
        ).all()
        history = db.exec(
            select(MasteryEvent.mastery)
            .where(MasteryEvent.student_id == s.id)
            .order_by(MasteryEvent.at, MasteryEvent.id)
        ).all()
        requests = len(db.exec(select(RoutingDecision.id).where(
            RoutingDecision.student_id == s.id, RoutingDecision.status == "open")).all())  # fmt: skip
        average = sum(masteries) / len(masteries) if masteries else None
        last = s.last_active_at or s.created_at
        flags = []
        if sessions < 3:
            flags.append("new")
        if falling_by_rule(list(history)):
            flags.append("falling")
        if requests:
            flags.append("routing")
        if last and now - last >= timedelta(days=7):
            flags.append("inactive")
        key = {"name": s.name.lower(), "sessions": sessions, "mastery": average,
               "last_active": s.last_active_at}[sort]  # fmt: skip
        row = (s.id, sessions, None if average is None else round(average), requests, flags)
        rows.append((key, s.name.lower(), s.id, row))
    # Equal keys keep name, id order whichever way the column sorts; NULLs come last.
    present = sorted((r for r in rows if r[0] is not None), key=lambda r: (r[1], r[2]))
    present.sort(key=lambda r: r[0], reverse=descending)
    absent = sorted((r for r in rows if r[0] is None), key=lambda r: (r[1], r[2]))
    return [r[3] for r in present + absent]


def _shown(db: Session, viewer: User, now, sort: str, descending: bool) -> tuple[list, int, int]:
    """Every page of the tutor home, 7 rows a page, until an empty one."""
    rows: list[tuple] = []
    total = flagged = 0
    for page in range(1, 10):
        roster = tutor_students(
            db, actor=viewer, now=now, sort=sort, descending=descending, page=page, limit=7
        )
        if not roster.rows:  # past the end: no row carries the totals
            return rows, total, flagged
        total, flagged = roster.total, roster.flagged
        rows += [
            (r.id, r.sessions, r.avg_mastery, r.open_requests, [label for label, _ in r.flags])
            for r in roster.rows
        ]
    return rows, total, flagged


def test_the_tutor_home_from_the_summaries_equals_the_rows_computation(session):
    admin, tutor, _ = _write_random_world(session, random.Random(20261130))
    now = utcnow()
    for viewer in (tutor, admin):
        for sort in ROSTER_SORTS:
            for descending in (False, True):
                expected = _expected(session, viewer, now, sort, descending)
                shown, total, flagged = _shown(session, viewer, now, sort, descending)
                assert shown == expected, (viewer.role, sort, descending)
                assert total == len(expected)
                assert flagged == sum(1 for row in expected if row[4])
    # The data exercise every flag and the summary rows equal a rebuild from scratch.
    assert {f for viewer in (admin,) for row in _expected(session, viewer, now, "name", False)
            for f in row[4]} == {"new", "falling", "routing", "inactive"}  # fmt: skip
    kept = _summaries(session)
    summaries_rebuild(session)
    rebuilt = _summaries(session)
    nothing = {"sessions": 0, "concepts": 0, "mastery_sum": 0, "falling": False,
               "open_requests": 0}  # fmt: skip
    assert {k: v for k, v in rebuilt.items() if k in kept} == kept
    assert all(v == nothing for k, v in rebuilt.items() if k not in kept)


def _summaries(db: Session) -> dict[int, dict]:
    db.expire_all()
    rows = db.exec(select(StudentSummary)).all()
    return {r.student_id: r.model_dump(exclude={"student_id"}) for r in rows}


def test_an_account_deletion_takes_its_summary_with_it(session):
    from companion.services.account_data import account_delete_user

    admin, student = make_admin(session), make_student(session)
    routing_request(session, actor=student, student_id=student.id, topic="Factoring")
    assert session.get(StudentSummary, student.id).open_requests == 1
    account_delete_user(session, actor=admin, user_id=student.id)
    session.expire_all()
    assert session.get(StudentSummary, student.id) is None


def test_parallel_writers_of_one_student_keep_the_summary_consistent(pg_database):
    """Six transactions of one student at once, each holding its transaction open a moment
    after its write: without the student's lock the last to commit would store figures
    computed before the others committed."""
    with session_scope() as s:
        admin, student = make_admin(s), make_student(s)
        tutor = make_tutor(s, students=(student,))
        ids = (admin.id, tutor.id, student.id)
    with session_scope() as s:
        open_request = routing_request(
            s, actor=s.get(User, ids[2]), student_id=ids[2], topic="x"
        ).id
    barrier, errors = threading.Barrier(6), []

    def write(kind: int) -> None:
        try:
            with session_scope() as s:
                admin, tutor, student = (s.get(User, i) for i in ids)
                barrier.wait()
                if kind == 0:
                    session_upload(s, actor=tutor, student_id=ids[2], subject="Algebra I",
                                   date=date(2026, 11, 2), content=TRANSCRIPT)  # fmt: skip
                elif kind == 1:
                    routing_request(s, actor=student, student_id=ids[2], topic="Factoring")
                elif kind == 2:
                    routing_close(s, actor=admin, request_id=open_request)
                else:
                    knowledge_seed(s, student_id=ids[2], key=f"k{kind}", name=f"k{kind}",
                                   subject="Algebra", mastery=20 * kind)  # fmt: skip
                time.sleep(0.3)  # widen the window between the summary write and the commit
        except Exception as exc:  # collected: an assertion in a thread would be lost
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with session_scope() as s:
        kept = s.get_one(StudentSummary, ids[2]).model_dump()
    with session_scope() as s:
        summaries_rebuild(s, [ids[2]])
    with session_scope() as s:
        rebuilt = s.get_one(StudentSummary, ids[2]).model_dump()
    assert rebuilt == {
        "student_id": ids[2],
        "sessions": 1,
        "concepts": 3,
        "mastery_sum": 60 + 80 + 100,
        "falling": False,
        "open_requests": 1,
    }
    assert kept == rebuilt
