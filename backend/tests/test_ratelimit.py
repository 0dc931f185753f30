"""Rate limits on real storage: per address, per account and per user; forged X-Forwarded-For; counters
shared through Redis by two apps (two workers); Redis shut down, frozen and restarted (a server of its own).

Every app here has limiter storage of its own (memory, or a fresh redis-server), so no test shares a bucket.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from prometheus_client import REGISTRY
from sqlalchemy import delete

from taskforge import create_app
from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.projects.service import create_inbox
from taskforge.ratelimit import EXTENSION
from tests.conftest import FAST_HASHER, bearer, test_settings
from tests.factories import token as signed_token
from tests.redis_server import RedisServer

UNLIMITED = "100000/minute"
LIMITS = ("api", "login", "login_account", "register", "refresh")
PASSWORD = "correct horse battery"
WRONG = "not the password"
REDIS_TIMEOUT_S = 0.25


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def make_app(base_app: Flask, database_url: str, tmp_path: Path) -> Iterator[Callable[..., Flask]]:
    """Build apps on the migrated test database, every limit generous unless the test sets it."""
    apps: list[Flask] = []

    def make(**overrides: object) -> Flask:
        values: dict[str, object] = {f"{name}_rate_limit": UNLIMITED for name in LIMITS}
        values["redis_timeout_s"] = REDIS_TIMEOUT_S
        values.update(overrides)
        app = create_app(test_settings(database_url, tmp_path, **values), password_hasher=FAST_HASHER)
        apps.append(app)
        return app

    yield make
    for app in apps:
        with app.app_context():
            db.engine.dispose()


@pytest.fixture
def accounts(base_app: Flask) -> Iterator[Callable[[], User]]:
    """Committed users (the apps here have sessions of their own), deleted afterwards."""
    made: list[int] = []

    def make() -> User:
        name = f"rl{uuid.uuid4().hex[:12]}"
        with base_app.app_context():
            user = User(username=name, email=f"{name}@example.com", password_hash=FAST_HASHER.hash(PASSWORD))
            db.session.add(user)
            db.session.flush()
            create_inbox(user.id)
            db.session.commit()
            made.append(user.id)
            return user

    yield make
    with base_app.app_context():
        db.session.execute(delete(User).where(User.id.in_(made)))
        db.session.commit()


def login(client: FlaskClient, username: str, password: str = WRONG, **kwargs: object) -> int:
    return client.post(
        "/api/auth/login", json={"username": username, "password": password}, **kwargs
    ).status_code


def unknown() -> str:
    return f"nobody{uuid.uuid4().hex[:10]}"


def from_address(address: str) -> dict[str, object]:
    return {"environ_base": {"REMOTE_ADDR": address}}


def forwarded(*hops: str) -> dict[str, object]:
    """What the proxy passes on: the client's own X-Forwarded-For with the address it saw appended."""
    return {"headers": {"X-Forwarded-For": ", ".join(hops)}}


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture(params=["memory", "redis"])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | None]:
    """Each contract test runs on both storages: in-memory (no REDIS_URL) and a redis-server of its own."""
    if request.param == "memory":
        yield None
        return
    server = RedisServer(tmp_path).start()
    try:
        yield server.url
    finally:
        server.stop()


def test_login_per_address_limit_answers_problem_json_with_retry_after(make_app, storage):
    client = make_app(login_rate_limit="3/minute", redis_url=storage).test_client()
    refused_before = sample("taskforge_rate_limited_total", endpoint="auth.login")
    assert [login(client, unknown()) for _ in range(3)] == [401, 401, 401]

    response = client.post("/api/auth/login", json={"username": unknown(), "password": "x"})

    assert response.status_code == 429
    assert response.mimetype == "application/problem+json"
    problem = response.get_json()
    assert problem["title"] == "Too Many Requests"
    assert problem["status"] == 429
    assert problem["detail"] == "Too many sign-in attempts from this address. The limit is 3 per 1 minute."
    assert problem["request_id"]
    assert problem["request_id"] == response.headers["X-Request-ID"]
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    assert response.headers["RateLimit-Limit"] == "3"
    assert response.headers["RateLimit-Remaining"] == "0"
    assert response.headers["RateLimit-Reset"] == response.headers["Retry-After"]
    assert sample("taskforge_rate_limited_total", endpoint="auth.login") == refused_before + 1
    # Another client is not affected.
    assert login(client, unknown(), **from_address("198.51.100.7")) == 401


