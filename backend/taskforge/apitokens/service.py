"""Personal API tokens: issued, listed and revoked by their owner. Each function owns its transaction."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from taskforge.apitokens.models import ApiToken
from taskforge.apitokens.schemas import ApiTokenCreate
from taskforge.auth.models import User
from taskforge.auth.opaque import digest, new_secret
from taskforge.db import MAX_ID, utcnow
from taskforge.errors import Conflict, FieldError, NotFound, Unauthorized, ValidationFailed
from taskforge.extensions import db

PREFIX = "tf_"
PREFIX_LENGTH = len(PREFIX) + 8
MAX_TOKENS = 50  # per person: scripts need a handful; a bound keeps a leaked session from minting thousands
NO_TOKEN = "No API token with that id."  # noqa: S105 - a message, not a secret


def list_tokens(*, user_id: int) -> list[ApiToken]:
    """The person's tokens, newest first."""
    found = list(
        db.session.execute(
            select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id.desc())
        ).scalars()
    )
    db.session.commit()
    return found


def create_token(*, user_id: int, data: ApiTokenCreate) -> tuple[ApiToken, str]:
    """Issue a token; return its row and the token, which is never stored (only its hash).

    Raises ValidationFailed for an expiry in the past, Conflict past MAX_TOKENS, Unauthorized when the
    account is gone.
    """
    if data.expires_at is not None and data.expires_at <= utcnow():
        raise ValidationFailed([FieldError(field="expires_at", message="must be in the future")])
    # The owner's row lock makes the count and the insert one step for concurrent requests.
    owner = db.session.execute(
        select(User.id).where(User.id == user_id).with_for_update(key_share=True)
    ).scalar_one_or_none()
    if owner is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    count = db.session.execute(select(func.count()).where(ApiToken.user_id == user_id)).scalar_one()
    if count >= MAX_TOKENS:
        db.session.rollback()
        raise Conflict(f"You have {MAX_TOKENS} API tokens, the most there can be: revoke one first.")
    secret = new_secret(PREFIX)
    token = ApiToken(
        user_id=user_id,
        name=data.name,
        scopes=" ".join(sorted(set(data.scopes))),
        token_hash=digest(secret),
        prefix=secret[:PREFIX_LENGTH],
        expires_at=data.expires_at,
    )
    db.session.add(token)
    db.session.commit()
    return token, secret


def revoke_token(*, user_id: int, token_id: int) -> None:
    """Delete one of the person's tokens: it stops working at once. Raises NotFound (someone else's too)."""
    if not 1 <= token_id <= MAX_ID:
        raise NotFound(NO_TOKEN)
    gone = db.session.execute(
        delete(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user_id).returning(ApiToken.id)
    ).first()
    if gone is None:
        db.session.rollback()
        raise NotFound(NO_TOKEN)
    db.session.commit()
