"""The second step of a sign-in: an opaque, single-use challenge issued once the password was right.

Kept apart from service.py so that auth/service.py (which issues challenges) and this package's service
(which checks them and signs in through auth/service.py) do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, exists, select

from taskforge.auth.opaque import digest, new_secret
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.twofactor.models import LoginChallenge, TwoFactor

CHALLENGE_TTL = timedelta(minutes=5)
MAX_FAILED_ATTEMPTS = 5


@dataclass(frozen=True)
class Challenge:
    token: str
    expires_in: int


def required(user_id: int) -> bool:
    """Whether the user's sign-in needs a second step."""
    enabled = exists().where(TwoFactor.user_id == user_id, TwoFactor.enabled_at.is_not(None))
    return bool(db.session.scalar(select(enabled)))


def issue(*, user_id: int) -> Challenge:
    """Record a new challenge for the user (dropping their expired ones) and commit; only its hash is kept."""
    now = utcnow()
    db.session.execute(
        delete(LoginChallenge).where(LoginChallenge.user_id == user_id, LoginChallenge.expires_at <= now)
    )
    token = new_secret()
    db.session.add(LoginChallenge(user_id=user_id, token_hash=digest(token), expires_at=now + CHALLENGE_TTL))
    db.session.commit()
    return Challenge(token=token, expires_in=int(CHALLENGE_TTL.total_seconds()))


def owner_of(token: str) -> int | None:
    """The user a live challenge belongs to (for the per-account rate limit), without locking it."""
    return db.session.scalar(
        select(LoginChallenge.user_id).where(
            LoginChallenge.token_hash == digest(token), LoginChallenge.expires_at > utcnow()
        )
    )


def claim(token: str) -> LoginChallenge | None:
    """The live challenge, locked for this transaction; None when unknown, used, void or expired."""
    row: LoginChallenge | None = db.session.scalar(
        select(LoginChallenge).where(LoginChallenge.token_hash == digest(token)).with_for_update()
    )
    if row is None or row.expires_at <= utcnow():
        return None
    return row
