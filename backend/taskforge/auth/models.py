"""Users and revoked token ids."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, exists, func
from sqlalchemy.orm import Mapped, column_property, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db
from taskforge.twofactor.models import TwoFactor


class User(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    username: Mapped[str] = mapped_column(String(32))
    email: Mapped[str] = mapped_column(String(254))
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Bumped in the same transaction as every write to what only this user sees (settings, tags, reminders,
    # which projects they may see and how); part of every cache key, with the generations of their projects.
    cache_generation: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # An IANA zone name: where "today" starts for the user's statistics, and the zone new tasks repeat in.
    timezone: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")
    # The SHA-256 of the secret in the user's calendar feed URL (auth/calendar.py), never the secret itself;
    # null until the user asks for a feed.
    calendar_token_hash: Mapped[str | None] = mapped_column(String(64))
    # Whether sign-in asks for a TOTP code: read with the user, in the same statement.
    two_factor: Mapped[bool] = column_property(
        exists().where(TwoFactor.user_id == id, TwoFactor.enabled_at.is_not(None)).correlate_except(TwoFactor)
    )
    # When the address was shown to be theirs (a verification or email-change link); null until then, and
    # until then no notification email is sent to it (taskforge/mail).
    email_verified_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    @property
    def calendar_feed(self) -> bool:
        return self.calendar_token_hash is not None

    @property
    def email_verified(self) -> bool:
        return self.email_verified_at is not None


# Case-insensitive uniqueness: "Alice" and "alice" are the same account.
Index("uq_users_username_lower", func.lower(User.username), unique=True)
Index("uq_users_email_lower", func.lower(User.email), unique=True)
Index("uq_users_calendar_token_hash", User.calendar_token_hash, unique=True)


class RevokedToken(db.Model):  # type: ignore[name-defined,misc]
    """A token id that must be refused until it expires (logout, refresh rotation)."""

    __tablename__ = "revoked_tokens"

    jti: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_type: Mapped[str] = mapped_column(String(16))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    revoked_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
