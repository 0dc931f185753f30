"""two-factor authentication: TOTP seeds (sealed), recovery code hashes, pending sign-in challenges

Revision ID: 0023_two_factor
Revises: 0021_trash
Create Date: 2026-12-07

The seed is sealed with taskforge.secretbox (the server reads it back to check codes); recovery codes and
challenges are random, so only their SHA-256 is kept. Every row goes with its user.
"""

import sqlalchemy as sa
from alembic import op

revision = "0023_two_factor"
down_revision = "0022_sessions"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
NOW = sa.DateTime(timezone=True)


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["user_id"], ["users.id"], name=op.f(f"fk_{table}_user_id_users"), ondelete="CASCADE"
    )


def upgrade():
    op.create_table(
        "two_factor",
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("secret_sealed", sa.Text(), nullable=False),
        sa.Column("created_at", NOW, nullable=False),
        sa.Column("enabled_at", NOW, nullable=True),
        sa.Column("last_step", sa.BigInteger(), nullable=True),
        _user_fk("two_factor"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_two_factor")),
    )
    op.create_table(
        "two_factor_recovery_codes",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("used_at", NOW, nullable=True),
        _user_fk("two_factor_recovery_codes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_two_factor_recovery_codes")),
    )
    op.create_index(
        "ix_two_factor_recovery_codes_user_id", "two_factor_recovery_codes", ["user_id"], unique=False
    )
    op.create_table(
        "two_factor_challenges",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", NOW, nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        _user_fk("two_factor_challenges"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_two_factor_challenges")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_two_factor_challenges_token_hash")),
    )
    op.create_index("ix_two_factor_challenges_user_id", "two_factor_challenges", ["user_id"], unique=False)


def downgrade():
    op.drop_index("ix_two_factor_challenges_user_id", table_name="two_factor_challenges")
    op.drop_table("two_factor_challenges")
    op.drop_index("ix_two_factor_recovery_codes_user_id", table_name="two_factor_recovery_codes")
    op.drop_table("two_factor_recovery_codes")
    op.drop_table("two_factor")
