"""The single-use secrets in account email links: 256 random bits issued by the worker as it sends, kept only
as their SHA-256, redeemed once before they expire. A newer one of the same purpose voids the older ones."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from sqlalchemy import delete, select

from taskforge.account_email.models import AccountToken
from taskforge.auth.opaque import digest, new_secret
from taskforge.db import utcnow
from taskforge.errors import FieldError, ValidationFailed
from taskforge.extensions import db

Purpose = Literal["reset", "verify", "change"]
LIFETIMES: dict[Purpose, timedelta] = {
    "reset": timedelta(minutes=30),
    "verify": timedelta(hours=48),
    "change": timedelta(hours=48),
}
TOKEN_PATTERN = r"^[A-Za-z0-9_-]{43}$"  # noqa: S105 - the shape of a token, not a token


def issue(*, user_id: int, purpose: Purpose, address: str | None = None) -> str:
    """A new token for the user (the older ones of its purpose stop working), vouching for `address`."""
    db.session.execute(
        delete(AccountToken).where(AccountToken.user_id == user_id, AccountToken.purpose == purpose)
    )
    token = new_secret()
    db.session.add(
        AccountToken(
            user_id=user_id,
            purpose=purpose,
            token_hash=digest(token),
            new_email=address,
            expires_at=utcnow() + LIFETIMES[purpose],
        )
    )
    return token


def redeem(*, token: str, purpose: Purpose) -> AccountToken:
    """Use the token up; raise ValidationFailed (the same for an unknown, used or expired one)."""
    found = db.session.execute(
        select(AccountToken)
        .where(AccountToken.token_hash == digest(token), AccountToken.purpose == purpose)
        .with_for_update()
    ).scalar_one_or_none()
    now = utcnow()
    if found is None or found.used_at is not None or found.expires_at <= now:
        raise invalid_link()
    found.used_at = now
    return found


def invalid_link() -> ValidationFailed:
    """The one answer to a link that does not work (whatever the reason)."""
    return ValidationFailed(
        [FieldError(field="token", message="is not a valid link: it may have been used, expired or replaced")]
    )
