"""Fixtures for the cache: apps on the real Redis with a key prefix of their own, and committed users."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
import redis
from flask import Flask

from taskforge import create_app
from taskforge.cache.app import response_cache
from taskforge.extensions import db
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
