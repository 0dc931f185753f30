"""The second step of a sign-in: 202 with a challenge, then a code or a recovery code; expiry, reuse,
attempts, someone else's challenge, and sign-in without two-factor unchanged."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from taskforge.auth.opaque import digest
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.twofactor.models import LoginChallenge
from tests.auth.test_routes import TOKEN_KEYS, error_fields, problem, without_request_id
from tests.factories import PASSWORD
from tests.twofactor.helpers import LOGIN, LOGIN_CODE, challenge_for, code, enrol, forget_last_step

ME = "/api/auth/me"


@pytest.fixture
def enrolled(client, auth):
    return enrol(client, auth)


def signed_in_as(client, response, user) -> None:
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert body.keys() == TOKEN_KEYS
    assert body["user"]["id"] == user.id
    assert body["user"]["two_factor"] is True
    me = client.get(ME, headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.get_json()["id"] == user.id


def test_login_without_two_factor_still_answers_tokens(client, user):
    response = client.post(LOGIN, json={"username": user.username, "password": PASSWORD})

    assert response.status_code == 200
    assert response.get_json().keys() == TOKEN_KEYS
    assert response.get_json()["user"]["two_factor"] is False


def test_the_right_password_answers_202_with_a_challenge_and_no_tokens(client, user, enrolled):
    response = client.post(LOGIN, json={"username": user.username, "password": PASSWORD})

    assert response.status_code == 202
    body = response.get_json()
    assert body.keys() == {"two_factor_required", "challenge", "expires_in"}
    assert body["two_factor_required"] is True
    assert body["expires_in"] == 300
    stored = db.session.scalars(
        select(LoginChallenge.token_hash).where(LoginChallenge.user_id == user.id)
    ).all()
    assert stored == [digest(body["challenge"])]


def test_a_wrong_password_or_unknown_user_answers_as_without_two_factor(client, user, enrolled):
    wrong = client.post(LOGIN, json={"username": user.username, "password": "wrong password"})
    unknown = client.post(LOGIN, json={"username": "nobody-here", "password": "wrong password"})

    assert without_request_id(problem(wrong, 401)) == without_request_id(problem(unknown, 401))


def test_the_code_finishes_the_sign_in(client, user, enrolled):
    challenge = challenge_for(client, user.username)

    signed_in_as(
        client, client.post(LOGIN_CODE, json={"challenge": challenge, "code": code(enrolled.seed, 1)}), user
    )


def test_a_recovery_code_finishes_the_sign_in_once(client, user, enrolled):
    recovery = enrolled.recovery_codes[2]

    first = client.post(
        LOGIN_CODE, json={"challenge": challenge_for(client, user.username), "recovery_code": recovery}
    )
    again = client.post(
        LOGIN_CODE, json={"challenge": challenge_for(client, user.username), "recovery_code": recovery}
    )

    signed_in_as(client, first, user)
    assert error_fields(again) == {"recovery_code"}


def test_a_used_code_cannot_sign_in_again(client, user, enrolled):
    used = code(enrolled.seed, 1)
    first = client.post(LOGIN_CODE, json={"challenge": challenge_for(client, user.username), "code": used})

    replay = client.post(LOGIN_CODE, json={"challenge": challenge_for(client, user.username), "code": used})

    signed_in_as(client, first, user)
    assert error_fields(replay) == {"code"}


def test_a_challenge_works_once(client, user, enrolled):
    challenge = challenge_for(client, user.username)
    signed_in_as(
        client, client.post(LOGIN_CODE, json={"challenge": challenge, "code": code(enrolled.seed, 1)}), user
    )
    forget_last_step(user.id)

    problem(client.post(LOGIN_CODE, json={"challenge": challenge, "code": code(enrolled.seed, 1)}), 401)


def test_an_expired_challenge_is_refused(client, user, enrolled):
    challenge = challenge_for(client, user.username)
    db.session.execute(
        update(LoginChallenge)
        .where(LoginChallenge.token_hash == digest(challenge))
        .values(expires_at=utcnow() - timedelta(seconds=1))
    )
    db.session.commit()

    problem(client.post(LOGIN_CODE, json={"challenge": challenge, "code": code(enrolled.seed, 1)}), 401)


def test_the_fifth_wrong_code_voids_the_challenge(client, user, enrolled):
    challenge = challenge_for(client, user.username)
    right = code(enrolled.seed, 1)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"

    for _ in range(4):
        assert error_fields(client.post(LOGIN_CODE, json={"challenge": challenge, "code": wrong})) == {"code"}
    assert error_fields(client.post(LOGIN_CODE, json={"challenge": challenge, "recovery_code": "nope"})) == {
        "recovery_code"
    }

    problem(client.post(LOGIN_CODE, json={"challenge": challenge, "code": right}), 401)


def test_four_wrong_codes_still_leave_the_right_one_good(client, user, enrolled):
    challenge = challenge_for(client, user.username)
    right = code(enrolled.seed, 1)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    for _ in range(4):
        client.post(LOGIN_CODE, json={"challenge": challenge, "code": wrong})

    signed_in_as(client, client.post(LOGIN_CODE, json={"challenge": challenge, "code": right}), user)


def test_an_unknown_challenge_answers_as_an_expired_one(client, user, enrolled):
    challenge = challenge_for(client, user.username)
    db.session.execute(update(LoginChallenge).values(expires_at=utcnow() - timedelta(seconds=1)))
    db.session.commit()

    expired = problem(client.post(LOGIN_CODE, json={"challenge": challenge, "code": "123456"}), 401)
    unknown = problem(client.post(LOGIN_CODE, json={"challenge": "x" * 43, "code": "123456"}), 401)

    assert without_request_id(expired) == without_request_id(unknown)


def test_someone_elses_code_does_not_open_a_challenge(client, user, other_user, enrolled, other_auth):
    theirs = enrol(client, other_auth)
    mine = challenge_for(client, user.username)

    response = client.post(LOGIN_CODE, json={"challenge": mine, "code": code(theirs.seed, 1)})
    with_their_recovery = client.post(
        LOGIN_CODE, json={"challenge": mine, "recovery_code": theirs.recovery_codes[0]}
    )

    assert error_fields(response) == {"code"}
    assert error_fields(with_their_recovery) == {"recovery_code"}


def test_turning_two_factor_off_voids_pending_challenges(client, user, auth, enrolled):
    challenge = challenge_for(client, user.username)
    off = client.post(
        "/api/auth/two-factor/disable",
        json={"password": PASSWORD, "code": enrolled.recovery_codes[0]},
        headers=auth,
    )
    assert off.status_code == 204

    problem(client.post(LOGIN_CODE, json={"challenge": challenge, "code": code(enrolled.seed, 1)}), 401)
    assert client.post(LOGIN, json={"username": user.username, "password": PASSWORD}).status_code == 200


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"challenge": "abc"}, {"body"}),
        ({"challenge": "abc", "code": "123456", "recovery_code": "AAAA"}, {"body"}),
        ({"code": "123456"}, {"challenge"}),
        ({"challenge": "abc", "code": "12345a"}, {"code"}),
        ({"challenge": "", "code": "123456"}, {"challenge"}),
        ({"challenge": "a\u0000", "code": "123456"}, {"challenge"}),
        ({"challenge": "abc", "recovery_code": "x" * 65}, {"recovery_code"}),
        ({"challenge": "abc", "code": "123456", "extra": True}, {"extra"}),
    ],
)
def test_malformed_second_steps_are_refused_naming_the_field(client, body, fields):
    assert error_fields(client.post(LOGIN_CODE, json=body)) == fields
