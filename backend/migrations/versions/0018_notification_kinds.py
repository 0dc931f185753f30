"""notifications for people (assigned, mentioned, commented, shared) and each person's settings

Revision ID: 0018_notification_kinds
Revises: 0017_comments
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_notification_kinds"
down_revision = "0017_comments"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# Reflect the one table alone: following its foreign keys would reflect users, whose expression indexes
# SQLAlchemy cannot reflect (and warns about).
NO_FK_TABLES = {"resolve_fks": False}
LINKS = ("project_id", "team_id", "comment_id")


def upgrade():
    with op.batch_alter_table("notifications", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.alter_column("task_id", existing_type=BIGINT_ID, nullable=True)
        for column in LINKS:
            batch.add_column(sa.Column(column, BIGINT_ID, nullable=True))
        batch.add_column(sa.Column("actor_id", BIGINT_ID, nullable=True))
        batch.add_column(sa.Column("shown", sa.Boolean(), server_default=sa.text("true"), nullable=False))
        batch.create_foreign_key(
            batch.f("fk_notifications_actor_id_users"), "users", ["actor_id"], ["id"], ondelete="SET NULL"
        )
    op.create_table(
        "notification_settings",
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("in_app", sa.Boolean(), nullable=False),
        sa.Column("email", sa.Boolean(), nullable=False),
        sa.Column("push", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_notification_settings_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "kind", name=op.f("pk_notification_settings")),
    )


def downgrade():
    op.drop_table("notification_settings")
    op.execute("DELETE FROM notifications WHERE task_id IS NULL")  # a project's or team's: no place before
    with op.batch_alter_table("notifications", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.drop_constraint("fk_notifications_actor_id_users", type_="foreignkey")
        batch.drop_column("shown")
        batch.drop_column("actor_id")
        for column in reversed(LINKS):
            batch.drop_column(column)
        batch.alter_column("task_id", existing_type=BIGINT_ID, nullable=False)
