"""The migrated schema equals the models, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import companion.models  # noqa: F401
from companion import db


def _diff(url: str) -> list:
    engine = db.make_engine(url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
    engine.dispose()
    return diff


def test_migrated_postgres_schema_has_no_drift_from_models(pg_database):
    assert _diff(pg_database) == []


def test_migrated_sqlite_schema_has_no_drift_from_models(database):
    if not database.startswith("sqlite"):
        return
    assert _diff(database) == []


def test_migrations_create_every_listed_index(pg_database):
    engine = db.make_engine(pg_database)
    inspector = inspect(engine)
    indexed = {
        table: {tuple(ix["column_names"]) for ix in inspector.get_indexes(table)}
        for table in inspector.get_table_names()
    }
    engine.dispose()
    assert ("student_id", "date") in indexed["tutoring_sessions"]
    assert ("tutor_id", "date") in indexed["tutoring_sessions"]
    assert ("status",) in indexed["transcripts"]
    assert ("student_id", "status") in indexed["goals"]
    assert ("student_id", "read") in indexed["notifications"]
    assert ("session_id",) in indexed["concepts"]
    assert ("session_id",) in indexed["practices"]
