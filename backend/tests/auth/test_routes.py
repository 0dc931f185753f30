"""HTTP contract of /api/auth: register, login, refresh, logout and me."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from taskforge.auth.models import User
from taskforge.extensions import db
from tests.conftest import FAST_HASHER, bearer
from tests.factories import PASSWORD, UserFactory

REGISTER, LOGIN, REFRESH, LOGOUT, ME = (
    f"/api/auth/{name}" for name in ("register", "login", "refresh", "logout", "me")
)
PROBLEM_KEYS = {"type", "title", "status", "detail", "request_id"}
TOKEN_KEYS = {"user", "access_token", "refresh_token", "token_type", "expires_in"}
USER_KEYS = {
    "id",
    "username",
    "email",
    "timezone",
    "calendar_feed",
    "two_factor",
    "email_verified",
    "created_at",
}
# Valid argon2id, but with other parameters than the app's hasher: must be upgraded on the next login.
OUTDATED_HASHER = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=2)


def problem(response, status: int) -> dict:
    """Assert an RFC 9457 problem with `status`, its request_id echoed in X-Request-ID; return the body."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body.keys() >= PROBLEM_KEYS
    assert body["status"] == status
    assert body["request_id"]
    assert response.headers["X-Request-ID"] == body["request_id"]
    return body


def error_fields(response) -> set[str]:
    return {error["field"] for error in problem(response, 422)["errors"]}


def without_request_id(body: dict) -> dict:
    return {key: value for key, value in body.items() if key != "request_id"}


def assert_token_body(body: dict, user: User) -> None:
    assert body.keys() == TOKEN_KEYS
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert body["user"] == {
        "id": user.id,
        "username": user.username,
        "email": user.email,
        "timezone": user.timezone,
        "created_at": body["user"]["created_at"],
        "calendar_feed": False,
        "two_factor": False,
        "email_verified": user.email_verified,
    }
    assert datetime.fromisoformat(body["user"]["created_at"]).utcoffset() is not None
    assert body["access_token"] != body["refresh_token"]


def new_account(**overrides: object) -> dict:
    """A valid registration with a username and email no other test uses."""
    name = f"new_{uuid.uuid4().hex[:12]}"
    return {"username": name, "email": f"{name}@example.com", "password": "s3cret-passphrase", **overrides}


def user_count() -> int:
    return db.session.scalar(select(func.count()).select_from(User))


# --- register ---------------------------------------------------------------------------------------------


def test_register_creates_the_account_and_signs_it_in(client):
    account = new_account()
    response = client.post(REGISTER, json=account)

    assert response.status_code == 201
    body = response.get_json()
    stored = db.session.scalars(select(User).where(User.username == account["username"])).one()
    assert_token_body(body, stored)
    assert stored.email == account["email"]
    assert stored.password_hash.startswith("$argon2id$")
    assert FAST_HASHER.verify(stored.password_hash, "s3cret-passphrase")
    assert client.get(ME, headers=bearer(body["access_token"])).get_json()["id"] == stored.id
    assert client.post(REFRESH, headers=bearer(body["refresh_token"])).status_code == 200


@pytest.mark.parametrize(
    "overrides",
    [
        lambda h: {"username": h[:3], "password": "x" * 8},
        lambda h: {"username": h, "password": "x" * 128},
        lambda h: {"username": f"A.b_c-{h[:8]}"},
    ],
    ids=["shortest", "longest", "every-allowed-character-class"],
)
def test_register_accepts_the_boundaries(client, overrides):
    unique = uuid.uuid4().hex  # 32 characters
    response = client.post(REGISTER, json=new_account(**overrides(unique)))

    assert response.status_code == 201, response.get_json()


@pytest.mark.parametrize(
    "taken",
    [
        lambda u: {"username": u.username},
        lambda u: {"username": u.username.upper()},
        lambda u: {"email": u.email},
        lambda u: {"email": u.email.upper()},
    ],
    ids=["same-username", "username-other-case", "same-email", "email-other-case"],
)
def test_register_refuses_a_taken_username_or_email(client, user, taken):
    before = user_count()

    problem(client.post(REGISTER, json=new_account(**taken(user))), 409)

    assert user_count() == before


INVALID_REGISTRATIONS = [
    *(({"username": v}, "username") for v in ("ab", "a" * 33, "bad name", "bad@name", "", True, None)),
    *(({"email": v}, "email") for v in ("not-an-email", "", 42)),
    *(({"password": v}, "password") for v in ("x" * 7, "x" * 129, 12345678, "pass\x00word", ["s3cret-pass"])),
    ({"is_admin": True}, "is_admin"),
]


@pytest.mark.parametrize(
    ("overrides", "field"), INVALID_REGISTRATIONS, ids=[repr(o)[:40] for o, _ in INVALID_REGISTRATIONS]
)
def test_register_names_the_invalid_field(client, overrides, field):
    assert field in error_fields(client.post(REGISTER, json=new_account(**overrides)))


