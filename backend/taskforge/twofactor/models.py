"""A user's TOTP seed, their recovery codes and the pending second steps of sign-ins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db


class TwoFactor(db.Model):  # type: ignore[name-defined,misc]
    """One per user who started enrolment; sign-in asks for a code once `enabled_at` is set."""

    __tablename__ = "two_factor"

    user_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    # The base32 seed sealed with taskforge.secretbox (purpose "totp"): the server must read it back to check
    # codes, so it cannot be hashed; a stolen row is useless without SECRET_KEY.
    secret_sealed: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    enabled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The RFC 6238 time-step of the last code accepted: a code of that step or an older one is a replay.
    last_step: Mapped[int | None] = mapped_column(BigInteger)


class RecoveryCode(db.Model):  # type: ignore[name-defined,misc]
    """A one-time code for when the authenticator is lost; only its SHA-256 is kept (the code is random)."""

    __tablename__ = "two_factor_recovery_codes"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class LoginChallenge(db.Model):  # type: ignore[name-defined,misc]
    """The second step of a sign-in whose password was right: single use, short-lived, few attempts."""

    __tablename__ = "two_factor_challenges"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
