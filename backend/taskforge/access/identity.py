"""The request identity: who is calling, read once per request and passed explicitly to what needs it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import request
from sqlalchemy import bindparam, exists, select

from taskforge.auth.models import RevokedToken, User
from taskforge.db import request_connection
from taskforge.extensions import db


@dataclass(frozen=True)
class Identity:
    """A signed-in person as one request sees them.

    `cache_generation` keys their cached responses: it is read in the same statement as the token check, so
    a request never reads a cache entry older than its caller's last acknowledged write. None where nothing
    read it (the worker, CLI commands, tests that call services directly).
    """

    user_id: int
    claims: Mapping[str, Any] = field(default_factory=dict)
    cache_generation: int | None = None


_TOKEN_STATE = select(User.cache_generation, exists().where(RevokedToken.jti == bindparam("jti"))).where(
    User.id == bindparam("user_id")
)


def identity_for_token(claims: Mapping[str, Any]) -> Identity | None:
    """The identity of a verified token's holder, or None when the token is dead: its jti was revoked or its
    user no longer exists. One round trip on every authenticated request."""
    # Core on the session's connection: this runs on every request, and the ORM layer adds nothing here.
    row = (
        request_connection(db.session, request.method)
        .execute(_TOKEN_STATE, {"jti": claims["jti"], "user_id": int(claims["sub"])})
        .first()
    )
    if row is None or row[1]:
        return None
    return Identity(user_id=int(claims["sub"]), claims=claims, cache_generation=int(row[0]))


def identity_of(user_id: int) -> Identity:
    """The identity of a user the caller already trusts (the worker, the calendar feed, a stream ticket)."""
    return Identity(user_id=user_id)
