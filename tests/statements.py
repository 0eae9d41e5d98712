"""The SQL statements the app's engine runs while a block runs (counting writes)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy import event

from companion import db


@contextmanager
def executed(prefix: str = "") -> Iterator[list[str]]:
    """The statements run inside the block that start with `prefix` (any case)."""
    wanted = prefix.upper()
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(wanted):
            statements.append(statement)

    engine = db.get_engine()
    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def summary_writes() -> AbstractContextManager[list[str]]:
    """The upserts of student summaries (services/student_summary.py) inside the block."""
    return executed("INSERT INTO student_summaries")
