"""Account email rules: asking for and using reset, verification and email change links. Each function owns
its transaction."""

from __future__ import annotations

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from taskforge.account_email import tokens
from taskforge.account_email.outbox import email_enabled, queue, queue_verification
from taskforge.auth.models import User
from taskforge.auth.passwords import Passwords
from taskforge.db import utcnow
from taskforge.errors import Conflict, FieldError, Unauthorized, ValidationFailed
from taskforge.extensions import db
from taskforge.sessions.service import revoke_sessions
from taskforge.unit_of_work import commit, touch_user

NO_EMAIL = "This server sends no email (it has no SMTP_URL), so no link can be sent."


def normalised(address: str) -> str:
    """An address as accounts are looked up by it (case-insensitively)."""
    return address.strip().lower()


def request_reset(*, email: str) -> None:
    """Queue a reset email to `email`; the worker finds out whether an account uses it. The same work for
    every address: one row written, no lookup."""
    queue("reset", address=normalised(email))
    db.session.commit()


def confirm_reset(*, token: str, password: str) -> None:
    """Set a new password with a reset link and sign the account out everywhere; raise ValidationFailed for
    a link that does not work."""
    found = tokens.redeem(token=token, purpose="reset")
    user = _locked(found.user_id)
    user.password_hash = _passwords().hash(password)
    revoke_sessions(user_id=user.id)  # whoever knew the old password (or holds a device) is out
    touch_user(user.id)
    commit()


def resend_verification(*, user_id: int) -> None:
    """Send a new verification link; raise Conflict when the address is verified already or the server
    sends no email."""
    user = _locked(user_id)
    if user.email_verified_at is not None:
        raise Conflict("This email address is verified already.")
    if not email_enabled():
        raise Conflict(NO_EMAIL)
    queue_verification(user)
    db.session.commit()


def verify_email(*, token: str) -> None:
    """Mark the address a verification link was sent to verified; raise ValidationFailed for a link that
    does not work (or whose address the account no longer uses)."""
    found = tokens.redeem(token=token, purpose="verify")
    user = _locked(found.user_id)
    if normalised(user.email) != normalised(found.new_email or ""):
        raise tokens.invalid_link()
    if user.email_verified_at is None:
        user.email_verified_at = utcnow()
    touch_user(user.id)
    commit()


def request_change(*, user_id: int, email: str, password: str) -> None:
    """Send a confirmation link to the new address and a notice to the old one; raise ValidationFailed for
    a wrong password or the same address, Conflict when another account uses it or no email is sent."""
    user = _locked(user_id)
    if not _passwords().verify(user.password_hash, password):
        raise ValidationFailed([FieldError(field="password", message="is not this account's password")])
    if normalised(email) == normalised(user.email):
        raise ValidationFailed([FieldError(field="email", message="is the account's address already")])
    _check_free(email, user_id=user_id)
    if not email_enabled():
        raise Conflict(NO_EMAIL)
    queue("change", address=email, user_id=user_id)
    queue("changing", address=user.email, user_id=user_id)
    db.session.commit()


def confirm_change(*, token: str) -> None:
    """Change the address to the one a confirmation link was sent to, verified; raise ValidationFailed for a
    link that does not work, Conflict when another account took the address meanwhile."""
    found = tokens.redeem(token=token, purpose="change")
    user = _locked(found.user_id)
    address = found.new_email or ""
    _check_free(address, user_id=user.id)
    user.email, user.email_verified_at = address, utcnow()
    try:
        db.session.flush()
    except IntegrityError:  # taken by a change or registration committed since the check
        db.session.rollback()
        raise _taken() from None
    touch_user(user.id)
    commit()


def _check_free(address: str, *, user_id: int) -> None:
    other = db.session.execute(
        select(User.id).where(func.lower(User.email) == normalised(address), User.id != user_id)
    ).first()
    if other is not None:
        raise _taken()


def _taken() -> Conflict:
    return Conflict("That email is already registered.")


def _locked(user_id: int) -> User:
    user = db.session.execute(
        select(User).where(User.id == user_id).with_for_update(key_share=True)
    ).scalar_one_or_none()
    if user is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    return user


def _passwords() -> Passwords:
    passwords: Passwords = current_app.extensions["taskforge_passwords"]
    return passwords
