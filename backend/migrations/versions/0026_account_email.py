"""add users.email_verified_at, account_tokens and account_emails (password reset, verification, email change)

Revision ID: 0026_account_email
Revises: 0022_sessions
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0026_account_email"
down_revision = "0025_webhooks"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
WHEN = sa.DateTime(timezone=True)


def upgrade():
    # Plain ALTER TABLE on both databases (a batch copy on SQLite would lose the users' expression indexes).
    op.add_column("users", sa.Column("email_verified_at", WHEN, nullable=True))
    # Accounts from before verification existed count as verified: their addresses have been receiving
    # notification emails, and holding those back now would silently stop what people rely on.
    op.execute("UPDATE users SET email_verified_at = CURRENT_TIMESTAMP")
    op.create_table(
        "account_tokens",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("new_email", sa.String(length=254), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.Column("used_at", WHEN, nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_account_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_account_tokens_token_hash")),
    )
    op.create_index("ix_account_tokens_user_purpose", "account_tokens", ["user_id", "purpose"])
    op.create_table(
        "account_emails",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("user_id", BIGINT_ID, nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("next_attempt_at", WHEN, nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claimed_until", WHEN, nullable=True),
        sa.Column("delivered_at", WHEN, nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_account_emails_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_emails")),
    )
    op.create_index("ix_account_emails_due", "account_emails", ["next_attempt_at", "id"])
    op.create_index(op.f("ix_account_emails_user_id"), "account_emails", ["user_id"])


def downgrade():
    op.drop_table("account_emails")
    op.drop_table("account_tokens")
    op.drop_column("users", "email_verified_at")
