"""The reminder queue in PostgreSQL: claiming due reminders (any number of workers, none twice) and delivering
one, in a transaction that holds its row, so a reminder is delivered once whoever else is running.

Times come from the database's clock on PostgreSQL, so workers on machines whose clocks disagree still agree
on what is due. SQLite (one local worker) has no row locks; it serialises writers instead.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, func, literal, or_, select, update

from taskforge.access.identity import identity_of
from taskforge.auth.models import User
from taskforge.db import UtcDateTime, upsert_insert, utcnow
from taskforge.extensions import db
from taskforge.mail.letters import ReminderMail, reminder_message
from taskforge.mail.outbox import may_email
from taskforge.mail.post import Post
from taskforge.notifications.models import Notification
from taskforge.notifications.settings import channels_of
from taskforge.projects.models import Project
from taskforge.push.outbox import queue_for
from taskforge.reminders.models import Reminder
from taskforge.tasks.models import Task
from taskforge.unit_of_work import commit, record_change, touch_user

log = logging.getLogger(__name__)


class Outcome(Enum):
    SENT = "sent"
    RETRY = "retry"  # the email failed; it is tried again after a backoff (the in-app one was delivered)
    SKIPPED = "skipped"  # delivered already, gone with its task, or claimed by another worker since


@dataclass(frozen=True)
class Delivery:
    outcome: Outcome
    late: bool = False
    lag_s: float = 0.0
    email_failed: bool = False


@dataclass(frozen=True)
class Policy:
    """How the worker delivers: its identity, lease, lateness threshold and email retries."""

    worker_id: str
    lease: timedelta
    late_after: timedelta
    email_max_attempts: int


def now_plus(offset: timedelta = timedelta(0)) -> ColumnElement[datetime]:
    """The database's clock (plus `offset`): clock_timestamp() on PostgreSQL (the time now, where now() is
    when the transaction began), this machine's on SQLite."""
    if db.session.get_bind().dialect.name == "postgresql":
        clock: ColumnElement[datetime] = func.clock_timestamp()
        return clock + offset if offset else clock
    return literal(utcnow() + offset, UtcDateTime())


# A reminder of a task in the trash (or in a project in the trash) waits there, unsent, until it is restored.
_LIVE_TASK = (
    select(Task.id)
    .join(Project, Project.id == Task.project_id)
    .where(Task.id == Reminder.task_id, Task.deleted_at.is_(None), Project.deleted_at.is_(None))
    .exists()
)


def _due() -> list[ColumnElement[bool]]:
    now = now_plus()
    return [
        Reminder.sent_at.is_(None),
        Reminder.fire_at <= now,
        or_(Reminder.claimed_until.is_(None), Reminder.claimed_until < now),
        _LIVE_TASK,
    ]


