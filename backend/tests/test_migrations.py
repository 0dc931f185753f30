"""Migrations: upgrade from empty, downgrade to base, and the models match the migrated DDL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from taskforge import create_app
from taskforge.db import schema_filter
from taskforge.extensions import db
from tests.conftest import drop_database, recreate_database, test_settings

APP_TABLES = {
    "users",
    "revoked_tokens",
    "tasks",
    "tags",
    "task_tags",
    "audit_events",
    "reminders",
    "notifications",
    "email_deliveries",
    "changes",
    "idempotency_keys",
    "stream_tickets",
    "projects",
    "project_members",
    "project_teams",
    "project_preferences",
    "project_links",
    "teams",
    "team_members",
    "sections",
    "task_assignees",
    "comments",
    "notification_settings",
    "push_subscriptions",
    "push_deliveries",
    "account_tokens",
    "account_emails",
    "sessions",
    "api_tokens",
    "two_factor",
    "two_factor_recovery_codes",
    "two_factor_challenges",
    "webhooks",
    "webhook_deliveries",
}


@pytest.fixture(params=["postgresql", "sqlite"])
def empty_app(request, tmp_path) -> Iterator[Flask]:
    if request.param == "postgresql":
        base = os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/x")
        url = recreate_database(base.rsplit("/", 1)[0] + f"/taskforge_migrations_{os.getpid()}")
    else:
        url = f"sqlite:///{tmp_path / 'migrations.db'}"
    app = create_app(test_settings(url, tmp_path))
    yield app
    with app.app_context():
        db.engine.dispose()
    if request.param == "postgresql":
        drop_database(url)


def _tables(app: Flask) -> set[str]:
    with app.app_context():
        return set(inspect(db.engine).get_table_names())


def _schema_diff(app: Flask) -> list[object]:
    with app.app_context(), db.engine.connect() as connection:
        opts = {"compare_type": True, "include_object": schema_filter(connection.dialect.name)}
        context = MigrationContext.configure(connection, opts=opts)
        return list(compare_metadata(context, db.metadata))


# Neither Alembic nor SQLite reflection compares expression indexes; the test below checks them by behaviour.
@pytest.mark.filterwarnings("ignore:autogenerate skipping:UserWarning")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_upgrade_from_empty_matches_the_models(empty_app):
    assert _tables(empty_app) == set()
    with empty_app.app_context():
        upgrade()
    assert _tables(empty_app) == APP_TABLES | {"alembic_version"}
    assert _schema_diff(empty_app) == []


def test_downgrade_to_base_then_upgrade_again(empty_app):
    with empty_app.app_context():
        upgrade()
        downgrade(revision="base")
    assert _tables(empty_app) == {"alembic_version"}
    with empty_app.app_context():
        upgrade()
    assert _tables(empty_app) >= APP_TABLES


def test_each_step_down_and_up_keeps_the_case_insensitive_indexes(empty_app):
    """SQLite "move and copy" batch migrations silently drop expression indexes; no migration may do that."""
    insert = text("INSERT INTO users (username, email, password_hash, created_at) VALUES (:u, :e, 'h', :t)")
    with empty_app.app_context():
        upgrade()
        downgrade(revision="0001_initial")
        upgrade()
        with db.engine.begin() as connection:
            connection.execute(insert, {"u": "Ada", "e": "ada@example.com", "t": datetime.now(UTC)})
        with pytest.raises(IntegrityError), db.engine.begin() as connection:
            connection.execute(insert, {"u": "ada", "e": "other@example.com", "t": datetime.now(UTC)})


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Alice", "a@example.com"), ("alice", "b@example.com")),
        (("bob", "Bob@Example.com"), ("rob", "bob@example.com")),
    ],
)
def test_usernames_and_emails_are_unique_ignoring_case(empty_app, first, second):
    insert = text("INSERT INTO users (username, email, password_hash, created_at) VALUES (:u, :e, 'h', :t)")
    with empty_app.app_context():
        upgrade()
        with db.engine.begin() as connection:
            connection.execute(insert, {"u": first[0], "e": first[1], "t": datetime.now(UTC)})
        with pytest.raises(IntegrityError), db.engine.begin() as connection:
            connection.execute(insert, {"u": second[0], "e": second[1], "t": datetime.now(UTC)})


def test_existing_tasks_get_order_keys_in_creation_order(empty_app):
    with empty_app.app_context():
        upgrade(revision="0007_recurrence")
        with db.engine.begin() as connection:
            for user_id in (1, 2):
                connection.execute(
                    text(
                        "INSERT INTO users (id, username, email, password_hash, created_at, cache_generation,"
                        " timezone) VALUES (:id, :name, :email, 'x', :at, 0, 'UTC')"
                    ),
                    {
                        "id": user_id,
                        "name": f"u{user_id}",
                        "email": f"u{user_id}@example.com",
                        "at": datetime.now(UTC),
                    },
                )
            for task_id, user_id, day in ((10, 1, 3), (11, 1, 1), (12, 2, 5), (13, 1, 2)):
                connection.execute(
                    text(
                        "INSERT INTO tasks (id, user_id, title, completed, priority, created_at, updated_at,"
                        " version, timezone) VALUES (:id, :user, 't', false, 2, :at, :at, 1, 'UTC')"
                    ),
                    {"id": task_id, "user": user_id, "at": datetime(2030, 1, day, tzinfo=UTC)},
                )
        upgrade()
        with db.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT id FROM tasks WHERE user_id = 1 ORDER BY position, id")
            ).all()
            keys = connection.execute(text("SELECT position FROM tasks WHERE user_id = 1")).scalars().all()
    assert [row[0] for row in rows] == [11, 13, 10]
    assert len(set(keys)) == 3
