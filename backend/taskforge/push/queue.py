"""The push outbox in PostgreSQL: deliveries are written with their notification (push/outbox.py), claimed by
any number of workers with SKIP LOCKED leases (none twice), and each delivered in a transaction that holds its
row, so one notification reaches one subscription once whoever else is running. A push service that answers
404 or 410 has dropped the subscription: it goes, with its deliveries. Other failures are retried with
backoff, up to `max_attempts`."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from sqlalchemy import delete, select

from taskforge.extensions import db
from taskforge.notifications.audience import still_theirs
from taskforge.notifications.models import Notification
from taskforge.outbox import leases
from taskforge.outbox.leases import OutboxPolicy
from taskforge.push.models import PushDelivery, PushSubscription
from taskforge.push.payload import payload_of
from taskforge.push.sender import PushSender
from taskforge.worker.queue import now_plus

GONE = frozenset({404, 410})


class Pushed(Enum):
    SENT = "sent"
    RETRY = "retry"
    GONE = "gone"  # the subscription expired: removed
    FAILED = "failed"  # given up after the last attempt
    SKIPPED = "skipped"  # delivered already, claimed by another worker, or no longer the person's to see


def claim(*, policy: OutboxPolicy, limit: int) -> list[int]:
    """Claim up to `limit` deliveries that are due, oldest first, for the lease; return their ids."""
    return leases.claim(PushDelivery, policy=policy, limit=limit)


def release(*, policy: OutboxPolicy) -> int:
    """Give back this worker's undelivered claims (on a graceful stop)."""
    return leases.release(PushDelivery, policy=policy)


def deliver(delivery_id: int, *, policy: OutboxPolicy, sender: PushSender) -> Pushed:
    """Send one claimed delivery and record what the push service answered.

    The subscription's row is locked before the delivery's (as unsubscribing and re-subscribing lock it
    before deleting its deliveries), so two workers finding one expired subscription, or a worker and a
    browser subscribing again, never wait on each other in a circle.
    """
    found = db.session.execute(
        select(PushDelivery.subscription_id, PushDelivery.notification_id).where(
            PushDelivery.id == delivery_id
        )
    ).first()
    subscription = _locked(PushSubscription, found.subscription_id) if found else None
    delivery: PushDelivery | None = db.session.execute(
        select(PushDelivery)
        .where(
            PushDelivery.id == delivery_id,
            PushDelivery.delivered_at.is_(None),
            PushDelivery.claimed_by == policy.claim.worker_id,
        )
        .with_for_update()
    ).scalar_one_or_none()
    notification = db.session.get(Notification, found.notification_id) if found else None
    if delivery is None or notification is None or subscription is None:
        db.session.rollback()
        return Pushed.SKIPPED
    if subscription.user_id != notification.user_id or not still_theirs(notification):
        # The browser is someone else's now, or its person no longer sees what this is about.
        db.session.delete(delivery)
        db.session.commit()
        return Pushed.SKIPPED
    status = sender.send(subscription, payload_of(notification), topic=f"n{notification.id}")
    now = db.session.execute(select(now_plus())).scalar_one()
    outcome = _record(delivery, subscription, status, now=now, policy=policy)
    db.session.commit()
    return outcome


def _locked(model: type[PushSubscription], row_id: int) -> PushSubscription | None:
    found: PushSubscription | None = db.session.execute(
        select(model).where(model.id == row_id).with_for_update(key_share=True)
    ).scalar_one_or_none()
    return found


def _record(
    delivery: PushDelivery,
    subscription: PushSubscription,
    status: int | None,
    *,
    now: datetime,
    policy: OutboxPolicy,
) -> Pushed:
    delivery.last_status = status
    if status is not None and 200 <= status < 300:
        leases.delivered(delivery, now=now)
        return Pushed.SENT
    if status in GONE:
        db.session.execute(delete(PushSubscription).where(PushSubscription.id == subscription.id))
        return Pushed.GONE
    return Pushed.RETRY if leases.retry_later(delivery, now=now, policy=policy) else Pushed.FAILED
