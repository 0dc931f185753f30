"""The webhook outbox, worker side: claim due deliveries with SKIP LOCKED leases, in order per webhook (a
webhook's next delivery waits while an earlier one is pending or retrying), send each in a transaction that
holds its row, and retry with exponential backoff for 24 hours; a delivery given up disables its webhook and
tells its owner."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

import orjson
from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import aliased

from taskforge.extensions import db
from taskforge.notifications.notify import About, notify
from taskforge.secretbox import unseal
from taskforge.webhooks.models import Webhook, WebhookDelivery
from taskforge.webhooks.sender import Sent, WebhookSender
from taskforge.worker.queue import Policy, now_plus

RETRY_FOR = timedelta(hours=24)
FIRST_BACKOFF = timedelta(seconds=30)  # then 1, 2, 4 ... minutes,
MAX_BACKOFF = timedelta(hours=4)  # never more than this apart
SECRET_PURPOSE = "webhook"  # noqa: S105 - secretbox's key purpose, not a secret


class Outcome(Enum):
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"  # given up after 24 hours: its webhook is disabled
    SKIPPED = "skipped"  # delivered already, claimed by another worker, or its webhook is off


def backoff(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed attempt."""
    wait: timedelta = FIRST_BACKOFF * 2 ** min(attempts - 1, 20)
    return min(wait, MAX_BACKOFF)


def _clock(now: datetime | None) -> ColumnElement[datetime] | datetime:
    return now_plus() if now is None else now


def claim(*, policy: Policy, limit: int, now: datetime | None = None) -> list[int]:
    """Claim up to `limit` due deliveries, at most one per webhook (its oldest unfinished one), for the
    lease; return their ids. `now` (tests) stands in for the database's clock."""
    at = _clock(now)
    earlier = aliased(WebhookDelivery)
    blocked = (
        select(earlier.id)
        .where(
            earlier.webhook_id == WebhookDelivery.webhook_id,
            earlier.status == "pending",
            earlier.id < WebhookDelivery.id,
        )
        .exists()
    )
    due = (
        select(WebhookDelivery.id)
        .join(Webhook, Webhook.id == WebhookDelivery.webhook_id)
        .where(
            Webhook.active.is_(True),
            WebhookDelivery.status == "pending",
            WebhookDelivery.next_attempt_at <= at,
            (WebhookDelivery.claimed_until.is_(None)) | (WebhookDelivery.claimed_until < at),
            ~blocked,
        )
        .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
        .limit(limit)
        .with_for_update(of=WebhookDelivery, skip_locked=True)
    )
    lease_end = now_plus(policy.lease) if now is None else now + policy.lease
    claimed = db.session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.id.in_(due.scalar_subquery()))
        .values(claimed_by=policy.worker_id, claimed_until=lease_end)
        .returning(WebhookDelivery.id)
        .execution_options(synchronize_session=False)
    ).scalars()
    found = sorted(claimed)
    db.session.commit()
    return found


def release(*, policy: Policy) -> int:
    """Give back this worker's unfinished claims (on a graceful stop)."""
    released = db.session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.claimed_by == policy.worker_id, WebhookDelivery.status == "pending")
        .values(claimed_by=None, claimed_until=None)
        .returning(WebhookDelivery.id)
        .execution_options(synchronize_session=False)
    ).all()
    db.session.commit()
    return len(released)


def deliver(
    delivery_id: int, *, policy: Policy, sender: WebhookSender, now: datetime | None = None
) -> Outcome:
    """Send one claimed delivery and record the answer (`now`: tests' clock for the backoff).

    The webhook's row is locked (KEY SHARE: edits go on, a deletion waits) before the delivery's, the order
    a deletion takes them in (its cascade), so the two never wait on each other in a circle.
    """
    webhook_id = db.session.execute(
        select(WebhookDelivery.webhook_id).where(WebhookDelivery.id == delivery_id)
    ).scalar_one_or_none()
    hook: Webhook | None = db.session.execute(
        select(Webhook)
        .where(Webhook.id == webhook_id)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    delivery: WebhookDelivery | None = db.session.execute(
        select(WebhookDelivery)
        .where(
            WebhookDelivery.id == delivery_id,
            WebhookDelivery.status == "pending",
            WebhookDelivery.claimed_by == policy.worker_id,
        )
        .with_for_update()
        # As the database holds it now (the claim was an UPDATE the session's objects did not see).
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if delivery is None or hook is None or not hook.active:
        db.session.rollback()
        return Outcome.SKIPPED
    body = orjson.dumps(delivery.payload).decode()
    secret = unseal(hook.secret, purpose=SECRET_PURPOSE)
    sent = sender.send(hook.url, secret=secret, message_id=delivery.message_id, body=body)
    at = now if now is not None else db.session.execute(select(now_plus())).scalar_one()
    outcome = _record(delivery, hook, sent, now=at)
    db.session.commit()
    return outcome


def _record(delivery: WebhookDelivery, hook: Webhook, sent: Sent, *, now: datetime) -> Outcome:
    delivery.attempts += 1
    delivery.claimed_by = delivery.claimed_until = None
    delivery.response_code, delivery.latency_ms = sent.status, sent.latency_ms
    delivery.last_error, delivery.last_attempt_at = sent.error, now
    if sent.ok:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = "delivered", now, None
        hook.consecutive_failures, hook.last_success_at = 0, now
        return Outcome.SENT
    hook.consecutive_failures += 1
    hook.last_failure_at = now
    deadline = delivery.created_at + RETRY_FOR
    if now >= deadline:
        delivery.status, delivery.next_attempt_at = "failed", None
        _disable(hook, now=now)
        return Outcome.FAILED
    delivery.next_attempt_at = min(now + backoff(delivery.attempts), deadline)
    return Outcome.RETRY


def _disable(hook: Webhook, *, now: datetime) -> None:
    """Turn off a webhook whose delivery failed for 24 hours, and tell its owner."""
    hook.active, hook.updated_at = False, now
    hook.disabled_reason = "A delivery failed for 24 hours; turn it on again once the receiver works."
    notify("webhook", {hook.user_id}, About(title=hook.url[:200], project_id=hook.project_id), actor_id=None)
