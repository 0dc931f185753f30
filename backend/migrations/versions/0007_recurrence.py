"""add recurrence to tasks: rule, anchor, zone and series

Revision ID: 0007_recurrence
Revises: 0006_subtasks
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_recurrence"
down_revision = "0006_subtasks"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
NO_FK_TABLES = {"resolve_fks": False}  # see 0006: reflect tasks alone


def upgrade():
    with op.batch_alter_table("tasks", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.add_column(sa.Column("timezone", sa.String(64), server_default="UTC", nullable=False))
        batch.add_column(sa.Column("rrule", sa.String(500), nullable=True))
        batch.add_column(sa.Column("recurrence_anchor", sa.String(10), nullable=True))
        batch.add_column(sa.Column("series_id", BIGINT_ID, nullable=True))
        batch.add_column(sa.Column("series_start", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("occurrence", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("previous_id", BIGINT_ID, nullable=True))
        batch.create_foreign_key(
            batch.f("fk_tasks_previous_id_tasks"), "tasks", ["previous_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_unique_constraint(batch.f("uq_tasks_previous_id"), ["previous_id"])
        batch.create_index(batch.f("ix_tasks_series_id"), ["series_id"])


def downgrade():
    with op.batch_alter_table("tasks", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.drop_index(batch.f("ix_tasks_series_id"))
        batch.drop_constraint(batch.f("uq_tasks_previous_id"), type_="unique")
        batch.drop_constraint(batch.f("fk_tasks_previous_id_tasks"), type_="foreignkey")
        for column in (
            "previous_id",
            "occurrence",
            "series_start",
            "series_id",
            "recurrence_anchor",
            "rrule",
        ):
            batch.drop_column(column)
        batch.drop_column("timezone")