def test_per_address_limit_counts_bodies_that_never_parse(make_app):
    client = make_app(login_rate_limit="3/minute").test_client()
    statuses = [
        client.post("/api/auth/login", data="{not json", content_type="application/json").status_code,
        client.post("/api/auth/login", data="username=a", content_type="text/plain").status_code,
        client.post("/api/auth/login", json=["a", "b"]).status_code,
    ]
    assert statuses == [400, 415, 400]
    assert login(client, unknown()) == 429


def test_login_per_account_limit_holds_across_addresses(make_app, accounts, storage):
    user = accounts()
    client = make_app(
        login_account_rate_limit="2/minute", trusted_proxy_hops=1, redis_url=storage
    ).test_client()
    failures_before = sample("taskforge_login_failures_total")

    assert login(client, user.username, **forwarded("203.0.113.1")) == 401
    assert login(client, f"  {user.username.upper()} ", **forwarded("203.0.113.2")) == 401
    # Third attempt on the account from a third address: refused before the password is even checked.
    response = client.post(
        "/api/auth/login",
        json={"username": user.username, "password": PASSWORD},
        **forwarded("203.0.113.3"),
    )

    assert response.status_code == 429
    assert response.get_json()["detail"] == (
        "Too many sign-in attempts for this account. The limit is 2 per 1 minute."
    )
    assert response.headers["RateLimit-Limit"] == "2"
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    assert sample("taskforge_login_failures_total") == failures_before + 2
    # Other accounts from the same addresses are unaffected.
    assert login(client, unknown(), **forwarded("203.0.113.3")) == 401


def test_login_with_the_right_password_counts_against_the_account_too(make_app, accounts):
    user = accounts()
    client = make_app(login_account_rate_limit="2/minute").test_client()
    assert login(client, user.username, PASSWORD) == 200
    assert login(client, user.email, PASSWORD) == 200  # a different name for the account: its own bucket
    assert login(client, user.username, PASSWORD) == 200
    assert login(client, user.username, PASSWORD) == 429


@pytest.mark.parametrize("hops", [0, 1])
def test_forged_forwarded_for_never_earns_a_fresh_bucket(make_app, hops):
    client = make_app(login_rate_limit="2/minute", trusted_proxy_hops=hops).test_client()

    def attempt(forged: str) -> int:
        # hops=1: the proxy appended the address it saw (203.0.113.9); hops=0: no proxy, the header is noise.
        hops_seen = (forged, "203.0.113.9") if hops else (forged,)
        return login(client, unknown(), **forwarded(*hops_seen))

    statuses = [attempt(f"10.{i}.{i}.{i}, 192.0.2.{i}") for i in range(1, 7)]

    assert statuses == [401, 401, 429, 429, 429, 429]
    # The limit is per client: behind the proxy another client is another bucket; without one, only the
    # socket's address counts.
    other = forwarded("203.0.113.10") if hops else from_address("198.51.100.10")
    assert login(client, unknown(), **other) == 401


def test_ipv6_clients_are_limited_by_their_64(make_app):
    client = make_app(login_rate_limit="2/minute").test_client()
    assert login(client, unknown(), **from_address("2001:db8:1:2::1")) == 401
    assert login(client, unknown(), **from_address("2001:db8:1:2:ffff:ffff:ffff:fffe")) == 401
    assert login(client, unknown(), **from_address("2001:db8:1:2::abcd")) == 429
    assert login(client, unknown(), **from_address("2001:db8:1:3::1")) == 401


