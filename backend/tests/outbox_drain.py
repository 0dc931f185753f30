"""Delivering an outbox (push messages, emails) as one worker would, for the tests of each."""

from __future__ import annotations

import threading
from collections.abc import Callable
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


def race_two_workers(drain: Callable[[str], list[Any]], *, wait_s: float = 30) -> list[Any]:
    """Run `drain(worker_name)` as two workers released at once; return every outcome of both."""
    results: dict[str, list[Any]] = {}
    barrier = threading.Barrier(2)

    def work(name: str) -> None:
        barrier.wait(wait_s)
        results[name] = drain(name)

    threads = [threading.Thread(target=work, args=(name,)) for name in ("w1", "w2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(wait_s)
    assert sorted(results) == ["w1", "w2"], "a worker did not finish"
    return [outcome for outcomes in results.values() for outcome in outcomes]
