"""JWT issuing and the claims check run while decoding (the revocation check is access/identity.py's)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from flask import Flask, current_app
from flask_jwt_extended import create_access_token, create_refresh_token, decode_token
from flask_jwt_extended.exceptions import JWTExtendedException
from jwt import InvalidTokenError, MissingRequiredClaimError, PyJWTError

from taskforge.db import MAX_ID
from taskforge.extensions import jwt


def issue_pair(user_id: int, session_id: int) -> tuple[str, str]:
    """Return a new (access token, refresh token) for the user's session (its id in the `sid` claim)."""
    identity, claims = str(user_id), {"sid": str(session_id)}
    return (
        create_access_token(identity=identity, additional_claims=claims),
        create_refresh_token(identity=identity, additional_claims=claims),
    )


def decode_refresh(token: str) -> dict[str, Any] | None:
    """Decode a refresh token from a body (expired ones too); None unless it is a genuine refresh token."""
    try:
        claims = decode_token(token, allow_expired=True)
    except (PyJWTError, JWTExtendedException):
        return None
    return claims if claims.get("type") == "refresh" else None


def expiry_of(claims: dict[str, Any]) -> datetime:
    return datetime.fromtimestamp(int(claims["exp"]), UTC)


REQUIRED_CLAIMS = ("jti", "type", "sub", "sid", "exp", "iat", "nbf", "iss", "aud")
_ID = re.compile(r"[1-9][0-9]{0,18}")


def _checked_key(_header: dict[str, Any], claims: dict[str, Any]) -> str:
    """Refuse tokens lacking a claim TaskForge relies on (the library would fill in defaults); return the key.

    Even a correctly signed token must carry every claim and a well-formed subject and id.
    """
    for name in REQUIRED_CLAIMS:
        if name not in claims:
            raise MissingRequiredClaimError(name)
    subject, token_id, kind = claims["sub"], claims["jti"], claims["type"]
    # Claims are read before the signature is checked: never assume their types.
    if not _is_id(subject):
        raise InvalidTokenError("malformed subject")
    # Tokens from before sessions existed have no `sid`: refused above, their holders sign in again.
    if not _is_id(claims["sid"]):
        raise InvalidTokenError("malformed session id")
    if not (isinstance(token_id, str) and 1 <= len(token_id) <= 64):
        raise InvalidTokenError("malformed token id")
    if not (isinstance(kind, str) and kind in {"access", "refresh"}):
        raise InvalidTokenError("malformed token type")
    key: str = current_app.config["JWT_SECRET_KEY"]
    return key


def _is_id(value: object) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None and int(value) <= MAX_ID


def register_jwt_callbacks(app: Flask) -> None:
    """Check every claim TaskForge relies on while decoding (see `bearer` for how requests are verified)."""
    jwt.decode_key_loader(_checked_key)
