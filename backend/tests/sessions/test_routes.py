"""Sessions over HTTP: listing the caller's devices, signing one out, signing out everywhere else; every
status each endpoint answers, and someone else's session answers exactly like a missing one."""

from __future__ import annotations

import pytest

from tests.conftest import bearer
from tests.sessions.conftest import FIREFOX, SAFARI_IPHONE

LIST = "/api/auth/sessions"
OTHERS = "/api/auth/sessions/revoke-others"
ENDPOINTS = [("GET", LIST), ("DELETE", f"{LIST}/1"), ("POST", OTHERS)]


def ids(client, auth) -> list[int]:
    response = client.get(LIST, headers=auth)
    assert response.status_code == 200
    return [s["id"] for s in response.get_json()["items"]]


def test_the_list_shows_each_sign_in_newest_first_with_its_device_and_the_current_one(client, user, sign_in):
    phone = sign_in(user, agent=SAFARI_IPHONE, address="198.51.100.4")
    laptop = sign_in(user, agent=FIREFOX, address="203.0.113.7")

    response = client.get(LIST, headers=laptop.auth)

    assert response.status_code == 200
    items = response.get_json()["items"]
    assert [(s["device"], s["address"], s["current"]) for s in items] == [
        ("Firefox on Windows", "203.0.113.7", True),
        ("Mobile Safari on iOS", "198.51.100.4", False),
    ]
    assert items[0]["created_at"] <= items[0]["last_used_at"]
    assert [s["current"] for s in client.get(LIST, headers=phone.auth).get_json()["items"]] == [False, True]


def test_revoking_a_session_signs_out_its_access_and_refresh_tokens_at_once(client, user, sign_in):
    laptop, phone = sign_in(user), sign_in(user, agent=SAFARI_IPHONE)
    phone_id = next(s["id"] for s in client.get(LIST, headers=phone.auth).get_json()["items"] if s["current"])

    assert client.delete(f"{LIST}/{phone_id}", headers=laptop.auth).status_code == 204

    assert client.get("/api/auth/me", headers=phone.auth).status_code == 401
    assert client.post("/api/auth/refresh", headers=phone.refresh_auth).status_code == 401
    assert client.get("/api/auth/me", headers=laptop.auth).status_code == 200
    assert phone_id not in ids(client, laptop.auth)
    assert client.delete(f"{LIST}/{phone_id}", headers=laptop.auth).status_code == 404  # gone already


def test_revoking_the_current_session_signs_the_caller_out(client, user, sign_in):
    laptop = sign_in(user)
    current = ids(client, laptop.auth)[0]

    assert client.delete(f"{LIST}/{current}", headers=laptop.auth).status_code == 204

    assert client.get("/api/auth/me", headers=laptop.auth).status_code == 401
    assert client.post("/api/auth/refresh", headers=laptop.refresh_auth).status_code == 401


def test_sign_out_everywhere_else_keeps_only_the_current_session(client, user, other_user, sign_in):
    first, second, here = sign_in(user), sign_in(user), sign_in(user)
    someone_else = sign_in(other_user)

    response = client.post(OTHERS, headers=here.auth)

    assert response.status_code == 200
    assert response.get_json() == {"revoked": 2}
    for gone in (first, second):
        assert client.get("/api/auth/me", headers=gone.auth).status_code == 401
        assert client.post("/api/auth/refresh", headers=gone.refresh_auth).status_code == 401
    assert len(ids(client, here.auth)) == 1
    assert client.get("/api/auth/me", headers=someone_else.auth).status_code == 200
    assert client.post(OTHERS, headers=here.auth).get_json() == {"revoked": 0}


def test_another_users_session_is_404_exactly_like_a_missing_one(client, user, other_user, sign_in):
    mine, theirs = sign_in(user), sign_in(other_user)
    their_id = ids(client, theirs.auth)[0]

    foreign = client.delete(f"{LIST}/{their_id}", headers=mine.auth)
    missing = client.delete(f"{LIST}/{their_id + 10**6}", headers=mine.auth)

    assert foreign.status_code == missing.status_code == 404
    strip = lambda r: {k: v for k, v in r.get_json().items() if k != "request_id"}  # noqa: E731
    assert strip(foreign) == strip(missing)
    assert client.get("/api/auth/me", headers=theirs.auth).status_code == 200
    assert their_id not in ids(client, mine.auth)


def test_logout_ends_the_session(client, user, sign_in):
    laptop, phone = sign_in(user), sign_in(user)

    assert client.post("/api/auth/logout", headers=laptop.auth).status_code == 204

    assert client.post("/api/auth/refresh", headers=laptop.refresh_auth).status_code == 401
    assert len(ids(client, phone.auth)) == 1


def test_a_refresh_keeps_the_session(client, user, sign_in):
    laptop = sign_in(user)
    before = ids(client, laptop.auth)

    refreshed = bearer(
        client.post("/api/auth/refresh", headers=laptop.refresh_auth).get_json()["access_token"]
    )

    assert ids(client, refreshed) == before
    # The same session: signing out the others from the old access token leaves the refreshed one working.
    assert client.post(OTHERS, headers=laptop.auth).get_json() == {"revoked": 0}
    assert client.get("/api/auth/me", headers=refreshed).status_code == 200


@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
def test_every_endpoint_needs_an_access_token(client, user, sign_in, method, path):
    assert client.open(path, method=method).status_code == 401
    refresh_only = sign_in(user).refresh_auth
    assert client.open(path, method=method, headers=refresh_only).status_code == 401


@pytest.mark.parametrize("session_id", ["0", "-1", "abc", "9" * 20])
def test_odd_session_ids_are_4xx(client, auth, session_id):
    assert client.delete(f"{LIST}/{session_id}", headers=auth).status_code in (404, 422)


def test_the_endpoints_are_tagged_auth(client):
    paths = client.get("/api/openapi.json").get_json()["paths"]
    for path in ("/api/auth/sessions", "/api/auth/sessions/{session_id}", "/api/auth/sessions/revoke-others"):
        for operation in paths[path].values():
            assert operation["tags"] == ["auth"]
