"""Fixtures for the cache: apps on the real Redis with a key prefix of their own, and committed users."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
import redis
from flask import Flask
from flask_jwt_extended import create_access_token
from sqlalchemy import delete

from taskforge import create_app
from taskforge.auth.models import User
from taskforge.cache.views import response_cache
from taskforge.extensions import db
from taskforge.tasks.models import Task
from tests.conftest import FAST_HASHER, test_settings

SHARED_REDIS = "redis://127.0.0.1:6379/0"


def cache_app(database_url: str, tmp_path, *, redis_url: str = SHARED_REDIS, **overrides: object) -> Flask:
    """An app whose cache keys live under a prefix no other test (or test run) uses."""
    settings = test_settings(
        database_url,
        tmp_path,
        redis_url=redis_url,
        cache_key_prefix=f"tftest:{secrets.token_hex(6)}:",
        api_rate_limit="100000/minute",
        **overrides,
    )
    return create_app(settings, password_hasher=FAST_HASHER)


@dataclass(frozen=True)
class Owner:
    user_id: int
    task_id: int
    headers: dict[str, str]

    @property
    def task_url(self) -> str:
        return f"/api/tasks/{self.task_id}"


@pytest.fixture
def committed_owner(base_app: Flask) -> Iterator[Callable[[Flask], Owner]]:
    """Make a committed user with one task for a given app; delete them afterwards."""
    created: list[tuple[Flask, int]] = []

    def make(app: Flask) -> Owner:
        name = f"c{uuid.uuid4().hex[:12]}"
        with app.app_context():
            user = User(username=name, email=f"{name}@example.com", password_hash="unused")
            db.session.add(user)
            db.session.flush()
            task = Task(user_id=user.id, title="original")
            db.session.add(task)
            db.session.commit()
            token = create_access_token(identity=str(user.id))
            owner = Owner(user_id=user.id, task_id=task.id, headers={"Authorization": f"Bearer {token}"})
        created.append((app, owner.user_id))
        return owner

    yield make
    for app, user_id in created:
        with app.app_context():
            cache = response_cache(app)
            if cache is not None:
                cache.sweeper.wait_idle(5)
            db.session.execute(delete(User).where(User.id == user_id))
            db.session.commit()


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
