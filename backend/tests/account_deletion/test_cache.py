"""Another member's cached answers are never stale after an account is deleted (real commits, real Redis)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis
from flask import Flask
from sqlalchemy import select, update

from taskforge.auth.models import User
from taskforge.cache.app import response_cache
from taskforge.extensions import db
from tests.cache.conftest import SHARED_REDIS, cache_app
from tests.conftest import FAST_HASHER
from tests.factories import PASSWORD


@pytest.fixture
def cached_app(base_app: Flask, database_url: str, tmp_path) -> Iterator[Flask]:
    app = cache_app(database_url, tmp_path)
    yield app
    cache = response_cache(app)
    assert cache is not None
    client = redis.Redis.from_url(SHARED_REDIS)
    keys = list(client.scan_iter(match=cache.keys.prefix + "*", count=1000))
    if keys:
        client.unlink(*keys)
    client.close()
    with app.app_context():
        db.engine.dispose()


def test_another_members_cached_answers_follow_the_deletion(cached_app, committed_owner):
    ada, bob = committed_owner(cached_app), committed_owner(cached_app)
    with cached_app.app_context():
        db.session.execute(
            update(User).where(User.id == ada.user_id).values(password_hash=FAST_HASHER.hash(PASSWORD))
        )
        db.session.commit()
        bob_name = db.session.execute(select(User.username).where(User.id == bob.user_id)).scalar_one()
    client = cached_app.test_client()
    project = client.post("/api/projects", json={"name": "Shared"}, headers=ada.headers).get_json()["id"]
    shared = client.post(f"/api/projects/{project}/members", json={"username": bob_name}, headers=ada.headers)
    assert shared.status_code == 201
    task = client.post("/api/tasks", json={"title": "ada's", "project_id": project}, headers=ada.headers)
    task_id = task.get_json()["id"]
    paths = ("/api/tasks", f"/api/tasks/{task_id}", f"/api/projects/{project}")
    for path in paths:
        client.get(path, headers=bob.headers)
        assert client.get(path, headers=bob.headers).headers["X-Cache"] == "hit", path

    choice = {"id": project, "action": "transfer", "to_user_id": bob.user_id}
    deleted = client.delete(
        "/api/auth/me", json={"password": PASSWORD, "projects": [choice]}, headers=ada.headers
    )
    assert deleted.status_code == 204, deleted.get_json()

    tasks, one, seen = (client.get(path, headers=bob.headers) for path in paths)
    assert (tasks.headers["X-Cache"], one.headers["X-Cache"], seen.headers["X-Cache"]) == ("miss",) * 3
    assert [t["user_id"] for t in tasks.get_json()["items"] if t["id"] == task_id] == [bob.user_id]
    assert one.get_json()["user_id"] == bob.user_id
    assert (seen.get_json()["owner_id"], seen.get_json()["role"]) == (bob.user_id, "owner")
    assert client.get("/api/tasks", headers=ada.headers).status_code == 401
