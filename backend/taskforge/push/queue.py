"""The push outbox in PostgreSQL: deliveries are written with their notification (push/outbox.py), claimed by
any number of workers with SKIP LOCKED leases (none twice), and each delivered in a transaction that holds its
row, so one notification reaches one subscription once whoever else is running. A push service that answers
404 or 410 has dropped the subscription: it goes, with its deliveries. Other failures are retried with
backoff, up to `max_attempts`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import delete, or_, select, update

from taskforge.access.identity import identity_of
from taskforge.extensions import db
from taskforge.notifications.models import Notification
from taskforge.push.models import PushDelivery, PushSubscription
from taskforge.push.payload import payload_of
from taskforge.push.sender import PushSender
from taskforge.teams.models import TeamMember
from taskforge.worker.queue import Policy, now_plus

GONE = frozenset({404, 410})
_BACKOFF = timedelta(seconds=30)


class Pushed(Enum):
    SENT = "sent"
    RETRY = "retry"
    GONE = "gone"  # the subscription expired: removed
    FAILED = "failed"  # given up after the last attempt
    SKIPPED = "skipped"  # delivered already, claimed by another worker, or no longer the person's to see


@dataclass(frozen=True)
class PushPolicy:
    claim: Policy
    max_attempts: int


def claim(*, policy: PushPolicy, limit: int) -> list[int]:
    """Claim up to `limit` deliveries that are due, oldest first, for the lease; return their ids."""
    now = now_plus()
    due = (
        select(PushDelivery.id)
        .where(
            PushDelivery.delivered_at.is_(None),
            PushDelivery.next_attempt_at <= now,
            or_(PushDelivery.claimed_until.is_(None), PushDelivery.claimed_until < now),
        )
        .order_by(PushDelivery.next_attempt_at, PushDelivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claimed = db.session.execute(
        update(PushDelivery)
        .where(PushDelivery.id.in_(due.scalar_subquery()))
        .values(claimed_by=policy.claim.worker_id, claimed_until=now_plus(policy.claim.lease))
        .returning(PushDelivery.id)
        .execution_options(synchronize_session=False)
    ).scalars()
    found = sorted(claimed)
    db.session.commit()
    return found


def release(*, policy: PushPolicy) -> int:
    """Give back this worker's undelivered claims (on a graceful stop)."""
    released = db.session.execute(
        update(PushDelivery)
        .where(PushDelivery.claimed_by == policy.claim.worker_id, PushDelivery.delivered_at.is_(None))
        .values(claimed_by=None, claimed_until=None)
        .returning(PushDelivery.id)
        .execution_options(synchronize_session=False)
    ).all()
    db.session.commit()
    return len(released)


def deliver(delivery_id: int, *, policy: PushPolicy, sender: PushSender) -> Pushed:
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
    if subscription.user_id != notification.user_id or not _still_theirs(notification):
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


def _still_theirs(notification: Notification) -> bool:
    """A notification about a project its person can no longer see, or a team they left, is not pushed."""
    if notification.team_id is not None:
        member = db.session.get(TeamMember, (notification.team_id, notification.user_id))
        return member is not None
    if notification.project_id is None:
        return True
    identity = identity_of(notification.user_id)
    return identity is not None and notification.project_id in identity.grants


def _record(
    delivery: PushDelivery,
    subscription: PushSubscription,
    status: int | None,
    *,
    now: datetime,
    policy: PushPolicy,
) -> Pushed:
    delivery.last_status = status
    delivery.claimed_by = delivery.claimed_until = None
    if status is not None and 200 <= status < 300:
        delivery.delivered_at, delivery.next_attempt_at = now, None
        return Pushed.SENT
    if status in GONE:
        db.session.execute(delete(PushSubscription).where(PushSubscription.id == subscription.id))
        return Pushed.GONE
    delivery.attempts += 1
    if delivery.attempts >= policy.max_attempts:
        delivery.next_attempt_at = None
        return Pushed.FAILED
    delivery.next_attempt_at = now + _BACKOFF * 2 ** (delivery.attempts - 1)
    return Pushed.RETRY
