"""Enrolment through the API and codes computed with pyotp, for the two-factor tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pyotp
from flask.testing import FlaskClient
from sqlalchemy import update

from taskforge.extensions import db
from taskforge.twofactor.models import TwoFactor
from tests.factories import PASSWORD

SETUP, ENABLE, DISABLE, CODES = (
    f"/api/auth/two-factor/{name}" for name in ("setup", "enable", "disable", "recovery-codes")
)
LOGIN, LOGIN_CODE = "/api/auth/login", "/api/auth/login/two-factor"


def code(seed: str, offset: int = 0) -> str:
    """The code of the time-step `offset` steps from now."""
    return pyotp.TOTP(seed).at(datetime.now(UTC), counter_offset=offset)


@dataclass(frozen=True)
class Enrolled:
    seed: str
    recovery_codes: list[str]


def start(client: FlaskClient, auth: dict[str, str]) -> str:
    """Begin enrolment; return the seed."""
    response = client.post(SETUP, json={"password": PASSWORD}, headers=auth)
    assert response.status_code == 201, response.get_data(as_text=True)
    seed: str = response.get_json()["secret"]
    return seed


def enrol(client: FlaskClient, auth: dict[str, str]) -> Enrolled:
    """Turn two-factor on (this spends the current step's code: the next one is `code(seed, 1)`)."""
    seed = start(client, auth)
    response = client.post(ENABLE, json={"code": code(seed)}, headers=auth)
    assert response.status_code == 200, response.get_data(as_text=True)
    return Enrolled(seed=seed, recovery_codes=response.get_json()["recovery_codes"])


def forget_last_step(user_id: int) -> None:
    """Let the current step's code be used again (a test that needs more codes than the clock gives)."""
    db.session.execute(update(TwoFactor).where(TwoFactor.user_id == user_id).values(last_step=None))
    db.session.commit()


def challenge_for(client: FlaskClient, username: str) -> str:
    response = client.post(LOGIN, json={"username": username, "password": PASSWORD})
    assert response.status_code == 202, response.get_data(as_text=True)
    token: str = response.get_json()["challenge"]
    return token
