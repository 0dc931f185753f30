"""The account email outbox and the single-use link tokens it issues."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db
from taskforge.outbox.model import OutboxRow


class AccountToken(db.Model):  # type: ignore[name-defined,misc]
    """A link's secret, by its SHA-256 only: single use (`used_at`), valid until `expires_at`; issuing a
    newer one of the same purpose deletes the older ones."""

    __tablename__ = "account_tokens"
    __table_args__ = (Index("ix_account_tokens_user_purpose", "user_id", "purpose"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(16))  # "reset", "verify" or "change"
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    new_email: Mapped[str | None] = mapped_column(String(254))  # the address a "change" token confirms
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class AccountEmail(OutboxRow, db.Model):  # type: ignore[name-defined,misc]
    """One account email to send. It holds no secret: the worker issues the link's token as it sends.

    A reset request names only an address (`user_id` null): the worker looks the account up, so a request
    for an unknown address does the same work as one for a known address. Deleted once sent or skipped.
    """

    __tablename__ = "account_emails"
    __table_args__ = (Index("ix_account_emails_due", "next_attempt_at", "id"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "reset", "verify", "change" or "changing" (to the old)
    address: Mapped[str] = mapped_column(String(254))
    user_id: Mapped[int | None] = mapped_column(
        BigIntId, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(200))  # the mail server's last refusal
