"""add users.calendar_token_hash

Revision ID: 0010_calendar_token
Revises: 0009_audit_events
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_calendar_token"
down_revision = "0009_audit_events"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on both databases, as in 0002 and 0004 (a batch copy on SQLite would lose the users'
# expression indexes); the unique index is its own statement.
def upgrade():
    op.add_column("users", sa.Column("calendar_token_hash", sa.String(64), nullable=True))
    op.create_index("uq_users_calendar_token_hash", "users", ["calendar_token_hash"], unique=True)


def downgrade():
    op.drop_index("uq_users_calendar_token_hash", table_name="users")
    op.drop_column("users", "calendar_token_hash")
