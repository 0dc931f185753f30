"""Claiming outbox rows (any number of workers, none twice), giving claims back, and retrying with backoff.

`FOR UPDATE SKIP LOCKED`: rows another worker is claiming at this moment are passed over, not waited for. A
claim not delivered before its lease ends (the worker died) is claimed again by anyone. Times come from the
database's clock, so workers whose clocks disagree still agree on what is due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update

from taskforge.extensions import db
from taskforge.outbox.model import OutboxRow
from taskforge.worker.queue import Policy, now_plus

BACKOFF = timedelta(seconds=30)  # then 1, 2, 4 ... minutes


@dataclass(frozen=True)
class OutboxPolicy:
    """The worker's claim policy, and how many times a row is tried before it is given up."""

    claim: Policy
    max_attempts: int


def claim(model: Any, *, policy: OutboxPolicy, limit: int) -> list[int]:
    """Claim up to `limit` rows of `model` that are due, oldest first, for the lease; return their ids."""
    now = now_plus()
    due = (
        select(model.id)
        .where(
            model.delivered_at.is_(None),
            model.next_attempt_at <= now,
            or_(model.claimed_until.is_(None), model.claimed_until < now),
        )
        .order_by(model.next_attempt_at, model.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claimed = db.session.execute(
        update(model)
        .where(model.id.in_(due.scalar_subquery()))
        .values(claimed_by=policy.claim.worker_id, claimed_until=now_plus(policy.claim.lease))
        .returning(model.id)
        .execution_options(synchronize_session=False)
    ).scalars()
    found = sorted(claimed)
    db.session.commit()
    return found


def release(model: Any, *, policy: OutboxPolicy) -> int:
    """Give back this worker's undelivered claims (on a graceful stop)."""
    released = db.session.execute(
        update(model)
        .where(model.claimed_by == policy.claim.worker_id, model.delivered_at.is_(None))
        .values(claimed_by=None, claimed_until=None)
        .returning(model.id)
        .execution_options(synchronize_session=False)
    ).all()
    db.session.commit()
    return len(released)


def delivered(row: OutboxRow, *, now: datetime) -> None:
    row.claimed_by = row.claimed_until = None
    row.delivered_at, row.next_attempt_at = now, None


def retry_later(row: OutboxRow, *, now: datetime, policy: OutboxPolicy) -> bool:
    """Count a failed attempt: due again after a backoff (True), or given up after the last one (False)."""
    row.claimed_by = row.claimed_until = None
    row.attempts += 1
    if row.attempts >= policy.max_attempts:
        row.next_attempt_at = None
        return False
    row.next_attempt_at = now + BACKOFF * 2 ** (row.attempts - 1)
    return True