@pytest.mark.parametrize("missing", ["username", "email", "password"])
def test_register_names_a_missing_field(client, missing):
    payload = new_account()
    del payload[missing]

    assert missing in error_fields(client.post(REGISTER, json=payload))


@pytest.mark.parametrize(
    ("data", "content_type", "status"),
    [
        ('{"username": "abc"', "application/json", 400),
        ("[]", "application/json", 400),
        ('{"username": NaN}', "application/json", 400),
        ("username=abc", "application/x-www-form-urlencoded", 415),
        ("", "application/json", 400),
    ],
    ids=["truncated", "array", "nan", "form", "empty"],
)
def test_register_rejects_bodies_that_are_not_a_json_object(client, data, content_type, status):
    problem(client.post(REGISTER, data=data, content_type=content_type), status)


# --- login ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "login_name",
    [lambda u: u.username, lambda u: u.username.upper(), lambda u: u.email, lambda u: u.email.upper()],
    ids=["username", "username-upper", "email", "email-upper"],
)
def test_login_with_username_or_email(client, user, login_name):
    response = client.post(LOGIN, json={"username": login_name(user), "password": PASSWORD})

    assert response.status_code == 200
    body = response.get_json()
    assert_token_body(body, user)
    assert client.get(ME, headers=bearer(body["access_token"])).status_code == 200


def test_login_failures_do_not_tell_unknown_users_from_wrong_passwords(client, user):
    attempts = [
        {"username": user.username, "password": PASSWORD + "x"},
        {"username": user.email, "password": "wrong-password"},
        {"username": "nobody", "password": PASSWORD},
        {"username": "nobody@example.com", "password": PASSWORD},
    ]
    responses = [client.post(LOGIN, json=attempt) for attempt in attempts]

    bodies = [without_request_id(problem(response, 401)) for response in responses]
    challenges = {response.headers["WWW-Authenticate"] for response in responses}
    assert all(body == bodies[0] for body in bodies)
    assert len(challenges) == 1
    assert challenges.pop().startswith("Bearer")


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"username": "someone"}, "password"),
        ({"password": PASSWORD}, "username"),
        ({"username": "", "password": PASSWORD}, "username"),
        ({"username": "someone", "password": ""}, "password"),
        ({"username": 7, "password": PASSWORD}, "username"),
        ({"username": "someone", "password": 12345678}, "password"),
        ({"username": "someone", "password": PASSWORD, "remember": True}, "remember"),
    ],
    ids=lambda value: repr(value)[:40] if isinstance(value, dict) else None,
)
def test_login_names_the_invalid_field(client, payload, field):
    assert field in error_fields(client.post(LOGIN, json=payload))


def test_login_rehashes_an_outdated_hash(client):
    outdated = OUTDATED_HASHER.hash(PASSWORD)
    user = UserFactory(password_hash=outdated)
    assert FAST_HASHER.check_needs_rehash(outdated)

    assert client.post(LOGIN, json={"username": user.username, "password": PASSWORD}).status_code == 200

    db.session.expire(user)
    assert user.password_hash != outdated
    assert FAST_HASHER.verify(user.password_hash, PASSWORD)
    assert not FAST_HASHER.check_needs_rehash(user.password_hash)
    assert client.post(LOGIN, json={"username": user.username, "password": PASSWORD}).status_code == 200


# --- refresh ----------------------------------------------------------------------------------------------


def test_refresh_rotates_the_pair(client, user, token_for):
    old_access, old_refresh = token_for(user), token_for(user, refresh=True)

    response = client.post(REFRESH, headers=bearer(old_refresh))

    assert response.status_code == 200
    body = response.get_json()
    assert_token_body(body, user)
    assert body["access_token"] != old_access
    assert body["refresh_token"] != old_refresh
    assert client.get(ME, headers=bearer(body["access_token"])).status_code == 200
    problem(client.post(REFRESH, headers=bearer(old_refresh)), 401)
    assert client.post(REFRESH, headers=bearer(body["refresh_token"])).status_code == 200


# --- logout -----------------------------------------------------------------------------------------------


def test_logout_revokes_the_access_token_and_the_given_refresh_token(client, user, token_for):
    access, refresh = token_for(user), token_for(user, refresh=True)

    response = client.post(LOGOUT, headers=bearer(access), json={"refresh_token": refresh})

    assert response.status_code == 204
    assert response.get_data() == b""
    problem(client.get(ME, headers=bearer(access)), 401)
    problem(client.post(REFRESH, headers=bearer(refresh)), 401)