def test_api_limit_is_per_user_and_forged_tokens_count_per_address(make_app, accounts, storage):
    app = make_app(api_rate_limit="3/minute", redis_url=storage)
    alice, bob = accounts(), accounts()
    with app.app_context():
        alice_auth, bob_auth = (
            bearer(signed_token(alice.id)),
            bearer(signed_token(bob.id)),
        )
        forged_bob = bearer(signed_token(bob.id)[:-4] + "AAAA")  # Bob's id, a bad signature
        db.session.commit()
    client = app.test_client()

    assert [client.get("/api/auth/me", headers=alice_auth).status_code for _ in range(3)] == [200] * 3
    refused = client.get("/api/auth/me", headers=alice_auth)
    assert refused.status_code == 429
    assert refused.get_json()["detail"] == "Too many requests. The limit is 3 per 1 minute."
    assert refused.headers["RateLimit-Limit"] == "3"
    # One bucket for the whole API: another endpoint is refused too.
    assert client.get("/api/tasks", headers=alice_auth).status_code == 429

    # Bad tokens fall into the client address's bucket, never into the user they name.
    assert [client.get("/api/auth/me", headers=forged_bob).status_code for _ in range(4)] == [401] * 3 + [429]
    assert [client.get("/api/auth/me", headers=bob_auth).status_code for _ in range(3)] == [200] * 3


def test_documentation_health_and_preflights_are_never_limited(make_app):
    client = make_app(api_rate_limit="1/minute").test_client()
    for _ in range(3):
        assert client.get("/api/openapi.json").status_code == 200
        assert client.get("/api/docs").status_code == 200
        assert client.get("/health").status_code == 200
        assert client.get("/metrics").status_code == 200
        assert client.options("/api/tasks").status_code == 200
    assert client.get("/api/tasks").status_code == 401
    assert client.get("/api/tasks").status_code == 429


@pytest.mark.parametrize(
    "authorization",
    [
        "Bearer",
        "Bearer ",
        "Bearer a.b.c",
        "Bearer " + "a" * 4000,
        "bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.",  # alg=none
        "Basic dXNlcjpwYXNz",
        "Bearer \u00e9\u00e9.\u00e9.\u00e9",
    ],
)
def test_bad_authorization_headers_are_keyed_by_address_never_a_server_error(make_app, authorization):
    client = make_app(api_rate_limit="2/minute").test_client()
    statuses = [
        client.get("/api/tasks", headers={"Authorization": authorization}).status_code for _ in range(3)
    ]
    assert statuses == [401, 401, 429]


def test_register_is_limited_per_address(make_app, base_app):
    client = make_app(register_rate_limit="2/minute").test_client()
    names = [f"rg{uuid.uuid4().hex[:12]}" for _ in range(3)]
    try:
        statuses = [
            client.post(
                "/api/auth/register",
                json={"username": name, "email": f"{name}@example.com", "password": PASSWORD},
            )
            for name in names
        ]
        assert [r.status_code for r in statuses] == [201, 201, 429]
        assert statuses[2].get_json()["detail"] == (
            "Too many accounts created from this address. The limit is 2 per 1 minute."
        )
    finally:
        with base_app.app_context():
            db.session.execute(delete(User).where(User.username.in_(names)))
            db.session.commit()


def test_refresh_is_limited_per_address(make_app, accounts):
    app = make_app(refresh_rate_limit="2/minute")
    user = accounts()
    with app.app_context():
        token = signed_token(user.id, refresh=True)
        db.session.commit()
    client = app.test_client()
    for _ in range(2):
        response = client.post("/api/auth/refresh", headers=bearer(token))
        assert response.status_code == 200
        token = response.get_json()["refresh_token"]

    refused = client.post("/api/auth/refresh", headers=bearer(token))

    assert refused.status_code == 429
    assert (
        refused.get_json()["detail"]
        == "Too many token refreshes from this address. The limit is 2 per 1 minute."
    )


