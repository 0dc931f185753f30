"""Liveness and readiness, and a database outage answered with 503 + Retry-After (never 500)."""

from __future__ import annotations

import pytest
from flask_jwt_extended import create_access_token, create_refresh_token

from taskforge import create_app
from tests.conftest import FAST_HASHER, bearer, test_settings

# Nothing listens on port 1: connections are refused at once, like a database that is down.
UNREACHABLE = "postgresql+psycopg2://postgres@127.0.0.1:1/taskforge"


def test_health_is_ok(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_ready_reports_the_database(client):
    response = client.get("/ready")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "checks": {"database": "ok"}}


@pytest.fixture
def down_app(tmp_path):
    return create_app(test_settings(UNREACHABLE, tmp_path), password_hasher=FAST_HASHER)


def test_liveness_does_not_touch_the_database(down_app):
    assert down_app.test_client().get("/health").status_code == 200


def test_readiness_fails_when_the_database_is_down(down_app):
    response = down_app.test_client().get("/ready")
    assert response.status_code == 503
    assert response.get_json() == {"status": "unavailable", "checks": {"database": "unavailable"}}


@pytest.mark.parametrize(
    ("method", "path", "body", "token"),
    [
        ("GET", "/api/tasks", None, "access"),
        ("POST", "/api/tasks", {"title": "kept?"}, "access"),
        ("POST", "/api/tasks/batch", {"tasks": [{"title": "kept?"}]}, "access"),
        ("GET", "/api/tasks/1", None, "access"),
        ("PATCH", "/api/tasks/1", {"title": "x"}, "access"),
        ("PUT", "/api/tasks/1", {"title": "x"}, "access"),
        ("DELETE", "/api/tasks/1", None, "access"),
        ("GET", "/api/stats", None, "access"),
        ("GET", "/api/auth/me", None, "access"),
        ("POST", "/api/auth/logout", None, "access"),
        ("POST", "/api/auth/refresh", None, "refresh"),
        ("POST", "/api/auth/login", {"username": "alice", "password": "whatever-password"}, None),
        (
            "POST",
            "/api/auth/register",
            {"username": "alice", "email": "a@example.com", "password": "pw-123456"},
            None,
        ),
    ],
)
def test_database_outage_is_503_with_retry_after(down_app, method, path, body, token):
    with down_app.app_context():
        make = {"access": create_access_token, "refresh": create_refresh_token}.get(token or "")
        headers = bearer(make(identity="1", additional_claims={"sid": "1"})) if make else {}
    response = down_app.test_client().open(path, method=method, json=body, headers=headers)
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert int(response.headers["Retry-After"]) > 0
    assert response.get_json()["title"] == "Service Unavailable"
