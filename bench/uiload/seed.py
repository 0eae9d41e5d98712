"""A PostgreSQL database of its own with N students, three analysed sessions each, one tutor.

Users are bulk-loaded (one bcrypt hash shared by all: the bench mints tokens instead of
signing in 1,000 times at cost 12); sessions go through the real upload and analysis
services, so every row the pages read is the shape the app really writes.
"""

from __future__ import annotations

import io
import os
import time
from datetime import date, timedelta
from importlib import resources

import psycopg2

ADMIN_DSN = os.environ.get("BENCH_ADMIN_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
DEMO_FILES = ("algebra_linear_equations.txt", "python_loops.txt")
SUBJECTS = ("Algebra I", "Intro to Programming (Python)")
TUTOR_STUDENTS = 300


def db_url(name: str) -> str:
    base, _, _ = ADMIN_DSN.rpartition("/")
    return f"{base}/{name}"


def _demo_text(name: str) -> str:
    return resources.files("companion.demo").joinpath(name).read_text(encoding="utf-8")


def _existing_students(name: str) -> int:
    try:
        conn = psycopg2.connect(db_url(name))
    except psycopg2.OperationalError:
        return -1
    with conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM users WHERE role = 'student'")
        n = cur.fetchone()[0]
    conn.close()
    return n


def _create(name: str) -> None:
    from companion.migrations import upgrade

    admin = psycopg2.connect(ADMIN_DSN)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cur.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    upgrade(db_url(name))


def _copy_users(cur, students: int, password_hash: str) -> None:
    buf = io.StringIO()
    now = "2026-11-01 12:00:00+00"
    buf.write(f"tutor@bench.example\tBench Tutor\ttutor\t{password_hash}\tt\t0\t{now}\n")
    for i in range(students):
        buf.write(f"s{i}@bench.example\tStudent {i}\tstudent\t{password_hash}\tt\t0\t{now}\n")
    buf.seek(0)
    cur.copy_expert(
        "COPY users (email, name, role, password_hash, is_active, token_version, created_at) "
        "FROM STDIN",
        buf,
    )


def seed(name: str, students: int, *, reuse: bool = False, sessions_each: int = 3) -> float:
    """Create and fill the database (or keep it when `reuse` and big enough); seconds taken."""
    if reuse and _existing_students(name) >= students:
        return 0.0
    started = time.perf_counter()
    _create(name)
    from sqlmodel import select

    from companion import db
    from companion.models import Transcript, User
    from companion.services.analysis import transcript_analyze
    from companion.services.security import hash_password
    from companion.services.sessions import session_upload
    from companion.services.tutors import tutor_assign

    conn = psycopg2.connect(db_url(name))
    with conn, conn.cursor() as cur:
        _copy_users(cur, students, hash_password("bench-password-1"))
    conn.close()
    db.use_database(db_url(name))
    texts = [_demo_text(f) for f in DEMO_FILES]
    with db.session_scope() as s:
        tutor = s.exec(select(User).where(User.role == "tutor")).one()
        ids = s.exec(select(User.id).where(User.role == "student").order_by(User.id)).all()
        for sid in ids[:TUTOR_STUDENTS]:
            tutor_assign(s, actor=None, tutor_id=tutor.id, student_id=sid)
    for n, sid in enumerate(ids):
        with db.session_scope() as s:
            student = s.get(User, sid)
            for k in range(sessions_each):
                row = session_upload(
                    s,
                    actor=student,
                    student_id=sid,
                    subject=SUBJECTS[k % 2],
                    date=(date(2026, 11, 1) + timedelta(days=7 * k)).isoformat(),
                    content=texts[k % 2],
                )
                s.flush()
                tid = s.exec(select(Transcript.id).where(Transcript.session_id == row.id)).one()
                transcript_analyze(s, transcript_id=tid)
        if n % 250 == 0:
            print(f"  seeded {n}/{len(ids)} students", flush=True)
    with db.session_scope() as s:
        from sqlalchemy import text

        s.exec(text("DELETE FROM jobs"))  # the analyses ran here; the app's worker has none
    db.use_database(None)
    db.dispose_all()
    return time.perf_counter() - started


def drop(name: str) -> None:
    """Drop the bench database."""
    admin = psycopg2.connect(ADMIN_DSN)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()
