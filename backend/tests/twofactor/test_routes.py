"""HTTP contract of /api/auth/two-factor/*: setup, enable, disable, recovery-codes; every status."""

from __future__ import annotations

import pyotp
import pytest
from sqlalchemy import select

from taskforge.extensions import db
from taskforge.secretbox import unseal
from taskforge.twofactor.models import RecoveryCode, TwoFactor
from tests.auth.test_routes import error_fields, problem
from tests.factories import PASSWORD
from tests.twofactor.helpers import CODES, DISABLE, ENABLE, SETUP, code, enrol, forget_last_step, start

ME = "/api/auth/me"


def row_of(user) -> TwoFactor | None:
    db.session.expire_all()
    return db.session.get(TwoFactor, user.id)


# --- setup ------------------------------------------------------------------------------------------------


def test_setup_returns_a_secret_its_uri_and_qr_code_and_changes_nothing_at_sign_in(client, auth, user):
    response = client.post(SETUP, json={"password": PASSWORD}, headers=auth)

    assert response.status_code == 201
    body = response.get_json()
    assert body.keys() == {"secret", "otpauth_uri", "qr_svg"}
    parsed = pyotp.parse_uri(body["otpauth_uri"])
    assert (parsed.secret, parsed.name, parsed.issuer) == (body["secret"], user.username, "TaskForge")
    assert body["qr_svg"].startswith("<svg")
    assert client.get(ME, headers=auth).get_json()["two_factor"] is False


def test_the_secret_is_stored_sealed_never_plain(client, auth, user):
    seed = start(client, auth)

    stored = row_of(user).secret_sealed
    assert seed not in stored
    assert unseal(stored, purpose="totp") == seed


def test_setup_again_before_confirming_replaces_the_secret(client, auth, user):
    first = start(client, auth)
    second = start(client, auth)

    assert first != second
    assert client.post(ENABLE, json={"code": code(first)}, headers=auth).status_code == 422
    assert client.post(ENABLE, json={"code": code(second)}, headers=auth).status_code == 200


def test_setup_with_a_wrong_password_is_refused_naming_the_field(client, auth, user):
    response = client.post(SETUP, json={"password": "not the password"}, headers=auth)

    assert error_fields(response) == {"password"}
    assert row_of(user) is None


def test_setup_when_on_already_is_a_conflict(client, auth):
    enrol(client, auth)

    problem(client.post(SETUP, json={"password": PASSWORD}, headers=auth), 409)


# --- enable -----------------------------------------------------------------------------------------------


def test_enable_turns_it_on_and_returns_ten_recovery_codes_stored_as_hashes(client, auth, user):
    enrolled = enrol(client, auth)

    assert len(enrolled.recovery_codes) == len(set(enrolled.recovery_codes)) == 10
    assert client.get(ME, headers=auth).get_json()["two_factor"] is True
    assert row_of(user).enabled_at is not None
    hashes = set(db.session.scalars(select(RecoveryCode.code_hash).where(RecoveryCode.user_id == user.id)))
    assert len(hashes) == 10
    assert not hashes & set(enrolled.recovery_codes)


def test_enable_with_a_wrong_code_is_refused_and_leaves_it_off(client, auth):
    seed = start(client, auth)
    wrong = f"{(int(code(seed)) + 1) % 1_000_000:06d}"

    assert error_fields(client.post(ENABLE, json={"code": wrong}, headers=auth)) == {"code"}
    assert client.get(ME, headers=auth).get_json()["two_factor"] is False


def test_enable_without_setup_is_a_conflict(client, auth):
    problem(client.post(ENABLE, json={"code": "123456"}, headers=auth), 409)


def test_enable_twice_is_a_conflict(client, auth):
    enrolled = enrol(client, auth)

    problem(client.post(ENABLE, json={"code": code(enrolled.seed, 1)}, headers=auth), 409)


@pytest.mark.parametrize("bad", ["12345", "1234567", "abcdef", 123456, "", "12345\u0000"])
def test_enable_refuses_what_is_not_six_digits(client, auth, bad):
    assert error_fields(client.post(ENABLE, json={"code": bad}, headers=auth)) == {"code"}


# --- disable ----------------------------------------------------------------------------------------------


def test_disable_with_password_and_code_turns_it_off_and_forgets_everything(client, auth, user):
    enrolled = enrol(client, auth)

    response = client.post(DISABLE, json={"password": PASSWORD, "code": code(enrolled.seed, 1)}, headers=auth)

    assert response.status_code == 204
    assert row_of(user) is None
    assert db.session.scalars(select(RecoveryCode).where(RecoveryCode.user_id == user.id)).all() == []
    assert client.get(ME, headers=auth).get_json()["two_factor"] is False


