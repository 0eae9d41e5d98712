"""Outcomes: the nudge bandit in simulation, and the admin page's queries at scale.

1. Simulation: synthetic students in three nudge situations whose response to each wording
   differs (a base rate per wording plus a personal offset). Every student gets one nudge a
   day for 30 days; an outcome becomes known two days later (the 48 h window). Prints the
   acted-on rate of Thompson sampling (companion.services.nudge_bandit.thompson_pick, never
   the same wording twice in a row) against a fixed wording (the first of each situation)
   and uniform random. Goal: the bandit beats both.
2. Scale: a PostgreSQL database of its own with 100,000 students and 10,000,000 product
   events over a year, seeded in SQL (generate_series, indexes built after the load, the
   activity_days rollup rebuilt from the log); times outcomes_report for an admin over the
   last 28 days (median of 3 after one warm-up) and prints the load average beside it (the
   machine may be shared). Goal <= 2 s. The database is dropped at the end, unless --keep;
   --reuse-db keeps it and reuses it on the next run when it holds the same sizes (a newer
   migration is applied to it).

    python bench/bench_outcomes.py [--students 100000] [--events 10000000] [--sim-only]
                                   [--keep] [--reuse-db]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("JWT_SECRET", "bench-secret-" + "x" * 40)
os.environ.setdefault("COMPANION_ENV", "test")

import psycopg2  # noqa: E402
from sqlmodel import Session  # noqa: E402

from companion import db  # noqa: E402
from companion.migrations import upgrade  # noqa: E402
from companion.models import Role, User  # noqa: E402
from companion.services import events as ev  # noqa: E402
from companion.services.nudge_bandit import thompson_pick  # noqa: E402
from companion.services.outcome_days import activity_days_rebuild  # noqa: E402
from companion.services.outcomes import outcomes_report  # noqa: E402

ADMIN_DSN = os.environ.get("BENCH_ADMIN_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
DB_NAME = os.environ.get("BENCH_OUTCOMES_DB", "companion_bench_outcomes")
GOAL_SECONDS = 2.0
DAYS, DELAY_DAYS = 30, 2
# True acted-on rate of each wording, per situation: the best wording differs by situation.
BASE = {"new": (0.12, 0.30, 0.20), "away": (0.25, 0.10, 0.18), "reviews": (0.20, 0.22, 0.40)}
END = datetime(2026, 11, 30, tzinfo=UTC)
KINDS = (
    (ev.SIGN_IN, 30), (ev.CHAT_CITED, 8), (ev.ANALYSIS_SHOWN, 6), (ev.SESSION_UPLOADED, 6),
    (ev.PRACTICE_ASSIGNED, 12), (ev.PRACTICE_STARTED, 10), (ev.REVIEW_DUE, 8),
    (ev.REVIEW_DONE, 5), (ev.GOAL_CREATED, 3), (ev.NUDGE_SENT, 8),
)  # fmt: skip
# What may follow an event about the same row (same ref_id), and how often.
FOLLOW = {
    ev.PRACTICE_ASSIGNED: ((ev.PRACTICE_COMPLETED, 0.7),),
    ev.GOAL_CREATED: ((ev.GOAL_COMPLETED, 0.6),),
    ev.NUDGE_SENT: ((ev.NUDGE_OPENED, 0.4), (ev.NUDGE_ACTED, 0.3)),
}
SPAN_DAYS, LIFETIME_DAYS = 365, 60
INDEXES = {  # as alembic/versions/0005_product_events.py and 0006_outcome_rollups.py create them
    "ix_product_events_kind_at": "(kind, at, student_id, ref_id)",
    "ix_product_events_student_kind_at": "(student_id, kind, at)",
    "ix_product_events_at_student_kind": "(at, student_id, kind)",
    "ix_product_events_nudges": "(at, student_id, ref_id) INCLUDE (data) WHERE kind = 'nudge_sent'",
}


# ---------------------------------------------------------------- 1. simulation
def _students(n: int, rng: random.Random) -> list[tuple[str, list[float]]]:
    out = []
    for i in range(n):
        situation = tuple(BASE)[i % len(BASE)]
        rates = [min(0.95, max(0.01, p + rng.gauss(0, 0.05))) for p in BASE[situation]]
        out.append((situation, rates))
    return out


def simulate(policy: str, students, seed: int) -> float:
    """The acted-on rate of one policy over DAYS simulated days."""
    rng = random.Random(seed)
    stats: dict[str, list[int]] = {}
    pending: list[tuple[int, str, bool]] = []  # (day known, arm, acted)
    last: dict[int, str] = {}
    acted = sent = 0
    for day in range(DAYS):
        for _known, arm, hit in [p for p in pending if p[0] == day]:
            s = stats.setdefault(arm, [0, 0])
            s[0], s[1] = s[0] + 1, s[1] + hit
        pending = [p for p in pending if p[0] > day]
        for sid, (situation, rates) in enumerate(students):
            arms = [f"{situation}:{k}" for k in range(len(rates))]
            if policy == "bandit":
                view = {a: (v[0], v[1]) for a, v in stats.items()}
                arm = thompson_pick(arms, view, rng, last.get(sid))
            elif policy == "fixed":
                arm = arms[0]
            else:
                arm = rng.choice(arms)
            hit = rng.random() < rates[int(arm.rsplit(":", 1)[1])]
            last[sid] = arm
            pending.append((day + DELAY_DAYS, arm, hit))
            acted, sent = acted + hit, sent + 1
    return acted / sent


def run_simulation(n: int = 3000) -> bool:
    students = _students(n, random.Random(42))
    rates = {p: simulate(p, students, seed=7) for p in ("bandit", "fixed", "uniform")}
    print(f"simulation: {n:,} students x {DAYS} days, outcome known after {DELAY_DAYS} days")
    for policy, rate in rates.items():
        print(f"  {policy:<8} acted-on rate {100 * rate:5.1f}%")
    ok = rates["bandit"] > max(rates["fixed"], rates["uniform"])
    print(f"{'ok' if ok else 'FAIL'} (the bandit must beat the fixed wording and uniform random)")
    return ok


# ---------------------------------------------------------------- 2. scale on PostgreSQL
def _url() -> str:
    return f"{ADMIN_DSN.rpartition('/')[0]}/{DB_NAME}"


def _admin(sql: str) -> None:
    conn = psycopg2.connect(ADMIN_DSN)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(sql)
    conn.close()


def _exists() -> bool:
    conn = psycopg2.connect(ADMIN_DSN)
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB_NAME,))
        found = cur.fetchone() is not None
    conn.close()
    return found


def _seeded_with(students: int, events: int) -> bool:
    """The bench database exists and was seeded with these sizes (see --reuse-db)."""
    if not _exists():
        return False
    conn = psycopg2.connect(_url())
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('bench_meta') IS NOT NULL")
        if not cur.fetchone()[0]:
            return False
        cur.execute("SELECT students, events FROM bench_meta")
        row = cur.fetchone()
    conn.close()
    return row == (students, events)


def _kinds_array() -> str:
    """Every kind repeated by its weight: a random element is a weighted draw."""
    return "ARRAY[" + ", ".join(f"'{k}'" for k, w in KINDS for _ in range(w)) + "]"


def _seed_sql(students: int, events: int) -> list[str]:
    """Set-based seeding (generate_series): students with a sign-up over the last year and an
    exponential lifetime; events uniform over each lifetime, with follow-ups on the same row."""
    follow_rate = sum(w * sum(p for _, p in FOLLOW.get(k, ())) for k, w in KINDS) / sum(
        w for _, w in KINDS
    )
    per = max(1, round(events / students / (1 + follow_rate)))
    end = f"TIMESTAMPTZ '{END.isoformat()}'"
    templates = "ARRAY[" + ", ".join(f"'{s}'" for s in BASE) + "]"
    follow = ", ".join(f"('{k}', '{t}', {p})" for k, ts in FOLLOW.items() for t, p in ts)
    return [
        "INSERT INTO users (email, name, role, password_hash, is_active, token_version, "
        "created_at) SELECT 's' || i || '@bench.example', 'Student ' || i, 'student', 'x', "
        f"true, 0, {end} - (1 + random() * {SPAN_DAYS - 1}) * interval '1 day' "
        f"FROM generate_series(1, {students}) i",
        "CREATE TEMP TABLE lives AS SELECT id, created_at AS signup, LEAST("
        f"{end}, created_at + GREATEST(1, -ln(1 - random()) * {LIFETIME_DAYS}) "
        "* interval '1 day') AS stop FROM users WHERE role = 'student'",
        "CREATE TEMP SEQUENCE refs",
        # OFFSET 0 keeps the subquery whole: its random kind is drawn once per row.
        "INSERT INTO product_events (student_id, kind, ref_id, at, data) "
        "SELECT id, kind, nextval('refs'), at, CASE WHEN kind = 'nudge_sent' THEN "
        f"json_build_object('template', ({templates})[1 + floor(random() * 3)::int] || ':' "
        "|| floor(random() * 3)::int) ELSE '{}'::json END "
        f"FROM (SELECT id, ({_kinds_array()})[1 + floor(random() * {sum(w for _, w in KINDS)})"
        "::int] AS kind, signup + random() * (stop - signup) AS at "
        f"FROM lives, generate_series(1, {per}) OFFSET 0) AS x",
        # A draw per (event, follow-up) pair: the subquery keeps random() off the VALUES scan.
        "INSERT INTO product_events (student_id, kind, ref_id, at, data) "
        f"SELECT student_id, next, ref_id, LEAST({end} - interval '1 second', "
        "at + (600 + random() * (2 * 86400 - 600)) * interval '1 second'), '{}'::json "
        "FROM (SELECT e.student_id, e.ref_id, e.at, f.next, f.p, random() AS draw "
        f"FROM product_events e JOIN (VALUES {follow}) AS f(kind, next, p) ON f.kind = e.kind "
        "OFFSET 0) AS x WHERE draw < p",
    ]


def build(students: int, events: int) -> None:
    """Create, migrate and seed the bench database in SQL (indexes rebuilt after the load)."""
    _admin(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
    _admin(f'CREATE DATABASE "{DB_NAME}"')
    upgrade(_url())
    started = time.perf_counter()
    conn = psycopg2.connect(_url())
    with conn, conn.cursor() as cur:
        cur.execute("SELECT setseed(0.3)")
        cur.execute(f"DROP INDEX {', '.join(INDEXES)}")
        for sql in _seed_sql(students, events):
            cur.execute(sql)
        for name, columns in INDEXES.items():
            cur.execute(f"CREATE INDEX {name} ON product_events {columns}")
    with Session(db.make_engine(_url())) as s:  # the rollup the services keep, rebuilt
        days = activity_days_rebuild(s)
        s.commit()
    with conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM product_events")
        total = cur.fetchone()[0]
        cur.execute("CREATE TABLE bench_meta AS SELECT %s AS students, %s AS events",
                    (students, events))  # fmt: skip
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("VACUUM ANALYZE")
    conn.close()
    print(
        f"loaded {students:,} students, {total:,} events ({days:,} activity days) in "
        f"{time.perf_counter() - started:.0f} s"
    )


def time_report(runs: int = 3) -> float:
    """Median seconds of outcomes_report (admin, last 28 days) after one warm-up."""
    engine = db.make_engine(_url())
    admin = User(id=0, email="a@bench", name="Admin", role=Role.admin, password_hash="x")
    since = END - timedelta(days=28)
    times = []
    for i in range(runs + 1):
        with Session(engine) as s:
            start = time.perf_counter()
            report = outcomes_report(s, actor=admin, since=since, until=END)
            if i:
                times.append(time.perf_counter() - start)
    engine.dispose()
    for bar in report.bars:
        print(f"  {bar.key:<10} {bar.value}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--sim-only", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the bench database")
    parser.add_argument(
        "--reuse-db",
        action="store_true",
        help="reuse the kept bench database when it holds the same sizes (implies --keep)",
    )
    args = parser.parse_args()
    ok = run_simulation()
    if args.sim_only:
        sys.exit(0 if ok else 1)
    if args.reuse_db and _seeded_with(args.students, args.events):
        upgrade(_url())  # a newer migration (e.g. rollups) fills in what it adds
        print("reusing the seeded bench database")
    else:
        build(args.students, args.events)
    try:
        median = time_report()
    finally:
        if not (args.keep or args.reuse_db):
            _admin(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
    verdict = "ok" if median <= GOAL_SECONDS else "over"
    print(f"outcomes_report (admin, 28 days): median {median:.2f} s, load average "
          f"{os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"{verdict} (goal <= {GOAL_SECONDS:.0f} s)")


if __name__ == "__main__":
    main()
