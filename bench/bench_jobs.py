"""Queue benchmarks on a throwaway PostgreSQL database: `python bench/bench_jobs.py`.

1. claim + complete throughput of no-op jobs, one worker (10 threads);
2. end to end: transcript uploads through session_upload -> analyses per minute
   (offline engine, one worker);
3. the daily nudge over 100,000 students (goal: <= 30 s).
Options through the environment: BENCH_ADMIN_URL, BENCH_NOOP_JOBS, BENCH_UPLOADS,
BENCH_STUDENTS; `--only nudges` (or noop, uploads) runs one part. Each timing is printed
with the CPU time of this process and the load average (the machine may be shared).

    python bench/bench_jobs.py [--only nudges]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("COMPANION_ENV", "test")
os.environ["COMPANION_AI"] = "local"  # the offline engine: no key, no network
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, insert, text  # noqa: E402
from sqlmodel import Session, func, select  # noqa: E402

from companion import db  # noqa: E402
from companion.clock import utcnow  # noqa: E402
from companion.migrations import upgrade  # noqa: E402
from companion.models import Job, Notification, Transcript  # noqa: E402
from companion.services.nudges import NUDGE_TYPE, nudges_send_daily  # noqa: E402
from companion.services.sessions import session_upload  # noqa: E402
from jobs.worker import Worker, default_handlers  # noqa: E402
from tests.factories import make_student  # noqa: E402

ADMIN_URL = os.environ.get("BENCH_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
NOOP_JOBS = int(os.environ.get("BENCH_NOOP_JOBS", "5000"))
UPLOADS = int(os.environ.get("BENCH_UPLOADS", "200"))
STUDENTS = int(os.environ.get("BENCH_STUDENTS", "100000"))
NUDGE_GOAL_SECONDS = 30.0
TRANSCRIPTS = sorted((ROOT / "tests/fixtures/transcripts").glob("*.txt"))


def _count(model, *where) -> int:
    with Session(db.get_engine()) as s:
        return s.exec(select(func.count()).select_from(model).where(*where)).one()


def _drain(worker: Worker, done: callable) -> float:
    start = time.perf_counter()
    while not done():
        worker.drain()
        time.sleep(0.01)
    worker.wait_idle(60)
    return time.perf_counter() - start


def bench_noop() -> None:
    now = utcnow()
    rows = [
        {
            "kind": "bench.noop",
            "payload": {"n": i},
            "idempotency_key": f"noop:{i}",
            "status": "queued",
            "attempts": 0,
            "run_after": now,
            "created_at": now,
        }
        for i in range(NOOP_JOBS)
    ]
    with db.session_scope() as s:
        s.execute(insert(Job), rows)
    worker = Worker(handlers={"bench.noop": lambda p: None}, on_dead={})
    seconds = _drain(worker, lambda: _count(Job, Job.status == "done") >= NOOP_JOBS)
    print(f"no-op jobs: {NOOP_JOBS} in {seconds:.2f} s = {NOOP_JOBS / seconds:,.0f} jobs/s")


def bench_uploads() -> None:
    texts = [p.read_text() for p in TRANSCRIPTS]
    with db.session_scope() as s:  # a student each: one student's analyses race (see report)
        for i in range(UPLOADS):
            student = make_student(s)
            session_upload(
                s,
                actor=student,
                student_id=student.id,
                subject="Algebra I",
                date="2026-11-02",
                content=texts[i % len(texts)],
            )
    handlers, on_dead = default_handlers()
    worker = Worker(handlers=handlers, on_dead=on_dead)
    seconds = _drain(
        worker,
        lambda: (
            _count(Transcript, Transcript.status != "pending", Transcript.status != "processing")
            >= UPLOADS
        ),
    )
    ok = _count(Transcript, Transcript.status == "completed")
    print(
        f"analyses: {ok}/{UPLOADS} completed in {seconds:.2f} s = "
        f"{ok / seconds * 60:,.0f} analyses/min (offline engine, one worker)"
    )


def _copy_students(n: int) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=30)
    buf = io.StringIO()
    for i in range(n):
        active = (long_ago if i % 2 else datetime.now(UTC)).isoformat()
        buf.write(f"bench{i}@example.com\tStudent {i}\tstudent\tx\tt\t0\t{active}\t{active}\n")
    buf.seek(0)
    raw = db.get_engine().raw_connection()
    try:
        with raw.cursor() as cur:
            cur.copy_expert(
                "COPY users (email, name, role, password_hash, is_active, "
                "token_version, last_active_at, created_at) FROM STDIN",
                buf,
            )
        raw.commit()
    finally:
        raw.close()


def bench_nudges() -> None:
    start = time.perf_counter()
    _copy_students(STUDENTS)
    print(f"students: {STUDENTS:,} inserted with COPY in {time.perf_counter() - start:.1f} s")
    with db.get_engine().connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
    for run in ("first", "second"):
        start, cpu = time.perf_counter(), time.process_time()
        with db.session_scope() as s:
            sent = nudges_send_daily(s, now=utcnow())
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        verdict = "ok" if seconds <= NUDGE_GOAL_SECONDS else "over"
        print(
            f"nudge cron ({run} run today): {sent:,} sent in {seconds:.1f} s "
            f"(client CPU {cpu:.1f} s, load average {os.getloadavg()[0]:.1f}; "
            f"goal <= {NUDGE_GOAL_SECONDS:g} s: {verdict})"
        )
    nudges = _count(Notification, Notification.type == NUDGE_TYPE)
    print(f"nudges stored: {nudges:,} (one per student at most)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("noop", "uploads", "nudges"))
    parts = {"noop": bench_noop, "uploads": bench_uploads, "nudges": bench_nudges}
    only = parser.parse_args().only
    admin = create_engine(db.normalize_url(ADMIN_URL), isolation_level="AUTOCOMMIT")
    name = f"companion_bench_{uuid.uuid4().hex[:8]}"
    url = f"{ADMIN_URL.rpartition('/')[0]}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        upgrade(url)
        db.use_database(url)
        for name, run in parts.items():
            if only in (None, name):
                run()
    finally:
        db.dispose_all()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
