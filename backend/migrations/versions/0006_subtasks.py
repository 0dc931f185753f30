"""add tasks.parent_id (subtasks)

Revision ID: 0006_subtasks
Revises: 0005_tags
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_subtasks"
down_revision = "0005_tags"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# Reflect tasks alone: following its foreign key would reflect users, whose expression indexes SQLAlchemy
# cannot reflect (and warns about). Only the tasks table is copied either way.
NO_FK_TABLES = {"resolve_fks": False}


def upgrade():
    # batch: SQLite cannot add a foreign key to an existing table in place (tasks has no expression indexes).
    with op.batch_alter_table("tasks", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.add_column(sa.Column("parent_id", BIGINT_ID, nullable=True))
        batch.create_foreign_key(
            batch.f("fk_tasks_parent_id_tasks"), "tasks", ["parent_id"], ["id"], ondelete="CASCADE"
        )
        batch.create_index(batch.f("ix_tasks_parent_id"), ["parent_id"])


def downgrade():
    with op.batch_alter_table("tasks", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.drop_index(batch.f("ix_tasks_parent_id"))
        batch.drop_constraint(batch.f("fk_tasks_parent_id_tasks"), type_="foreignkey")
        batch.drop_column("parent_id")
