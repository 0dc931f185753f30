"""Rate limits on the account emails: reset requests per client address and per address asked about
(whether or not an account uses it), verification resends and email changes per account. Each answers a
problem+json 429 with Retry-After; one limit never spends another's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask

from taskforge import create_app
from taskforge.extensions import db
from tests.conftest import FAST_HASHER, test_settings


@pytest.fixture
def make_app(base_app: Flask, database_url: str, tmp_path: Path) -> Iterator[Callable[..., Flask]]:
    """Apps on the migrated test database (no SMTP: nothing is queued), with the limits the test sets."""
    apps: list[Flask] = []

    def make(**overrides: object) -> Flask:
        app = create_app(test_settings(database_url, tmp_path, **overrides), password_hasher=FAST_HASHER)
        apps.append(app)
        return app

    yield make
    for app in apps:
        with app.app_context():
            db.engine.dispose()


def ask(client, email: str, address: str = "127.0.0.1") -> int:
    response = client.post(
        "/api/auth/password-reset", json={"email": email}, environ_base={"REMOTE_ADDR": address}
    )
    if response.status_code == 429:
        assert response.mimetype == "application/problem+json"
        assert int(response.headers["Retry-After"]) > 0
    return response.status_code


def test_reset_requests_are_limited_per_client_address(make_app):
    client = make_app(password_reset_rate_limit="2/minute").test_client()
    assert [ask(client, f"a{i}@example.com") for i in range(3)] == [202, 202, 429]
    assert ask(client, "b@example.com", address="10.0.0.9") == 202


def test_reset_requests_are_limited_per_address_asked_about(make_app):
    client = make_app(password_reset_account_rate_limit="2/hour").test_client()
    asked = [ask(client, "Someone@Example.com", address=f"10.0.0.{i}") for i in range(1, 4)]
    assert asked == [202, 202, 429]
    assert ask(client, "someone@example.com", address="10.0.0.7") == 429  # the same address, any case
    assert ask(client, "someone-else@example.com", address="10.0.0.8") == 202


def test_a_malformed_reset_request_counts_per_client_address_only(make_app):
    client = make_app(password_reset_rate_limit="2/minute").test_client()
    assert client.post("/api/auth/password-reset", json={"email": "nope"}).status_code == 422
    assert ask(client, "a@example.com") == 202
    assert ask(client, "b@example.com") == 429


def test_verification_resends_are_limited_per_account(make_app, committed_owner):
    app = make_app(email_verification_rate_limit="1/hour")
    ada, bob = committed_owner(app), committed_owner(app)
    client = app.test_client()
    resend = "/api/auth/email/verification"
    assert client.post(resend, headers=ada.headers).status_code == 409  # verified already; counted
    assert client.post(resend, headers=ada.headers).status_code == 429
    assert client.post(resend, headers=bob.headers).status_code == 409


def test_email_changes_are_limited_per_account_and_spend_no_other_limit(make_app, committed_owner):
    app = make_app(email_change_rate_limit="2/minute", login_account_rate_limit="2/minute")
    ada = committed_owner(app)
    client = app.test_client()
    body = {"email": "new@example.com", "password": "not the password"}
    statuses = [client.post("/api/auth/email", json=body, headers=ada.headers).status_code for _ in range(3)]
    assert statuses == [422, 422, 429]
    login = {"username": "nobody-known", "password": "x"}
    assert client.post("/api/auth/login", json=login).status_code == 401
