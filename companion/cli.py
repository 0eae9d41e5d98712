"""The `companion` command: database, accounts, demo data, worker, import and the offline engine."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from companion.cli_engine import cmd_analyze, cmd_eval, cmd_grade
from companion.cli_server import cmd_db_upgrade, cmd_doctor, cmd_run, cmd_worker
from companion.services.errors import DomainError

SOURCES_BY_SUFFIX = {".txt": "txt", ".vtt": "vtt", ".srt": "srt", ".json": "json"}


def _read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat password: "):
        raise DomainError("The passwords don't match.")
    return first


def cmd_user_create(args: argparse.Namespace) -> int:
    """Create an account of any role (password from the prompt or stdin)."""
    from companion.db import session_scope
    from companion.services.users import user_create

    password = _read_password()
    with session_scope() as session:
        user = user_create(
            session,
            actor=None,
            email=args.email,
            name=args.name,
            password=password,
            role=args.role,
            grade=args.grade,
        )
        print(f"created {user.role} {user.email} (id {user.id})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Load the demo accounts and sessions (safe to run twice)."""
    from companion.db import session_scope
    from companion.demo import load_demo

    with session_scope() as session:
        results = load_demo(session)
    print("Demo accounts (sign in at http://localhost:3000/login):")
    for spec, created in results:
        state = "created" if created else "already there"
        print(f"  {spec.role:<8} {spec.email:<36} password: {spec.password}   ({state})")
    if not args.no_process:
        left = _process_queue(timeout=180)
        print("the sessions are analysed" if not left else f"{left} job(s) still queued")
    return 0


def _process_queue(*, timeout: float) -> int:
    """Run a worker until the queue is empty (or the timeout); returns jobs left."""
    import time

    from companion.db import session_scope
    from jobs.admin import queue_stats
    from jobs.worker import start_worker

    handle = start_worker(concurrency=2, poll_interval=0.2, cron_jobs=False)
    deadline, left = time.monotonic() + timeout, 1
    try:
        while left and time.monotonic() < deadline:
            time.sleep(0.3)
            with session_scope() as session:
                stats = queue_stats(session)
            left = stats.get("queued", 0) + stats.get("running", 0)
    finally:
        handle.stop()
    return left


def cmd_import(args: argparse.Namespace) -> int:
    """Import transcript files as sessions of one student, each queued for analysis."""
    from companion.db import session_scope
    from companion.services.sessions import session_import

    for path in args.files:
        file = Path(path)
        with session_scope() as session:
            row = session_import(
                session,
                student_email=args.student,
                tutor_email=args.tutor,
                subject=args.subject,
                date=args.date,
                filename=file.name,
                content=file.read_bytes(),
                source=SOURCES_BY_SUFFIX.get(file.suffix.lower(), "txt"),
            )
            print(f"{file.name}: session {row.id} queued for analysis")
    return 0


def cmd_outcomes(args: argparse.Namespace) -> int:
    """Print the five outcome bars for every student (default: the last 28 days)."""
    from datetime import date, timedelta

    from companion.clock import utcnow
    from companion.db import session_scope
    from companion.services.outcomes import outcome_period, outcomes_report

    since = date.fromisoformat(args.since) if args.since else None
    with session_scope() as session:
        start, end = outcome_period(since, None, today=utcnow().date())
        report = outcomes_report(session, actor=None, since=start, until=end)
    if args.json:
        print(json.dumps(report.tables["bars"], indent=2))
        return 0
    print(f"outcomes {start.date()} .. {(end - timedelta(days=1)).date()}")
    for bar in report.bars:
        value = "n/a" if bar.value is None else f"{100 * bar.value:.0f}%"
        verdict = {True: "met", False: "not met", None: "no data"}[bar.met]
        print(f"  {bar.key:<10} {value:>6}  target {100 * bar.target:.0f}%  {verdict}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Every subcommand with its --help."""
    parser = argparse.ArgumentParser(prog="companion", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    db = sub.add_parser("db", help="database migrations").add_subparsers(
        dest="db_cmd", required=True
    )
    db.add_parser("upgrade", help=cmd_db_upgrade.__doc__).set_defaults(fn=cmd_db_upgrade)
    user = sub.add_parser("user", help="accounts").add_subparsers(dest="user_cmd", required=True)
    create = user.add_parser("create", help=cmd_user_create.__doc__)
    create.add_argument("--email", required=True)
    create.add_argument("--name", required=True)
    create.add_argument("--role", required=True, choices=["student", "tutor", "admin"])
    create.add_argument("--grade")
    create.set_defaults(fn=cmd_user_create)
    demo = sub.add_parser("demo", help=cmd_demo.__doc__)
    demo.add_argument("--no-process", action="store_true", help="only queue the analyses")
    demo.set_defaults(fn=cmd_demo)
    out = sub.add_parser("outcomes", help=cmd_outcomes.__doc__)
    out.add_argument("--since", help="first day, YYYY-MM-DD (default: 28 days ago)")
    out.add_argument("--json", action="store_true", help="the bars as JSON")
    out.set_defaults(fn=cmd_outcomes)
    worker = sub.add_parser("worker", help=cmd_worker.__doc__)
    worker.add_argument("--concurrency", type=int, default=10)
    worker.add_argument("--poll", type=float, default=1.0, help="seconds between queue polls")
    worker.set_defaults(fn=cmd_worker)
    imp = sub.add_parser("import", help=cmd_import.__doc__)
    imp.add_argument("--student", required=True, help="the student's email")
    imp.add_argument("--tutor", help="the tutor's email")
    imp.add_argument("--subject", default="General")
    imp.add_argument("--date", help="session date YYYY-MM-DD (default: today)")
    imp.add_argument("files", nargs="+")
    imp.set_defaults(fn=cmd_import)
    an = sub.add_parser("analyze", help=cmd_analyze.__doc__)
    an.add_argument("files", nargs="+")
    an.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    an.set_defaults(fn=cmd_analyze)
    gr = sub.add_parser("grade", help=cmd_grade.__doc__)
    gr.add_argument("--expected")
    gr.add_argument("--answer")
    gr.add_argument(
        "--type",
        default="short_answer",
        choices=["short_answer", "multiple_choice", "problem_solving"],
    )
    gr.add_argument("--question", default="")
    gr.add_argument("--json", action="store_true", help="read JSON lines on stdin")
    gr.set_defaults(fn=cmd_grade)
    sub.add_parser("doctor", help=cmd_doctor.__doc__).set_defaults(fn=cmd_doctor)
    ev = sub.add_parser("eval", help=cmd_eval.__doc__)
    ev.add_argument("suite", nargs="*", help="suites to run (default: all)")
    ev.add_argument("--data", help="folder with the dev sets (default: bench/data)")
    ev.add_argument("--limit", type=int, help="at most this many records per data set")
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(fn=cmd_eval)
    run = sub.add_parser("run", help=cmd_run.__doc__)
    run.add_argument("--env", default="prod", choices=["prod", "dev"])
    run.set_defaults(fn=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    try:
        return args.fn(args)
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
