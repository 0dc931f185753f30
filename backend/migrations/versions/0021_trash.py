"""the trash: deleted tasks and projects are kept (deleted_at, deleted_by_id) until purged

Revision ID: 0021_trash
Revises: 0020_email_deliveries
Create Date: 2026-12-07

Every task of a deleted tree names the tree's root in `trashed_with_id` (the root names itself), so restoring
a root brings back only what went with it. Partial indexes serve the trash listing (by project, newest
first) and the worker's purge scan (oldest first); the hot list indexes are unchanged: live tasks are nearly
all rows, and `deleted_at IS NULL` is checked on the rows they return.
"""

import sqlalchemy as sa
from alembic import op

revision = "0021_trash"
down_revision = "0020_email_deliveries"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
NO_FK_TABLES = {"resolve_fks": False}
TRASH_ROOT = "trashed_with_id = id"
DELETED = "deleted_at IS NOT NULL"


def upgrade():
    for table in ("tasks", "projects"):
        with op.batch_alter_table(table, reflect_kwargs=NO_FK_TABLES) as batch:
            batch.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
            batch.add_column(sa.Column("deleted_by_id", BIGINT_ID, nullable=True))
            if table == "tasks":
                batch.add_column(sa.Column("trashed_with_id", BIGINT_ID, nullable=True))
            batch.create_foreign_key(
                batch.f(f"fk_{table}_deleted_by_id_users"),
                "users",
                ["deleted_by_id"],
                ["id"],
                ondelete="SET NULL",
            )
    op.create_index("ix_tasks_trashed_with_id", "tasks", ["trashed_with_id"])
    root = {"postgresql_where": sa.text(TRASH_ROOT), "sqlite_where": sa.text(TRASH_ROOT)}
    op.create_index("ix_tasks_trash", "tasks", ["project_id", "deleted_at", "id"], **root)
    op.create_index("ix_tasks_trash_purge", "tasks", ["deleted_at", "id"], **root)
    deleted = {"postgresql_where": sa.text(DELETED), "sqlite_where": sa.text(DELETED)}
    op.create_index("ix_projects_trash", "projects", ["deleted_at", "id"], **deleted)


def downgrade():
    # What is in the trash was deleted: it goes for good, as before this revision.
    op.execute("DELETE FROM tasks WHERE deleted_at IS NOT NULL")
    op.execute("DELETE FROM projects WHERE deleted_at IS NOT NULL")
    op.drop_index("ix_projects_trash", table_name="projects")
    op.drop_index("ix_tasks_trash_purge", table_name="tasks")
    op.drop_index("ix_tasks_trash", table_name="tasks")
    op.drop_index("ix_tasks_trashed_with_id", table_name="tasks")
    for table in ("tasks", "projects"):
        with op.batch_alter_table(table, reflect_kwargs=NO_FK_TABLES) as batch:
            batch.drop_constraint(batch.f(f"fk_{table}_deleted_by_id_users"), type_="foreignkey")
            if table == "tasks":
                batch.drop_column("trashed_with_id")
            batch.drop_column("deleted_by_id")
            batch.drop_column("deleted_at")
