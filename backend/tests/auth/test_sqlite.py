"""On SQLite (the local default) accounts behave as on PostgreSQL: case-insensitive for any alphabet."""

from __future__ import annotations

import pytest

from taskforge import create_app
from taskforge.extensions import db
from tests.conftest import FAST_HASHER, migrate_to_head, test_settings


@pytest.fixture
def sqlite_client(tmp_path):
    app = create_app(
        test_settings(f"sqlite:///{tmp_path / 'accounts.db'}", tmp_path), password_hasher=FAST_HASHER
    )
    migrate_to_head(app)
    yield app.test_client()
    with app.app_context():
        db.engine.dispose()


def test_non_ascii_emails_and_usernames_are_case_insensitive(sqlite_client):
    account = {"username": "emile", "email": "Émile@example.com", "password": "long enough"}
    assert sqlite_client.post("/api/auth/register", json=account).status_code == 201
    for login in ("Émile@example.com", "émile@example.com", "ÉMILE@EXAMPLE.COM"):
        response = sqlite_client.post("/api/auth/login", json={"username": login, "password": "long enough"})
        assert response.status_code == 200, login
    duplicate = {"username": "other", "email": "émile@example.com", "password": "long enough"}
    assert sqlite_client.post("/api/auth/register", json=duplicate).status_code == 409


def test_foreign_keys_are_enforced(sqlite_client):
    """Foreign keys are on: a task can never point at a missing user."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with sqlite_client.application.app_context():
        with pytest.raises(IntegrityError):
            db.session.execute(
                text(
                    "INSERT INTO tasks (user_id, title, completed, priority, created_at, updated_at, version)"
                    " VALUES (999, 't', 0, 2, '2030-01-01', '2030-01-01', 1)"
                )
            )
        db.session.rollback()
