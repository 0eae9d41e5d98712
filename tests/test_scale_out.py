"""Scale-out as the README describes it: two backend workers sharing UI state in Redis, two
job workers, one PostgreSQL.

The app runs as `reflex run --env prod --backend-only` with GRANIAN_WORKERS=2 and
REDIS_URL (the Redis on this machine); `companion worker` runs twice. A student's uploads
are analysed by the job workers; a read-modify-write of UI state (choosing concepts for a
practice set, one at a time) survives every reload, whichever worker serves the new
socket, and every reload connects.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import httpx
import pytest
import redis
from sqlmodel import col, select

from bench.uiload import clients, servers
from companion.db import session_scope
from companion.models import Transcript
from companion.services.signin import token_for
from tests.factories import make_student
from tests.harness import app_copy

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("COMPANION_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
UPLOADS = 4
RELOADS = 8
HANG = 8.0  # seconds: a reload answered later than this hung on a stale state lock

pytestmark = pytest.mark.slow


def _redis_or_skip() -> None:
    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")


@contextlib.contextmanager
def _job_workers(env: dict[str, str], count: int) -> Iterator[list[subprocess.Popen]]:
    cmd = [sys.executable, "-m", "companion.cli", "worker", "--poll", "0.2"]
    procs = [
        subprocess.Popen(
            cmd,
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(count)
    ]
    try:
        yield procs
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def _upload_all(url: str, token: str) -> list[int]:
    text = resources.files("companion.demo").joinpath("algebra_linear_equations.txt")
    content = text.read_text(encoding="utf-8")
    ids = []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as http:
        for day in range(1, UPLOADS + 1):
            body = {"content": content, "subject": "Algebra I", "date": f"2026-11-{day:02d}"}
            r = http.post("/api/transcripts/upload", json=body)
            assert r.status_code == 201, r.text
            ids.append(r.json()["data"]["id"])
    return ids


def _wait_analysed(session_ids: list[int], timeout: float = 120) -> list[str]:
    deadline = time.monotonic() + timeout
    while True:
        with session_scope() as s:
            statuses = s.exec(
                select(Transcript.status)
                .where(col(Transcript.session_id).in_(session_ids))
                .order_by(Transcript.session_id)
            ).all()
        if all(st in ("completed", "failed") for st in statuses) or time.monotonic() > deadline:
            return list(statuses)
        time.sleep(0.5)


async def _reload_and_toggle(url: str, token: str, keys: list[str]) -> tuple[int, int, list]:
    """Each round a new socket (a reload of the same tab), the page loads, one concept is
    switched on or off; the state must show every earlier round's choice."""
    from companion.state.practice_list import PracticeListState

    load = f"{PracticeListState.get_full_name()}.load_practice"
    toggle = f"{PracticeListState.get_full_name()}.toggle_concept"
    tab = clients.Client(url, token)
    wrong = failures = 0
    seen: list = []
    expected: list[str] = []
    for i in range(RELOADS):
        key = keys[i % len(keys)]
        on = key not in expected
        try:
            await asyncio.wait_for(tab.connect(), HANG)
            await tab.send(clients.Action(load, {}, "/practice"), timeout=HANG)
            # The first update may be a live refresh of the page: wait for the choices.
            reply = await tab.send(
                clients.Action(toggle, {"key": key, "on": on}, "/practice"),
                timeout=HANG,
                want="chosen_concepts",
            )
        except Exception:
            reply = None
        finally:
            with contextlib.suppress(Exception):
                await tab.close()
        if reply is None:
            failures += 1
            continue
        expected = [k for k in expected if k != key] + ([key] if on else [])
        chosen = clients.find_var(reply, "chosen_concepts")
        seen.append(chosen)
        wrong += sorted(chosen or []) != sorted(expected)
    return wrong, failures, seen


def test_two_backend_workers_and_two_job_workers_lose_nothing(pg_database):
    _redis_or_skip()
    with session_scope() as s:
        student = make_student(s)
        token = token_for(student)
    env = {
        "DATABASE_URL": pg_database,
        "REDIS_URL": REDIS_URL,
        "COMPANION_WORKER": "off",
        "COMPANION_ENV": "test",
        "JWT_SECRET": os.environ["JWT_SECRET"],
    }
    with (
        tempfile.TemporaryDirectory(prefix="companion-scale-") as work,
        servers.backend(app_copy(Path(work)), env, workers=2) as (url, _pid),
        _job_workers(env, 2),
    ):
        sessions = _upload_all(url, token)
        statuses = _wait_analysed(sessions)
        assert statuses == ["completed"] * UPLOADS
        from companion.services.knowledge import knowledge_list

        with session_scope() as s:
            keys = [k.concept_key for k in knowledge_list(s, actor=student, student_id=student.id)]
        assert len(keys) >= 2
        wrong, failures, seen = asyncio.run(_reload_and_toggle(url, token, keys[:3]))
    assert failures == 0, "a reload did not connect or was not answered"
    assert wrong == 0, f"a read-modify-write was lost across workers: {seen}"
