"""Personal API tokens over HTTP: issued (shown once, only the hash kept), listed, revoked, bounded; used as
`Authorization: Bearer tf_...` until they expire or are revoked; someone else's answer as missing ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from taskforge.apitokens.models import ApiToken
from taskforge.apitokens.service import MAX_TOKENS
from taskforge.auth.opaque import digest
from taskforge.extensions import db
from tests.conftest import bearer

URL = "/api/auth/tokens"
NEW = {"name": "backup script", "scopes": ["tasks:read", "projects:read"]}


def create(client, auth, **changes) -> dict:
    response = client.post(URL, json={**NEW, **changes}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def without_request_id(response) -> tuple[int, dict, str | None]:
    body = response.get_json()
    body.pop("request_id", None)
    return response.status_code, body, response.headers.get("WWW-Authenticate")


def test_issue_list_and_revoke(client, auth):
    assert client.get(URL, headers=auth).get_json() == {"items": []}
    scopes = ["tasks:read", "projects:read", "tasks:read"]
    created = create(client, auth, name="  backup script  ", scopes=scopes)
    token = created.pop("token")
    assert token.startswith("tf_")
    assert len(token) == 46
    assert created["name"] == "backup script"  # trimmed
    assert created["scopes"] == ["projects:read", "tasks:read"]  # a repeat counts once
    assert created["prefix"] == token[:11]
    assert created["expires_at"] is None
    assert created["last_used_at"] is None
    listed = client.get(URL, headers=auth).get_json()["items"]
    assert listed == [created]  # never the token again
    assert client.delete(f"{URL}/{created['id']}", headers=auth).status_code == 204
    assert client.get(URL, headers=auth).get_json() == {"items": []}
    assert client.delete(f"{URL}/{created['id']}", headers=auth).status_code == 404


def test_only_the_hash_of_the_token_is_stored(client, auth):
    token = create(client, auth)["token"]
    row = db.session.execute(select(ApiToken)).scalar_one()
    assert row.token_hash == digest(token)
    stored = [str(getattr(row, column.key)) for column in ApiToken.__table__.columns]
    assert not any(token in value or token[3:] in value for value in stored)


def test_the_token_authenticates_until_revoked(client, auth):
    created = create(client, auth)
    headers = bearer(created["token"])
    assert client.get("/api/tasks", headers=headers).status_code == 200
    assert client.delete(f"{URL}/{created['id']}", headers=auth).status_code == 204
    refused = client.get("/api/tasks", headers=headers)
    assert refused.status_code == 401  # at once: nothing remembers a token as live
    assert refused.headers["WWW-Authenticate"] == 'Bearer error="invalid_token"'


def test_expired_revoked_and_unknown_tokens_get_the_same_401(client, auth):
    expired = create(client, auth, expires_at=(datetime.now(UTC) + timedelta(hours=1)).isoformat())
    assert client.get("/api/tasks", headers=bearer(expired["token"])).status_code == 200
    db.session.execute(
        update(ApiToken)
        .where(ApiToken.id == expired["id"])
        .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    )
    revoked = create(client, auth)
    client.delete(f"{URL}/{revoked['id']}", headers=auth)
    answers = [
        without_request_id(client.get("/api/tasks", headers=bearer(token)))
        for token in (expired["token"], revoked["token"], "tf_" + "A" * 43, "tf_")
    ]
    unknown = (
        401,
        {
            "type": "/problems/unauthorized",
            "title": "Unauthorized",
            "status": 401,
            "detail": "The token is invalid, expired or revoked.",
        },
        'Bearer error="invalid_token"',
    )
    assert answers == [unknown] * 4


def test_a_token_is_never_a_refresh_token(client, auth):
    token = create(client, auth)["token"]
    assert client.post("/api/auth/refresh", headers=bearer(token)).status_code == 401


def test_someone_elses_token_id_answers_as_a_missing_one(client, auth, other_auth):
    theirs = create(client, other_auth)
    missing = client.delete(f"{URL}/{theirs['id'] + 1000}", headers=auth)
    foreign = client.delete(f"{URL}/{theirs['id']}", headers=auth)
    assert without_request_id(foreign) == without_request_id(missing)
    assert foreign.status_code == 404
    assert client.get(URL, headers=auth).get_json() == {"items": []}
    assert client.get("/api/tasks", headers=bearer(theirs["token"])).status_code == 200  # theirs still works


@pytest.mark.parametrize("path", [URL, f"{URL}/1"])
def test_every_endpoint_needs_a_session(client, path):
    for method in ("get", "post", "delete"):
        response = getattr(client, method)(path)
        if response.status_code != 405:
            assert response.status_code == 401
            assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"scopes": ["tasks:read"]}, "name"),
        ({**NEW, "name": "   "}, "name"),
        ({**NEW, "name": "x" * 101}, "name"),
        ({**NEW, "name": "a\u0000b"}, "name"),
        ({"name": "n"}, "scopes"),
        ({**NEW, "scopes": []}, "scopes"),
        ({**NEW, "scopes": ["tasks:admin"]}, "scopes[0]"),
        ({**NEW, "scopes": "tasks:read"}, "scopes"),
        ({**NEW, "expires_at": "2020-01-01T00:00:00Z"}, "expires_at"),
        ({**NEW, "expires_at": "2999-01-01T00:00:00"}, "expires_at"),
        ({**NEW, "expires_at": 1}, "expires_at"),
        ({**NEW, "token": "tf_mine"}, "token"),
    ],
)
def test_bad_bodies_are_422_naming_the_field(client, auth, body, field):
    response = client.post(URL, json=body, headers=auth)
    assert response.status_code == 422, response.get_json()
    assert field in [error["field"] for error in response.get_json()["errors"]]


def test_malformed_bodies(client, auth):
    assert client.post(URL, data="{", content_type="application/json", headers=auth).status_code == 400
    assert client.post(URL, data="name=x", content_type="text/plain", headers=auth).status_code == 415


def test_tokens_are_bounded_per_person(client, auth, other_auth):
    for _ in range(MAX_TOKENS):
        create(client, auth)
    refused = client.post(URL, json=NEW, headers=auth)
    assert refused.status_code == 409
    assert refused.mimetype == "application/problem+json"
    create(client, other_auth)  # a bound of each person's own


def test_last_used_at_is_written_at_most_once_per_window(client, auth):
    created = create(client, auth)
    headers = bearer(created["token"])

    def last_used() -> datetime | None:
        db.session.expire_all()
        return db.session.get(ApiToken, created["id"]).last_used_at

    def set_last_used(ago: timedelta) -> datetime:
        stamp = datetime.now(UTC) - ago
        db.session.execute(update(ApiToken).where(ApiToken.id == created["id"]).values(last_used_at=stamp))
        return stamp

    assert client.get("/api/tasks", headers=headers).status_code == 200
    first = last_used()
    assert first is not None
    assert datetime.now(UTC) - first < timedelta(minutes=1)
    recent = set_last_used(timedelta(minutes=4, seconds=50))
    for _ in range(3):
        assert client.get("/api/tasks", headers=headers).status_code == 200
        assert client.post("/api/tasks", json={"title": "t"}, headers=headers).status_code == 403
    assert last_used() == recent  # within the window: not written again
    set_last_used(timedelta(minutes=5, seconds=10))
    assert client.get("/api/tasks", headers=headers).status_code == 200
    assert datetime.now(UTC) - last_used() < timedelta(minutes=1)
    listed = client.get(URL, headers=auth).get_json()["items"][0]
    assert listed["last_used_at"] is not None


def test_a_token_costs_the_statements_a_session_does(client, auth, user, issue):
    from tests.tasks.test_statements import statements

    token = issue(user, "tasks:read")
    for headers in (auth, token):  # each identity statement is prepared once per connection
        assert client.get("/api/tasks?per_page=5", headers=headers).status_code == 200
    with statements() as by_session:
        assert client.get("/api/tasks?per_page=6", headers=auth).status_code == 200
    with statements() as by_token:
        assert client.get("/api/tasks?per_page=7", headers=token).status_code == 200
    assert len(by_token) == len(by_session)
    assert [s for s in by_token if "taskforge_token_identity" in s] == [
        "EXECUTE taskforge_token_identity(%(token_hash)s, %(now)s, %(stale_before)s)"
    ]
