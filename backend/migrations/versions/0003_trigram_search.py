"""trigram indexes for substring search (PostgreSQL only)

Revision ID: 0003_trigram_search
Revises: 0002_cache_generation
Create Date: 2026-11-22
"""

from alembic import op

revision = "0003_trigram_search"
down_revision = "0002_cache_generation"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite has no trigram indexes; its searches scan, which is fine at local scale
    op.execute(
        "CREATE EXTENSION IF NOT EXISTS pg_trgm"
    )  # a trusted extension: the database owner may create it
    for column in ("title", "description"):
        op.create_index(
            f"ix_tasks_{column}_trgm",
            "tasks",
            [column],
            postgresql_using="gin",
            postgresql_ops={column: "gin_trgm_ops"},
        )


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in ("title", "description"):
        op.drop_index(f"ix_tasks_{column}_trgm", table_name="tasks")
