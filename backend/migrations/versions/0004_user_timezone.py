"""add users.timezone

Revision ID: 0004_user_timezone
Revises: 0003_trigram_search
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_user_timezone"
down_revision = "0003_trigram_search"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on both databases, as in 0002 (a batch copy on SQLite would lose the users' expression
# indexes).
def upgrade():
    op.add_column("users", sa.Column("timezone", sa.String(64), server_default="UTC", nullable=False))


def downgrade():
    op.drop_column("users", "timezone")
