"""PostgreSQL restarted under load: `python bench/bench_pg_restart.py [--seconds S] [--json]`.

Starts its own PostgreSQL server (initdb into a temporary directory, a free port; as the
`postgres` user through runuser when run as root, since initdb refuses root), migrates it,
then runs client threads that upload transcripts, submit practice answers and chat through
the services while a job worker (the same code `companion worker` runs) analyses the
uploads. Meanwhile the server is stopped with `pg_ctl stop -m immediate` (no checkpoint:
it recovers from WAL at start, as after a crash) and started again, 3 times. Neither the
clients' engine nor the worker is restarted.

Checks afterwards: every acknowledged write (the service call returned and its
transaction committed) is in the database, every upload was analysed, no job is dead.
Prints one JSON object; exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from glob import glob
from pathlib import Path

os.environ.setdefault("COMPANION_ENV", "test")
os.environ["COMPANION_AI"] = "local"  # the offline engine: no key, no network
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy.exc import SQLAlchemyError  # noqa: E402
from sqlmodel import Session, func, select  # noqa: E402

from companion import db  # noqa: E402
from companion.migrations import upgrade  # noqa: E402
from companion.models import ChatMessage, Job, Practice, Transcript  # noqa: E402
from companion.services.analysis import transcript_analyze  # noqa: E402
from companion.services.practice import practice_request  # noqa: E402
from companion.services.sessions import session_upload  # noqa: E402
from jobs.worker import start_worker  # noqa: E402
from tests.factories import (  # noqa: E402
    chat_in_two_transactions,
    generate_practice,
    make_student,
    submit_practice,
)

TRANSCRIPTS = sorted((ROOT / "tests/fixtures/transcripts").glob("*.txt"))
RESTARTS = 3


class Server:
    """A throwaway PostgreSQL cluster owned by this script."""

    def __init__(self) -> None:
        self.bin = Path(sorted(glob("/usr/lib/postgresql/*/bin/initdb"))[-1]).parent
        self.dir = Path(tempfile.mkdtemp(prefix="pg-restart-"))
        self.data, self.log = self.dir / "data", self.dir / "server.log"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.dir, "postgres")
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [*self.as_user, str(self.bin / tool), *args], check=True, capture_output=True
        )

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust")

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def crash(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


class Load:
    """Client threads doing real service calls; records what was acknowledged."""

    def __init__(self, students: list, practice_sets: dict[int, list[int]]) -> None:
        self.students, self.sets = students, practice_sets
        self.acked: dict[str, list] = {"upload": [], "submit": [], "chat": []}
        self.failed: Counter = Counter()
        self.errors: Counter = Counter()
        self.last_ok = 0.0
        self.lock, self.stop = threading.Lock(), threading.Event()
        self.texts = [p.read_text() for p in TRANSCRIPTS]

    def _op(self, kind: str, n: int, student) -> object:
        if kind == "chat":  # two transactions, the reply produced between them
            token = f"restart-bench message {student.id}-{n}"
            chat_in_two_transactions(actor=student, student_id=student.id, message=token)
            return token
        with db.session_scope() as s:
            if kind == "upload":
                row = session_upload(
                    s,
                    actor=student,
                    student_id=student.id,
                    subject="Algebra I",
                    date="2026-11-02",
                    content=self.texts[n % len(self.texts)],
                )
                return row.id
            pid = self.sets[student.id].pop()
            answers = ["4"] * len(s.get(Practice, pid).problems)
            submit_practice(s, actor=student, practice_id=pid, answers=answers)
            return pid

    def client(self, i: int) -> None:
        student, n = self.students[i], 0
        while not self.stop.is_set():
            n += 1
            kind = ("upload", "chat", "submit")[n % 3]
            if kind == "submit" and not self.sets[student.id]:
                continue
            try:
                value = self._op(kind, n, student)
            except SQLAlchemyError:  # the server is away: not acknowledged, try again
                with self.lock:
                    self.failed[kind] += 1
                time.sleep(0.1)
                continue
            except Exception as exc:  # anything else is a bug the report shows
                with self.lock:
                    self.errors[f"{kind}: {type(exc).__name__}"] += 1
                continue
            with self.lock:
                self.acked[kind].append(value)
                self.last_ok = time.monotonic()
            time.sleep(0.02)


def _seed(clients: int, sets_each: int) -> tuple[list, dict[int, list[int]]]:
    students, sets = [], {}
    with db.session_scope() as s:
        for _ in range(clients):
            student = make_student(s)
            row = session_upload(
                s,
                actor=student,
                student_id=student.id,
                subject="Algebra I",
                date="2026-11-01",
                content=TRANSCRIPTS[0].read_text(),
            )
            tid = s.exec(select(Transcript.id).where(Transcript.session_id == row.id)).one()
            transcript_analyze(s, transcript_id=tid)  # its queued job will find it done
            ids = []
            for _ in range(sets_each):
                p = practice_request(s, actor=student, student_id=student.id, session_id=row.id)
                generate_practice(s, p.id)
                ids.append(p.id)
            students.append(student)
            sets[student.id] = ids
    return students, sets


def _count(model, *where) -> int:
    with Session(db.get_engine()) as s:
        return s.exec(select(func.count()).select_from(model).where(*where)).one()


def _lost(load: Load) -> dict[str, int]:
    with Session(db.get_engine()) as s:
        uploads = set(s.exec(select(Transcript.session_id)).all())
        submitted = set(s.exec(select(Practice.id).where(Practice.status == "submitted")).all())
        chats = set(s.exec(select(ChatMessage.content).where(ChatMessage.role == "user")).all())
    return {
        "upload": sum(sid not in uploads for sid in load.acked["upload"]),
        "submit": sum(pid not in submitted for pid in load.acked["submit"]),
        "chat": sum(text not in chats for text in load.acked["chat"]),
    }


def _restarts(server: Server, load: Load, every: float, down: float) -> list[dict]:
    out = []
    for _ in range(RESTARTS):
        time.sleep(every)
        crashed = time.monotonic()
        server.crash()
        time.sleep(down)
        server.start()
        started = time.monotonic()
        while load.last_ok < started and time.monotonic() < started + 60:
            time.sleep(0.05)
        recovered = load.last_ok >= started
        out.append(
            {
                "down_s": round(started - crashed, 2),
                "first_ack_after_start_s": round(load.last_ok - started, 2) if recovered else None,
            }
        )
    return out


def _settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    busy = (Transcript.status == "pending") | (Transcript.status == "processing")
    while _count(Transcript, busy) and time.monotonic() < end:
        time.sleep(0.5)


def run(seconds: float, clients: int) -> dict:
    server = Server()
    try:
        server.init()
        server.start()
        upgrade(server.url)
        db.use_database(server.url)
        students, sets = _seed(clients, sets_each=60)
        handle = start_worker(cron_jobs=False, poll_interval=0.2)
        load = Load(students, sets)
        threads = [threading.Thread(target=load.client, args=(i,)) for i in range(clients)]
        for t in threads:
            t.start()
        restarts = _restarts(server, load, every=seconds / (RESTARTS + 1), down=1.0)
        time.sleep(seconds / (RESTARTS + 1))
        load.stop.set()
        for t in threads:
            t.join()
        _settle(120)
        handle.stop(grace=10)
        lost = _lost(load)
        report = {
            "seconds": seconds,
            "clients": clients,
            "restarts": restarts,
            "acknowledged": {k: len(v) for k, v in load.acked.items()},
            "refused_during_outages": dict(load.failed),
            "other_errors": dict(load.errors),
            "lost_acknowledged_writes": lost,
            "uploads_not_analysed": _count(Transcript, Transcript.status != "completed"),
            "dead_jobs": _count(Job, Job.status == "dead"),
        }
        report["ok"] = (
            sum(lost.values()) == 0
            and report["uploads_not_analysed"] == 0
            and report["dead_jobs"] == 0
            and not load.errors
            and all(r["first_ack_after_start_s"] is not None for r in restarts)
        )
        return report
    finally:
        db.use_database(None)
        db.dispose_all()
        server.remove()


def main() -> None:
    """Run the benchmark and print its JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--json", action="store_true", help="JSON only (the default prints it too)")
    args = parser.parse_args()
    report = run(args.seconds, args.clients)
    print(json.dumps(report, indent=None if args.json else 2))
    sys.exit(0 if report["ok"] else 1)


if __name__ == "__main__":
    main()
