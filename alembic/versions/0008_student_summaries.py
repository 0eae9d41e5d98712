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
    # The figures of the rows written so far (the services keep them from here on), written
    # out here rather than imported: the services' statement follows the models as they
    # change, a migration must keep computing from the tables as they are at this revision.
    # "falling": of the latest 10 mastery updates (at least 4), the newer half (n // 2)
    # averages more than 5 points below the older half; compared multiplied out, as
    # companion/services/student_summary.py does.
    op.execute(BACKFILL)


BACKFILL = """
INSERT INTO student_summaries
    (student_id, sessions, concepts, mastery_sum, falling, open_requests)
SELECT
    users.id,
    (SELECT count(*) FROM tutoring_sessions AS ts WHERE ts.student_id = users.id),
    (SELECT count(*) FROM knowledge_states AS ks WHERE ks.student_id = users.id),
    (SELECT coalesce(sum(ks.mastery), 0) FROM knowledge_states AS ks
     WHERE ks.student_id = users.id),
    (SELECT CASE WHEN count(*) >= 4
                  AND sum(CASE WHEN w.rn <= w.half THEN w.mastery ELSE 0 END)
                      * (count(*) - max(w.half))
                    < sum(CASE WHEN w.rn > w.half THEN w.mastery ELSE 0 END) * max(w.half)
                      - 5 * max(w.half) * (count(*) - max(w.half))
                 THEN TRUE ELSE FALSE END
     FROM (SELECT latest.mastery,
                  row_number() OVER (ORDER BY latest.at DESC, latest.id DESC) AS rn,
                  count(*) OVER () / 2 AS half
           FROM (SELECT me.mastery, me.at, me.id FROM mastery_events AS me
                 WHERE me.student_id = users.id
                 ORDER BY me.at DESC, me.id DESC LIMIT 10) AS latest) AS w),
    (SELECT count(*) FROM routing_decisions AS rd
     WHERE rd.student_id = users.id AND rd.status = 'open')
FROM users
WHERE users.role = 'student'
"""


def downgrade() -> None:
    op.drop_table("student_summaries")
