"""create reminders and notifications

Revision ID: 0011_reminders_notifications
Revises: 0010_calendar_token
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_reminders_notifications"
down_revision = "0010_calendar_token"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
WHEN = sa.DateTime(timezone=True)


def upgrade():
    op.create_table(
        "reminders",
        sa.Column("id", BIGINT_ID, nullable=False),
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("task_id", BIGINT_ID, nullable=False),
        sa.Column("at", WHEN, nullable=True),
        sa.Column("before_due", sa.Integer(), nullable=True),
        sa.Column("fire_at", WHEN, nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claimed_until", WHEN, nullable=True),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("notified_at", WHEN, nullable=True),
        sa.Column("emailed_at", WHEN, nullable=True),
        sa.Column("email_failed_at", WHEN, nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("sent_at", WHEN, nullable=True),
        sa.Column("late", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.CheckConstraint("(at IS NULL) <> (before_due IS NULL)", name=op.f("ck_reminders_one_trigger")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_reminders_user_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_reminders_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders")),
    )
    op.create_index("ix_reminders_task_id", "reminders", ["task_id"])
    # The worker's queue: unsent reminders by time, and nothing else.
    op.create_index(
        "ix_reminders_pending",
        "reminders",
        ["fire_at"],
        postgresql_where=sa.text("sent_at IS NULL"),
        sqlite_where=sa.text("sent_at IS NULL"),
    )
    op.create_table(
        "notifications",
        sa.Column("id", BIGINT_ID, nullable=False),
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("task_id", BIGINT_ID, nullable=False),
        sa.Column("reminder_id", BIGINT_ID, nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_date", WHEN, nullable=True),
        sa.Column("fire_at", WHEN, nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("read_at", WHEN, nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_notifications_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
        sa.UniqueConstraint("reminder_id", name=op.f("uq_notifications_reminder_id")),
    )
    op.create_index("ix_notifications_user_id", "notifications", ["user_id", "id"])


def downgrade():
    op.drop_index("ix_notifications_user_id", table_name="notifications")
    op.drop_table("notifications")
    op.drop_index("ix_reminders_pending", table_name="reminders")
    op.drop_index("ix_reminders_task_id", table_name="reminders")
    op.drop_table("reminders")
