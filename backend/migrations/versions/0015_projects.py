# ruff: noqa: S608 - every SQL text here is built from this file's own constants, never from input
"""projects, sharing (members, teams, links), sections; every task, change and audit event in a project

Every existing user gets an Inbox project (owned, never shared) holding all of their tasks; their change
stream and audit history move with them, so clients resume from their cursors after a reload.

Revision ID: 0015_projects
Revises: 0014_stream_tickets
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_projects"
down_revision = "0014_stream_tickets"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
POSITION = sa.String(64).with_variant(sa.String(64, collation="C"), "postgresql")
# Reflect one table alone: following its foreign keys would reflect users, whose expression indexes
# SQLAlchemy cannot reflect (and warns about). Only the named table is copied either way.
NO_FK_TABLES = {"resolve_fks": False}
OWNER = 4
OLD_TASK_INDEXES = ("created", "updated", "due", "priority", "title", "completed", "position")
TASK_INDEX_COLUMNS = {
    "created": ["created_at", "id"],
    "updated": ["updated_at", "id"],
    "due": ["due_date", "id"],
    "priority": ["priority", "id"],
    "title": ["title", "id"],
    "completed": ["completed", "created_at"],
    "position": ["position", "id"],
}


def _fk(table, column, target, ondelete):
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _create_tables():
    op.create_table(
        "projects",
        sa.Column("id", BIGINT_ID, nullable=False),
        sa.Column("owner_id", BIGINT_ID, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("color", sa.String(length=7), nullable=False),
        sa.Column("archived", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("is_inbox", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("generation", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("pruned_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("grants_version", sa.BigInteger(), server_default="0", nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_projects_version_positive")),
        _fk("projects", "owner_id", "users", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    op.create_index("ix_projects_owner_id", "projects", ["owner_id"])
    op.create_index(
        "uq_projects_inbox",
        "projects",
        ["owner_id"],
        unique=True,
        postgresql_where=sa.text("is_inbox IS true"),
        sqlite_where=sa.text("is_inbox IS 1"),
    )
    op.create_table(
        "teams",
        sa.Column("id", BIGINT_ID, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_by", BIGINT_ID, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_teams_version_positive")),
        _fk("teams", "created_by", "users", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
    )
    for table, other, role_max in (("project_members", "user", 4), ("project_teams", "team", 3)):
        op.create_table(
            table,
            sa.Column("project_id", BIGINT_ID, nullable=False),
            sa.Column(f"{other}_id", BIGINT_ID, nullable=False),
            sa.Column("role", sa.SmallInteger(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.CheckConstraint(f"role BETWEEN 1 AND {role_max}", name=op.f(f"ck_{table}_role_range")),
            _fk(table, "project_id", "projects", "CASCADE"),
            _fk(table, f"{other}_id", f"{other}s", "CASCADE"),
            sa.PrimaryKeyConstraint("project_id", f"{other}_id", name=op.f(f"pk_{table}")),
        )
        op.create_index(f"ix_{table}_{other}", table, [f"{other}_id", "project_id"])
    op.create_table(
        "team_members",
        sa.Column("team_id", BIGINT_ID, nullable=False),
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("role", sa.SmallInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role BETWEEN 1 AND 2", name=op.f("ck_team_members_role_range")),
        _fk("team_members", "team_id", "teams", "CASCADE"),
        _fk("team_members", "user_id", "users", "CASCADE"),
        sa.PrimaryKeyConstraint("team_id", "user_id", name=op.f("pk_team_members")),
    )
    op.create_index("ix_team_members_user", "team_members", ["user_id", "team_id"])
    op.create_table(
        "project_preferences",
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("project_id", BIGINT_ID, nullable=False),
        sa.Column("favorite", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("position", POSITION, server_default="a0", nullable=False),
        _fk("project_preferences", "user_id", "users", "CASCADE"),
        _fk("project_preferences", "project_id", "projects", "CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "project_id", name=op.f("pk_project_preferences")),
    )
    op.create_index("ix_project_preferences_project_id", "project_preferences", ["project_id"])
    op.create_table(
        "project_links",
        sa.Column("id", BIGINT_ID, nullable=False),
        sa.Column("project_id", BIGINT_ID, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_by", BIGINT_ID, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _fk("project_links", "project_id", "projects", "CASCADE"),
        _fk("project_links", "created_by", "users", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_links")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_project_links_token_hash")),
    )
    op.create_index("ix_project_links_project_id", "project_links", ["project_id"])
    op.create_table(
        "sections",
        sa.Column("id", BIGINT_ID, nullable=False),
        sa.Column("project_id", BIGINT_ID, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", POSITION, server_default="a0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_sections_version_positive")),
        _fk("sections", "project_id", "projects", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sections")),
    )
    op.create_index("ix_sections_project_position", "sections", ["project_id", "position", "id"])


def _create_inboxes():
    """An Inbox per user, owned by them, holding their change counter; its member and sidebar rows."""
    op.execute(
        "INSERT INTO projects (owner_id, name, color, archived, is_inbox, created_at, updated_at, version,"
        " generation, change_seq, pruned_seq, grants_version)"
        " SELECT u.id, 'Inbox', '#6c757d', false, true, u.created_at, u.created_at, 1, 0, u.change_seq,"
        " COALESCE((SELECT MIN(c.seq) - 1 FROM changes c WHERE c.user_id = u.id), u.change_seq), 0"
        " FROM users u"
    )
    op.execute(
        "INSERT INTO project_members (project_id, user_id, role, created_at)"
        f" SELECT id, owner_id, {OWNER}, created_at FROM projects"
    )
    op.execute(
        "INSERT INTO project_preferences (user_id, project_id, favorite, position)"
        " SELECT owner_id, id, false, 'a0' FROM projects"
    )


INBOX_OF_USER = "(SELECT p.id FROM projects p WHERE p.owner_id = {column} AND p.is_inbox)"


def _move_tasks_into_inboxes():
    with op.batch_alter_table("tasks", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.add_column(sa.Column("project_id", BIGINT_ID, nullable=True))
        batch.add_column(sa.Column("section_id", BIGINT_ID, nullable=True))
    op.execute(f"UPDATE tasks SET project_id = {INBOX_OF_USER.format(column='tasks.user_id')}")
    with op.batch_alter_table("tasks", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.alter_column("project_id", existing_type=BIGINT_ID, nullable=False)
        batch.create_foreign_key(
            batch.f("fk_tasks_project_id_projects"), "projects", ["project_id"], ["id"], ondelete="CASCADE"
        )
        batch.create_foreign_key(
            batch.f("fk_tasks_section_id_sections"), "sections", ["section_id"], ["id"], ondelete="SET NULL"
        )
        for name in OLD_TASK_INDEXES:
            batch.drop_index(f"ix_tasks_user_{name}")
        for name, columns in TASK_INDEX_COLUMNS.items():
            batch.create_index(f"ix_tasks_project_{name}", ["project_id", *columns])
        batch.create_index("ix_tasks_section_id", ["section_id"])
        batch.create_index("ix_tasks_user_id", ["user_id"])


def _set_aside(table, new_name):
    """Rename a table whose replacement takes its name (on PostgreSQL its primary key's index too, since
    index names are per schema)."""
    op.rename_table(table, new_name)
    op.drop_index(f"ix_{table}_at", table_name=new_name)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE {new_name} RENAME CONSTRAINT pk_{table} TO pk_{new_name}")


def _move_changes_into_inbox_streams():
    _set_aside("changes", "changes_by_user")
    op.create_table(
        "changes",
        sa.Column("project_id", BIGINT_ID, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), server_default="task", nullable=False),
        sa.Column("entity_id", BIGINT_ID, nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("actor_id", BIGINT_ID, nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        _fk("changes", "project_id", "projects", "CASCADE"),
        sa.PrimaryKeyConstraint("project_id", "seq", name=op.f("pk_changes")),
    )
    op.create_index("ix_changes_at", "changes", ["at"])
    op.execute(
        "INSERT INTO changes (project_id, seq, kind, entity_id, action, actor_id, at)"
        f" SELECT {INBOX_OF_USER.format(column='c.user_id')}, c.seq, 'task', c.task_id, c.action,"
        " CASE WHEN c.action = 'reminder' THEN NULL ELSE c.user_id END, c.at FROM changes_by_user c"
    )
    op.drop_table("changes_by_user")
    op.drop_column("users", "change_seq")


def _give_audit_events_their_project():
    with op.batch_alter_table("audit_events", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.add_column(sa.Column("project_id", BIGINT_ID, nullable=True))
    op.execute(f"UPDATE audit_events SET project_id = {INBOX_OF_USER.format(column='audit_events.user_id')}")
    with op.batch_alter_table("audit_events", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.alter_column("project_id", existing_type=BIGINT_ID, nullable=False)
        batch.drop_index("ix_audit_events_user_task")
        batch.create_index("ix_audit_events_project", ["project_id", "id"])
        batch.create_index("ix_audit_events_task", ["task_id", "id"])


def upgrade():
    _create_tables()
    _create_inboxes()
    _move_tasks_into_inboxes()
    _move_changes_into_inbox_streams()
    _give_audit_events_their_project()


def downgrade():
    """Back to one list per user: every task returns to its creator (as the single-user schema had it), the
    inbox streams become the users' change streams again, and everything about sharing is dropped."""
    with op.batch_alter_table("audit_events", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.drop_index("ix_audit_events_task")
        batch.drop_index("ix_audit_events_project")
        batch.create_index("ix_audit_events_user_task", ["user_id", "task_id", "id"])
        batch.drop_column("project_id")
    op.add_column("users", sa.Column("change_seq", sa.BigInteger(), server_default="0", nullable=False))
    op.execute(
        "UPDATE users SET change_seq = COALESCE("
        "(SELECT p.change_seq FROM projects p WHERE p.owner_id = users.id AND p.is_inbox), 0)"
    )
    _set_aside("changes", "changes_by_project")
    op.create_table(
        "changes",
        sa.Column("user_id", BIGINT_ID, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("task_id", BIGINT_ID, nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        _fk("changes", "user_id", "users", "CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "seq", name=op.f("pk_changes")),
    )
    op.create_index("ix_changes_at", "changes", ["at"])
    op.execute(
        "INSERT INTO changes (user_id, seq, task_id, action, at)"
        " SELECT p.owner_id, c.seq, c.entity_id, c.action, c.at FROM changes_by_project c"
        " JOIN projects p ON p.id = c.project_id"
        " WHERE p.is_inbox AND c.kind = 'task' AND length(c.action) <= 16"
    )
    op.drop_table("changes_by_project")
    with op.batch_alter_table("tasks", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.drop_index("ix_tasks_user_id")
        batch.drop_index("ix_tasks_section_id")
        for name in TASK_INDEX_COLUMNS:
            batch.drop_index(f"ix_tasks_project_{name}")
        for name, columns in TASK_INDEX_COLUMNS.items():
            batch.create_index(f"ix_tasks_user_{name}", ["user_id", *columns])
        batch.drop_constraint(batch.f("fk_tasks_section_id_sections"), type_="foreignkey")
        batch.drop_constraint(batch.f("fk_tasks_project_id_projects"), type_="foreignkey")
        batch.drop_column("section_id")
        batch.drop_column("project_id")
    # In one list per user, a task's tags and reminders are its user's, and a subtask is under its user's task.
    op.execute(
        "DELETE FROM task_tags WHERE (SELECT t.user_id FROM tasks t WHERE t.id = task_tags.task_id) <> "
        "(SELECT g.user_id FROM tags g WHERE g.id = task_tags.tag_id)"
    )
    op.execute(
        "DELETE FROM reminders WHERE user_id <> (SELECT t.user_id FROM tasks t WHERE t.id = reminders.task_id)"
    )
    op.execute(
        "UPDATE tasks SET parent_id = NULL WHERE parent_id IS NOT NULL AND user_id <> "
        "(SELECT parent.user_id FROM tasks parent WHERE parent.id = tasks.parent_id)"
    )
    for table in (
        "sections",
        "project_links",
        "project_preferences",
        "team_members",
        "project_teams",
        "project_members",
        "teams",
    ):
        op.drop_table(table)
    op.drop_index("uq_projects_inbox", table_name="projects")
    op.drop_index("ix_projects_owner_id", table_name="projects")
    op.drop_table("projects")
