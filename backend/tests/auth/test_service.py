"""Account rules in taskforge.auth.service, tokens and passwords, called directly (no HTTP)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from flask_jwt_extended import decode_token
from sqlalchemy import func, select

from taskforge.auth import service
from taskforge.auth.models import RevokedToken, User
from taskforge.auth.passwords import Passwords
from taskforge.auth.schemas import LoginIn, RegisterIn
from taskforge.auth.tokens import decode_refresh, expiry_of, issue_pair
from taskforge.errors import Conflict, Unauthorized, ValidationFailed
from taskforge.extensions import db
from tests.conftest import FAST_HASHER
from tests.factories import PASSWORD, new_session, token


def pair(user_id: int) -> tuple[str, str]:
    """The first tokens of a new session of the user."""
    return issue_pair(user_id, new_session(user_id))


class CountingHasher(PasswordHasher):
    """The test suite's fast hasher, counting how many verifications it runs."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.verifications = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.verifications += 1
        return super().verify(hash, password)


@pytest.fixture
def hasher(app, monkeypatch) -> CountingHasher:
    counting = CountingHasher()
    monkeypatch.setitem(app.extensions, "taskforge_passwords", Passwords(counting))
    return counting


def revoked_jtis() -> set[str]:
    return set(db.session.scalars(select(RevokedToken.jti)))


def claims_of(token: str) -> dict:
    return decode_token(token, allow_expired=True)


def unique_name() -> str:
    return f"svc_{uuid.uuid4().hex[:12]}"


# --- passwords --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "password", "expected"),
    [
        (FAST_HASHER.hash(PASSWORD), PASSWORD, True),
        (FAST_HASHER.hash(PASSWORD), PASSWORD + " ", False),
        (None, PASSWORD, False),
        ("", PASSWORD, False),
        ("not-an-argon2-hash", PASSWORD, False),
        ("$argon2id$v=19$m=1024,t=1,p=1$broken", PASSWORD, False),
    ],
    ids=["right", "wrong", "no-hash", "empty-hash", "not-a-hash", "truncated-hash"],
)
def test_passwords_verify(stored, password, expected):
    assert Passwords(FAST_HASHER).verify(stored, password) is expected


@pytest.mark.parametrize("stored", [None, ""], ids=["none", "empty"])
def test_an_unknown_user_still_costs_one_argon2_verification(stored):
    counting = CountingHasher()

    assert Passwords(counting).verify(stored, PASSWORD) is False
    assert counting.verifications == 1


# --- register ---------------------------------------------------------------------------------------------


def test_register_stores_an_argon2id_hash_and_issues_a_pair(app):
    name = unique_name()

    session = service.register(data=RegisterIn(username=name, email=f"{name}@example.com", password=PASSWORD))

    assert session.user.id is not None
    assert session.user.password_hash != PASSWORD
    assert session.user.password_hash.startswith("$argon2id$")
    assert FAST_HASHER.verify(session.user.password_hash, PASSWORD)
    assert claims_of(session.access_token)["type"] == "access"
    assert claims_of(session.refresh_token)["type"] == "refresh"
    assert claims_of(session.refresh_token)["sub"] == str(session.user.id)


@pytest.mark.parametrize(
    ("clash", "detail_mentions"),
    [
        (lambda u: {"username": u.username.swapcase(), "email": f"{unique_name()}@example.com"}, "username"),
        (lambda u: {"username": unique_name(), "email": u.email.upper()}, "email"),
    ],
    ids=["username", "email"],
)
def test_register_conflicts_case_insensitively(user, clash, detail_mentions):
    attempted = clash(user)
    with pytest.raises(Conflict) as raised:
        service.register(data=RegisterIn(password=PASSWORD, **attempted))

    assert detail_mentions in raised.value.detail
    matching = select(User).where(
        (func.lower(User.username) == attempted["username"].lower())
        | (func.lower(User.email) == attempted["email"].lower())
    )
    assert db.session.scalars(matching).all() == [user]


# --- login ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "login_name",
    [lambda u: f"  {u.username.upper()}  ", lambda u: f"\t{u.email.title()}\n"],
    ids=["username", "email"],
)
def test_login_ignores_case_and_surrounding_whitespace(user, login_name):
    assert service.login(data=LoginIn(username=login_name(user), password=PASSWORD)).user.id == user.id


@pytest.mark.parametrize(
    "credentials",
    [
        lambda u: {"username": u.username, "password": "wrong-password"},
        lambda u: {"username": "nobody", "password": PASSWORD},
        lambda u: {"username": "nobody@example.com", "password": PASSWORD},
    ],
    ids=["wrong-password", "unknown-username", "unknown-email"],
)
def test_login_failures_look_alike_and_cost_the_same(user, hasher, credentials):
    with pytest.raises(Unauthorized) as raised:
        service.login(data=LoginIn(**credentials(user)))

    assert raised.value.detail == "Invalid username or password."
    assert raised.value.headers == {"WWW-Authenticate": "Bearer"}
    assert hasher.verifications == 1


