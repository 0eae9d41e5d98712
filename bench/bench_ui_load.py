"""The UI under load: real student events over Socket.IO, next to a bare Reflex counter app.

Seeds a PostgreSQL database of its own (N students with three analysed sessions each, one
tutor with 300 of them), starts the app's backend (`reflex run --env prod --backend-only`,
in-process job worker on) and a bare Reflex app with one counter handler, signs every
student in with a session cookie, and drives a Poisson mix of the events a student's tabs
send (dashboard, unread count, progress, practice list, choosing a concept, toggling one
for a set) at `--rate` events/s per student. While it runs, it injects a tutor opening the
300-student tutor home, a practice submit, and a 2 MB transcript upload with its analysis,
and reports everyone else's p99 during each. Prints JSON:

    {"app": {"p50_ms", "p99_ms", "events_per_s", "rss_per_student_kb", "state_tree_kb", ...},
    (rss_per_student_kb: RSS growth per connected student after a 10-student warm-up;
    rss_per_student_cold_kb: the same from the freshly started process, one-time costs in)
     "bare": {...}, "injections": {...}, "goals": {...}}

    python bench/bench_ui_load.py --students 300 --seconds 30 [--workers 1] [--json]
        [--reuse-db] [--keep-db] [--no-inject] [--no-bare]

With --workers 2 and REDIS_URL set, both servers run two granian workers sharing state in
Redis; the run then also checks, across reloads, that no read-modify-write is lost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("JWT_SECRET", "bench-ui-secret-" + "x" * 40)
os.environ.setdefault("COMPANION_ENV", "test")

import httpx  # noqa: E402
import psycopg2  # noqa: E402

from bench.uiload import clients, seed, servers, state_size  # noqa: E402
from bench.uiload.scenario import Scenario  # noqa: E402

# Its own database (BENCH_UI_DB: another name, so two runs on one server do not collide).
DB_NAME = os.environ.get("BENCH_UI_DB", "companion_bench_ui")


def _server_env(workers: int) -> dict[str, str]:
    env = {
        "DATABASE_URL": seed.db_url(DB_NAME),
        "JWT_SECRET": os.environ["JWT_SECRET"],
        "COMPANION_ENV": "development",
        "COMPANION_WORKER": "inprocess",
    }
    if workers > 1 and not os.environ.get("REDIS_URL"):
        raise SystemExit("--workers > 1 needs REDIS_URL (state shared between workers)")
    return env


WARM_STUDENTS = 10


async def _warm_up(url: str, cookies: list, opening, mix) -> None:
    """A few students' tabs for a few seconds before the memory baseline: what the first
    events allocate once (compiled SQL, pools, threads, first-use caches) is not memory
    that each connected student holds. Both servers are warmed the same way."""
    _, live = await clients.drive(
        url, cookies[:WARM_STUDENTS], opening, mix, seconds=3, connect_spread=0.5
    )
    for c in live:
        await c.close()


async def _measure_app(args, scenario: Scenario) -> dict:
    with servers.backend(ROOT, _server_env(args.workers), args.workers) as (url, pid):
        cold_rss = servers.rss_kb(pid)
        await _warm_up(url, scenario.cookies, scenario.opening, scenario.mix)
        base_rss = servers.rss_kb(pid)
        injections: dict = {}
        tasks: list[asyncio.Task] = []
        cpu = servers.CpuSampler(pid)
        spy = []
        rss_before_upload: list[float] = []

        async def inject(live):
            cpu.start()
            if args.profile:
                spy.append(servers.profile(pid, args.profile, args.seconds))
            if not args.no_inject and args.workers == 1:
                # Memory is read before the 2 MB upload: parsing it grows the heap once,
                # which is not memory the connected students hold.
                def probe() -> None:
                    rss_before_upload.append(servers.rss_kb(pid))

                job = scenario.injections(url, args.seconds, injections, probe)
                tasks.append(asyncio.create_task(job))

        run, live = await clients.drive(
            url,
            scenario.cookies,
            scenario.opening,
            scenario.mix,
            seconds=args.seconds,
            rate=args.rate,
            on_connected=inject,
        )
        cpu.stop()
        rss = rss_before_upload[0] if rss_before_upload else servers.rss_kb(pid)
        for p in spy:
            p.wait(timeout=60)
        if tasks:  # an injection still running (the analysis) finishes before the report
            await asyncio.wait(tasks, timeout=120)
        checks = await scenario.read_modify_write(url) if args.workers > 1 else {}
        for c in live:
            await c.close()
    out = scenario.report(run, args.seconds, injections, base_rss, rss, cpu) | checks
    out["rss_per_student_cold_kb"] = round((rss - cold_rss) / max(1, len(scenario.cookies)), 1)
    return out


async def _measure_bare(args, n: int) -> dict:
    env = {"REFLEX_STATE_MANAGER_MODE": "redis" if args.workers > 1 else "memory"}
    if args.workers > 1:
        env["REFLEX_REDIS_URL"] = os.environ["REDIS_URL"]
    with servers.bare_app(env, args.workers) as (url, pid):
        action = clients.Action(servers.BARE_HANDLER, {}, "/")
        cold_rss = servers.rss_kb(pid)
        await _warm_up(url, [None] * n, lambda i: [], lambda rng, i: action)
        base_rss = servers.rss_kb(pid)
        cpu = servers.CpuSampler(pid)

        async def started(live):
            cpu.start()

        run, live = await clients.drive(
            url,
            [None] * n,
            lambda i: [],
            lambda rng, i: action,
            seconds=args.seconds,
            rate=args.rate,
            on_connected=started,
        )
        cpu.stop()
        rss = servers.rss_kb(pid)
        for c in live:
            await c.close()
    out = clients.summarize(run.samples, run.started + 2, run.started + args.seconds)
    out["cpu_ms_per_event"], out["cpu_events"] = cpu.per_event_ms(run.completions)
    out |= {"rss_per_student_kb": round((rss - base_rss) / max(1, n), 1)}
    out |= {"rss_per_student_cold_kb": round((rss - cold_rss) / max(1, n), 1)}
    return out | {"timeouts": run.timeouts, "connect_failures": run.connect_failures}


def _goals(students: int, app: dict, bare: dict, injections: dict) -> dict:
    goals: dict = {}
    if students >= 1000:
        offered = students * 1.0
        goals["events_per_s >= 95% offered"] = app["events_per_s"] >= 0.95 * offered
        goals["p99 <= 500 ms"] = app["p99_ms"] <= 500
    elif students >= 300:
        goals["p99 <= 150 ms"] = app["p99_ms"] <= 150
        if bare:
            goals["p99 <= 3x bare"] = app["p99_ms"] <= 3 * bare["p99_ms"]
    goals["rss_per_student_kb <= 250"] = app.get("rss_per_student_kb", 0) <= 250
    quiet = app.get("quiet_p99_ms")
    for name, inj in injections.items():
        if quiet and "others_p99_ms" in inj:
            goals[f"{name}: others' p99 <= 2x quiet"] = inj["others_p99_ms"] <= 2 * quiet
    return goals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rate", type=float, default=1.0, help="events/s per student")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--reuse-db", action="store_true", help="keep an earlier seeded database")
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--no-inject", action="store_true")
    parser.add_argument("--no-bare", action="store_true")
    parser.add_argument(
        "--profile", metavar="FILE", help="py-spy collapsed stacks of the app's server process"
    )
    args = parser.parse_args()

    took = seed.seed(DB_NAME, max(args.students, seed.TUTOR_STUDENTS), reuse=args.reuse_db)
    if took:
        print(f"seeded in {took:.0f} s", file=sys.stderr)
    scenario = Scenario.load(seed.db_url(DB_NAME), args.students)
    try:
        app = asyncio.run(_measure_app(args, scenario))
        # Load-independent: what one student's state tree holds, by tracemalloc.
        app["state_tree_kb"] = state_size.measure_in_subprocess(
            ROOT, DB_NAME, min(50, args.students)
        )
        bare = {} if args.no_bare else asyncio.run(_measure_bare(args, args.students))
    finally:
        if not args.keep_db:
            seed.drop(DB_NAME)
    injections = app.pop("injections", {})
    result = {
        "students": args.students,
        "workers": args.workers,
        "rate_per_student": args.rate,
        "app": app,
        "bare": bare,
        "injections": injections,
    }
    result["goals"] = _goals(args.students, app, bare, injections)
    print(json.dumps(result, indent=None if args.json else 2))
    return 0 if all(result["goals"].values()) else 1


if __name__ == "__main__":
    _ = (httpx, psycopg2, time)
    sys.exit(main())
