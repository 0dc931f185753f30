"""sessions: one row per sign-in, named by its tokens' `sid` claim and revocable at once

Revision ID: 0022_sessions
Revises: 0021_trash
Create Date: 2026-12-07

Tokens issued before this revision carry no `sid` and are refused from now on (the generic 401): their
holders sign in again. Nothing needs copying.
"""

import sqlalchemy as sa
from alembic import op

revision = "0022_sessions"
down_revision = "0021_trash"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade():
    op.create_table(
        "sessions",
        sa.Column("id", BIGINT_ID, primary_key=True, autoincrement=True),
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_agent", sa.String(512), nullable=False, server_default=""),
        sa.Column("address", sa.String(64), nullable=False, server_default=""),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_sessions_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    op.create_index("ix_sessions_user_id_last_used_at", "sessions", ["user_id", "last_used_at"])


def downgrade():
    op.drop_index("ix_sessions_user_id_last_used_at", table_name="sessions")
    op.drop_table("sessions")
