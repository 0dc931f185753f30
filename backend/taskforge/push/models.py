"""Push subscriptions (one per browser a person subscribed) and the push outbox (one row per notification
and subscription)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db
from taskforge.outbox.model import OutboxRow


class PushSubscription(db.Model):  # type: ignore[name-defined,misc]
    """A browser's PushSubscription. Its endpoint is its browser's: unique, so a browser someone else
    subscribes from then on reaches them, not the one before."""

    __tablename__ = "push_subscriptions"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    endpoint: Mapped[str] = mapped_column(Text, unique=True)
    p256dh: Mapped[str] = mapped_column(String(128))  # the browser's ECDH public key, base64url
    auth: Mapped[str] = mapped_column(String(64))  # the browser's authentication secret, base64url
    user_agent: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PushDelivery(OutboxRow, db.Model):  # type: ignore[name-defined,misc]
    """One notification to one subscription: written with the notification, claimed by a worker (SKIP LOCKED
    leases, as reminders), delivered once, retried with backoff; gone with its subscription."""

    __tablename__ = "push_deliveries"
    __table_args__ = (
        UniqueConstraint("notification_id", "subscription_id", name="uq_push_deliveries_notification_sub"),
        Index("ix_push_deliveries_due", "next_attempt_at", "id"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    notification_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("notifications.id", ondelete="CASCADE"))
    subscription_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("push_subscriptions.id", ondelete="CASCADE"), index=True
    )
    last_status: Mapped[int | None] = mapped_column(Integer)  # the push service's answer, or null
