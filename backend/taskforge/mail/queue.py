"""The email outbox in PostgreSQL: deliveries are written with their notification (mail/outbox.py), claimed by
any number of workers with SKIP LOCKED leases (none twice), and each sent in a transaction that holds its row.
A refusal or an unreachable server is retried with backoff, up to `max_attempts`. Only an email the server
accepted just before this process died can be sent twice; it then carries the same Message-ID."""

from __future__ import annotations

import smtplib
from enum import Enum

from sqlalchemy import select

from taskforge.auth.models import User
from taskforge.comments.models import Comment
from taskforge.extensions import db
from taskforge.mail.letters import NoticeMail, notice_message
from taskforge.mail.models import EmailDelivery
from taskforge.mail.outbox import may_email
from taskforge.mail.post import Post
from taskforge.notifications.audience import still_theirs
from taskforge.notifications.models import Notification
from taskforge.notifications.settings import channels_of
from taskforge.notifications.wording import headline_of, path_of
from taskforge.outbox import leases
from taskforge.outbox.leases import OutboxPolicy
from taskforge.worker.queue import now_plus


class Emailed(Enum):
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"  # given up after the last attempt
    SKIPPED = "skipped"  # sent already, claimed by another worker, turned off, or no longer theirs to see


def claim(*, policy: OutboxPolicy, limit: int) -> list[int]:
    """Claim up to `limit` emails that are due, oldest first, for the lease; return their ids."""
    return leases.claim(EmailDelivery, policy=policy, limit=limit)


def release(*, policy: OutboxPolicy) -> int:
    """Give back this worker's unsent claims (on a graceful stop)."""
    return leases.release(EmailDelivery, policy=policy)


def deliver(delivery_id: int, *, policy: OutboxPolicy, post: Post) -> Emailed:
    """Send one claimed email and record what the mail server answered."""
    delivery: EmailDelivery | None = db.session.execute(
        select(EmailDelivery)
        .where(
            EmailDelivery.id == delivery_id,
            EmailDelivery.delivered_at.is_(None),
            EmailDelivery.claimed_by == policy.claim.worker_id,
        )
        .with_for_update()
    ).scalar_one_or_none()
    notification = db.session.get(Notification, delivery.notification_id) if delivery else None
    if delivery is None or notification is None:
        db.session.rollback()
        return Emailed.SKIPPED
    mail = _mail(notification)
    if mail is None:  # its person turned email off for the kind since, may no longer see what it is about,
        # or has not verified their address
        db.session.delete(delivery)
        db.session.commit()
        return Emailed.SKIPPED
    now = db.session.execute(select(now_plus())).scalar_one()
    try:
        post.mailer.send(notice_message(mail, post.head))
    except (smtplib.SMTPException, OSError) as error:
        delivery.last_error = str(error)[:200]
        retried = leases.retry_later(delivery, now=now, policy=policy)
        db.session.commit()
        return Emailed.RETRY if retried else Emailed.FAILED
    leases.delivered(delivery, now=now)
    db.session.commit()
    return Emailed.SENT


def _mail(notification: Notification) -> NoticeMail | None:
    user = db.session.get(User, notification.user_id)
    if user is None or not may_email(user):
        return None
    if not channels_of([user.id], notification.kind)[user.id].email:  # type: ignore[arg-type]
        return None
    if not still_theirs(notification):
        return None
    comment = db.session.get(Comment, notification.comment_id) if notification.comment_id else None
    return NoticeMail(
        notification_id=notification.id,
        user_id=user.id,
        to=user.email,
        kind=notification.kind,  # type: ignore[arg-type]
        headline=headline_of(notification),
        title=notification.title,
        path=path_of(notification),
        quote=comment.text if comment is not None else None,
    )
