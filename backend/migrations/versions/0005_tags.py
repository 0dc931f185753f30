"""create tags and task_tags

Revision ID: 0005_tags
Revises: 0004_user_timezone
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_tags"
down_revision = "0004_user_timezone"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade():
    op.create_table(
        "tags",
        sa.Column("id", BIGINT_ID, nullable=False),
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("color", sa.String(length=7), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_tags_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("user_id", "name_key", name="uq_tags_user_name_key"),
    )
    op.create_table(
        "task_tags",
        sa.Column("task_id", BIGINT_ID, nullable=False),
        sa.Column("tag_id", BIGINT_ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_task_tags_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_task_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("task_id", "tag_id", name=op.f("pk_task_tags")),
    )
    op.create_index("ix_task_tags_tag_task", "task_tags", ["tag_id", "task_id"])


def downgrade():
    op.drop_index("ix_task_tags_tag_task", table_name="task_tags")
    op.drop_table("task_tags")
    op.drop_table("tags")
