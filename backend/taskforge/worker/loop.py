"""The worker's loop: claim a batch, deliver it reminder by reminder, then the emails, push messages and
webhook deliveries that are due, sleep when nothing is; stop
gracefully (finish the reminder in hand, give back the rest) when asked; ride out database outages."""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from datetime import timedelta

from flask import Flask
from sqlalchemy.exc import DBAPIError, OperationalError

from taskforge.account_email import queue as account_queue
from taskforge.changes.service import prune
from taskforge.config import Settings
from taskforge.events.tickets import prune as prune_tickets
from taskforge.extensions import db
from taskforge.idempotency.service import prune as prune_idempotency_keys
from taskforge.mail import queue as mail_queue
from taskforge.mail.post import Post
from taskforge.outbox.leases import OutboxPolicy
from taskforge.push import queue as push_queue
from taskforge.push.sender import PushSender
from taskforge.trash.purge import purge_expired
from taskforge.webhooks import delivery as webhook_queue
from taskforge.webhooks.sender import WebhookSender
from taskforge.worker import metrics
from taskforge.worker.queue import Delivery, Outcome, Policy, claim, count_due, deliver, release

log = logging.getLogger(__name__)
_MAX_PAUSE_S = 30.0  # the longest wait between tries while the database is unreachable
_PRUNE_EVERY_S = 600.0


