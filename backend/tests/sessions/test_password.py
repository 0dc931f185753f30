"""Changing the password: the current one is checked (a wrong one is 422 naming it), the new one is
validated as at registration and stored with argon2id, every other session is signed out, this one stays."""

from __future__ import annotations

import pytest

from taskforge.auth.models import User
from taskforge.extensions import db
from tests.factories import PASSWORD

URL = "/api/auth/password"
NEW = "a brand new passphrase"


def fields(response) -> list[str]:
    return [error["field"] for error in response.get_json()["errors"]]


def login_status(client, user, password: str) -> int:
    return client.post("/api/auth/login", json={"username": user.username, "password": password}).status_code


def test_a_change_signs_out_every_other_session_and_keeps_this_one(client, user, other_user, sign_in):
    here, elsewhere, someone_else = sign_in(user), sign_in(user), sign_in(other_user)

    response = client.post(URL, json={"current_password": PASSWORD, "new_password": NEW}, headers=here.auth)

    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {"revoked": 1}
    assert client.get("/api/auth/me", headers=elsewhere.auth).status_code == 401
    assert client.post("/api/auth/refresh", headers=elsewhere.refresh_auth).status_code == 401
    assert client.get("/api/auth/me", headers=here.auth).status_code == 200
    assert client.post("/api/auth/refresh", headers=here.refresh_auth).status_code == 200
    assert client.get("/api/auth/me", headers=someone_else.auth).status_code == 200
    assert login_status(client, user, PASSWORD) == 401
    assert login_status(client, user, NEW) == 200


def test_the_new_password_is_stored_as_an_argon2id_hash(client, user, sign_in):
    here = sign_in(user)

    client.post(URL, json={"current_password": PASSWORD, "new_password": NEW}, headers=here.auth)

    db.session.expire_all()
    stored = db.session.get(User, user.id).password_hash
    assert stored.startswith("$argon2id$")
    assert NEW not in stored


def test_a_wrong_current_password_is_422_naming_it_and_changes_nothing(client, user, sign_in):
    here, elsewhere = sign_in(user), sign_in(user)

    response = client.post(
        URL, json={"current_password": "not it at all", "new_password": NEW}, headers=here.auth
    )

    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert fields(response) == ["current_password"]
    assert client.get("/api/auth/me", headers=elsewhere.auth).status_code == 200
    assert login_status(client, user, PASSWORD) == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"current_password": PASSWORD, "new_password": "short"}, "new_password"),
        ({"current_password": PASSWORD, "new_password": "x" * 129}, "new_password"),
        ({"current_password": PASSWORD, "new_password": "nul\x00byte-password"}, "new_password"),
        ({"current_password": PASSWORD, "new_password": 12345678}, "new_password"),
        ({"current_password": "", "new_password": NEW}, "current_password"),
        ({"new_password": NEW}, "current_password"),
        ({"current_password": PASSWORD, "new_password": NEW, "admin": True}, "admin"),
    ],
    ids=["too-short", "too-long", "nul", "number", "empty-current", "missing-current", "unknown-field"],
)
def test_bad_bodies_are_422_naming_the_field(client, user, sign_in, body, field):
    here = sign_in(user)

    response = client.post(URL, json=body, headers=here.auth)

    assert response.status_code == 422
    assert field in fields(response)
    assert login_status(client, user, PASSWORD) == 200


def test_it_needs_an_access_token(client, user, sign_in):
    body = {"current_password": PASSWORD, "new_password": NEW}
    assert client.post(URL, json=body).status_code == 401
    assert client.post(URL, json=body, headers=sign_in(user).refresh_auth).status_code == 401
    assert login_status(client, user, PASSWORD) == 200


def test_a_revoked_session_cannot_change_the_password(client, user, sign_in):
    here, other = sign_in(user), sign_in(user)
    client.post("/api/auth/sessions/revoke-others", headers=other.auth)

    response = client.post(URL, json={"current_password": PASSWORD, "new_password": NEW}, headers=here.auth)

    assert response.status_code == 401
    assert login_status(client, user, PASSWORD) == 200
