"""Redis killed, then frozen (SIGSTOP), under concurrent load on the real gunicorn server (gevent workers)
and a Redis of the test's own: not one 5xx answer, and the rate limits still hold in each worker meanwhile.

Requests waiting on Redis when it fails are the case that matters: each must fall back on its own (a limiter
that falls back once per process answered those with 500s)."""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from tests.conftest import drop_database, recreate_database
from tests.live_server import LiveServer, live_server
from tests.redis_server import RedisServer

pytestmark = pytest.mark.slow

CLIENTS = 24
WORKERS = 2
LOGIN_LIMIT = 5  # per minute and address: each worker counts its own while Redis is away
ATTEMPTS = 3 * LOGIN_LIMIT * WORKERS
OUTAGE_SECONDS = 2.5


@dataclass
class Load:
    """Threads sending a mix of cached reads, writes and sign-in attempts until stopped; every status kept."""

    url: str
    headers: dict[str, str]
    statuses: Counter[int] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    stopped: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _one(self, session: requests.Session, n: int) -> requests.Response:
        if n % 3 == 0:
            return session.post(
                f"{self.url}/api/tasks", json={"title": f"t{n}"}, headers=self.headers, timeout=10
            )
        return session.get(f"{self.url}/api/tasks?per_page=5", headers=self.headers, timeout=10)

    def client(self, seed: int) -> None:
        n = seed
        with requests.Session() as session:
            while not self.stopped.is_set():
                try:
                    status = self._one(session, n).status_code
                except requests.RequestException as exc:  # a dropped connection is a failure too
                    with self.lock:
                        self.failures.append(repr(exc))
                    continue
                with self.lock:
                    self.statuses[status] += 1
                n += 1


@pytest.fixture
def stack(database_url: str, tmp_path: Path) -> Iterator[tuple[LiveServer, RedisServer]]:
    url = recreate_database(database_url.rsplit("/", 1)[0] + f"/taskforge_redis_faults_{os.getpid()}")
    redis_server = RedisServer(tmp_path).start()
    try:
        with live_server(
            tmp_path / "instance",
            database_url=url,
            output=tmp_path / "server.log",
            REDIS_URL=redis_server.url,
            SECRET_KEY=secrets.token_urlsafe(48),
            JWT_SECRET_KEY=secrets.token_urlsafe(48),
            WEB_CONCURRENCY=str(WORKERS),
            API_RATE_LIMIT="100000/minute",
            LOGIN_RATE_LIMIT=f"{LOGIN_LIMIT}/minute",
            LOGIN_ACCOUNT_RATE_LIMIT="100000/minute",
            REDIS_TIMEOUT_SECONDS="0.25",
            REDIS_COOLDOWN_SECONDS="1",
        ) as server:
            yield server, redis_server
    finally:
        redis_server.stop()
        drop_database(url)


def register(server: LiveServer) -> dict[str, str]:
    name = f"rf{secrets.token_hex(5)}"
    body = {"username": name, "email": f"{name}@example.org", "password": "correct horse battery"}
    response = requests.post(f"{server.url}/api/auth/register", json=body, timeout=10)
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def under_load(server: LiveServer, headers: dict[str, str], fault: Callable[[], None]) -> Load:
    """Start the clients, let them run, apply `fault`, keep going through the outage, then stop them."""
    load = Load(server.url, headers)
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        for seed in range(CLIENTS):
            pool.submit(load.client, seed * 1000)
        time.sleep(0.5)
        fault()
        time.sleep(OUTAGE_SECONDS)
        load.stopped.set()
    return load


def sign_in_attempts(server: LiveServer, count: int) -> list[int]:
    body = {"username": "nobody-here", "password": "not the password"}
    return [
        requests.post(f"{server.url}/api/auth/login", json=body, timeout=10).status_code for _ in range(count)
    ]


def assert_served(load: Load) -> None:
    assert not load.failures, load.failures[:5]
    assert sum(load.statuses.values()) > 50, load.statuses  # the load really ran through the outage
    assert not [status for status in load.statuses if status >= 500], load.statuses


def assert_limited(attempts: list[int]) -> None:
    """Refused, never failed: at most the limit gets through in each worker, whichever worker answers."""
    assert set(attempts) <= {401, 429}, attempts
    assert attempts.count(401) <= LOGIN_LIMIT * WORKERS, attempts


def test_killed_redis_under_load_never_answers_5xx_and_limits_hold(stack):
    server, redis_server = stack
    headers = register(server)

    load = under_load(server, headers, redis_server.stop)

    assert_served(load)
    # Each worker counts sign-in attempts in its own memory: at most the limit per worker gets through.
    attempts = sign_in_attempts(server, ATTEMPTS)
    assert_limited(attempts)


def test_frozen_redis_under_load_never_answers_5xx_and_limits_hold(stack):
    server, redis_server = stack
    headers = register(server)
    try:
        load = under_load(server, headers, redis_server.freeze)
        attempts = sign_in_attempts(server, ATTEMPTS)
    finally:
        redis_server.thaw()

    assert_served(load)
    assert_limited(attempts)
