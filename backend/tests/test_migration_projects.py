"""Migration 0015 on a populated database: every user's tasks, change stream and history move into their new
Inbox (and the API serves them from there), and the downgrade gives each user their list back."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text

from taskforge import create_app
from taskforge.extensions import db
from tests.conftest import drop_database, recreate_database, test_settings
from tests.factories import token as signed_token

BEFORE = "0014_stream_tickets"
T0 = datetime(2030, 1, 1, tzinfo=UTC)


@pytest.fixture(params=["postgresql", "sqlite"])
def old_app(request, tmp_path) -> Iterator[Flask]:
    if request.param == "postgresql":
        base = os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/x")
        url = recreate_database(base.rsplit("/", 1)[0] + f"/taskforge_projects_migration_{os.getpid()}")
    else:
        url = f"sqlite:///{tmp_path / 'projects.db'}"
    app = create_app(test_settings(url, tmp_path))
    with app.app_context():
        upgrade(revision=BEFORE)
    yield app
    with app.app_context():
        db.engine.dispose()
    if request.param == "postgresql":
        drop_database(url)


def run(app: Flask, sql: str, **params) -> list:
    with app.app_context(), db.engine.begin() as connection:
        result = connection.execute(text(sql), params)
        return list(result) if result.returns_rows else []


def populate(app: Flask) -> None:
    """Two users as the single-user schema had them: tasks with a subtask, tags, reminders, a change stream
    whose first change was pruned, and audit events."""
    for user_id in (1, 2):
        run(
            app,
            "INSERT INTO users (id, username, email, password_hash, created_at, cache_generation, change_seq,"
            " timezone) VALUES (:id, :name, :email, 'x', :at, 5, 3, 'UTC')",
            id=user_id,
            name=f"u{user_id}",
            email=f"u{user_id}@example.com",
            at=T0,
        )
    for task_id, user_id, parent in ((10, 1, None), (11, 1, 10), (12, 2, None)):
        run(
            app,
            "INSERT INTO tasks (id, user_id, title, completed, priority, created_at, updated_at, version,"
            " timezone, parent_id, position)"
            " VALUES (:id, :user, :title, false, 2, :at, :at, 1, 'UTC', :parent, 'a0')",
            id=task_id,
            user=user_id,
            title=f"task {task_id}",
            at=T0,
            parent=parent,
        )
    run(
        app,
        "INSERT INTO tags (id, user_id, name, name_key, color, created_at)"
        " VALUES (1, 1, 'Work', 'work', '#6c757d', :at)",
        at=T0,
    )
    run(app, "INSERT INTO task_tags (task_id, tag_id) VALUES (10, 1)")
    run(
        app,
        "INSERT INTO reminders (user_id, task_id, at, fire_at, attempts, late, created_at)"
        " VALUES (1, 10, :at, :at, 0, false, :at)",
        at=T0 + timedelta(days=1),
    )
    for user_id, seq, task_id, action in ((1, 2, 10, "update"), (1, 3, 11, "create"), (2, 1, 12, "create")):
        run(
            app,
            "INSERT INTO changes (user_id, seq, task_id, action, at)"
            " VALUES (:user, :seq, :task, :action, :at)",
            user=user_id,
            seq=seq,
            task=task_id,
            action=action,
            at=T0,
        )
    for user_id, task_id in ((1, 10), (1, 11), (2, 12)):
        run(
            app,
            "INSERT INTO audit_events (user_id, task_id, action, changes, at)"
            " VALUES (:user, :task, 'create', '{}', :at)",
            user=user_id,
            task=task_id,
            at=T0,
        )


def inboxes(app: Flask) -> dict[int, int]:
    rows = run(app, "SELECT owner_id, id FROM projects WHERE is_inbox ORDER BY owner_id")
    return dict(rows)


def test_upgrade_moves_each_users_data_into_their_inbox_and_downgrade_gives_it_back(old_app):
    populate(old_app)
    with old_app.app_context():
        upgrade()
    inbox = inboxes(old_app)
    assert set(inbox) == {1, 2}
    assert run(old_app, "SELECT id, project_id, section_id FROM tasks ORDER BY id") == [
        (10, inbox[1], None),
        (11, inbox[1], None),
        (12, inbox[2], None),
    ]
    members = run(old_app, "SELECT project_id, user_id, role FROM project_members ORDER BY user_id")
    assert members == [(inbox[1], 1, 4), (inbox[2], 2, 4)]
    assert len(run(old_app, "SELECT * FROM project_preferences")) == 2
    # The change streams keep their numbers; the first of user 1's was pruned, and the Inbox knows it.
    assert run(old_app, "SELECT change_seq, pruned_seq FROM projects ORDER BY owner_id") == [(3, 1), (3, 0)]
    changes = run(
        old_app,
        "SELECT project_id, seq, kind, entity_id, action, actor_id FROM changes ORDER BY project_id, seq",
    )
    assert changes == [
        (inbox[1], 2, "task", 10, "update", 1),
        (inbox[1], 3, "task", 11, "create", 1),
        (inbox[2], 1, "task", 12, "create", 2),
    ]
    assert run(old_app, "SELECT task_id, project_id FROM audit_events ORDER BY task_id") == [
        (10, inbox[1]),
        (11, inbox[1]),
        (12, inbox[2]),
    ]
    # The API serves them from there: the feed resumes from a cursor over the Inbox's stream.
    with old_app.app_context():
        token = signed_token(1)
        db.session.commit()
    client = old_app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    listed = client.get("/api/tasks", query_string={"include_subtasks": "true"}, headers=headers).get_json()
    assert sorted((t["id"], t["tags"], len(t["reminders"])) for t in listed["items"]) == [
        (10, ["Work"], 1),
        (11, [], 0),
    ]
    feed = client.get("/api/changes", query_string={"since": f"{inbox[1]}.2"}, headers=headers).get_json()
    assert [(c["id"], c["action"]) for c in feed["items"]] == [(11, "create")]
    assert (
        client.get("/api/changes", query_string={"since": f"{inbox[1]}.0"}, headers=headers).status_code
        == 410
    )

    with old_app.app_context():
        downgrade(revision=BEFORE)
        tables = set(inspect(db.engine).get_table_names())
    assert not tables & {"projects", "project_members", "sections", "teams", "team_members", "project_links"}
    assert run(old_app, "SELECT id, user_id, parent_id FROM tasks ORDER BY id") == [
        (10, 1, None),
        (11, 1, 10),
        (12, 2, None),
    ]
    assert run(old_app, "SELECT id, change_seq FROM users ORDER BY id") == [(1, 3), (2, 3)]
    assert run(old_app, "SELECT user_id, seq, task_id, action FROM changes ORDER BY user_id, seq") == [
        (1, 2, 10, "update"),
        (1, 3, 11, "create"),
        (2, 1, 12, "create"),
    ]
    assert run(old_app, "SELECT count(*) FROM task_tags") == [(1,)]
    assert run(old_app, "SELECT count(*) FROM reminders") == [(1,)]
    with old_app.app_context():
        upgrade()
    assert set(inboxes(old_app)) == {1, 2}


def test_downgrade_gives_a_shared_task_back_to_its_creator(old_app):
    """After sharing, a task Bob created in Ada's project goes back to Bob's own list, without Ada's tag."""
    with old_app.app_context():
        upgrade()
    client = old_app.test_client()
    tokens = {}
    for name in ("ada", "bob"):
        body = {"username": name, "email": f"{name}@example.com", "password": "correct horse battery"}
        access = client.post("/api/auth/register", json=body).get_json()["access_token"]
        tokens[name] = {"Authorization": f"Bearer {access}"}
    project = client.post("/api/projects", json={"name": "P"}, headers=tokens["ada"]).get_json()["id"]
    client.post(f"/api/projects/{project}/members", json={"username": "bob"}, headers=tokens["ada"])
    parent = client.post(
        "/api/tasks", json={"title": "ada's", "project_id": project, "tags": ["x"]}, headers=tokens["ada"]
    ).get_json()
    child = client.post(
        "/api/tasks", json={"title": "bob's", "parent_id": parent["id"]}, headers=tokens["bob"]
    ).get_json()
    client.patch(f"/api/tasks/{parent['id']}", json={"tags": ["x", "y"]}, headers=tokens["bob"])
    with old_app.app_context():
        downgrade(revision=BEFORE)
    rows = run(
        old_app,
        "SELECT t.id, u.username, t.parent_id FROM tasks t JOIN users u ON u.id = t.user_id ORDER BY t.id",
    )
    assert rows == [(parent["id"], "ada", None), (child["id"], "bob", None)]
    tags = run(
        old_app,
        "SELECT u.username, g.name FROM task_tags tt"
        " JOIN tags g ON g.id = tt.tag_id JOIN users u ON u.id = g.user_id",
    )
    assert tags == [("ada", "x")]
