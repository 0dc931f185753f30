"""Signing in over HTTP, as a browser would: each sign-in is a session with its own pair of tokens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from flask.testing import FlaskClient

from tests.conftest import bearer
from tests.factories import PASSWORD

FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0"
SAFARI_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.5 Mobile/15E148 Safari/604.1"
)


@dataclass(frozen=True)
class SignIn:
    access: str
    refresh: str

    @property
    def auth(self) -> dict[str, str]:
        return bearer(self.access)

    @property
    def refresh_auth(self) -> dict[str, str]:
        return bearer(self.refresh)


@pytest.fixture
def sign_in(client: FlaskClient) -> Callable[..., SignIn]:
    def login(user: object, *, agent: str = FIREFOX, address: str = "203.0.113.7") -> SignIn:
        response = client.post(
            "/api/auth/login",
            json={"username": user.username, "password": PASSWORD},  # type: ignore[attr-defined]
            headers={"User-Agent": agent},
            environ_base={"REMOTE_ADDR": address},
        )
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        return SignIn(access=body["access_token"], refresh=body["refresh_token"])

    return login
