"""Database engine and session scope (SQLite by default, PostgreSQL via DATABASE_URL)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, event, insert, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult, Engine, Result
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.sql.dml import Insert
from sqlmodel import Session, create_engine

from companion.services.errors import DomainError
from companion.settings import get_settings

_engines: dict[str, Engine] = {}
PING_IDLE_SECONDS = 1.0  # a pooled connection idle longer is checked before use
RECYCLE_SECONDS = 1800  # and none is kept longer (server-side idle timeouts, failovers)
_override_url: str | None = None


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
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


def rowcount(result: Result[Any]) -> int:
    """Rows an UPDATE/DELETE/INSERT matched (execute() is typed as a plain Result)."""
    return cast(CursorResult[Any], result).rowcount


def insert_ignoring_conflicts(
    session: Session,
    model: type | Table,
    rows: dict | list[dict] | None = None,
    *,
    index_elements: list[str] | None = None,
) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING on PostgreSQL and SQLite (a plain INSERT elsewhere).

    Returns the statement so callers can add `.returning(...)`; execute it yourself. Without
    `rows`, pass them to execute() (an executemany: no per-row compiling, so fast in bulk).
    """
    maker: Callable[..., Any] | None = {
        "postgresql": postgresql.insert,
        "sqlite": sqlite.insert,
    }.get(session.get_bind().dialect.name)
    if maker is None:
        return insert(model) if rows is None else insert(model).values(rows)
    stmt = maker(model) if rows is None else maker(model).values(rows)
    return stmt.on_conflict_do_nothing(index_elements=index_elements)


def _json_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def insert_many(
    session: Session,
    table: Table,
    rows: list[dict],
    *,
    returning: tuple[str, ...] = (),
    ignore_conflicts: bool = False,
) -> list[Any]:
    """Insert many rows (all with the same keys) in one statement on PostgreSQL (the rows
    sent as one JSON parameter and read with json_to_recordset: no per-row parameters to
    parse or plan), an executemany elsewhere; the `returning` columns of the rows inserted."""
    if not rows:
        return []
    names = list(rows[0])
    dialect = session.get_bind().dialect
    if dialect.name == "postgresql":
        quote = dialect.identifier_preparer.quote
        record = ", ".join(f"{quote(n)} {table.c[n].type.compile(dialect=dialect)}" for n in names)
        source = text(
            f"SELECT {', '.join(quote(n) for n in names)} "
            f"FROM json_to_recordset(CAST(:rows AS json)) AS x({record})"
        ).columns(*(table.c[n] for n in names))
        stmt: Any = postgresql.insert(table).from_select(names, source)
        if ignore_conflicts:
            stmt = stmt.on_conflict_do_nothing()
        params = {"rows": json.dumps(rows, default=_json_value)}
    else:
        stmt = insert_ignoring_conflicts(session, table) if ignore_conflicts else insert(table)
        params = rows  # type: ignore[assignment]
    if not returning:
        session.execute(stmt, params)
        return []
    return list(session.execute(stmt.returning(*(table.c[n] for n in returning)), params))


def make_engine(url: str) -> Engine:
    """A new engine for a URL, with the pragmas and pool settings we rely on."""
    url = normalize_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # JIT compiling pays off for long analytic queries only: on a page's read (the tutor
    # roster for thousands of students) it added about a second of compile time.
    engine = create_engine(
        url,
        pool_size=10,
        max_overflow=20,
        pool_recycle=RECYCLE_SECONDS,
        connect_args={"options": "-c jit=off"},
    )
    _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: Engine) -> None:
    """Check a pooled connection before use only when it sat idle for a while.

    `pool_pre_ping` sends `SELECT 1` on every checkout: a round trip per UI event, about a
    tenth of the backend's database time under load. A connection used less than
    PING_IDLE_SECONDS ago is handed out as it is; if the server went away meanwhile, the
    statement fails, SQLAlchemy invalidates the pool, and the next checkout connects anew
    (the same outcome pre-ping gives while the server is down). A dead idle connection is
    replaced before use (DisconnectionError makes the pool reconnect).
    """

    @event.listens_for(engine, "checkin")
    def _checkin(dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < PING_IDLE_SECONDS:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:
            raise DisconnectionError("connection lost while idle") from exc
        if not alive:
            raise DisconnectionError("connection lost while idle")


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
