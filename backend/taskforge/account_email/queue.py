"""The account email outbox, delivered by the worker like the notification emails (mail/queue.py): claimed
with SKIP LOCKED leases, each sent in a transaction that holds its row, retried with backoff.

The link's secret is made here, as the email is sent, in a savepoint that a failed send rolls back: it is
never stored readable, and only the email carries it. A reset email looks its account up here, not in the
request, and sends nothing when no account uses the address. A row is deleted once sent or skipped (it
names an address someone asked about); one given up after the last attempt stays for the operator."""

from __future__ import annotations

import smtplib

from sqlalchemy import func, select

from taskforge.account_email import letters, tokens
from taskforge.account_email.models import AccountEmail
from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.mail.links import Links
from taskforge.mail.post import Post
from taskforge.mail.queue import Emailed
from taskforge.outbox import leases
from taskforge.outbox.leases import OutboxPolicy
from taskforge.worker.queue import now_plus


def claim(*, policy: OutboxPolicy, limit: int) -> list[int]:
    """Claim up to `limit` account emails that are due, oldest first, for the lease; return their ids."""
    return leases.claim(AccountEmail, policy=policy, limit=limit)


def release(*, policy: OutboxPolicy) -> int:
    """Give back this worker's unsent claims (on a graceful stop)."""
    return leases.release(AccountEmail, policy=policy)


def deliver(email_id: int, *, policy: OutboxPolicy, post: Post) -> Emailed:
    """Send one claimed account email and record what the mail server answered."""
    row: AccountEmail | None = db.session.execute(
        select(AccountEmail)
        .where(
            AccountEmail.id == email_id,
            AccountEmail.delivered_at.is_(None),
            AccountEmail.claimed_by == policy.claim.worker_id,
        )
        .with_for_update()
    ).scalar_one_or_none()
    if row is None:
        db.session.rollback()
        return Emailed.SKIPPED
    savepoint = db.session.begin_nested()
    words = _words(row, post.head.links)
    if words is None:  # no account uses the address (a reset), or the account is gone or verified since
        savepoint.rollback()
        db.session.delete(row)
        db.session.commit()
        return Emailed.SKIPPED
    now = db.session.execute(select(now_plus())).scalar_one()
    try:
        post.mailer.send(letters.message(words, post.head, to=row.address))
    except (smtplib.SMTPException, OSError) as error:
        savepoint.rollback()  # the token no email carries
        row.last_error = str(error)[:200]
        retried = leases.retry_later(row, now=now, policy=policy)
        db.session.commit()
        return Emailed.RETRY if retried else Emailed.FAILED
    savepoint.commit()
    db.session.delete(row)
    db.session.commit()
    return Emailed.SENT


def _words(row: AccountEmail, links: Links) -> letters.Words | None:
    """What the email says, issuing its link's token; None when there is nothing to send."""
    if row.kind == "reset":
        user = db.session.execute(
            select(User).where(func.lower(User.email) == row.address)
        ).scalar_one_or_none()
        if user is None:
            return None
        token = tokens.issue(user_id=user.id, purpose="reset")
        return letters.reset_words(links.to(f"/reset-password?token={token}"))
    user = db.session.get(User, row.user_id) if row.user_id is not None else None
    if user is None:
        return None
    if row.kind == "verify":
        if user.email_verified_at is not None or user.email.lower() != row.address.lower():
            return None
        token = tokens.issue(user_id=user.id, purpose="verify", address=user.email)
        return letters.verify_words(links.to(f"/verify-email?token={token}"))
    if row.kind == "change":
        token = tokens.issue(user_id=user.id, purpose="change", address=row.address)
        return letters.change_words(links.to(f"/confirm-email?token={token}"))
    return letters.changing_words()
