"""create changes, add users.change_seq

Revision ID: 0012_change_feed
Revises: 0011_reminders_notifications
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_change_feed"
down_revision = "0011_reminders_notifications"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade():
    # Plain ALTER TABLE on both databases, as in 0002 (a batch copy on SQLite would lose the users' indexes).
    op.add_column("users", sa.Column("change_seq", sa.BigInteger(), server_default="0", nullable=False))
    op.create_table(
        "changes",
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("task_id", BIGINT_ID, nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_changes_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "seq", name=op.f("pk_changes")),
    )
    op.create_index("ix_changes_at", "changes", ["at"])


def downgrade():
    op.drop_index("ix_changes_at", table_name="changes")
    op.drop_table("changes")
    op.drop_column("users", "change_seq")