def claim(*, policy: Policy, limit: int) -> list[int]:
    """Claim up to `limit` due reminders, oldest first, for `policy.lease`; return their ids.

    `FOR UPDATE SKIP LOCKED`: rows another worker is claiming at this moment are passed over, not waited
    for. A claim that is not delivered before its lease ends (the worker died) is claimed again by anyone.
    """
    due = (
        select(Reminder.id)
        .where(*_due())
        .order_by(Reminder.fire_at, Reminder.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claimed = db.session.execute(
        update(Reminder)
        .where(Reminder.id.in_(due.scalar_subquery()))
        .values(claimed_by=policy.worker_id, claimed_until=now_plus(policy.lease))
        .returning(Reminder.id, Reminder.fire_at)
        .execution_options(synchronize_session=False)
    ).all()
    db.session.commit()
    return [row.id for row in sorted(claimed, key=lambda row: (row.fire_at, row.id))]


def release(*, policy: Policy) -> int:
    """Give back this worker's undelivered claims (on a graceful stop): others may take them at once."""
    released = db.session.execute(
        update(Reminder)
        .where(Reminder.claimed_by == policy.worker_id, Reminder.sent_at.is_(None))
        .values(claimed_by=None, claimed_until=None)
        .returning(Reminder.id)
        .execution_options(synchronize_session=False)
    ).all()
    db.session.commit()
    return len(released)


def count_due() -> int:
    """How many reminders are due and undelivered (claimed or not)."""
    now = now_plus()
    count = db.session.execute(
        select(func.count()).where(Reminder.sent_at.is_(None), Reminder.fire_at <= now, _LIVE_TASK)
    ).scalar_one()
    db.session.commit()
    return int(count)


def deliver(reminder_id: int, *, policy: Policy, post: Post | None) -> Delivery:
    """Deliver one claimed reminder, channel by channel, in one transaction that holds its row.

    The in-app notification is unique per reminder, and each channel is recorded in the transaction that
    delivers it. Only an email accepted by the server just before this process dies can be sent twice; it
    then carries the same Message-ID.
    """
    reminder: Reminder | None = db.session.execute(
        select(Reminder)
        .where(
            Reminder.id == reminder_id, Reminder.sent_at.is_(None), Reminder.claimed_by == policy.worker_id
        )
        .with_for_update()
    ).scalar_one_or_none()
    if reminder is None or reminder.fire_at is None:
        db.session.rollback()
        return Delivery(Outcome.SKIPPED)
    task = db.session.get(Task, reminder.task_id)
    user = db.session.get(User, reminder.user_id)
    if task is None or user is None:  # deleted since the claim: the row went with it, this is a guard
        db.session.rollback()
        return Delivery(Outcome.SKIPPED)
    if _in_trash(task):  # moved to the trash since the claim: it waits, unclaimed, for a restore
        reminder.claimed_by = reminder.claimed_until = None
        db.session.commit()
        return Delivery(Outcome.SKIPPED)
    identity = identity_of(user.id)
    if identity is None or task.project_id not in identity.grants:
        # Its person lost the task's project since they set it: a reminder of what they may not see is
        # never delivered, and goes.
        db.session.delete(reminder)
        touch_user(user.id)
        commit()
        return Delivery(Outcome.SKIPPED)
    inbox = identity.inbox_id or 0
    now = db.session.execute(select(now_plus())).scalar_one()
    channels = channels_of([user.id], "reminder")[user.id]  # the person's settings for reminders
    if reminder.notified_at is None:
        _notify(reminder, task, at=now, shown=channels.in_app)
        if channels.push:
            queue_for(
                db.session.execute(select(Notification.id).where(Notification.reminder_id == reminder.id))
                .scalars()
                .all()
            )
        reminder.notified_at = now
    email_failed = False
    if (
        post is not None
        and channels.email
        and may_email(user)
        and reminder.emailed_at is None
        and reminder.email_failed_at is None
    ):
        try:
            post.mailer.send(reminder_message(_mail(reminder, task, user), post.head))
            reminder.emailed_at = now
        except (smtplib.SMTPException, OSError) as error:
            email_failed = True
            if not _email_failed(reminder, error, policy=policy, now=now):
                touch_user(user.id)
                commit()  # the in-app notification stands
                return Delivery(Outcome.RETRY, email_failed=True)
    lag = now - reminder.fire_at
    # The person's own event: in their Inbox's stream, which only they read.
    record_change(project_id=inbox, kind="task", entity_id=task.id, action="reminder", actor_id=None)
    reminder.sent_at = now
    reminder.late = lag > policy.late_after
    reminder.claimed_by = reminder.claimed_until = None
    touch_user(user.id)  # the task's JSON shows the reminder as sent: a new cache generation
    commit()
    return Delivery(Outcome.SENT, late=reminder.late, lag_s=lag.total_seconds(), email_failed=email_failed)


def _in_trash(task: Task) -> bool:
    if task.deleted_at is not None:
        return True
    project_deleted = db.session.execute(select(Project.deleted_at).where(Project.id == task.project_id))
    return project_deleted.scalar_one_or_none() is not None


def _notify(reminder: Reminder, task: Task, *, at: datetime, shown: bool) -> None:
    insert = upsert_insert(db.session)
    values: dict[str, Any] = {
        "user_id": reminder.user_id,
        "task_id": task.id,
        "project_id": task.project_id,
        "shown": shown,
        "reminder_id": reminder.id,
        "kind": "reminder",
        "title": task.title,
        "due_date": task.due_date,
        "fire_at": reminder.fire_at,
        "created_at": at,
    }
    # A notification a crashed delivery already wrote is kept as it is.
    db.session.execute(
        insert(Notification).values(values).on_conflict_do_nothing(index_elements=["reminder_id"])
    )


def _mail(reminder: Reminder, task: Task, user: User) -> ReminderMail:
    assert reminder.fire_at is not None
    return ReminderMail(
        reminder_id=reminder.id,
        user_id=user.id,
        task_id=task.id,
        to=user.email,
        title=task.title,
        description=task.description,
        due_date=task.due_date,
        fire_at=reminder.fire_at,
        zone=user.timezone,
    )


def _email_failed(reminder: Reminder, error: Exception, *, policy: Policy, now: datetime) -> bool:
    """Record a failed email; True when that was the last attempt (the reminder then counts as delivered
    in-app only), False when it will be retried after an exponential backoff."""
    reminder.attempts += 1
    reminder.last_error = f"{type(error).__name__}: {error}"[:500]
    log.warning(
        "reminder email failed",
        extra={"reminder_id": reminder.id, "attempt": reminder.attempts, "error": reminder.last_error},
    )
    if reminder.attempts >= policy.email_max_attempts:
        reminder.email_failed_at = now
        return True
    backoff = timedelta(seconds=min(30 * 2 ** (reminder.attempts - 1), 3600))
    reminder.claimed_by = None
    reminder.claimed_until = now + backoff
    return False
