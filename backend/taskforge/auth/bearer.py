"""The request's bearer token, verified once and shared by the rate limiter, the view and the access log.

Verification is flask-jwt-extended's `decode_token` (PyJWT: HS256 only, signature, expiry, not-before,
issuer, audience, plus `tokens._checked_key`'s required claims). For one token string and one key its
outcome can only change with the clock, so each app remembers the claims of the tokens it verified and, on
a later request with the same string, checks the expiry again instead of the whole token: clients send the
same access token for its 15 minutes, and PyJWT's checks are the largest CPU cost of a cache hit.
Revocation is never remembered: `authenticate` asks the database on every request, in the statement that
loads the caller's identity.

A personal API token (`tf_...`, apitokens/) is no JWT: nothing but the database can tell whose it is. Its
hash is looked up in the identity statement's token variant, in the same one round trip. Which user a
token belongs to never changes, so each app remembers it for the tokens it accepted, and the rate limiter
counts a known token's requests per user, as a JWT's; a token this process has not accepted yet (its
first request here, or a made-up one) counts against the client's address.
"""

from __future__ import annotations

import re
import time
from typing import Any, Literal

from flask import Flask, current_app, g, request
from flask_jwt_extended import decode_token
from flask_jwt_extended.exceptions import JWTExtendedException
from jwt import PyJWTError

from taskforge.access.identity import Identity, identity_for_api_token, identity_for_token
from taskforge.auth.opaque import digest
from taskforge.errors import Unauthorized

Claims = dict[str, Any]
TokenKind = Literal["access", "refresh"]

EXTENSION = "taskforge_verified_tokens"
API_TOKENS = "taskforge_api_token_users"
API_TOKEN_PREFIX = "tf_"  # noqa: S105 - the prefix of personal API tokens, not a token
MEMO_SIZE = 4096
_FIELDS = re.compile(r",\s*")


class VerifiedTokens:
    """A bounded map from token strings that passed verification to their claims (one per app).

    Emptied when full: the live set is one token per active client, so a refill costs one verification
    each. Dict reads and writes are atomic, so gunicorn's threads may share it.
    """

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self._claims: dict[str, Claims] = {}

    def get(self, token: str) -> Claims | None:
        return self._claims.get(token)

    def remember(self, token: str, claims: Claims) -> None:
        if len(self._claims) >= self.size:
            self._claims.clear()
        self._claims[token] = claims


def register_bearer(app: Flask) -> None:
    """Give the app its memo of verified tokens, and every request a clean slate ahead of the rate limiter."""
    app.extensions[EXTENSION] = VerifiedTokens()
    app.extensions[API_TOKENS] = VerifiedTokens()  # token hash -> the claims its identity carried
    app.before_request(_forget_previous_request)


def _forget_previous_request() -> None:
    # g belongs to the app context, which requests share when one is already pushed (tests, CLI commands).
    for name in ("token_claims", "bearer_sent", "accepted_claims", "api_token_hash"):
        g.pop(name, None)


def bearer_token() -> str | None:
    """The token of the request's `Authorization: Bearer <token>`, or None when no bearer credential is sent.

    The scheme is case-insensitive (RFC 9110) and may sit in a comma-separated list of credentials.
    A bearer credential that is not exactly one token (`Bearer`, `Bearer a b`) is invalid, not missing.
    """
    header = request.headers.get("Authorization", "")
    credentials = [field for field in _FIELDS.split(header) if field and field.split()[0].lower() == "bearer"]
    if len(credentials) != 1:
        return None
    parts = credentials[0].split()
    if len(parts) != 2:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    return parts[1]


def request_claims() -> Claims | None:
    """The verified claims of the bearer token (access or refresh), or None; worked out once per request.

    Never raises: the rate limiter keys on it before the view decides what an invalid token means.
    """
    if "token_claims" not in g:
        try:
            token = bearer_token()
        except Unauthorized:  # a bearer credential that is not one token: sent, and invalid
            token, g.bearer_sent = None, True
        else:
            g.bearer_sent = token is not None
        if token is not None and token.startswith(API_TOKEN_PREFIX):
            g.api_token_hash = digest(token)
            g.token_claims = current_app.extensions[API_TOKENS].get(g.api_token_hash)
        else:
            g.token_claims = None if token is None else _verified(token)
    claims: Claims | None = g.token_claims
    return claims


def authenticate(kind: TokenKind) -> Identity:
    """The caller's identity, from a live token of `kind`: verified, of the right type, not revoked, its
    user still there.

    A missing credential and a bad one get the same generic 401 Bearer challenge (with `invalid_token`
    for the bad one); the reason is never told. `current_claims` tells the access log whom it accepted.
    """
    claims = request_claims()  # the header is parsed once per request, shared with the rate limiter
    if not g.bearer_sent:
        raise Unauthorized("Authentication is required.")
    token_hash: str | None = g.get("api_token_hash")
    if token_hash is not None:  # a personal API token: an access credential, never a refresh one
        identity = identity_for_api_token(token_hash) if kind == "access" else None
    elif claims is None or claims.get("type") != kind:
        identity = None
    else:
        identity = identity_for_token(claims)
    if identity is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    if token_hash is not None:
        claims = dict(identity.claims)
        current_app.extensions[API_TOKENS].remember(token_hash, claims)
    g.accepted_claims = claims
    return identity


def still_live(identity: Identity) -> bool:
    """Whether the credential `authenticate` accepted for this request still works (an event stream asks
    now and then): not revoked, not expired, its user still there."""
    token_hash: str | None = g.get("api_token_hash")
    if token_hash is not None:
        return identity_for_api_token(token_hash) is not None
    return identity_for_token(identity.claims) is not None


def current_claims() -> Claims | None:
    """The claims `authenticate` accepted for this request, or None when it did not run or refused."""
    claims: Claims | None = g.get("accepted_claims")
    return claims


def _verified(token: str) -> Claims | None:
    memo: VerifiedTokens = current_app.extensions[EXTENSION]
    claims = memo.get(token)
    if claims is not None:
        # The only check whose outcome moves with time; not-before only ever moves from future to past.
        leeway = current_app.config["JWT_DECODE_LEEWAY"]
        return claims if time.time() < float(claims["exp"]) + leeway else None
    try:
        claims = decode_token(token)
    except (PyJWTError, JWTExtendedException):
        return None
    memo.remember(token, claims)
    return claims
