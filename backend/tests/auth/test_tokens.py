"""Token attacks: every bad credential is the same generic 401 Bearer challenge, never a 422 or 5xx."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import jwt as pyjwt
import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_jwt_extended import create_access_token, create_refresh_token

from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.sessions.models import UserSession
from taskforge.sessions.service import revoke_sessions
from tests.conftest import bearer
from tests.factories import PASSWORD, UserFactory, new_session
from tests.factories import token as signed_token

PROBLEM_KEYS = {"type", "title", "status", "detail", "request_id"}
DROP = object()
# (method, path, the kind of token it takes, the status it answers with a good token)
ENDPOINTS = [
    ("GET", "/api/auth/me", "access", 200),
    ("POST", "/api/auth/logout", "access", 204),
    ("POST", "/api/auth/refresh", "refresh", 200),
]


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def segment(document: dict) -> str:
    return b64(json.dumps(document).encode())


@dataclass
class Ctx:
    app: Flask
    client: FlaskClient
    user: User
    kind: str
    sid: int = field(default=0)

    def __post_init__(self) -> None:
        self.sid = self.sid or new_session(self.user.id)

    def token(self, kind: str | None = None) -> str:
        return signed_token(self.user.id, refresh=(kind or self.kind) == "refresh", sid=self.sid)

    def claims(self, **overrides: object) -> dict:
        """The claims flask-jwt-extended would issue; DROP removes one."""
        now = int(time.time())
        claims = {
            "fresh": False,
            "iat": now,
            "nbf": now,
            "jti": str(uuid.uuid4()),
            "type": self.kind,
            "sub": str(self.user.id),
            "sid": str(self.sid),
            "exp": now + 600,
            "iss": self.app.config["JWT_ENCODE_ISSUER"],
            "aud": self.app.config["JWT_ENCODE_AUDIENCE"],
        }
        for name, value in overrides.items():
            if value is DROP:
                del claims[name]
            else:
                claims[name] = value
        return claims

    def craft(self, *, key: str | None = None, algorithm: str = "HS256", **overrides: object) -> str:
        return pyjwt.encode(
            self.claims(**overrides), key or self.app.config["JWT_SECRET_KEY"], algorithm=algorithm
        )

    def signed_with_header(self, header: dict) -> str:
        """An HS256 signature with the real key under a header that claims something else."""
        signing_input = f"{segment(header)}.{segment(self.claims())}"
        mac = hmac.new(self.app.config["JWT_SECRET_KEY"].encode(), signing_input.encode(), hashlib.sha256)
        return f"{signing_input}.{b64(mac.digest())}"


def tampered(ctx: Ctx) -> str:
    header, _payload, signature = ctx.token().split(".")
    return f"{header}.{segment(ctx.claims(exp=int(time.time()) + 10**8))}.{signature}"


def revoked(ctx: Ctx) -> str:
    access, refresh = ctx.token("access"), ctx.token("refresh")
    response = ctx.client.post("/api/auth/logout", headers=bearer(access), json={"refresh_token": refresh})
    assert response.status_code == 204
    return access if ctx.kind == "access" else refresh


def of_deleted_user(ctx: Ctx) -> str:
    token = ctx.token()
    db.session.delete(ctx.user)
    db.session.flush()
    return token


def of_revoked_session(ctx: Ctx) -> str:
    token = ctx.token()
    revoke_sessions(user_id=ctx.user.id)
    return token


def issued_before_sessions(ctx: Ctx) -> str:
    """A token as TaskForge issued them before sessions: correctly signed, with no `sid`."""
    make = create_refresh_token if ctx.kind == "refresh" else create_access_token
    return make(identity=str(ctx.user.id))


def now() -> int:
    return int(time.time())


# name -> the Authorization header to send (None: no header at all)
ATTACKS: dict[str, Callable[[Ctx], str | None]] = {
    "missing-header": lambda c: None,
    "empty-header": lambda c: "",
    "bearer-without-token": lambda c: "Bearer",
    "bearer-with-two-tokens": lambda c: f"Bearer {c.token()} extra",
    "basic-scheme": lambda c: "Basic xyz",
    "token-without-scheme": lambda c: c.token(),
    "malformed": lambda c: "Bearer not-a-jwt",
    "garbage-segments": lambda c: "Bearer a.b.c",
    "truncated-signature": lambda c: f"Bearer {c.token()[:-6]}",
    "tampered-payload": lambda c: f"Bearer {tampered(c)}",
    "expired": lambda c: f"Bearer {c.craft(iat=now() - 3600, nbf=now() - 3600, exp=now() - 60)}",
    "not-yet-valid": lambda c: f"Bearer {c.craft(nbf=now() + 3600)}",
    "alg-none": lambda c: f"Bearer {segment({'alg': 'none', 'typ': 'JWT'})}.{segment(c.claims())}.",
    "alg-rs256-header-hmac-signature": lambda c: (
        f"Bearer {c.signed_with_header({'alg': 'RS256', 'typ': 'JWT'})}"
    ),
    "hs512": lambda c: f"Bearer {c.craft(algorithm='HS512')}",
    "other-key": lambda c: f"Bearer {c.craft(key=secrets.token_urlsafe(48))}",
    "wrong-aud": lambda c: f"Bearer {c.craft(aud='another-api')}",
    "wrong-iss": lambda c: f"Bearer {c.craft(iss='https://evil.example')}",
    "missing-aud": lambda c: f"Bearer {c.craft(aud=DROP)}",
    "missing-iss": lambda c: f"Bearer {c.craft(iss=DROP)}",
    "missing-sub": lambda c: f"Bearer {c.craft(sub=DROP)}",
    "missing-jti": lambda c: f"Bearer {c.craft(jti=DROP)}",
    "missing-type": lambda c: f"Bearer {c.craft(type=DROP)}",
    "missing-exp": lambda c: f"Bearer {c.craft(exp=DROP)}",
    "sub-not-a-user-id": lambda c: f"Bearer {c.craft(sub='admin')}",
    "sub-of-nobody": lambda c: f"Bearer {c.craft(sub=str(c.user.id + 10**6))}",
    "other-token-kind": lambda c: f"Bearer {c.token('refresh' if c.kind == 'access' else 'access')}",
    "missing-sid": lambda c: f"Bearer {c.craft(sid=DROP)}",
    "sid-not-an-id": lambda c: f"Bearer {c.craft(sid='current')}",
    "sid-a-number-not-a-string": lambda c: f"Bearer {c.craft(sid=c.sid)}",
    "sid-beyond-bigint": lambda c: f"Bearer {c.craft(sid=str(2**63))}",
    "sid-of-no-session": lambda c: f"Bearer {c.craft(sid=str(c.sid + 10**6))}",
    "sid-of-another-users-session": lambda c: f"Bearer {c.craft(sid=str(new_session(UserFactory().id)))}",
    "issued-before-sessions": lambda c: f"Bearer {issued_before_sessions(c)}",
    "session-revoked": lambda c: f"Bearer {of_revoked_session(c)}",
    "revoked-by-logout": lambda c: f"Bearer {revoked(c)}",
    "user-deleted": lambda c: f"Bearer {of_deleted_user(c)}",
}
MISSING = {"missing-header", "empty-header", "basic-scheme", "token-without-scheme"}


def assert_generic_401(response, reference: dict) -> None:
    assert response.status_code == 401, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    body = response.get_json()
    assert body.keys() >= PROBLEM_KEYS
    assert body["status"] == 401
    assert response.headers["X-Request-ID"] == body["request_id"]
    assert {k: v for k, v in body.items() if k != "request_id"} == reference


def reference_body(client: FlaskClient, authorization: str | None) -> dict:
    headers = {} if authorization is None else {"Authorization": authorization}
    body = client.get("/api/auth/me", headers=headers).get_json()
    return {k: v for k, v in body.items() if k != "request_id"}


@pytest.fixture
def call(client):
    def send(method: str, path: str, authorization: str | None):
        headers = {} if authorization is None else {"Authorization": authorization}
        return client.open(path, method=method, headers=headers)

    return send


@pytest.mark.parametrize(("method", "path", "kind", "ok"), ENDPOINTS, ids=[e[1] for e in ENDPOINTS])
def test_a_well_formed_crafted_token_is_accepted(app, client, user, call, method, path, kind, ok):
    """The control for the matrix below: the crafted tokens differ from a good one only in the attack."""
    assert call(method, path, f"Bearer {Ctx(app, client, user, kind).craft()}").status_code == ok


@pytest.mark.parametrize("attack", list(ATTACKS))
@pytest.mark.parametrize(("method", "path", "kind", "ok"), ENDPOINTS, ids=[e[1] for e in ENDPOINTS])
def test_every_bad_token_gets_the_same_401(app, client, user, call, method, path, kind, ok, attack):
    reference = reference_body(client, None if attack in MISSING else "Bearer x")
    authorization = ATTACKS[attack](Ctx(app, client, user, kind))

    assert_generic_401(call(method, path, authorization), reference)


def test_a_rotated_refresh_token_cannot_be_reused(client, user, token_for, call):
    refresh = token_for(user, refresh=True)
    assert call("POST", "/api/auth/refresh", f"Bearer {refresh}").status_code == 200

    for _ in range(2):
        assert_generic_401(
            call("POST", "/api/auth/refresh", f"Bearer {refresh}"), reference_body(client, "Bearer x")
        )


# --- the tokens the API issues ------------------------------------------------------------------------------


@pytest.fixture
def issued(client, user) -> dict:
    response = client.post("/api/auth/login", json={"username": user.username, "password": PASSWORD})
    assert response.status_code == 200
    return response.get_json()


@pytest.mark.parametrize(("kind", "lifetime"), [("access", 15 * 60), ("refresh", 7 * 24 * 3600)])
def test_issued_tokens_are_pinned_scoped_and_short_lived(app, user, issued, kind, lifetime):
    token = issued[f"{kind}_token"]

    claims = pyjwt.decode(
        token,
        app.config["JWT_SECRET_KEY"],
        algorithms=["HS256"],
        audience=app.config["JWT_DECODE_AUDIENCE"],
        issuer=app.config["JWT_DECODE_ISSUER"],
        options={"require": ["exp", "iat", "nbf", "jti", "sub", "sid", "iss", "aud"]},
    )

    assert pyjwt.get_unverified_header(token)["alg"] == "HS256"
    assert claims["iss"] == "taskforge"
    assert claims["aud"] == "taskforge-api"
    assert claims["type"] == kind
    assert claims["sub"] == str(user.id)
    assert db.session.get(UserSession, int(claims["sid"])).user_id == user.id
    assert claims["exp"] - claims["iat"] == lifetime


def test_issued_tokens_carry_distinct_ids(issued):
    ids = {
        pyjwt.decode(issued[k], options={"verify_signature": False})["jti"]
        for k in ("access_token", "refresh_token")
    }
    assert len(ids) == 2
