"""create task_assignees

Revision ID: 0016_task_assignees
Revises: 0015_projects
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_task_assignees"
down_revision = "0015_projects"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade():
    op.create_table(
        "task_assignees",
        sa.Column("task_id", BIGINT_ID, nullable=False),
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_task_assignees_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_task_assignees_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("task_id", "user_id", name=op.f("pk_task_assignees")),
    )
    op.create_index("ix_task_assignees_user_task", "task_assignees", ["user_id", "task_id"])


def downgrade():
    op.drop_index("ix_task_assignees_user_task", table_name="task_assignees")
    op.drop_table("task_assignees")