@pytest.mark.parametrize(
    "body",
    [None, {}, {"refresh_token": None}],
    ids=["no-body", "empty-object", "null-refresh-token"],
)
def test_logout_without_a_refresh_token_revokes_only_the_access_token(client, user, token_for, body):
    access, refresh = token_for(user), token_for(user, refresh=True)

    assert client.post(LOGOUT, headers=bearer(access), json=body).status_code == 204

    problem(client.get(ME, headers=bearer(access)), 401)
    assert client.post(REFRESH, headers=bearer(refresh)).status_code == 200


def test_logout_accepts_an_already_rotated_refresh_token(client, user, token_for):
    refresh = token_for(user, refresh=True)
    assert client.post(REFRESH, headers=bearer(refresh)).status_code == 200

    response = client.post(LOGOUT, headers=bearer(token_for(user)), json={"refresh_token": refresh})

    assert response.status_code == 204


@pytest.mark.parametrize(
    "foreign",
    [
        lambda me, other, token_for: token_for(other, refresh=True),
        lambda me, other, token_for: token_for(me),
        lambda me, other, token_for: "garbage",
        lambda me, other, token_for: token_for(me, refresh=True)[:-4] + "AAAA",
        lambda me, other, token_for: "",
        lambda me, other, token_for: 12345,
    ],
    ids=["other-users-refresh", "own-access-token", "garbage", "bad-signature", "empty", "not-a-string"],
)
def test_logout_refuses_a_refresh_token_that_is_not_this_users(client, user, other_user, token_for, foreign):
    access, other_refresh = token_for(user), token_for(other_user, refresh=True)

    response = client.post(
        LOGOUT, headers=bearer(access), json={"refresh_token": foreign(user, other_user, token_for)}
    )

    assert error_fields(response) == {"refresh_token"}
    assert client.get(ME, headers=bearer(access)).status_code == 200
    assert client.post(REFRESH, headers=bearer(other_refresh)).status_code == 200


# --- me and problem plumbing ------------------------------------------------------------------------------


def test_me_returns_the_signed_in_user(client, user, auth):
    response = client.get(ME, headers=auth)

    assert response.status_code == 200
    body = response.get_json()
    assert body.keys() == USER_KEYS
    assert (body["id"], body["username"], body["email"]) == (user.id, user.username, user.email)
    assert datetime.fromisoformat(body["created_at"]) == user.created_at


@pytest.mark.parametrize(
    ("sent", "echoed"),
    [("req-42.abc", True), ("bad id\twith spaces", False), ("x" * 129, False)],
    ids=["sane", "with-whitespace", "too-long"],
)
def test_problem_echoes_only_a_sane_incoming_request_id(client, sent, echoed):
    body = problem(client.get(ME, headers={"X-Request-ID": sent}), 401)

    assert (body["request_id"] == sent) is echoed


# --- time zone ----------------------------------------------------------------------------------------------


def test_a_new_account_lives_in_utc_unless_it_names_a_zone(client):
    assert client.post(REGISTER, json=new_account()).get_json()["user"]["timezone"] == "UTC"
    body = client.post(REGISTER, json=new_account(timezone="Australia/Lord_Howe")).get_json()
    assert body["user"]["timezone"] == "Australia/Lord_Howe"
    me = client.get(ME, headers=bearer(body["access_token"])).get_json()
    assert me["timezone"] == "Australia/Lord_Howe"


def test_the_time_zone_can_be_changed(client, user, auth):
    response = client.patch(ME, json={"timezone": "America/New_York"}, headers=auth)
    assert response.status_code == 200
    assert response.get_json().keys() == USER_KEYS
    assert response.get_json()["timezone"] == "America/New_York"
    assert client.get(ME, headers=auth).get_json()["timezone"] == "America/New_York"
    db.session.refresh(user)
    assert user.timezone == "America/New_York"


def test_an_empty_patch_changes_nothing(client, auth):
    response = client.patch(ME, json={}, headers=auth)
    assert response.status_code == 200
    assert response.get_json()["timezone"] == "UTC"


@pytest.mark.parametrize(
    "zone",
    [
        "Mars/Olympus_Mons",
        "localtime",
        "../../etc/passwd",
        "/usr/share/zoneinfo/UTC",
        "europe/berlin",  # the tz database's spelling only
        "",
        "UTC\x00",
        "E" * 65,
        None,
        3,
        ["UTC"],
    ],
)
def test_only_iana_zone_names_are_accepted(client, auth, zone):
    assert error_fields(client.patch(ME, json={"timezone": zone}, headers=auth)) == {"timezone"}
    assert error_fields(client.post(REGISTER, json=new_account(timezone=zone))) == {"timezone"}
    assert client.get(ME, headers=auth).get_json()["timezone"] == "UTC"


def test_unknown_fields_are_refused(client, auth):
    assert error_fields(client.patch(ME, json={"username": "someone_else"}, headers=auth)) == {"username"}


def test_changing_the_zone_needs_a_token(client):
    assert problem(client.patch(ME, json={"timezone": "UTC"}), 401)
