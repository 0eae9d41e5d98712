"""student summaries: one row per student with the tutor home's figures (sessions, concepts,
mastery sum, falling mastery, open requests), backfilled from the rows they summarise

Revision ID: 0008_student_summaries
Revises: 0007_transcript_drafts
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_student_summaries"
down_revision: str | None = "0007_transcript_drafts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "student_summaries",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("concepts", sa.Integer(), nullable=False),
        sa.Column("mastery_sum", sa.Integer(), nullable=False),
        sa.Column("falling", sa.Boolean(), nullable=False),
        sa.Column("open_requests", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["student_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("student_id"),
    )
    # The figures of the rows written so far (the services keep them from here on). The
    # statement is the services' own (one rule for "falling"), built from the tables as
    # they are at this revision.
    from companion.services.student_summary import rebuild_statement

    bind = op.get_bind()
    bind.execute(rebuild_statement(bind.dialect.name))


def downgrade() -> None:
    op.drop_table("student_summaries")
