"""The migrated schema equals the models, on both databases."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

import companion.models  # noqa: F401
from alembic import command
from companion import db
from companion.migrations import alembic_config, upgrade


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


def test_outcome_rollups_downgrade_and_upgrade_with_a_backfill(database):
    """0006 goes down and up again on both databases, and rolls up the events logged before
    it: one activity_days row per student and UTC day (sent nudges are not activity)."""
    command.downgrade(alembic_config(database), "0005_product_events")
    engine = db.make_engine(database)
    assert "activity_days" not in inspect(engine).get_table_names()
    rows = [
        ("sign_in", datetime(2026, 11, 2, 8, tzinfo=UTC)),
        ("chat_cited", datetime(2026, 11, 2, 23, 59, tzinfo=UTC)),
        ("nudge_sent", datetime(2026, 11, 3, 9, tzinfo=UTC)),
        ("sign_in", datetime(2026, 11, 4, 0, 0, tzinfo=UTC)),
    ]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (email, name, role, password_hash, is_active, token_version, "
                "created_at) VALUES ('m@x.example', 'M', 'student', 'x', true, 0, :at)"
            ),
            {"at": rows[0][1]},
        )
        sid = conn.execute(text("SELECT id FROM users WHERE email = 'm@x.example'")).scalar()
        for kind, at in rows:
            conn.execute(
                text(
                    "INSERT INTO product_events (student_id, kind, at, data) "
                    "VALUES (:s, :k, :at, '{}')"
                ),
                {"s": sid, "k": kind, "at": at},
            )
    engine.dispose()
    upgrade(database)
    engine = db.make_engine(database)
    with engine.connect() as conn:
        got = conn.execute(text("SELECT day, reference FROM activity_days ORDER BY day")).all()
    engine.dispose()
    assert [(str(d), r) for d, r in got] == [("2026-11-02", 1), ("2026-11-04", 0)]
    assert _diff(database) == []


def test_student_summaries_downgrade_and_upgrade_with_a_backfill(database):
    """0008 goes down and up again on both databases and computes the summaries of the rows
    written before it: counts, the mastery sum, the falling flag, open requests."""
    from datetime import date, timedelta

    from sqlmodel import Session

    from companion.models import (
        KnowledgeState,
        MasteryEvent,
        RoutingDecision,
        TutoringSession,
        User,
    )
    from companion.services.student_summary import summaries_rebuild

    command.downgrade(alembic_config(database), "0007_transcript_drafts")
    engine = db.make_engine(database)
    assert "student_summaries" not in inspect(engine).get_table_names()
    start = datetime(2026, 11, 2, 8, tzinfo=UTC)
    with Session(engine) as s:
        student = User(email="s@x.example", name="S", role="student", password_hash="x")
        idle = User(email="i@x.example", name="I", role="student", password_hash="x")
        s.add_all([student, idle])
        s.flush()
        sid = student.id
        s.add(TutoringSession(student_id=sid, subject="Algebra I", date=date(2026, 11, 2)))
        for key, mastery in (("a", 40), ("b", 65)):
            s.add(KnowledgeState(student_id=sid, concept_key=key, name=key, mastery=mastery))
        for i, mastery in enumerate((80, 80, 40, 40)):
            s.add(MasteryEvent(student_id=sid, concept_key="a", mastery=mastery,
                               source="practice", at=start + timedelta(hours=i)))  # fmt: skip
        for status in ("open", "closed", "open"):
            s.add(RoutingDecision(student_id=sid, status=status, topic="t"))
        # Histories of every length around the window (10) and its halves, some at equal
        # times (the id breaks the tie), for the comparison with the services' statement.
        rng = random.Random(8)
        for k, n in enumerate((*range(13), *range(2, 13))):
            other = User(email=f"h{k}@x.example", name="H", role="student",
                         password_hash="x")  # fmt: skip
            s.add(other)
            s.flush()
            for i in range(n):
                at = start + timedelta(hours=rng.choice((i, i, i - 1)))
                s.add(MasteryEvent(student_id=other.id, concept_key="a", source="practice",
                                   mastery=rng.randint(0, 100), at=at))  # fmt: skip
        s.commit()
        idle_id = idle.id
    engine.dispose()
    upgrade(database)
    query = (
        "SELECT student_id, sessions, concepts, mastery_sum, falling, open_requests "
        "FROM student_summaries ORDER BY student_id"
    )
    engine = db.make_engine(database)
    with engine.connect() as conn:
        got = conn.execute(text(query)).all()
        # The services' own statement, run on the same rows, computes the same figures.
        with Session(bind=conn) as s:
            summaries_rebuild(s)
            again = s.execute(text(query)).all()
            s.rollback()
    engine.dispose()
    assert [tuple(r) for r in got[:2]] == [
        (sid, 1, 2, 105, True, 2),
        (idle_id, 0, 0, 0, False, 0),
    ]
    assert {r.falling for r in got[2:]} == {True, False}
    assert [tuple(r) for r in again] == [tuple(r) for r in got]
    assert _diff(database) == []
