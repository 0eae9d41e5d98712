"""Test fixtures: a fresh, migrated database per test on SQLite and on PostgreSQL."""

from __future__ import annotations

import os

os.environ.setdefault("COMPANION_ENV", "test")
# One secret for the whole run, so settings reloaded by a test still accept earlier tokens.
os.environ.setdefault("JWT_SECRET", __import__("secrets").token_urlsafe(48))
os.environ.setdefault("REFLEX_TELEMETRY_ENABLED", "false")
os.environ.setdefault("REFLEX_CHECK_LATEST_VERSION", "false")

import logging
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import Session

from companion import db
from companion.migrations import upgrade
from tests.factories import PASSWORD

PG_ADMIN_URL = os.environ.get(
    "COMPANION_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests that boot the whole app last.

    Booting an app in this process re-imports the UI modules (tests.harness), which
    replaces the Reflex state classes that other test modules imported at collection.
    """
    for item in items:
        # `-m postgres` / `-m "not postgres"` select tests by the database they need.
        callspec = getattr(item, "callspec", None)
        on_pg = callspec is not None and callspec.params.get("database") == "postgres"
        if on_pg or "pg_database" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)
        if not any(item.get_closest_marker(m) for m in ("postgres", "e2e", "slow", "boots_app")):
            item.add_marker(pytest.mark.unit)  # `-m unit`: no server, no browser, no app boot
    items.sort(key=lambda item: item.get_closest_marker("boots_app") is not None)


def _pg_url(name: str) -> str:
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    return f"{base}/{name}"


def _pg_admin():
    return create_engine(db.normalize_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated PostgreSQL database that each test clones."""
    name = f"companion_tpl_{uuid.uuid4().hex[:10]}"
    admin = _pg_admin()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # pragma: no cover - environment without PostgreSQL
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc}")
    upgrade(_pg_url(name))
    db.dispose_all()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated SQLite file that each test copies."""
    path = tmp_path_factory.mktemp("tpl") / "template.db"
    upgrade(f"sqlite:///{path}")
    db.dispose_all()
    return path


def _fresh_pg(template: str) -> Iterator[str]:
    name = f"companion_t_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield _pg_url(name)
    finally:
        db.dispose_all()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _pointed_at(urls: Iterator[str]) -> Iterator[str]:
    """Point the app's engine at the first URL; clean up (drop) when the test ends."""
    url = next(urls)
    db.use_database(url)
    try:
        yield url
    finally:
        db.use_database(None)
        db.dispose_all()
        next(urls, None)


@pytest.fixture(params=["sqlite", "postgres"])
def database(request, tmp_path) -> Iterator[str]:
    """A fresh migrated database (both engines); the app's engine points at it."""
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        urls = iter([f"sqlite:///{path}"])
    else:
        urls = _fresh_pg(request.getfixturevalue("pg_template"))
    yield from _pointed_at(urls)


@pytest.fixture
def pg_database(pg_template) -> Iterator[str]:
    """A fresh migrated PostgreSQL database only (queue locking, schema drift)."""
    yield from _pointed_at(_fresh_pg(pg_template))


@pytest.fixture
def session(database) -> Iterator[Session]:
    """A session on the fresh database; tests commit when they mean to."""
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s


@pytest.fixture
def connections_during(monkeypatch) -> Callable[[str], list[int]]:
    """`watch(method)` wraps a provider method: the list it returns gets the app's
    checked-out database connections each time the method runs, and before each piece of a
    streamed (iterator) result. 0 means no transaction, hence no row lock, was held while an
    LLM might have been called."""
    from companion.ai.local import LocalProvider

    def checked_out() -> int:
        return db.get_engine().pool.checkedout()

    def streamed(pieces: Iterator, seen: list[int]) -> Iterator:
        for piece in pieces:
            seen.append(checked_out())
            yield piece

    def watch(method: str) -> list[int]:
        seen: list[int] = []
        original = getattr(LocalProvider, method)

        def watching(self, *args, **kwargs):
            seen.append(checked_out())
            result = original(self, *args, **kwargs)
            return streamed(result, seen) if isinstance(result, Iterator) else result

        monkeypatch.setattr(LocalProvider, method, watching)
        return seen

    return watch


@pytest.fixture
def connections_while_grading(connections_during) -> list[int]:
    """The app's checked-out database connections each time the provider grades an answer."""
    return connections_during("grade_answer")


@pytest.fixture(autouse=True)
def _fresh_throttle() -> Iterator[None]:
    """Sign-in and sign-up throttles start empty in every test (they live per process)."""
    from companion.services.ratelimit import rate_limits_reset

    rate_limits_reset()
    yield


_SECRET_IN_LOG = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}")  # a JWT (token, code)


class _SecretsInLogs(logging.Handler):
    """Collects every log record that carries a token, an exchange code or a test password."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.leaks: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("httpcore"):
            return  # the test's own HTTP client tracing the headers it received
        try:
            text = record.getMessage()
        except Exception:
            return
        if record.exc_info and record.exc_info[1] is not None:
            text += f" {record.exc_info[1]!r}"
        if _SECRET_IN_LOG.search(text) or PASSWORD in text:
            self.leaks.append(f"{record.name}: {text[:200]}")


@pytest.fixture(autouse=True)
def _no_secrets_in_logs() -> Iterator[None]:
    """Across the whole suite: no log record carries a token, exchange code or password."""
    handler = _SecretsInLogs()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    assert handler.leaks == [], f"secrets in logs: {handler.leaks}"
