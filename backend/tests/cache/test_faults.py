"""Redis faults on a Redis of the test's own: stopped, killed and frozen mid-load. Reads fall back to
PostgreSQL with zero 5xx, a frozen Redis costs one timeout per cool-down, and the cache comes back."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from flask import Flask

from taskforge.extensions import db
from taskforge.metrics import CACHE_ERRORS
from tests.cache.conftest import cache_app
from tests.redis_server import RedisServer


@pytest.fixture
def own_redis(tmp_path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def faulty_app(base_app: Flask, database_url: str, tmp_path, own_redis: RedisServer) -> Iterator[Flask]:
    app = cache_app(database_url, tmp_path, redis_url=own_redis.url, redis_cooldown_s=1.0)
    yield app
    with app.app_context():
        db.engine.dispose()


def _errors() -> float:
    return sum(
        sample.value
        for metric in CACHE_ERRORS.collect()
        for sample in metric.samples
        if sample.name.endswith("_total")
    )


def _load(app: Flask, owner, seconds: float) -> list[int]:
    client, statuses = app.test_client(), []
    deadline = time.monotonic() + seconds
    index = 0
    while time.monotonic() < deadline:
        statuses.append(client.get("/api/tasks", headers=owner.headers).status_code)
        statuses.append(client.get(owner.task_url, headers=owner.headers).status_code)
        patched = client.patch(owner.task_url, json={"title": f"t{index}"}, headers=owner.headers)
        statuses.append(patched.status_code)
        index += 1
    return statuses


def test_redis_shut_down_mid_load_then_restarted(faulty_app, committed_owner, own_redis):
    owner = committed_owner(faulty_app)
    client = faulty_app.test_client()
    assert _load(faulty_app, owner, 0.5).count(200) > 0
    errors_before = _errors()
    own_redis.stop()
    statuses = _load(faulty_app, owner, 1.5)
    assert set(statuses) == {200}
    assert _errors() > errors_before
    fresh = client.get(owner.task_url, headers=owner.headers).get_json()
    assert fresh["title"] == client.get(owner.task_url, headers=owner.headers).get_json()["title"]
    own_redis.start()
    time.sleep(1.1)  # the breaker's cool-down
    client.get("/api/tasks", headers=owner.headers)
    assert client.get("/api/tasks", headers=owner.headers).headers["X-Cache"] == "hit"
    assert set(_load(faulty_app, owner, 0.5)) == {200}


def test_frozen_redis_never_blocks_a_request_longer_than_the_timeout(faulty_app, committed_owner, own_redis):
    owner = committed_owner(faulty_app)
    client = faulty_app.test_client()
    client.get("/api/tasks", headers=owner.headers)
    own_redis.freeze()
    try:
        durations, statuses = [], []
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            started = time.monotonic()
            statuses.append(client.get("/api/tasks", headers=owner.headers).status_code)
            durations.append(time.monotonic() - started)
        assert set(statuses) == {200}
        # Generous bound: the 0.25 s socket timeout plus scheduling noise, never a hang.
        assert max(durations) < 1.5
        slow = [d for d in durations if d > 0.2]
        # One timeout per 1 s cool-down at most (3 s of load), not one per request.
        assert len(slow) <= 4, slow
        assert len(durations) > 3 * len(slow)
    finally:
        own_redis.thaw()
    time.sleep(1.1)
    client.get(owner.task_url, headers=owner.headers)
    assert client.get(owner.task_url, headers=owner.headers).headers["X-Cache"] == "hit"


def test_no_redis_configured_means_no_cache(base_app, database_url, tmp_path, committed_owner):
    app = cache_app(database_url, tmp_path, redis_url=None)
    owner = committed_owner(app)
    response = app.test_client().get("/api/tasks", headers=owner.headers)
    assert response.status_code == 200
    assert "X-Cache" not in response.headers


def test_ready_reports_redis_but_never_fails_on_it(faulty_app, own_redis):
    client = faulty_app.test_client()
    assert client.get("/ready").get_json() == {"status": "ok", "checks": {"database": "ok", "redis": "ok"}}
    own_redis.stop()
    response = client.get("/ready")
    assert response.status_code == 200
    assert response.get_json()["checks"] == {"database": "ok", "redis": "unavailable"}
