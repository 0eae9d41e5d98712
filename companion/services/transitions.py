"""Status changes that must happen once, however many requests race for them.

A check in Python (`if row.status != "open": raise Conflict`) lets every racing request
through: each reads the old status before any of them writes. A conditional UPDATE
(`... WHERE id = :id AND status = :expected`) is decided by the database: on PostgreSQL the
second writer waits for the first one's row lock, re-reads the row and matches nothing; on
SQLite writers are serialised and the same WHERE decides.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from companion.db import rowcount
from companion.services.errors import Conflict


def transition(
    db: Session, row: Any, *, expected: str | tuple[str, ...], conflict: str, **values: object
) -> None:
    """Set `values` on the loaded row only if its status is still `expected`; else Conflict."""
    model: Any = type(row)  # any table with `id` and `status` columns
    allowed = (expected,) if isinstance(expected, str) else expected
    stmt = (
        update(model)
        .where(model.id == row.id, model.status.in_(allowed))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if rowcount(db.execute(stmt)) != 1:
        raise Conflict(conflict)
    for name, value in values.items():  # the row in hand now matches what was written
        set_committed_value(row, name, value)


def lock_row(db: Session, model: Any, row_id: int) -> bool:
    """Lock one row until the transaction ends, on both databases; False if it is gone.

    An UPDATE rather than SELECT ... FOR UPDATE: SQLite has no row locks, but an UPDATE
    as the transaction's first statement takes its write lock before anything is read,
    so what the caller reads next is current on either database.
    """
    stmt = update(model).where(model.id == row_id).values(id=model.id)
    return rowcount(db.execute(stmt.execution_options(synchronize_session=False))) == 1