def test_disable_with_a_recovery_code(client, auth, user):
    enrolled = enrol(client, auth)

    response = client.post(
        DISABLE, json={"password": PASSWORD, "code": enrolled.recovery_codes[3].lower()}, headers=auth
    )

    assert response.status_code == 204
    assert row_of(user) is None


def test_disable_with_a_wrong_password_or_code_keeps_it_on(client, auth, user):
    enrolled = enrol(client, auth)
    next_code = code(enrolled.seed, 1)

    wrong_password = client.post(
        DISABLE, json={"password": "wrong password", "code": next_code}, headers=auth
    )
    wrong_code = client.post(
        DISABLE, json={"password": PASSWORD, "code": "ZZZZ-ZZZZ-ZZZZ-ZZZZ"}, headers=auth
    )

    assert error_fields(wrong_password) == {"password"}
    assert error_fields(wrong_code) == {"code"}
    assert row_of(user).enabled_at is not None


def test_disable_with_the_code_just_used_is_a_replay(client, auth, user):
    enrolled = enrol(client, auth)
    used = code(enrolled.seed)  # the one enable accepted (or, past a step boundary, an older one)

    response = client.post(DISABLE, json={"password": PASSWORD, "code": used}, headers=auth)

    assert error_fields(response) == {"code"}
    assert row_of(user).enabled_at is not None


def test_disable_when_off_is_a_conflict(client, auth):
    problem(client.post(DISABLE, json={"password": PASSWORD, "code": "123456"}, headers=auth), 409)


# --- recovery codes ---------------------------------------------------------------------------------------


def test_new_recovery_codes_replace_the_old_ones(client, auth, user):
    enrolled = enrol(client, auth)

    response = client.post(CODES, json={"code": code(enrolled.seed, 1)}, headers=auth)

    assert response.status_code == 200
    fresh = response.get_json()["recovery_codes"]
    assert len(fresh) == 10
    assert not set(fresh) & set(enrolled.recovery_codes)
    old = client.post(CODES, json={"code": enrolled.recovery_codes[0]}, headers=auth)
    assert error_fields(old) == {"code"}
    assert client.post(CODES, json={"code": fresh[0]}, headers=auth).status_code == 200


def test_a_recovery_code_works_once(client, auth, user):
    enrolled = enrol(client, auth)
    spent = enrolled.recovery_codes[5]

    assert client.post(CODES, json={"code": code(enrolled.seed, 1)}, headers=auth).status_code == 200
    forget_last_step(user.id)
    again = client.post(CODES, json={"code": code(enrolled.seed, 1)}, headers=auth).get_json()
    assert client.post(CODES, json={"code": again["recovery_codes"][0]}, headers=auth).status_code == 200
    assert error_fields(client.post(CODES, json={"code": again["recovery_codes"][0]}, headers=auth)) == {
        "code"
    }
    assert error_fields(client.post(CODES, json={"code": spent}, headers=auth)) == {"code"}


def test_recovery_codes_when_off_is_a_conflict(client, auth):
    problem(client.post(CODES, json={"code": "123456"}, headers=auth), 409)


# --- every endpoint ---------------------------------------------------------------------------------------

BODIES = {
    SETUP: {"password": PASSWORD},
    ENABLE: {"code": "123456"},
    DISABLE: {"password": PASSWORD, "code": "123456"},
    CODES: {"code": "123456"},
}


@pytest.mark.parametrize("path", list(BODIES))
def test_every_endpoint_needs_an_access_token(client, path, token_for, user):
    problem(client.post(path, json=BODIES[path]), 401)
    refresh = {"Authorization": f"Bearer {token_for(user, refresh=True)}"}
    problem(client.post(path, json=BODIES[path], headers=refresh), 401)


@pytest.mark.parametrize("path", list(BODIES))
def test_every_endpoint_refuses_unknown_fields_missing_fields_and_other_media(client, auth, path):
    assert "extra" in error_fields(client.post(path, json={**BODIES[path], "extra": 1}, headers=auth))
    assert error_fields(client.post(path, json={}, headers=auth)) == set(BODIES[path])
    problem(client.post(path, data="x", content_type="text/plain", headers=auth), 415)


def test_one_users_enrolment_is_never_anothers(client, auth, other_auth, user, other_user):
    enrolled = enrol(client, auth)

    problem(client.post(ENABLE, json={"code": code(enrolled.seed, 1)}, headers=other_auth), 409)
    problem(client.post(CODES, json={"code": enrolled.recovery_codes[0]}, headers=other_auth), 409)
    assert client.get(ME, headers=other_auth).get_json()["two_factor"] is False
    assert row_of(other_user) is None
