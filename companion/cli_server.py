"""The subcommands that run the app: migrations, the worker, the doctor's checks and `run`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _quiet_reflex() -> None:
    os.environ.setdefault("REFLEX_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("REFLEX_CHECK_LATEST_VERSION", "false")


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    """Apply every pending migration to DATABASE_URL."""
    from companion.db import database_url
    from companion.migrations import upgrade

    upgrade(database_url())
    print("database is up to date")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """Run the background worker (queue polling + daily cron) until SIGTERM."""
    from jobs.worker import run_worker

    run_worker(concurrency=args.concurrency, poll_interval=args.poll)
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    """Check the database, migrations, Redis, LLM, SMTP, frontend, Chromium and disk."""
    from companion.doctor import run_checks

    results = run_checks()
    for check in results:
        print(check.line())
    failed = [c.name for c in results if not c.ok]
    print(
        "all checks pass" if not failed else f"{len(failed)} check(s) failed: {', '.join(failed)}"
    )
    return 0 if not failed else 1


def _start_checks() -> bool:
    """The checks a start-up needs; prints each failure with its fix."""
    from companion.doctor import START_CHECKS, run_checks

    failed = [c for c in run_checks(START_CHECKS) if not c.ok]
    for check in failed:
        print(check.line(), file=sys.stderr)
    if failed:
        print(
            "companion run: cannot start (see above; `companion doctor` checks everything)",
            file=sys.stderr,
        )
    return not failed


def cmd_run(args: argparse.Namespace) -> int:
    """Apply migrations and start the app (UI and /api on one port)."""
    if not _start_checks():
        return 2
    _quiet_reflex()
    os.environ.setdefault("REFLEX_USE_SYSTEM_BUN", "1")
    bin_dir = str(Path(sys.executable).parent)
    os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    cmd_db_upgrade(args)
    # In prod Reflex serves the UI, the websocket and /api on one port (3000).
    reflex = [str(Path(bin_dir) / "reflex"), "run", "--env", args.env]
    os.chdir(Path(__file__).resolve().parent.parent)
    os.execv(reflex[0], reflex)
    return 0
