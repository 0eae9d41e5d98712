"""Database engine and session scope (SQLite by default, PostgreSQL via DATABASE_URL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from companion.services.errors import DomainError
from companion.settings import get_settings

_engines: dict[str, Engine] = {}
_override_url: str | None = None


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # Foreign keys are off by default in SQLite; WAL lets readers and the worker coexist.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def normalize_url(url: str) -> str:
    """Use psycopg2 for plain postgres URLs (SQLAlchemy 2.1 would pick psycopg 3)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg2://" + url[len(prefix) :]
    return url


def insert_ignoring_conflicts(
    session: Session,
    model: type,
    rows: dict | list[dict],
    *,
    index_elements: list[str] | None = None,
):
    """INSERT ... ON CONFLICT DO NOTHING on PostgreSQL and SQLite (a plain INSERT elsewhere).

    Returns the statement so callers can add `.returning(...)`; execute it yourself.
    """
    maker = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}.get(
        session.get_bind().dialect.name
    )
    if maker is None:
        return insert(model).values(rows)
    return maker(model).values(rows).on_conflict_do_nothing(index_elements=index_elements)


def make_engine(url: str) -> Engine:
    """A new engine for a URL, with the pragmas and pool settings we rely on."""
    url = normalize_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # JIT compiling pays off for long analytic queries only: on a page's read (the tutor
    # roster for thousands of students) it added about a second of compile time.
    return create_engine(
        url,
        pool_size=10,
        max_overflow=20,
        pool_pre_ping=True,
        connect_args={"options": "-c jit=off"},
    )


def database_url() -> str:
    """The URL in use: a test override, else DATABASE_URL."""
    return _override_url or get_settings().database_url


def get_engine() -> Engine:
    """The process-wide engine for the configured URL."""
    url = database_url()
    if url not in _engines:
        _engines[url] = make_engine(url)
    return _engines[url]


def use_database(url: str | None) -> None:
    """Point the app at another database (tests); None returns to DATABASE_URL."""
    global _override_url
    _override_url = url


def dispose_all() -> None:
    """Close every pooled connection (tests, shutdown)."""
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()


@contextmanager
def session_scope() -> Iterator[Session]:
    """One transaction: committed on success, rolled back on any error."""
    with Session(get_engine(), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except DomainError as exc:
            if exc.keep_changes:
                session.commit()
            else:
                session.rollback()
            raise
        except BaseException:
            session.rollback()
            raise