def test_two_workers_share_their_counters_through_redis(make_app, redis_server):
    # Two apps on one Redis: what two gunicorn workers (or two pods) are.
    first, second = (make_app(login_rate_limit="4/minute", redis_url=redis_server.url) for _ in range(2))
    clients = [first.test_client(), second.test_client()]

    statuses = [login(clients[i % 2], unknown()) for i in range(6)]

    assert statuses == [401, 401, 401, 401, 429, 429]
    assert limit_keys(redis_server)


def limit_keys(server: RedisServer) -> list[bytes]:
    """The limiter's counters in `server` (limits' storage prefix)."""
    return list(redis.Redis.from_url(server.url, socket_timeout=1).scan_iter(match="LIMITS:*", count=100))


def test_brute_force_login_while_redis_is_down_is_still_refused(make_app, accounts, redis_server):
    user = accounts()
    client = make_app(
        login_rate_limit="4/minute", login_account_rate_limit="3/minute", redis_url=redis_server.url
    ).test_client()
    assert login(client, unknown()) == 401
    assert limit_keys(redis_server), "counted in Redis while it is up"

    redis_server.stop()
    # Per address: the in-memory fallback starts from zero, then refuses.
    by_address = [login(client, unknown()) for _ in range(6)]
    # Per account, from addresses of their own.
    by_account = [login(client, user.username, **from_address(f"198.51.100.{i}")) for i in range(1, 6)]

    assert by_address == [401] * 4 + [429] * 2
    assert by_account == [401] * 3 + [429] * 2

    # Back up (and empty): once the cool-down after the last error has passed, counting is in Redis again.
    redis_server.start()
    deadline = time.monotonic() + 12
    statuses: list[int] = []
    while not limit_keys(redis_server):
        assert time.monotonic() < deadline, "limits never went back to Redis"
        statuses.append(login(client, unknown(), **from_address(f"192.0.2.{len(statuses) % 250 + 1}")))
        time.sleep(0.2)
    assert set(statuses) <= {401}


def test_frozen_redis_costs_a_timeout_now_and_then_and_limits_still_hold(make_app, redis_server):
    client = make_app(login_rate_limit="5/minute", redis_url=redis_server.url).test_client()
    assert login(client, unknown()) == 401
    results: list[tuple[int, float]] = []

    def brute_force() -> None:
        for _ in range(20):
            started = time.monotonic()
            status = login(client, unknown())
            results.append((status, time.monotonic() - started))

    redis_server.freeze()
    try:
        attacker = threading.Thread(target=brute_force, daemon=True)
        attacker.start()
        attacker.join(timeout=10)
        assert not attacker.is_alive(), "a request hangs on the frozen Redis"
    finally:
        redis_server.thaw()

    statuses, durations = [status for status, _ in results], [seconds for _, seconds in results]
    # The fallback counts from zero (the first attempt timed out in the frozen Redis, then counted in memory).
    assert statuses == [401] * 5 + [429] * 15
    assert max(durations) < 2
    # A timeout on every request would be 20 x 0.25 s; the fallback pays one per cool-down.
    assert sum(durations) < 20 * REDIS_TIMEOUT_S / 2


def test_openapi_lists_429_for_every_limited_operation(make_app):
    document = make_app().test_client().get("/api/openapi.json").get_json()
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            limited = path.startswith("/api/")
            assert ("429" in operation["responses"]) is limited, f"{method.upper()} {path}"


def test_each_app_has_a_limiter_of_its_own(make_app):
    strict, lenient = make_app(login_rate_limit="1/minute"), make_app()
    assert login(strict.test_client(), unknown()) == 401
    assert login(strict.test_client(), unknown()) == 429
    assert [login(lenient.test_client(), unknown()) for _ in range(3)] == [401] * 3


def test_flask_limiter_checks_only_the_endpoints_it_limits(make_app):
    app = make_app()
    limiter = app.extensions[EXTENSION].limiter
    hooks = app.before_request_funcs[None]
    assert limiter._check_request_limit not in hooks  # its check runs behind the marked-endpoint test
    assert any(hook.__name__ == "check_marked" for hook in hooks)
