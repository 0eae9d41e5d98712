"""The tutor home (/tutor) for a tutor with 2,000 students, on PostgreSQL.

Seeds a database of its own (dropped at the end unless --keep): 2,000 students with 3
analysed sessions each (transcripts, concepts, knowledge states, mastery history, an open
request, a goal, practice, chat). Then calls the page's on_load handler the way the UI
does (through the runner, off the event loop) and prints the server time per load, the SQL
statements per load and the size of the page's state. Also: sorting by mastery, the next
page, the roster service alone, the summary refresh each write of a student's rows adds,
the routing queue and one student's context. Goal: tutor home <= 50 ms. The load
average is printed with the results: on a shared machine, compare the min column.

    python bench/bench_tutor_home.py [--students 2000] [--runs 30] [--keep] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("JWT_SECRET", "bench-secret-" + "x" * 40)
os.environ.setdefault("COMPANION_ENV", "test")
os.environ.setdefault("REFLEX_TELEMETRY_ENABLED", "false")

import reflex as rx  # noqa: E402
from reflex.istate.data import HeaderData  # noqa: E402
from sqlalchemy import create_engine, event, text  # noqa: E402

from companion import db  # noqa: E402
from companion.api.session_cookie import COOKIE_NAME  # noqa: E402
from companion.migrations import upgrade  # noqa: E402
from companion.models import User  # noqa: E402
from companion.services.signin import token_for  # noqa: E402
from companion.services.student_summary import summary_refresh  # noqa: E402
from companion.services.tutors import tutor_students  # noqa: E402
from companion.state.routing_queue import RoutingState  # noqa: E402
from companion.state.tutor import TutorState  # noqa: E402
from companion.state.tutor_context import TutorStudentState  # noqa: E402
from tests.staff_seed import seed_staff_world  # noqa: E402
from tests.state.fire import fire  # noqa: E402
from tests.state.router import ANY_PAGE, open_page  # noqa: E402

ADMIN_DSN = os.environ.get("BENCH_ADMIN_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
DB_NAME = "companion_bench_tutor_home"
GOAL_MS = 50.0


def _url() -> str:
    base, _, _ = ADMIN_DSN.rpartition("/")
    return f"{base}/{DB_NAME}"


def _admin_engine():
    return create_engine(db.normalize_url(ADMIN_DSN), isolation_level="AUTOCOMMIT")


def _create_database() -> None:
    with _admin_engine().connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{DB_NAME}"'))
    upgrade(_url())
    db.use_database(_url())


def _drop_database() -> None:
    db.use_database(None)
    db.dispose_all()
    with _admin_engine().connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'))


def _roster_only(tutor: User) -> None:
    """The roster service alone (its one statement and the rows), without the UI layer."""
    with db.session_scope() as s:
        tutor_students(s, actor=tutor, limit=50)


def _refresh(student_id: int) -> None:
    """What each write of a student's rows adds: the lock and the summary recomputed."""
    with db.session_scope() as s:
        summary_refresh(s, student_id=student_id)


def _detached(user_id: int) -> User:
    with db.session_scope() as s:
        user = s.get_one(User, user_id)
        s.expunge(user)
    return user


def _seed(students: int) -> tuple[str, int, int]:
    started = time.perf_counter()
    with db.session_scope() as s:
        world = seed_staff_world(s, students=students, sessions_each=3, concepts_each=5)
        token = token_for(s.get(User, world.tutor_id))
    with db.get_engine().connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
    print(f"seeded {students} students in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return token, world.student_ids[0], world.tutor_id


def _state(cls: type[rx.State], token: str, page_id: int) -> rx.State:
    root = rx.State(_reflex_internal_init=True)
    root.rx_router_headers = HeaderData.from_router_data(
        {"headers": {"cookie": f"{COOKIE_NAME}={token}"}}
    )
    return open_page(root.get_substate(cls.get_full_name().split(".")), ANY_PAGE, id=page_id)


def _measure(name: str, run, runs: int) -> dict:
    statements: list[str] = []
    engine = db.get_engine()

    def seen(*_args):
        statements.append("")

    run()  # warm: pool connection, compiled statement caches
    times = []
    event.listen(engine, "before_cursor_execute", seen)
    try:
        for _ in range(runs):
            started = time.perf_counter()
            run()
            times.append((time.perf_counter() - started) * 1000)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    times.sort()
    return {
        "page": name,
        "min_ms": round(times[0], 1),
        "p50_ms": round(statistics.median(times), 1),
        "p90_ms": round(times[int(len(times) * 0.9) - 1], 1),
        "statements": len(statements) // runs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    _create_database()
    try:
        token, first, tutor_id = _seed(args.students)
        _tutor = _detached(tutor_id)
        home = _state(TutorState, token, first)
        results = [
            _measure("tutor home", lambda: fire(TutorState.load_home, home), args.runs),
            _measure(
                "tutor home, sort by mastery",
                lambda: fire(TutorState.sort_by, home, "mastery"),
                args.runs,
            ),
            _measure("tutor home, page 2", lambda: fire(TutorState.go_to_page, home, 2), args.runs),
        ]
        fire(TutorState.load_home, home)
        size_kb = len(json.dumps(home.dict(), default=str)) / 1024
        queue = _state(RoutingState, token, first)
        results.append(_measure("roster service alone", lambda: _roster_only(_tutor), args.runs))
        results.append(_measure("summary refresh (a write)", lambda: _refresh(first), args.runs))
        results.append(
            _measure("routing queue", lambda: fire(RoutingState.load_queue, queue), args.runs)
        )
        ctx = _state(TutorStudentState, token, first)
        results.append(
            _measure(
                "student context", lambda: fire(TutorStudentState.load_context, ctx), args.runs
            )
        )
        out = {
            "students": args.students,
            "pages": results,
            "tutor_home_state_kb": round(size_kb, 1),
            "goal_ms": GOAL_MS,
            "met": results[0]["p50_ms"] <= GOAL_MS,
            "load_average": os.getloadavg()[0],
        }
        if args.json:
            print(json.dumps(out))
        else:
            for r in results:
                print(
                    f"{r['page']:<30} min {r['min_ms']:>6} ms  p50 {r['p50_ms']:>6} ms  "
                    f"p90 {r['p90_ms']:>6} ms  "
                    f"{r['statements']} statements"
                )
            print(
                f"load average {out['load_average']:.1f}; "
                f"tutor home state: {out['tutor_home_state_kb']} KB; goal <= {GOAL_MS} ms: "
                f"{'met' if out['met'] else 'NOT met'}"
            )
    finally:
        if not args.keep:
            _drop_database()


if __name__ == "__main__":
    main()
