"""outcome rollups: activity_days, one row per student per UTC day of activity; a partial
index of sent nudges that carries their data (the funnel reads it without the heap)

Revision ID: 0006_outcome_rollups
Revises: 0005_product_events
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006_outcome_rollups"
down_revision: str | None = "0005_product_events"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As companion/services/events.py: a sent nudge is not activity; these kinds are a reference.
NUDGE_SENT = "nudge_sent"
REFERENCE_KINDS = ("chat_cited", "analysis_shown", "review_done")


def upgrade() -> None:
    op.create_table(
        "activity_days",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("reference", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["student_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("student_id", "day"),
    )
    # The rollup of the events logged so far (the services keep it from here on).
    postgres = op.get_bind().dialect.name == "postgresql"
    day = "(at AT TIME ZONE 'UTC')::date" if postgres else "date(at)"
    kinds = ", ".join(f"'{k}'" for k in REFERENCE_KINDS)
    op.execute(
        "INSERT INTO activity_days (student_id, day, last_at, reference) "
        f"SELECT student_id, {day}, max(at), max(CASE WHEN kind IN ({kinds}) THEN 1 ELSE 0 END) "
        f"FROM product_events WHERE kind <> '{NUDGE_SENT}' GROUP BY student_id, {day}"
    )
    with op.batch_alter_table("activity_days", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activity_days_day", ["day", "student_id", "reference", "last_at"], unique=False
        )
        batch_op.create_index(
            "ix_activity_days_student_last", ["student_id", "last_at"], unique=False
        )


    nudges = sa.text(f"kind = '{NUDGE_SENT}'")
    with op.batch_alter_table("product_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_product_events_nudges",
            ["at", "student_id", "ref_id"],
            unique=False,
            postgresql_include=["data"],
            postgresql_where=nudges,
            sqlite_where=nudges,
        )


def downgrade() -> None:
    with op.batch_alter_table("product_events", schema=None) as batch_op:
        batch_op.drop_index("ix_product_events_nudges")
    with op.batch_alter_table("activity_days", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_days_student_last")
        batch_op.drop_index("ix_activity_days_day")
    op.drop_table("activity_days")
