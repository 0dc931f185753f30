"""Session rules: start one per sign-in, keep it alive on refresh, list and revoke them."""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app, has_request_context, request
from sqlalchemy import select, update

from taskforge.auth.models import User
from taskforge.auth.passwords import Passwords
from taskforge.db import utcnow
from taskforge.errors import FieldError, NotFound, Unauthorized, ValidationFailed
from taskforge.extensions import db
from taskforge.sessions.models import ADDRESS_MAX, USER_AGENT_MAX, UserSession
from taskforge.sessions.schemas import PasswordChangeIn

LIST_LIMIT = 100  # live sessions listed at most (newest use first)


def start_session(*, user_id: int) -> UserSession:
    """Add a session for a sign-in from the current request's client, in the caller's transaction."""
    user_agent, address = ("", "") if not has_request_context() else _client()
    session = UserSession(user_id=user_id, user_agent=user_agent, address=address)
    db.session.add(session)
    db.session.flush()
    return session


def _client() -> tuple[str, str]:
    # Trimmed and bounded: the header is the client's to choose, the column is not.
    user_agent = " ".join(request.headers.get("User-Agent", "").split())[:USER_AGENT_MAX]
    return user_agent, (request.remote_addr or "")[:ADDRESS_MAX]


def touch_session(*, user_id: int, session_id: int) -> bool:
    """Mark a live session used now (a refresh), in the caller's transaction; False when revoked or gone."""
    found = db.session.execute(
        update(UserSession)
        .where(
            UserSession.id == session_id,
            UserSession.user_id == user_id,
            UserSession.revoked_at.is_(None),
        )
        .values(last_used_at=utcnow())
        .returning(UserSession.id)
    ).first()
    return found is not None


def revoke_sessions(*, user_id: int, keep: int | None = None) -> int:
    """Revoke every live session of the user except `keep`, with all their access and refresh tokens.

    Joins the caller's transaction (effective for every request once it commits); returns how many it revoked.
    """
    statement = (
        update(UserSession)
        .where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    if keep is not None:
        statement = statement.where(UserSession.id != keep)
    revoked = db.session.execute(statement.returning(UserSession.id)).scalars().all()
    return len(revoked)


def revoke_session(*, user_id: int, session_id: int) -> None:
    """Revoke one of the user's live sessions; raise NotFound for a missing, dead or someone else's one."""
    revoked = db.session.execute(
        update(UserSession)
        .where(
            UserSession.id == session_id,
            UserSession.user_id == user_id,
            UserSession.revoked_at.is_(None),
            UserSession.last_used_at > _live_since(),
        )
        .values(revoked_at=utcnow())
        .returning(UserSession.id)
    ).first()
    if revoked is None:
        db.session.rollback()
        raise NotFound("No such session.")
    db.session.commit()


def revoke_other_sessions(*, user_id: int, current: int) -> int:
    """Sign out every session of the user but the current one; return how many were signed out."""
    count = revoke_sessions(user_id=user_id, keep=current)
    db.session.commit()
    return count


def live_sessions(*, user_id: int) -> list[UserSession]:
    """The user's sessions that can still be used (not revoked, refreshed lately), newest use first."""
    sessions = db.session.execute(
        select(UserSession)
        .where(
            UserSession.user_id == user_id,
            UserSession.revoked_at.is_(None),
            UserSession.last_used_at > _live_since(),
        )
        .order_by(UserSession.last_used_at.desc(), UserSession.id.desc())
        .limit(LIST_LIMIT)
    ).scalars()
    return list(sessions)


def _live_since() -> datetime:
    # A session unused for a refresh token's lifetime has no token left that could use it.
    lifetime: timedelta = current_app.config["JWT_REFRESH_TOKEN_EXPIRES"]
    return utcnow() - lifetime


def end_session(*, user_id: int, session_id: int) -> None:
    """Revoke one session (a logout) in the caller's transaction; one revoked already stays so."""
    db.session.execute(
        update(UserSession)
        .where(
            UserSession.id == session_id,
            UserSession.user_id == user_id,
            UserSession.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow())
    )


def change_password(*, user_id: int, session_id: int, data: PasswordChangeIn) -> int:
    """Replace the password and sign out every other session (the caller's stays); return how many were.

    Raise ValidationFailed naming `current_password` when it is wrong, Unauthorized when the account is gone.
    """
    user = db.session.execute(
        select(User).where(User.id == user_id).with_for_update(key_share=True)
    ).scalar_one_or_none()
    if user is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    passwords: Passwords = current_app.extensions["taskforge_passwords"]
    if not passwords.verify(user.password_hash, data.current_password):
        db.session.rollback()
        raise ValidationFailed(
            [FieldError(field="current_password", message="is not the account's password")]
        )
    user.password_hash = passwords.hash(data.new_password)
    revoked = revoke_sessions(user_id=user_id, keep=session_id)
    db.session.commit()
    return revoked
