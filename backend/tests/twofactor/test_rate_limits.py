"""Code checks are limited per account (LOGIN_ACCOUNT_RATE_LIMIT, each endpoint its own count), whatever the
address."""

from __future__ import annotations

import pyotp

from tests.test_ratelimit import PASSWORD, accounts, from_address, make_app  # noqa: F401 - fixtures


def test_code_attempts_are_limited_per_account_across_addresses(make_app, accounts):  # noqa: F811
    app = make_app(login_account_rate_limit="2/minute")
    user = accounts()
    client = app.test_client()
    signed_in = client.post("/api/auth/login", json={"username": user.username, "password": PASSWORD})
    auth = {"Authorization": f"Bearer {signed_in.get_json()['access_token']}"}
    seed = client.post("/api/auth/two-factor/setup", json={"password": PASSWORD}, headers=auth).get_json()[
        "secret"
    ]
    enabled = client.post("/api/auth/two-factor/enable", json={"code": pyotp.TOTP(seed).now()}, headers=auth)
    assert enabled.status_code == 200
    challenge = client.post(
        "/api/auth/login", json={"username": user.username, "password": PASSWORD}
    ).get_json()["challenge"]

    attempts = [
        client.post(
            "/api/auth/login/two-factor",
            json={"challenge": challenge, "code": "000000"},
            **from_address(f"203.0.113.{n}"),
        ).status_code
        for n in (1, 2)
    ]
    first = client.post(
        "/api/auth/login/two-factor",
        json={"challenge": challenge, "code": "000000"},
        **from_address("203.0.113.7"),
    )
    second = client.post(
        "/api/auth/login/two-factor",
        json={"challenge": challenge, "code": "000000"},
        **from_address("203.0.113.8"),
    )

    assert attempts == [422, 422]
    assert first.status_code == 429
    assert second.status_code == 429
    assert second.mimetype == "application/problem+json"
    assert "Retry-After" in second.headers
