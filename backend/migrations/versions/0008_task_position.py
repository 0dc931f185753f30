"""add tasks.position (manual order)

Revision ID: 0008_task_position
Revises: 0007_recurrence
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op
from fractional_indexing import generate_n_keys_between

revision = "0008_task_position"
down_revision = "0007_recurrence"
branch_labels = None
depends_on = None

# Order keys compare byte by byte: on PostgreSQL a locale collation would sort "a" and "B" differently.
POSITION = sa.String(64).with_variant(sa.String(64, collation="C"), "postgresql")


def upgrade():
    op.add_column("tasks", sa.Column("position", POSITION, server_default="a0", nullable=False))
    # Existing tasks keep their creation order: one key each, per user.
    connection = op.get_bind()
    tasks = sa.table(
        "tasks", sa.column("id"), sa.column("user_id"), sa.column("created_at"), sa.column("position")
    )
    rows = connection.execute(
        sa.select(tasks.c.id, tasks.c.user_id).order_by(tasks.c.user_id, tasks.c.created_at, tasks.c.id)
    ).all()
    by_user: dict[int, list[int]] = {}
    for task_id, user_id in rows:
        by_user.setdefault(user_id, []).append(task_id)
    for ids in by_user.values():
        for task_id, key in zip(ids, generate_n_keys_between(None, None, len(ids)), strict=True):
            connection.execute(sa.update(tasks).where(tasks.c.id == task_id).values(position=key))
    op.create_index("ix_tasks_user_position", "tasks", ["user_id", "position", "id"])


def downgrade():
    op.drop_index("ix_tasks_user_position", table_name="tasks")
    op.drop_column("tasks", "position")
