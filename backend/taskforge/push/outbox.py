"""Writing push deliveries: one for each notification and each browser its person subscribed, in the
transaction that writes the notification (so it is pushed if, and only if, it commits)."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import literal, select

from taskforge.db import UtcDateTime, utcnow
from taskforge.extensions import db
from taskforge.notifications.models import Notification
from taskforge.push.models import PushDelivery, PushSubscription


def queue_for(notification_ids: Collection[int]) -> None:
    """Write a delivery for each of these notifications to each subscription of its person (in the
    notification's transaction)."""
    if not notification_ids:
        return
    now = literal(utcnow(), UtcDateTime())
    db.session.execute(
        PushDelivery.__table__.insert().from_select(
            ["notification_id", "subscription_id", "next_attempt_at", "attempts"],
            select(Notification.id, PushSubscription.id, now, literal(0))
            .join(PushSubscription, PushSubscription.user_id == Notification.user_id)
            .where(Notification.id.in_(sorted(notification_ids)))
            # A subscription being deleted (unsubscribed, or dropped by its push service) is waited for and
            # then skipped, never a foreign-key error.
            .with_for_update(of=PushSubscription, read=True, key_share=True),
        )
    )
