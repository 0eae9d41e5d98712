"""transcript drafts in the database (any backend worker or host finds a draft)

Revision ID: 0007_transcript_drafts
Revises: 0006_outcome_rollups
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007_transcript_drafts"
down_revision: str | None = "0006_outcome_rollups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "transcript_drafts",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("transcript_drafts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transcript_drafts_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_transcript_drafts_owner_id"), ["owner_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("transcript_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transcript_drafts_owner_id"))
        batch_op.drop_index(batch_op.f("ix_transcript_drafts_created_at"))
    op.drop_table("transcript_drafts")
