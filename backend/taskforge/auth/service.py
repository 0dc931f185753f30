"""Account rules: registration, login, token rotation and revocation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from taskforge.account_email.outbox import queue_verification
from taskforge.auth.models import RevokedToken, User
from taskforge.auth.passwords import Passwords
from taskforge.auth.schemas import LoginIn, RegisterIn, UserUpdate
from taskforge.auth.tokens import decode_refresh, expiry_of, issue_pair
from taskforge.db import upsert_insert, utcnow
from taskforge.errors import Conflict, FieldError, Unauthorized, ValidationFailed
from taskforge.extensions import db
from taskforge.projects.service import create_inbox
from taskforge.sessions.service import end_session, start_session, touch_session
from taskforge.twofactor import challenge as two_factor_challenge
from taskforge.twofactor.challenge import Challenge
from taskforge.unit_of_work import commit, touch_user


@dataclass(frozen=True)
class Session:
    """A signed-in user's tokens (`session_id` names the sign-in they belong to)."""

    user: User
    access_token: str
    refresh_token: str
    session_id: int


def _signed_in(user: User) -> Session:
    """Start a session for the user and issue its first tokens, in the caller's transaction (which commits).

    The one way a sign-in (register, login, a completed second factor) gets tokens.
    """
    session = start_session(user_id=user.id)
    access, refresh = issue_pair(user.id, session.id)
    return Session(user=user, access_token=access, refresh_token=refresh, session_id=session.id)


def _passwords() -> Passwords:
    passwords: Passwords = current_app.extensions["taskforge_passwords"]
    return passwords


def register(*, data: RegisterIn) -> Session:
    """Create an account and sign it in; raise Conflict when the username or email is taken."""
    taken = db.session.execute(
        select(
            func.lower(User.username) == data.username.lower(), func.lower(User.email) == data.email.lower()
        ).where(
            (func.lower(User.username) == data.username.lower())
            | (func.lower(User.email) == data.email.lower())
        )
    ).first()
    if taken is not None:
        raise Conflict("That username is already taken." if taken[0] else "That email is already registered.")
    user = User(
        username=data.username,
        email=data.email,
        password_hash=_passwords().hash(data.password),
        timezone=data.timezone,
    )
    db.session.add(user)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise Conflict("That username or email is already registered.") from None
    create_inbox(user.id)
    queue_verification(user)
    signed_in = _signed_in(user)
    db.session.commit()
    return signed_in


def login(*, data: LoginIn) -> Session | Challenge:
    """Check credentials; raise the same Unauthorized for an unknown user and a wrong password. With
    two-factor on, return the challenge of the second step instead of tokens."""
    login_name = data.username.strip().lower()
    column = User.email if "@" in login_name else User.username
    user = db.session.execute(select(User).where(func.lower(column) == login_name)).scalar_one_or_none()
    passwords = _passwords()
    if not passwords.verify(user.password_hash if user else None, data.password) or user is None:
        raise Unauthorized("Invalid username or password.")
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash(data.password)
    if two_factor_challenge.required(user.id):
        return two_factor_challenge.issue(user_id=user.id)  # commits the rehash too
    signed_in = _signed_in(user)
    db.session.commit()
    return signed_in


def refresh(*, user_id: int, claims: dict[str, Any]) -> Session:
    """Rotate a refresh token within its session: revoke it, mark the session used, issue a new pair; raise
    Unauthorized on reuse and when the session was revoked meanwhile."""
    user = db.session.get(User, user_id)
    if user is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    session_id = int(claims["sid"])
    # Revoked first: a concurrent use of the same token waits on this row and then finds it taken.
    if not revoke(_revocation(user_id=user_id, claims=claims)) or not touch_session(
        user_id=user_id, session_id=session_id
    ):
        # Already revoked: this refresh token was used before (or concurrently, and the other use won).
        db.session.rollback()
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    access, new_refresh = issue_pair(user_id, session_id)
    db.session.commit()
    return Session(user=user, access_token=access, refresh_token=new_refresh, session_id=session_id)


def logout(*, user_id: int, access_claims: dict[str, Any], refresh_token: str | None) -> None:
    """End the token's session (every token of it) and revoke the access token and the given refresh token;
    raise ValidationFailed for a foreign one."""
    revocations = [_revocation(user_id=user_id, claims=access_claims)]
    if refresh_token is not None:
        claims = decode_refresh(refresh_token)
        if claims is None or claims.get("sub") != str(user_id):
            raise ValidationFailed(
                [FieldError(field="refresh_token", message="is not a valid refresh token of this account")]
            )
        revocations.append(_revocation(user_id=user_id, claims=claims))
    revoke(*revocations)  # a token revoked already (a repeated or concurrent logout) stays revoked
    end_session(user_id=user_id, session_id=int(access_claims["sid"]))
    db.session.commit()


def current_user(*, user_id: int) -> User:
    """Return the signed-in user; raise Unauthorized when the account is gone."""
    user = db.session.get(User, user_id)
    if user is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    return user


def update_user(*, user_id: int, changes: UserUpdate) -> User:
    """Change the user's settings. A new time zone moves the day boundaries of the cached statistics,
    so a change is a write to the user's data (a new cache generation)."""
    user = db.session.execute(
        select(User).where(User.id == user_id).with_for_update(key_share=True)
    ).scalar_one_or_none()
    if user is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    changed = {name: value for name, value in changes.model_dump().items() if getattr(user, name) != value}
    for name, value in changed.items():
        setattr(user, name, value)
    if changed:
        touch_user(user_id)
        commit()
    else:
        db.session.commit()
    return user


def _revocation(*, user_id: int, claims: dict[str, Any]) -> dict[str, Any]:
    return {
        "jti": claims["jti"],
        "user_id": user_id,
        "token_type": claims["type"],
        "expires_at": expiry_of(claims),
        "revoked_at": utcnow(),
    }


def revoke(*rows: dict[str, Any]) -> set[str]:
    """Record revocations, skipping token ids already revoked; return the ids this call revoked."""
    insert = upsert_insert(db.session)
    statement = (
        insert(RevokedToken)
        .values(list(rows))
        .on_conflict_do_nothing(index_elements=["jti"])
        .returning(RevokedToken.jti)
    )
    return set(db.session.execute(statement).scalars())
