"""Two-factor rules: enrol, confirm, turn off, renew recovery codes, and the second step of a sign-in."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from sqlalchemy import delete, select

from taskforge.auth.models import User
from taskforge.auth.opaque import digest
from taskforge.auth.passwords import Passwords
from taskforge.auth.service import Session, _signed_in
from taskforge.db import utcnow
from taskforge.errors import Conflict, FieldError, Unauthorized, ValidationFailed
from taskforge.extensions import db
from taskforge.secretbox import Unreadable, seal, unseal
from taskforge.twofactor import challenge, totp
from taskforge.twofactor.models import LoginChallenge, RecoveryCode, TwoFactor

PURPOSE = "totp"
_WRONG_CODE = "is wrong or has been used already"


@dataclass(frozen=True)
class Enrolment:
    secret: str
    otpauth_uri: str
    qr_svg: str


def setup(*, user_id: int, password: str) -> Enrolment:
    """Start (or restart) enrolment with a new seed; raise ValidationFailed for a wrong password, Conflict
    when two-factor is on already."""
    user = _user(user_id)
    _check_password(user, password)
    row = _locked(user_id)
    if row is not None and row.enabled_at is not None:
        raise Conflict("Two-factor authentication is on already: turn it off first to enrol again.")
    seed = totp.new_seed()
    if row is None:
        row = TwoFactor(user_id=user_id, secret_sealed="")
        db.session.add(row)
    row.secret_sealed = seal(seed, purpose=PURPOSE)
    row.created_at, row.enabled_at, row.last_step = utcnow(), None, None
    db.session.commit()
    uri = totp.otpauth_uri(seed, user.username)
    return Enrolment(secret=seed, otpauth_uri=uri, qr_svg=totp.qr_svg(uri))


def enable(*, user_id: int, code: str) -> list[str]:
    """Turn two-factor on with a first code from the new seed; return the ten recovery codes (shown once).
    Raise Conflict without a pending enrolment, ValidationFailed for a wrong code."""
    row = _locked(user_id)
    if row is None or row.enabled_at is not None:
        db.session.rollback()
        raise Conflict(
            "Two-factor authentication is on already."
            if row is not None
            else "There is no enrolment to confirm: start with POST /api/auth/two-factor/setup."
        )
    if not _accept_totp(row, code):
        db.session.rollback()
        raise ValidationFailed([FieldError(field="code", message=_WRONG_CODE)])
    row.enabled_at = utcnow()
    codes = _replace_recovery_codes(user_id)
    db.session.commit()
    return codes


def disable(*, user_id: int, password: str, code: str) -> None:
    """Turn two-factor off (seed, recovery codes and pending sign-ins go); raise ValidationFailed for a
    wrong password or code, Conflict when it is off."""
    user = _user(user_id)
    _check_password(user, password)
    _enabled_row(user_id, code)
    for model in (RecoveryCode, LoginChallenge, TwoFactor):
        db.session.execute(delete(model).where(model.user_id == user_id))
    db.session.commit()


def regenerate_recovery_codes(*, user_id: int, code: str) -> list[str]:
    """Replace the recovery codes (the old ones stop working); raise as `disable` does."""
    _enabled_row(user_id, code)
    codes = _replace_recovery_codes(user_id)
    db.session.commit()
    return codes


def complete_sign_in(*, token: str, code: str | None, recovery_code: str | None) -> Session:
    """Finish a sign-in with a code or a recovery code; raise Unauthorized for an unknown, used, void or
    expired challenge, ValidationFailed for a wrong code (the fifth wrong one voids the challenge)."""
    pending = challenge.claim(token)
    row = _locked(pending.user_id) if pending is not None else None
    if pending is None or row is None or row.enabled_at is None:
        db.session.rollback()
        raise Unauthorized("The sign-in has expired or is no longer valid: sign in again.")
    accepted = _accept_totp(row, code) if code is not None else _use_recovery_code(row.user_id, recovery_code)
    if not accepted:
        pending.failed_attempts += 1
        if pending.failed_attempts >= challenge.MAX_FAILED_ATTEMPTS:
            db.session.delete(pending)
        db.session.commit()
        field = "code" if code is not None else "recovery_code"
        raise ValidationFailed([FieldError(field=field, message=_WRONG_CODE)])
    db.session.delete(pending)
    signed_in = _signed_in(_user(row.user_id))
    db.session.commit()
    return signed_in


def _enabled_row(user_id: int, code: str) -> TwoFactor:
    """The locked row of a user with two-factor on, once `code` (TOTP or recovery code) is accepted."""
    row = _locked(user_id)
    if row is None or row.enabled_at is None:
        db.session.rollback()
        raise Conflict("Two-factor authentication is off.")
    accepted = _accept_totp(row, code) if totp.looks_like_totp(code) else _use_recovery_code(user_id, code)
    if not accepted:
        db.session.rollback()
        raise ValidationFailed([FieldError(field="code", message=_WRONG_CODE)])
    return row


def _accept_totp(row: TwoFactor, code: str) -> bool:
    """Check a code against the seed; an accepted one moves `last_step`, so it cannot be used again."""
    try:
        seed = unseal(row.secret_sealed, purpose=PURPOSE)
    except Unreadable:
        # SECRET_KEY changed since enrolment: no code can match; the hashed recovery codes still work.
        return False
    step = totp.accepted_step(seed, code, now=utcnow(), last_step=row.last_step)
    if step is None:
        return False
    row.last_step = step
    return True


def _use_recovery_code(user_id: int, text: str | None) -> bool:
    """Spend a recovery code of the user's; False when it is not one, or was used."""
    if text is None:
        return False
    found = db.session.scalar(
        select(RecoveryCode)
        .where(
            RecoveryCode.user_id == user_id,
            RecoveryCode.code_hash == digest(totp.normalise_recovery_code(text)),
            RecoveryCode.used_at.is_(None),
        )
        .with_for_update()
    )
    if found is None:
        return False
    found.used_at = utcnow()
    return True


def _replace_recovery_codes(user_id: int) -> list[str]:
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
    codes = totp.new_recovery_codes()
    db.session.add_all(RecoveryCode(user_id=user_id, code_hash=digest(code)) for code in codes)
    return codes


def _locked(user_id: int) -> TwoFactor | None:
    # Locked: two requests with the same code must not both see the old `last_step`.
    row: TwoFactor | None = db.session.scalar(
        select(TwoFactor).where(TwoFactor.user_id == user_id).with_for_update()
    )
    return row


def _user(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    return user


def _check_password(user: User, password: str) -> None:
    passwords: Passwords = current_app.extensions["taskforge_passwords"]
    if not passwords.verify(user.password_hash, password):
        raise ValidationFailed([FieldError(field="password", message="is not the account's password")])
