"""concepts: the evidence behind a mastery estimate

Revision ID: 0005
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0003_concept_evidence"
down_revision: str | None = "0002_used_exchange_codes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("concepts", sa.Column("evidence", sa.Integer(), nullable=True))
    op.add_column(
        "concepts",
        sa.Column("measured", sa.Boolean(), nullable=False, server_default=sa.true()),
    )


def downgrade() -> None:
    op.drop_column("concepts", "measured")
    op.drop_column("concepts", "evidence")
