"""The secret in a user's calendar feed URL: issued, rotated and turned off here; the database keeps only its
SHA-256, so a leaked database row cannot be turned back into a working feed URL."""

from __future__ import annotations

from sqlalchemy import select

from taskforge.auth.models import User
from taskforge.auth.opaque import digest, new_secret
from taskforge.errors import Unauthorized
from taskforge.extensions import db

# A prefix that secret scanners can be taught to recognise, then 256 random bits.
PREFIX = "tfcal_"
TOKEN_PATTERN = r"^tfcal_[A-Za-z0-9_-]{43}$"  # noqa: S105 - the shape of a token, not a token


def _locked_user(user_id: int) -> User:
    user = db.session.execute(
        select(User).where(User.id == user_id).with_for_update(key_share=True)
    ).scalar_one_or_none()
    if user is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    return user


def rotate_calendar_token(*, user_id: int) -> str:
    """Issue a new calendar token for the user (the previous one stops working); raise Unauthorized when the
    account is gone. The token is returned once and never stored."""
    user = _locked_user(user_id)
    token = new_secret(PREFIX)
    user.calendar_token_hash = digest(token)
    db.session.commit()
    return token


def revoke_calendar_token(*, user_id: int) -> None:
    """Turn the user's calendar feed off: its URL stops working."""
    user = _locked_user(user_id)
    user.calendar_token_hash = None
    db.session.commit()


def calendar_owner(*, token: str) -> User | None:
    """The user whose current calendar token this is, or None."""
    owner: User | None = db.session.execute(
        select(User).where(User.calendar_token_hash == digest(token))
    ).scalar_one_or_none()
    return owner
