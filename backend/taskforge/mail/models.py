"""The email outbox: one row per notification whose person has email on for its kind."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId
from taskforge.extensions import db
from taskforge.outbox.model import OutboxRow


class EmailDelivery(OutboxRow, db.Model):  # type: ignore[name-defined,misc]
    """One notification to its person's address: written with the notification, claimed by a worker (SKIP
    LOCKED leases), sent once, retried with backoff; gone with its notification."""

    __tablename__ = "email_deliveries"
    __table_args__ = (Index("ix_email_deliveries_due", "next_attempt_at", "id"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    notification_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("notifications.id", ondelete="CASCADE"), unique=True
    )
    last_error: Mapped[str | None] = mapped_column(String(200))  # the mail server's last refusal