def test_login_does_not_rewrite_a_current_hash(user):
    current = user.password_hash

    service.login(data=LoginIn(username=user.username, password=PASSWORD))

    db.session.expire(user)
    assert user.password_hash == current


# --- refresh ----------------------------------------------------------------------------------------------


def test_refresh_revokes_the_used_token_until_it_expires(user):
    _, refresh = pair(user.id)
    claims = claims_of(refresh)

    session = service.refresh(user_id=user.id, claims=claims)

    revocation = db.session.get(RevokedToken, claims["jti"])
    assert (revocation.user_id, revocation.token_type) == (user.id, "refresh")
    assert revocation.expires_at == datetime.fromtimestamp(claims["exp"], UTC)
    assert claims_of(session.refresh_token)["jti"] != claims["jti"]
    assert claims_of(session.access_token)["sub"] == str(user.id)


def test_refresh_refuses_a_second_use_of_the_same_token(user):
    """The primary key on the jti is what stops two racing refreshes; here the race is replayed in order."""
    _, refresh = pair(user.id)
    claims = claims_of(refresh)
    service.refresh(user_id=user.id, claims=claims)

    with pytest.raises(Unauthorized):
        service.refresh(user_id=user.id, claims=claims)

    assert db.session.get(RevokedToken, claims["jti"]) is not None


def test_refresh_refuses_a_deleted_user(user):
    user_id, claims = user.id, claims_of(pair(user.id)[1])
    db.session.delete(user)
    db.session.flush()

    with pytest.raises(Unauthorized):
        service.refresh(user_id=user_id, claims=claims)


# --- logout -----------------------------------------------------------------------------------------------


def test_logout_revokes_the_access_token_and_the_refresh_token(user):
    access, refresh = pair(user.id)
    access_claims, refresh_claims = claims_of(access), claims_of(refresh)

    service.logout(user_id=user.id, access_claims=access_claims, refresh_token=refresh)

    assert {access_claims["jti"], refresh_claims["jti"]} <= revoked_jtis()
    assert db.session.get(RevokedToken, access_claims["jti"]).token_type == "access"
    assert db.session.get(RevokedToken, refresh_claims["jti"]).token_type == "refresh"


def test_logout_with_an_already_revoked_refresh_token_still_revokes_the_access_token(user):
    access, refresh = pair(user.id)
    service.refresh(user_id=user.id, claims=claims_of(refresh))

    service.logout(user_id=user.id, access_claims=claims_of(access), refresh_token=refresh)

    assert claims_of(access)["jti"] in revoked_jtis()


def test_a_repeated_logout_still_revokes_the_new_refresh_token(user):
    """Two logouts racing with one access token: the loser's refresh token must not survive its 204."""
    access, first_refresh = pair(user.id)
    second_refresh = token(user.id, refresh=True)
    service.logout(user_id=user.id, access_claims=claims_of(access), refresh_token=first_refresh)

    service.logout(user_id=user.id, access_claims=claims_of(access), refresh_token=second_refresh)

    assert claims_of(second_refresh)["jti"] in revoked_jtis()


@pytest.mark.parametrize(
    "foreign",
    [
        lambda me, other: pair(other.id)[1],
        lambda me, other: pair(me.id)[0],
        lambda me, other: "not-a-token",
    ],
    ids=["other-users", "access-token", "garbage"],
)
def test_logout_refuses_a_foreign_refresh_token_and_revokes_nothing(user, other_user, foreign):
    access_claims = claims_of(pair(user.id)[0])
    before = revoked_jtis()

    with pytest.raises(ValidationFailed) as raised:
        service.logout(user_id=user.id, access_claims=access_claims, refresh_token=foreign(user, other_user))

    assert [e.field for e in raised.value.errors] == ["refresh_token"]
    assert revoked_jtis() == before


def test_logout_with_the_users_own_expired_refresh_token_still_signs_out(user):
    access_claims = claims_of(pair(user.id)[0])
    expired = token(user.id, refresh=True, expires_delta=timedelta(seconds=-1))

    service.logout(user_id=user.id, access_claims=access_claims, refresh_token=expired)

    assert {access_claims["jti"], claims_of(expired)["jti"]} <= revoked_jtis()


# --- tokens and the current user --------------------------------------------------------------------------


def test_decode_refresh_accepts_only_a_valid_refresh_token(user):
    access, refresh = pair(user.id)

    assert decode_refresh(refresh)["jti"] == claims_of(refresh)["jti"]
    assert decode_refresh(access) is None
    assert decode_refresh(refresh + "x") is None


def test_expiry_of_is_the_aware_exp_instant():
    assert expiry_of({"exp": 1_900_000_000}) == datetime(2030, 3, 17, 17, 46, 40, tzinfo=UTC)


def test_current_user_of_a_deleted_account_is_unauthorized(user):
    user_id = user.id
    assert service.current_user(user_id=user_id) is user
    db.session.delete(user)
    db.session.flush()

    with pytest.raises(Unauthorized):
        service.current_user(user_id=user_id)
