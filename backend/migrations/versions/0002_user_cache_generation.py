"""add users.cache_generation

Revision ID: 0002_cache_generation
Revises: 0001_initial
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_cache_generation"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on both databases (SQLite >= 3.35 drops columns natively): a batch "move and copy" on
# SQLite would silently lose the expression indexes on users.
def upgrade():
    op.add_column("users", sa.Column("cache_generation", sa.BigInteger(), server_default="0", nullable=False))


def downgrade():
    op.drop_column("users", "cache_generation")
