"""product events (the event log behind the outcome figures and the nudge bandit)

Revision ID: 0010_product_events
Revises: 0002_used_exchange_codes
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005_product_events"
down_revision: str | None = "0004_accounts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "product_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=True),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["student_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("product_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_product_events_kind_at", ["kind", "at", "student_id", "ref_id"], unique=False
        )
        batch_op.create_index(
            "ix_product_events_student_kind_at", ["student_id", "kind", "at"], unique=False
        )
        batch_op.create_index(
            "ix_product_events_at_student_kind", ["at", "student_id", "kind"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("product_events", schema=None) as batch_op:
        batch_op.drop_index("ix_product_events_at_student_kind")
        batch_op.drop_index("ix_product_events_student_kind_at")
        batch_op.drop_index("ix_product_events_kind_at")
    op.drop_table("product_events")
