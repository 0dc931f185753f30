"""create comments

Revision ID: 0017_comments
Revises: 0016_task_assignees
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_comments"
down_revision = "0016_task_assignees"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade():
    op.create_table(
        "comments",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("task_id", BIGINT_ID, nullable=False),
        sa.Column("author_id", BIGINT_ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_comments_version_positive")),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_comments_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_comments_author_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
    )
    op.create_index("ix_comments_task_id", "comments", ["task_id", "id"])
    op.create_index("ix_comments_author_id", "comments", ["author_id"])


def downgrade():
    op.drop_index("ix_comments_author_id", table_name="comments")
    op.drop_index("ix_comments_task_id", table_name="comments")
    op.drop_table("comments")
