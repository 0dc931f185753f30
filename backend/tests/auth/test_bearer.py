"""A bearer token is verified once per app and token string; expiry and revocation on every request."""

from __future__ import annotations

import secrets
import time
from pathlib import Path

import jwt as pyjwt
from flask import Response

from taskforge import create_app
from taskforge.api.operations import ResponseSpec, operation
from taskforge.auth import bearer as bearer_module
from taskforge.auth.bearer import EXTENSION, VerifiedTokens, current_claims
from tests.auth.test_tokens import Ctx
from tests.conftest import FAST_HASHER, bearer, test_settings

ME = "/api/auth/me"


def test_a_remembered_token_still_expires(app, client, user, monkeypatch):
    token = Ctx(app, client, user, "access").craft(exp=int(time.time()) + 60)
    assert client.get(ME, headers=bearer(token)).status_code == 200
    assert app.extensions[EXTENSION].get(token) is not None  # the next request takes the remembered path

    later = time.time() + 61
    monkeypatch.setattr(bearer_module.time, "time", lambda: later)
    response = client.get(ME, headers=bearer(token))

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == 'Bearer error="invalid_token"'


def test_a_remembered_token_is_refused_once_revoked(client, user, token_for):
    token = token_for(user)
    assert client.get(ME, headers=bearer(token)).status_code == 200
    assert client.post("/api/auth/logout", headers=bearer(token)).status_code == 204

    assert client.get(ME, headers=bearer(token)).status_code == 401


def test_another_app_with_another_key_trusts_nothing_this_one_verified(
    app, client, user, token_for, database_url, tmp_path: Path
):
    token = token_for(user)
    assert client.get(ME, headers=bearer(token)).status_code == 200
    other = create_app(test_settings(database_url, tmp_path), password_hasher=FAST_HASHER)

    response = other.test_client().get(ME, headers=bearer(token))

    assert response.status_code == 401
    assert other.extensions[EXTENSION].get(token) is None


def test_a_token_is_found_among_other_credentials(client, user, token_for):
    token = token_for(user)
    headers = {"Authorization": f"Basic eHl6OnBhc3M=, bearer {token}"}
    assert client.get(ME, headers=headers).get_json()["id"] == user.id


def test_two_bearer_credentials_are_no_credential(client, user, token_for):
    token = token_for(user)
    response = client.get(ME, headers={"Authorization": f"Bearer {token}, Bearer {token}"})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_a_full_memo_starts_over():
    memo = VerifiedTokens(size=2)
    memo.remember("a", {"sub": "1"})
    memo.remember("b", {"sub": "2"})
    memo.remember("c", {"sub": "3"})

    assert (memo.get("a"), memo.get("b"), memo.get("c")) == (None, None, {"sub": "3"})


def test_the_operation_hands_the_view_the_callers_identity(app, user, token_for):
    seen = []

    @operation(summary="probe", tags=("probe",), responses={200: ResponseSpec(None, "ok")})
    def probe(identity):
        seen.append(identity)
        return Response(status=200)

    with app.test_request_context(ME, headers=bearer(token_for(user))):
        assert current_claims() is None  # nothing is known of the caller before the operation authenticates
        assert probe().status_code == 200
        assert current_claims()["sub"] == str(user.id)
    (identity,) = seen
    assert (identity.user_id, identity.user_generation) == (user.id, user.cache_generation)
    assert list(identity.grants) == [identity.inbox_id]
    assert identity.claims["sub"] == str(user.id)


def test_a_token_signed_with_a_fresh_key_is_never_remembered(app, client, user):
    forged = pyjwt.encode({"sub": str(user.id)}, secrets.token_urlsafe(32), algorithm="HS256")
    assert client.get(ME, headers=bearer(forged)).status_code == 401
    assert app.extensions[EXTENSION].get(forged) is None
