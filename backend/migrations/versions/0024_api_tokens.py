"""create api_tokens: personal API tokens for scripts (only each token's SHA-256 is stored)

Revision ID: 0024_api_tokens
Revises: 0021_trash
Create Date: 2026-12-07

`uq_api_tokens_token_hash` serves the lookup on every request a token authenticates; `ix_api_tokens_user_id`
the owner's list and the cascade when an account goes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0024_api_tokens"
down_revision = "0023_two_factor"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade():
    op.create_table(
        "api_tokens",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("scopes", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_api_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
    )
    op.create_index("ix_api_tokens_user_id", "api_tokens", ["user_id"])
    op.create_index("uq_api_tokens_token_hash", "api_tokens", ["token_hash"], unique=True)


def downgrade():
    op.drop_index("uq_api_tokens_token_hash", table_name="api_tokens")
    op.drop_index("ix_api_tokens_user_id", table_name="api_tokens")
    op.drop_table("api_tokens")