def worker_id() -> str:
    """Unique per process, and says where it runs: host, pid and a random suffix (pids repeat)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"


class Worker:
    """Delivers due reminders until `stop` is set."""

    def __init__(self, app: Flask, settings: Settings, *, stop: threading.Event) -> None:
        self.app = app
        self.settings = settings
        self.stop = stop
        self.policy = Policy(
            worker_id=worker_id(),
            lease=timedelta(seconds=settings.worker_lease_s),
            late_after=timedelta(seconds=settings.reminder_late_s),
            email_max_attempts=settings.email_max_attempts,
        )
        self.post = Post.from_settings(settings)
        self.push_policy = OutboxPolicy(claim=self.policy, max_attempts=settings.push_max_attempts)
        self.email_policy = OutboxPolicy(claim=self.policy, max_attempts=settings.email_max_attempts)
        self.pusher = (
            PushSender(
                settings.vapid_private_key, subject=settings.vapid_subject, timeout_s=settings.push_timeout_s
            )
            if settings.push_enabled
            else None
        )
        self.webhook_sender = WebhookSender(
            timeout_s=settings.webhook_timeout_s, allow_private=settings.webhook_allow_private
        )
        self._next_prune = 0.0  # the change log is pruned when the worker starts, then every 10 minutes
        self._next_purge = 0.0  # the trash likewise, at once again while a batch comes back full

    def run(self, *, until_idle: bool = False) -> int:
        """Deliver until stopped (or, with `until_idle`, until nothing is due); return how many were sent."""
        sent, pause = 0, self.settings.worker_poll_s
        log.info("worker started", extra={"worker_id": self.policy.worker_id, "email": self.post is not None})
        while not self.stop.is_set():
            try:
                with self.app.app_context():
                    batch, delivered = self._batch()
                sent += delivered
                pause = self.settings.worker_poll_s
            except (OperationalError, DBAPIError) as error:  # the database restarts: wait, then go on
                log.warning("worker cannot reach the database", extra={"error": str(error.orig)[:200]})
                batch = []
                pause = min(pause * 2, _MAX_PAUSE_S)
            if not batch:
                if until_idle:
                    break
                self.stop.wait(pause)
        with self.app.app_context():
            self._release()
        log.info("worker stopped", extra={"worker_id": self.policy.worker_id, "sent": sent})
        return sent

    def _batch(self) -> tuple[list[int], int]:
        if time.monotonic() >= self._next_prune:
            pruned = prune(retention=timedelta(hours=self.settings.changes_retention_h))
            keys = prune_idempotency_keys()
            prune_tickets()
            if pruned or keys:
                log.info("worker pruned", extra={"changes": pruned, "idempotency_keys": keys})
            self._next_prune = time.monotonic() + _PRUNE_EVERY_S
        self._purge()
        metrics.DUE.set(count_due())
        batch = claim(policy=self.policy, limit=self.settings.worker_batch_size)
        delivered = 0
        try:
            for reminder_id in batch:
                if self.stop.is_set():
                    break  # the rest go back on the queue in run()
                result = deliver(reminder_id, policy=self.policy, post=self.post)
                delivered += self._count(result)
            emailed = self._email()
        finally:
            db.session.remove()
            if self.post is not None:
                self.post.mailer.close()
        return batch + emailed + self._push() + self._webhooks(), delivered

    def _purge(self) -> None:
        """Purge a batch of what stayed in the trash longer than TRASH_RETENTION_DAYS."""
        if time.monotonic() < self._next_purge:
            return
        limit = self.settings.worker_batch_size
        purged = purge_expired(retention=timedelta(days=self.settings.trash_retention_days), limit=limit)
        for kind, count in purged.items():
            metrics.PURGED.labels(kind).inc(count)
        if any(purged.values()):
            log.info("worker purged the trash", extra={"purged": purged})
        full = max(purged.values()) >= limit
        self._next_purge = 0.0 if full else time.monotonic() + _PRUNE_EVERY_S

    def _email(self) -> list[int]:
        """Send a batch of due account emails (reset, verification and change links: people wait for
        them), then of due notification emails; return their ids."""
        if self.post is None:
            return []
        sent: list[int] = []
        for queue in (account_queue, mail_queue):
            batch = queue.claim(policy=self.email_policy, limit=self.settings.worker_batch_size)
            for delivery_id in batch:
                if self.stop.is_set():
                    break
                outcome = queue.deliver(delivery_id, policy=self.email_policy, post=self.post)
                metrics.EMAILED.labels(outcome.value).inc()
            sent += batch
        return sent

    def _push(self) -> list[int]:
        """Deliver a batch of due push messages; return their ids."""
        if self.pusher is None:
            return []
        batch = push_queue.claim(policy=self.push_policy, limit=self.settings.worker_batch_size)
        try:
            for delivery_id in batch:
                if self.stop.is_set():
                    break
                outcome = push_queue.deliver(delivery_id, policy=self.push_policy, sender=self.pusher)
                metrics.PUSHED.labels(outcome.value).inc()
        finally:
            db.session.remove()
        return batch

    def _webhooks(self) -> list[int]:
        """Send a batch of due webhook deliveries (each webhook's oldest first); return their ids."""
        batch = webhook_queue.claim(policy=self.policy, limit=self.settings.worker_batch_size)
        try:
            for delivery_id in batch:
                if self.stop.is_set():
                    break
                outcome = webhook_queue.deliver(delivery_id, policy=self.policy, sender=self.webhook_sender)
                metrics.WEBHOOKS.labels(outcome.value).inc()
        finally:
            db.session.remove()
        return batch

    @staticmethod
    def _count(result: Delivery) -> int:
        if result.email_failed:
            metrics.FAILED.inc()
        if result.outcome is not Outcome.SENT:
            return 0
        metrics.SENT.inc()
        metrics.LAG.observe(result.lag_s)
        if result.late:
            metrics.LATE.inc()
        return 1

    def _release(self) -> None:
        try:
            released = (
                release(policy=self.policy)
                + push_queue.release(policy=self.push_policy)
                + mail_queue.release(policy=self.email_policy)
                + webhook_queue.release(policy=self.policy)
                + account_queue.release(policy=self.email_policy)
            )
        except (OperationalError, DBAPIError):
            log.warning("worker could not give back its claims; they expire with their lease")
            return
        finally:
            db.session.remove()
        if released:
            log.info("worker gave back claims", extra={"count": released})
