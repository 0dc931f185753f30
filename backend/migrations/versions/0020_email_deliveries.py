"""create email_deliveries (the email outbox for notifications)

Revision ID: 0020_email_deliveries
Revises: 0019_push
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0020_email_deliveries"
down_revision = "0019_push"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade():
    op.create_table(
        "email_deliveries",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("notification_id", BIGINT_ID, nullable=False),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["notification_id"],
            ["notifications.id"],
            name=op.f("fk_email_deliveries_notification_id_notifications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_deliveries")),
        sa.UniqueConstraint("notification_id", name=op.f("uq_email_deliveries_notification_id")),
    )
    op.create_index("ix_email_deliveries_due", "email_deliveries", ["next_attempt_at", "id"])


def downgrade():
    op.drop_table("email_deliveries")
