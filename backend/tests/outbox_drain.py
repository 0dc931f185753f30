"""Delivering an outbox (push messages, emails) as one worker would, for the tests of each."""

from __future__ import annotations

from datetime import timedelta
from types import ModuleType
from typing import Any

from flask import Flask

from taskforge.extensions import db
from taskforge.outbox.leases import OutboxPolicy
from taskforge.worker.queue import Policy


def outbox_policy(worker: str = "w1", *, attempts: int = 3) -> OutboxPolicy:
    claim = Policy(
        worker_id=worker, lease=timedelta(seconds=60), late_after=timedelta(0), email_max_attempts=attempts
    )
    return OutboxPolicy(claim=claim, max_attempts=attempts)


def drain_outbox(
    app: Flask, queue: ModuleType, *, worker: str, attempts: int, **deliver_with: Any
) -> list[Any]:
    """Claim and deliver everything due in `queue` (its `claim` and `deliver`); return the outcomes."""
    policy = outbox_policy(worker, attempts=attempts)
    outcomes: list[Any] = []
    with app.app_context():
        while batch := queue.claim(policy=policy, limit=50):
            outcomes += [queue.deliver(i, policy=policy, **deliver_with) for i in batch]
        db.session.remove()
    return outcomes
