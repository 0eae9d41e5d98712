"""used exchange codes (each sign-in exchange code works once)

Revision ID: 0002_used_exchange_codes
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002_used_exchange_codes"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "used_exchange_codes",
        sa.Column("jti", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("jti"),
    )
    with op.batch_alter_table("used_exchange_codes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_used_exchange_codes_expires_at"), ["expires_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("used_exchange_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_used_exchange_codes_expires_at"))
    op.drop_table("used_exchange_codes")
